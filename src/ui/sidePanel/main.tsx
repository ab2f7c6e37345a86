import { startMeetingSurface } from '../meeting/startMeetingSurface';

// The side panel's screens (React, Fluent, the views) are one chunk, fetched from the page's HTML and
// evaluated once the meeting's request is on its way (issue 14: cold load). Who records and what a
// participant sees go by the signed-in user: GET /me starts with the meeting's request.
startMeetingSurface(
  (lookup) =>
    Promise.all([import(/* webpackChunkName: "side-panel-app" */ './SidePanelApp'), import(/* webpackChunkName: "side-panel-app" */ '../meeting/showMeetingSurface')]).then(([screens, { meetingSurfaceScreens }]) =>
      meetingSurfaceScreens(screens.SidePanelApp, lookup),
    ),
  { signedInUser: true },
);
