import { startSurface } from '../shared/bootstrap';
import { preloadedView } from '../shared/preloadedView';
import { startLinkedMeetingLookup } from '../meeting/findMeeting';

// The side panel's screens are fetched from the start, beside the host, MSAL and the Graph side;
// "Laster …" paints without them (issue 14: initial JavaScript).
const SidePanelApp = preloadedView(() => import(/* webpackChunkName: "side-panel-app" */ './SidePanelApp').then((module) => module.SidePanelApp));

// The meeting's request and who is signed in (`GET /me`, asked once per page: the screen's
// useSignedInIdentity takes the same answer) start as soon as the services exist, beside the
// screens' download, not after the screens have arrived and rendered (issue 14: cold load).
startSurface({
  render: ({ repository, hostContext, signedInUser }) => {
    signedInUser?.().catch(() => undefined); // the screen handles a failure (the host's identity stands)
    return <SidePanelApp lookup={startLinkedMeetingLookup(repository, hostContext, window.location.href)} />;
  },
});
