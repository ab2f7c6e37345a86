import { startSurface } from '../shared/bootstrap';
import { preloadedView } from '../shared/preloadedView';
import { createServices } from '../shared/services';
import { preloadBrowserSignIn } from '../shared/SignInGate';
import { namedInAddress, startWorkspaceReads, type StartupReads } from './startupReads';

// The workspace's screens are a chunk of their own, fetched while the host, MSAL and the Graph side
// start and evaluated while the first reads are under way, not before them (issue 14: cold load).
const WorkspaceApp = preloadedView<{ startup?: StartupReads }>(() => import(/* webpackChunkName: "workspace-app" */ './WorkspaceApp').then((module) => module.WorkspaceApp));

let startup: StartupReads | undefined;

startSurface({
  surface: 'workspace',
  // The first reads start the moment the services exist: before the theme, the first render and the sign-in check (issue 14).
  createServices: async (host) => {
    // Opened from a link in a plain browser (the innkalling links here), the sign-in screen's silent
    // check stands before the workspace: its chunk is fetched the moment the host has answered, not
    // after "Laster …" has its theme (issue 14: cold load).
    if (host.host === 'browser') preloadBrowserSignIn();
    const services = await createServices(host);
    startup = startWorkspaceReads(services.repository, namedInAddress(window.location));
    return services;
  },
  render: () => <WorkspaceApp startup={startup} />,
});
