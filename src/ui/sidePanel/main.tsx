import { preloadedView } from '../shared/preloadedView';
import { startMeetingSurface } from '../meeting/startMeetingSurface';
import type { LinkedMeetingLookup } from '../meeting/findMeeting';

// The side panel's screens are fetched from the start, beside the host, MSAL and the Graph side;
// "Laster …" paints without them (issue 14: initial JavaScript).
const SidePanelApp = preloadedView<{ lookup?: LinkedMeetingLookup }>(() => import(/* webpackChunkName: "side-panel-app" */ './SidePanelApp').then((module) => module.SidePanelApp));

// Who records and what a participant sees go by the signed-in user: GET /me starts with the meeting's request.
startMeetingSurface(SidePanelApp, { signedInUser: true });
