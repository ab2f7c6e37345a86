import { expect, it, vi } from 'vitest';

// Counts the times teams-js is evaluated (once at most: the module system keeps it).
const teamsJs = vi.hoisted(() => ({ loads: 0 }));
vi.mock('@microsoft/teams-js', async (importOriginal) => {
  teamsJs.loads += 1;
  return importOriginal();
});
// And MSAL's nested app auth, which the page needs in Teams and never in a browser.
const nestedAuth = vi.hoisted(() => ({ loads: 0 }));
vi.mock('../../auth/nestedApp', () => {
  nestedAuth.loads += 1;
  return { createNestedApp: () => Promise.resolve(undefined) };
});

// Importing the module runs it for this (Node) process's `window`, which has none: give it a plain browser's.
vi.stubGlobal('window', page('https://app.example/workspace.html', '', 'top'));
const { startTeamsJsEarly } = await import('./teamsJsFirst');

/** A window as the checks see it: its address, and whether it was framed or opened by another window. */
function page(href: string, hash: string, how: 'top' | 'framed' | 'opened'): Window {
  const url = new URL(href);
  const win = { location: { href: url.href + hash, search: url.search, hash }, opener: how === 'opened' ? {} : null } as unknown as { self: unknown; parent: unknown };
  win.self = win;
  win.parent = how === 'framed' ? {} : win;
  return win as unknown as Window;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

it('leaves teams-js alone in a plain browser and in the sign-in popup that comes back to the page', async () => {
  startTeamsJsEarly(page('https://app.example/workspace.html', '', 'top'));
  startTeamsJsEarly(page('https://app.example/workspace.html', '#code=abc&state=xyz', 'opened'));
  startTeamsJsEarly(page('https://app.example/workspace.html', '#error=interaction_required&state=xyz', 'framed'));
  await settle();
  expect(teamsJs.loads).toBe(0);
  expect(nestedAuth.loads).toBe(0);
});

it('starts loading teams-js for the page in Teams', async () => {
  startTeamsJsEarly(page('https://app.example/workspace.html?committee=x', '', 'framed'));
  await vi.waitFor(() => expect(teamsJs.loads).toBe(1));
  await vi.waitFor(() => expect(nestedAuth.loads).toBe(1));
});
