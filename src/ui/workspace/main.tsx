// First, for its side effect: what this host needs at start (teams-js in Teams, MSAL in a browser) is fetched before the rest of the entry is evaluated.
import '../shared/hostChunksFirst';
import { createServices } from '../shared/services';
import { startInHalves } from '../shared/startInHalves';
import { teamsHostOptions } from '../shared/teamsSurface';
import { namedInAddress, startWorkspaceReads, type StartupReads } from './startupReads';
// The first reads in one request: in this entry, not in the Graph side's chunk every page fetches (it imports only types of it).
import { readWorkspaceStart } from '../../graph/workspaceStart';
import { restoreEarly } from '../shared/restoredEarly';

// The workspace starts in two halves (ui/shared/startInHalves.ts): the first reads are sent the
// moment the services exist, and the screens (React, Fluent, the views: one chunk, fetched from the
// page's HTML) are evaluated while they are under way (issue 14: cold load).
let startup: StartupReads | undefined;

startInHalves(
  {
    ...teamsHostOptions({ surface: 'workspace' }),
    // The first reads start before the theme, the first render and the sign-in check.
    createServices: async (host, begun) => {
      const services = await createServices(host, begun);
      const { repository } = services;
      startup = startWorkspaceReads(repository, namedInAddress(window.location), (named) => readWorkspaceStart(repository, named));
      // In a plain browser the sign-in gate's silent check, after the first reads: the gate's first render then knows who is signed in (`restoredEarly.ts`).
      return host.host === 'browser' ? { ...services, signInCheck: restoreEarly(services.auth) } : services;
    },
  },
  () => import(/* webpackChunkName: "workspace-app" */ './workspaceScreens').then(({ workspaceScreens }) => workspaceScreens(() => startup)),
);
