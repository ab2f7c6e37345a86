import { isAuthRedirectResponse } from '../../auth/redirectBridge';
import { isTeamsPage, loadTeamsJs } from '../../hosts/teams/loadTeamsJs';
import { earlyRedirect } from '../../hosts/teams/routing';
import { leaveFor } from './leavingEarly';
import { preloadBrowserChunks } from './browserChunks';

/**
 * For a page that runs in Teams and in a plain browser (the workspace), whose HTML can preload only
 * what both need: starts fetching what this host needs at start before the rest of the entry is
 * evaluated, so neither host downloads the other's code (issue 14: start-up JavaScript, counted per
 * host by `npm run size`; `teamsChunks` and `browserChunks` in webpack.config.js). A chunk fetched
 * here in Teams is counted only if `teamsChunks` names it: tools/bundleSize.test.ts reads the
 * `import()`s this function reaches (through its loaders too) and fails when the two differ.
 * - In Teams: teams-js (the handshake waits for it) and MSAL's nested app auth (chunk "msal-nested",
 *   what `auth/createAuth.ts` imports inside Teams). Both are the same `import()`s the page makes
 *   later (the module system keeps them); a failed fetch is left to those, which fetch again and report.
 *   Measured 2026-12-02 (framed, emulated 20 Mbit/s and 40 ms): teams-js was in at 459 ms this way,
 *   466 ms when the HTML preloaded it, 665 ms when only the handshake asked.
 * - In a plain browser: the chunks the build names for it (`browserChunks.ts`: MSAL's standard
 *   application, chunk "msal", and the sign-in screen), preloaded rather than evaluated.
 * Not on a sign-in answer: MSAL's popup comes back to this page, opened by the app, and hands its
 * answer over without starting the app (`completeAuthRedirect`).
 */
export function startHostChunksEarly(win: Window, doc: Document = win.document): void {
  if (isAuthRedirectResponse(win)) return;
  if (!isTeamsPage(win)) {
    preloadBrowserChunks(doc);
    return;
  }
  // Opened by Teams as another surface (the tab's address names its frame context: a meeting's side panel or stage
  // opening the tab's content URL, this page's): go there at once, fetching nothing here; `startPage` starts nothing.
  const early = earlyRedirect(win.location.href);
  if (early) return leaveFor(early, win);
  loadTeamsJs().catch(() => undefined);
  import(/* webpackChunkName: "msal-nested" */ '../../auth/nestedApp').catch(() => undefined);
}

// Imported first by the workspace's entry (src/ui/workspace/main.tsx), for this side effect: modules
// are evaluated in the order they are imported, so it runs before the rest of the entry.
startHostChunksEarly(window);
