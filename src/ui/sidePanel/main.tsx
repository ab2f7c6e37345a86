import { startSurface } from '../shared/bootstrap';
import { preloadedView } from '../shared/preloadedView';

// The side panel's screens are fetched from the start, beside the host, MSAL and the Graph side;
// "Laster …" paints without them (issue 14: initial JavaScript).
const SidePanelApp = preloadedView(() => import(/* webpackChunkName: "side-panel-app" */ './SidePanelApp').then((module) => module.SidePanelApp));

startSurface({ render: () => <SidePanelApp /> });
