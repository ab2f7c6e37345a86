import { startSurface } from '../shared/bootstrap';
import { WorkspaceApp } from './WorkspaceApp';

startSurface({ surface: 'workspace', render: () => <WorkspaceApp /> });
