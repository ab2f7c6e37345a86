import { startSurface } from '../shared/bootstrap';
import { preloadedView } from '../shared/preloadedView';
import { createServices } from '../shared/services';
import { startLinkedMeetingLookup, type LinkedMeetingLookup } from '../meeting/findMeeting';

// The side panel's screens are fetched from the start, beside the host, MSAL and the Graph side;
// "Laster …" paints without them (issue 14: initial JavaScript).
const SidePanelApp = preloadedView<{ lookup?: LinkedMeetingLookup }>(() => import(/* webpackChunkName: "side-panel-app" */ './SidePanelApp').then((module) => module.SidePanelApp));

let lookup: LinkedMeetingLookup | undefined;

startSurface({
  // The meeting's request and who is signed in (`GET /me`, asked once per page: the screen's
  // useSignedInIdentity takes the same answer) start the moment the services exist: before the
  // theme, the catalogues, the first render and the screens' download (issue 14: cold load), as the
  // workspace's first reads do.
  createServices: async (host) => {
    const services = await createServices(host);
    lookup = startLinkedMeetingLookup(services.repository, host, window.location.href);
    services.signedInUser?.().catch(() => undefined); // the screen handles a failure (the host's identity stands)
    return services;
  },
  render: () => <SidePanelApp lookup={lookup} />,
});
