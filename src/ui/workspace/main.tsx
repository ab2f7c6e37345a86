import { startSurface } from '../shared/bootstrap';
import { WorkspaceApp } from './WorkspaceApp';

startSurface({ render: () => <WorkspaceApp /> });
