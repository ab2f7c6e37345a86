// First, for its side effect: what this host needs at start (teams-js in Teams, MSAL in a browser) is fetched before the rest of the entry is evaluated.
import '../shared/hostChunksFirst';
import { createServices } from '../shared/services';
import { startInHalves } from '../shared/startInHalves';
import { teamsHostOptions } from '../shared/teamsSurface';
import { namedInAddress, startWorkspaceReads, type StartupReads } from './startupReads';
import { osloToday } from '../../domain/dates';

// The workspace starts in two halves (ui/shared/startInHalves.ts): the first reads are sent the
// moment the services exist, and the screens (React, Fluent, the views: one chunk, fetched from the
// page's HTML) are evaluated while they are under way (issue 14: cold load).
let startup: StartupReads | undefined;

startInHalves(
  {
    ...teamsHostOptions({ surface: 'workspace' }),
    // The first reads start before the theme, the first render and the sign-in check.
    createServices: async (host) => {
      const services = await createServices(host);
      startup = startWorkspaceReads(services.repository, namedInAddress(window.location));
      return services;
    },
  },
  () => import(/* webpackChunkName: "workspace-app" */ './workspaceScreens').then(({ workspaceScreens }) => workspaceScreens(() => startup)),
);

// The meeting list splits the meetings by today's date in Oslo (Intl with the IANA zone), and the
// first Intl use of a page sets ICU up (40–90 ms in Chromium, measured): done when the main thread is
// first idle, while the start-up chunks download, rather than in the render after the first reads'
// answers, which waits for it (issue 14: cold load). Later uses cost about a millisecond.
if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => osloToday(), { timeout: 1_000 });
