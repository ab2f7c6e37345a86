// @vitest-environment jsdom
import { expect, it, vi } from 'vitest';
import { installFakeTeamsParent } from './testing/fakeTeamsParent';

// Counts the times teams-js is loaded: a plain browser must never evaluate it (issue 14: cold load).
const teamsJs = vi.hoisted(() => ({ loads: 0 }));
vi.mock('@microsoft/teams-js', async (importOriginal) => {
  teamsJs.loads += 1;
  return importOriginal();
});
// The live channel's Fluid side is not under test here: only the host it is handed.
const joined = vi.hoisted(() => ({ hosts: [] as unknown[] }));
vi.mock('./liveShareChannel', () => ({
  joinLiveChannel: async (host: unknown) => {
    joined.hosts.push(host);
    return { host };
  },
}));

const { initializeTeamsHost } = await import('./initializeTeamsHost');

it('builds the host in a plain browser without loading teams-js, and has no handshake to report', async () => {
  const initialized: string[] = [];
  const starting: string[] = [];
  const host = await initializeTeamsHost({ timeoutMs: 100, onInitialized: (kind) => initialized.push(kind), onStarting: () => starting.push('teams') });
  expect(host.host).toBe('browser');
  expect(teamsJs.loads).toBe(0);
  expect(initialized).toEqual([]);
  expect(starting).toEqual([]);
});

it('loads teams-js once the page is in Teams, talks to Teams with it, and reports the handshake before the context has come', async () => {
  const fake = installFakeTeamsParent({ frameContext: 'content', theme: 'default', locale: 'nb-no', hold: ['initialize', 'getContext'] });
  const initialized: string[] = [];
  const starting: string[] = [];
  const answered = initializeTeamsHost({ timeoutMs: 2000, onInitialized: (kind) => initialized.push(kind), onStarting: () => starting.push('teams') });
  // Said once `initialize` is out and before Teams has answered it: what the start needs after the handshake
  // (MSAL's nested part) is fetched and evaluated while Teams answers; not before, when teams-js itself is still to come.
  expect(starting).toEqual([]);
  await vi.waitFor(() => expect(starting).toEqual(['teams']));
  expect(fake.posted.map((message) => message.func)).toContain('initialize');
  expect(initialized).toEqual([]);
  fake.release('initialize');
  await vi.waitFor(() => expect(initialized).toEqual(['teams']));
  // Reported once `initialize` was answered, whether or not getContext had been asked yet; answered it was not.
  expect(fake.posted.map((message) => message.func)).toContain('initialize');
  fake.release('getContext');
  const host = await answered;
  expect(initialized).toEqual(['teams']);
  expect(starting).toEqual(['teams']);
  expect(host.host).toBe('teams');
  expect(teamsJs.loads).toBe(1);
  expect(fake.posted.map((message) => message.func)).toEqual(expect.arrayContaining(['initialize', 'getContext']));
});

it("joins the meeting's live channel through teams-js' LiveShareHost, from the teams-js the host loaded", async () => {
  const host = await initializeTeamsHost({ timeoutMs: 2000 });
  expect(host.openLiveChannel).toBeDefined();
  await host.openLiveChannel?.();
  const { LiveShareHost } = await import('@microsoft/teams-js');
  expect(joined.hosts).toHaveLength(1);
  expect(joined.hosts[0]).toBeInstanceOf(LiveShareHost);
  expect(teamsJs.loads).toBe(1);
});
