import { startSurface } from '../shared/bootstrap';
import { TabConfigApp } from './TabConfigApp';

startSurface({ surface: 'tabConfig', render: () => <TabConfigApp /> });
