/**
 * teams-js itself, the one way this app loads it: by `import()`, only once the page is in Teams (the
 * host's handshake, `initializeTeamsHost.ts`) or joins a meeting's live channel there
 * (`liveChannelLoader.ts`). A page in a plain browser (the workspace opened from a link) never
 * evaluates it — about 47 kB of minified code whose evaluation is a noticeable part of a cold start
 * (issue 14). The module system evaluates it once, however many ask; webpack fetches its chunk
 * ("teams-js", named here only) once too, and again after a failed fetch.
 */
export function loadTeamsJs(): Promise<typeof import('./teamsSdk')> {
  return import(/* webpackChunkName: "teams-js" */ './teamsSdk');
}
