import { startSurface } from '../shared/bootstrap';
import { preloadedView } from '../shared/preloadedView';

// The stage's screen is fetched from the start, beside the host, MSAL and the Graph side;
// "Laster …" paints without it (issue 14: initial JavaScript).
const StageApp = preloadedView(() => import(/* webpackChunkName: "stage-app" */ './StageApp').then((module) => module.StageApp));

startSurface({ render: () => <StageApp /> });
