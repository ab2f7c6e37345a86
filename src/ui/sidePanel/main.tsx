import { startSurface } from '../shared/bootstrap';
import { SidePanelApp } from './SidePanelApp';

startSurface({ render: () => <SidePanelApp /> });
