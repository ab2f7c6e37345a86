import { preloadedView } from '../shared/preloadedView';
import { startMeetingSurface } from '../meeting/startMeetingSurface';
import type { LinkedMeetingLookup } from '../meeting/findMeeting';

// The stage's screen is fetched from the start, beside the host, MSAL and the Graph side;
// "Laster …" paints without it (issue 14: initial JavaScript).
const StageApp = preloadedView<{ lookup?: LinkedMeetingLookup }>(() => import(/* webpackChunkName: "stage-app" */ './StageApp').then((module) => module.StageApp));

startMeetingSurface(StageApp);
