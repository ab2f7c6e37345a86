import { startSurface } from '../shared/bootstrap';
import { preloadedView } from '../shared/preloadedView';
import { createServices } from '../shared/services';
import { startLinkedMeetingLookup, type LinkedMeetingLookup } from '../meeting/findMeeting';

// The stage's screen is fetched from the start, beside the host, MSAL and the Graph side;
// "Laster …" paints without it (issue 14: initial JavaScript).
const StageApp = preloadedView<{ lookup?: LinkedMeetingLookup }>(() => import(/* webpackChunkName: "stage-app" */ './StageApp').then((module) => module.StageApp));

let lookup: LinkedMeetingLookup | undefined;

startSurface({
  // The meeting's request starts the moment the services exist: before the theme, the catalogues,
  // the first render and the screen's download (issue 14: cold load), as the workspace's first reads do.
  createServices: async (host) => {
    const services = await createServices(host);
    lookup = startLinkedMeetingLookup(services.repository, host, window.location.href);
    return services;
  },
  render: () => <StageApp lookup={lookup} />,
});
