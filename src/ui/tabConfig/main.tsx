import { startSurface } from '../shared/bootstrap';
import { TabConfigApp } from './TabConfigApp';

startSurface({ render: () => <TabConfigApp /> });
