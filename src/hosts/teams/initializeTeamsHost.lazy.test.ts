// @vitest-environment jsdom
import { expect, it, vi } from 'vitest';
import { installFakeTeamsParent } from './testing/fakeTeamsParent';

// Counts the times teams-js is loaded: a plain browser must never evaluate it (issue 14: cold load).
const teamsJs = vi.hoisted(() => ({ loads: 0 }));
vi.mock('@microsoft/teams-js', async (importOriginal) => {
  teamsJs.loads += 1;
  return importOriginal();
});

const { initializeTeamsHost } = await import('./initializeTeamsHost');

it('builds the host in a plain browser without loading teams-js', async () => {
  const host = await initializeTeamsHost({ timeoutMs: 100 });
  expect(host.host).toBe('browser');
  expect(teamsJs.loads).toBe(0);
});

it('loads teams-js once the page is in Teams, and talks to Teams with it', async () => {
  const fake = installFakeTeamsParent({ frameContext: 'content', theme: 'default', locale: 'nb-no' });
  const host = await initializeTeamsHost({ timeoutMs: 2000 });
  expect(host.host).toBe('teams');
  expect(teamsJs.loads).toBe(1);
  expect(fake.posted.map((message) => message.func)).toEqual(expect.arrayContaining(['initialize', 'getContext']));
});
