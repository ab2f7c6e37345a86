import { startSurface } from '../shared/bootstrap';
import { WorkspaceApp } from './WorkspaceApp';
import { namedInAddress, startWorkspaceReads } from './startupReads';

startSurface({
  surface: 'workspace',
  // The first reads start with the services, before the first render and the sign-in check (issue 14).
  render: (services) => <WorkspaceApp startup={startWorkspaceReads(services.repository, namedInAddress(window.location))} />,
});
