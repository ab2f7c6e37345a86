import { startMeetingSurface } from '../meeting/startMeetingSurface';
import { layOutStageFaces } from './stageFacesLayout';

// The stage's screens (React, Fluent, the views) are one chunk, fetched from the page's HTML and
// evaluated once the meeting's request is on its way (issue 14: cold load).
startMeetingSurface((lookup) =>
  Promise.all([import(/* webpackChunkName: "stage-app" */ './StageApp'), import(/* webpackChunkName: "stage-app" */ '../meeting/showMeetingSurface')]).then(([screens, { meetingSurfaceScreens }]) => {
    // The faces' font lookups, paid while the first render waits for the meeting's answer (stageFacesLayout.ts).
    layOutStageFaces();
    return meetingSurfaceScreens(screens.StageApp, lookup);
  }),
);
