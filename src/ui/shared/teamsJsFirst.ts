import { isAuthRedirectResponse } from '../../auth/redirectBridge';
import { isTeamsPage, startLoadingTeamsJsInTeams } from '../../hosts/teams/loadTeamsJs';

/**
 * In Teams, starts fetching teams-js before the rest of the entry is evaluated (see
 * `startLoadingTeamsJsInTeams`), for a page whose HTML does not preload it because it also runs in a
 * plain browser (the workspace). Not on a sign-in answer: MSAL's popup comes back to this page, opened
 * by the app, and hands its answer over without starting the app (`completeAuthRedirect`).
 * MSAL's nested app auth (chunk "msal-nested", what `auth/createAuth.ts` imports inside Teams) is
 * fetched alongside for the same reason: the workspace's HTML preloads MSAL's standard application,
 * which a plain browser signs in with.
 */
export function startTeamsJsEarly(win: Window): void {
  if (isAuthRedirectResponse(win) || !isTeamsPage(win)) return;
  startLoadingTeamsJsInTeams(win);
  // The same chunk createAuth imports later (the module system keeps it); a failed fetch is left to createAuth's retry.
  import(/* webpackChunkName: "msal-nested" */ '../../auth/nestedApp').catch(() => undefined);
}

// Imported first by the workspace's entry (src/ui/workspace/main.tsx), for this side effect: modules
// are evaluated in the order they are imported, so it runs before the rest of the entry.
startTeamsJsEarly(window);
