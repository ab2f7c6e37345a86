/**
 * teams-js itself, the one way this app loads it: by `import()`, only once the page is in Teams (the
 * host's handshake, `initializeTeamsHost.ts`, and the live channel, `liveChannelLoader.ts`). A page in
 * a plain browser (the workspace opened from a link) never evaluates it — about 47 kB of minified
 * code whose evaluation is a noticeable part of a cold start (issue 14). The module system evaluates
 * it once, however many ask; webpack fetches its chunk ("teams-js", named here only) once too, and
 * again after a failed fetch.
 */
export function loadTeamsJs(): Promise<typeof import('./teamsSdk')> {
  // High priority: inside Teams the page's handshake, and so everything after it, waits for this chunk.
  return import(/* webpackChunkName: "teams-js", webpackFetchPriority: "high" */ './teamsSdk');
}

/**
 * Whether the page is in Teams: Teams loads tabs in an iframe (web, desktop) or opens them from a
 * parent window. `?host=browser` forces the browser path, e.g. when a test frames the page itself.
 */
export function isTeamsPage(win: Window): boolean {
  if (new URL(win.location.href).searchParams.get('host') === 'browser') return false;
  return win.parent !== win.self || Boolean(win.opener);
}

/**
 * Starts fetching teams-js the moment a page can tell it is in Teams, before the rest of its entry is
 * evaluated (`ui/shared/teamsJsFirst.ts`). For the workspace, which runs in Teams and in a plain browser: its
 * HTML does not preload the chunk for everyone, as a browser would download 19 kB (gzip) and two
 * requests it never evaluates, while in Teams the handshake needs it at once. Measured 2026-12-02
 * (workspace, emulated 20 Mbit/s and 40 ms, local HTTP/1.1 server, busy machine, 7 runs, medians):
 * inside a frame teams-js was in at 459 ms this way, 466 ms when the HTML preloaded it, 665 ms when
 * only the handshake asked; in a browser the page's other start-up chunks were all in at 663 ms
 * without the preload and 851 ms with it. Fetched at high priority: in Teams nothing goes on without
 * it. A failed fetch is left to the handshake's own `loadTeamsJs()`, which fetches again and reports.
 */
export function startLoadingTeamsJsInTeams(win: Window): void {
  if (isTeamsPage(win)) loadTeamsJs().catch(() => undefined);
}
