import { isAuthRedirectResponse } from '../../auth/redirectBridge';
import { startLoadingTeamsJsInTeams } from '../../hosts/teams/loadTeamsJs';

/**
 * In Teams, starts fetching teams-js before the rest of the entry is evaluated (see
 * `startLoadingTeamsJsInTeams`), for a page whose HTML does not preload it because it also runs in a
 * plain browser (the workspace). Not on a sign-in answer: MSAL's popup comes back to this page, opened
 * by the app, and hands its answer over without starting the app (`completeAuthRedirect`).
 */
export function startTeamsJsEarly(win: Window): void {
  if (!isAuthRedirectResponse(win)) startLoadingTeamsJsInTeams(win);
}

// Imported first by the workspace's entry (src/ui/workspace/main.tsx), for this side effect: modules
// are evaluated in the order they are imported, so it runs before the rest of the entry.
startTeamsJsEarly(window);
