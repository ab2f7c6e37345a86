// @vitest-environment jsdom
import { afterEach, expect, it, vi } from 'vitest';
import { BROWSER_CHUNKS_META } from './browserChunksMeta.mjs';

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

// Importing the module runs it for this test's `window` (jsdom's, top-level: a plain browser) and
// its document, which names no browser chunks yet.
const { startHostChunksEarly } = await import('./hostChunksFirst');

/** A window as the checks see it: its address, and whether it was framed or opened by another window. */
function page(href: string, hash: string, how: 'top' | 'framed' | 'opened'): Window {
  const url = new URL(href);
  const win = { location: { href: url.href + hash, search: url.search, hash }, opener: how === 'opened' ? {} : null, document } as unknown as { self: unknown; parent: unknown };
  win.self = win;
  win.parent = how === 'framed' ? {} : win;
  return win as unknown as Window;
}

/** The page's HTML as the build writes it for the workspace: MSAL's standard chunk and the sign-in screen named for a browser. */
function nameBrowserChunks(): void {
  document.head.innerHTML = `<meta name="${BROWSER_CHUNKS_META}" content="/msal.1a.js /sign-in.2b.js">`;
}
const preloads = () => [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map((link) => new URL(link.href).pathname);
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

afterEach(() => {
  document.head.innerHTML = '';
});

it('in a plain browser preloads MSAL’s standard chunk and the sign-in screen at once, and leaves teams-js and MSAL’s nested part alone', async () => {
  nameBrowserChunks();
  startHostChunksEarly(page('https://app.example/workspace.html', '', 'top'));
  expect(preloads()).toEqual(['/msal.1a.js', '/sign-in.2b.js']);
  // ?host=browser: a framed page a test (or a link) says is in a browser.
  document.head.innerHTML = '';
  nameBrowserChunks();
  startHostChunksEarly(page('https://app.example/workspace.html?host=browser', '', 'framed'));
  expect(preloads()).toEqual(['/msal.1a.js', '/sign-in.2b.js']);
  await settle();
  expect(teamsJs.loads).toBe(0);
  expect(nestedAuth.loads).toBe(0);
});

it('fetches nothing on the sign-in answer that comes back to the page (popup or silent frame)', async () => {
  nameBrowserChunks();
  startHostChunksEarly(page('https://app.example/workspace.html', '#code=abc&state=xyz', 'opened'));
  startHostChunksEarly(page('https://app.example/workspace.html', '#error=interaction_required&state=xyz', 'framed'));
  await settle();
  expect(preloads()).toEqual([]);
  expect(teamsJs.loads).toBe(0);
  expect(nestedAuth.loads).toBe(0);
});

it("in Teams, opened as a meeting's side panel (the tab's address names it), goes to the side panel's page at once and fetches nothing", async () => {
  const { isLeaving } = await import('./leavingEarly');
  const framed = page('https://app.example/workspace.html?committee=x&frameContext=sidePanel&locale=nn-NO&theme=dark', '', 'framed');
  const replace = vi.fn();
  Object.assign(framed.location, { replace });
  nameBrowserChunks();
  startHostChunksEarly(framed);
  expect(replace).toHaveBeenCalledWith('https://app.example/sidepanel.html?committee=x&frameContext=sidePanel&locale=nn-NO&theme=dark');
  expect(isLeaving()).toBe(true);
  await settle();
  expect(preloads()).toEqual([]);
  expect(teamsJs.loads).toBe(0);
  expect(nestedAuth.loads).toBe(0);
});

it('in Teams starts loading teams-js and MSAL’s nested part before the host asks, and no browser chunk', async () => {
  nameBrowserChunks();
  startHostChunksEarly(page('https://app.example/workspace.html?committee=x', '', 'framed'));
  expect(preloads()).toEqual([]);
  await vi.waitFor(() => expect(teamsJs.loads).toBe(1));
  await vi.waitFor(() => expect(nestedAuth.loads).toBe(1));
});
