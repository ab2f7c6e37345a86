import { startSurface } from '../shared/bootstrap';
import { preloadedView } from '../shared/preloadedView';
import { namedInAddress, startWorkspaceReads, type StartupReads } from './startupReads';

// The workspace's screens are a chunk of their own, fetched while the host, MSAL and the Graph side
// start and evaluated while the first reads are under way, not before them (issue 14: cold load).
const WorkspaceApp = preloadedView<{ startup?: StartupReads }>(() => import(/* webpackChunkName: "workspace-app" */ './WorkspaceApp').then((module) => module.WorkspaceApp));

startSurface({
  surface: 'workspace',
  // The first reads start with the services, before the first render and the sign-in check (issue 14).
  render: (services) => <WorkspaceApp startup={startWorkspaceReads(services.repository, namedInAddress(window.location))} />,
});
