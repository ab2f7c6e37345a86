import { expect, it, vi } from 'vitest';
import { isTeamsPage, startLoadingTeamsJsInTeams } from './loadTeamsJs';

// Counts the times teams-js is evaluated (once at most: the module system keeps it).
const teamsJs = vi.hoisted(() => ({ loads: 0 }));
vi.mock('@microsoft/teams-js', async (importOriginal) => {
  teamsJs.loads += 1;
  return importOriginal();
});

/** A window as the check sees it: its address, and whether Teams framed it or opened it. */
function page(href: string, how: 'top' | 'framed' | 'opened'): Window {
  const win = { location: { href }, opener: how === 'opened' ? {} : null } as unknown as { self: unknown; parent: unknown };
  win.self = win;
  win.parent = how === 'framed' ? {} : win;
  return win as unknown as Window;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

it('tells a page Teams framed or opened from one a browser opened, and obeys ?host=browser', () => {
  expect(isTeamsPage(page('https://app.example/workspace.html', 'top'))).toBe(false);
  expect(isTeamsPage(page('https://app.example/workspace.html', 'framed'))).toBe(true);
  expect(isTeamsPage(page('https://app.example/workspace.html', 'opened'))).toBe(true);
  expect(isTeamsPage(page('https://app.example/workspace.html?host=browser', 'framed'))).toBe(false);
});

it('does not fetch teams-js for a page in a plain browser', async () => {
  startLoadingTeamsJsInTeams(page('https://app.example/workspace.html', 'top'));
  startLoadingTeamsJsInTeams(page('https://app.example/workspace.html?host=browser', 'framed'));
  await settle();
  expect(teamsJs.loads).toBe(0);
});

it('starts loading teams-js at once for a page in Teams, before the host asks for it', async () => {
  startLoadingTeamsJsInTeams(page('https://app.example/workspace.html', 'framed'));
  await vi.waitFor(() => expect(teamsJs.loads).toBe(1));
});
