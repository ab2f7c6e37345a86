import { startSurface } from '../shared/bootstrap';
import { StageApp } from './StageApp';

startSurface({ render: () => <StageApp /> });
