import { startSurface } from '../shared/bootstrap';
import { preloadedView } from '../shared/preloadedView';
import { startLinkedMeetingLookup } from '../meeting/findMeeting';

// The stage's screen is fetched from the start, beside the host, MSAL and the Graph side;
// "Laster …" paints without it (issue 14: initial JavaScript).
const StageApp = preloadedView(() => import(/* webpackChunkName: "stage-app" */ './StageApp').then((module) => module.StageApp));

// The meeting's 2 Graph requests start as soon as the services exist, beside the screen's download,
// not after the screen has arrived and rendered (issue 14: cold load).
startSurface({ render: ({ repository, hostContext }) => <StageApp lookup={startLinkedMeetingLookup(repository, hostContext, window.location.href)} /> });
