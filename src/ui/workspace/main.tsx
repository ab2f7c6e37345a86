// First, for its side effect: what this host needs at start (teams-js in Teams, MSAL in a browser) is fetched before the rest of the entry is evaluated.
import '../shared/hostChunksFirst';
import { createServices } from '../shared/services';
import { startInHalves } from '../shared/startInHalves';
import { teamsHostOptions } from '../shared/teamsSurface';
import { namedInAddress, startWorkspaceReads, type StartupReads } from './startupReads';
import { restoreEarly, type EarlyRestore } from '../shared/restoredEarly';

// The workspace starts in two halves (ui/shared/startInHalves.ts): the first reads are sent the
// moment the services exist, and the screens (React, Fluent, the views: one chunk, fetched from the
// page's HTML) are evaluated while they are under way (issue 14: cold load).
let startup: StartupReads | undefined;
// In a plain browser the sign-in gate's silent check, begun with the services after the first reads,
// so the gate's first render already knows who is signed in (`restoredEarly.ts`).
let signInCheck: EarlyRestore | undefined;

startInHalves(
  {
    ...teamsHostOptions({ surface: 'workspace' }),
    // The first reads start before the theme, the first render and the sign-in check.
    createServices: async (host) => {
      const services = await createServices(host);
      startup = startWorkspaceReads(services.repository, namedInAddress(window.location));
      if (host.host === 'browser') signInCheck = restoreEarly(services.auth);
      return services;
    },
    signInCheck: () => signInCheck,
  },
  () => import(/* webpackChunkName: "workspace-app" */ './workspaceScreens').then(({ workspaceScreens }) => workspaceScreens(() => startup)),
);
