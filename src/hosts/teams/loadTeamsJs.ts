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
