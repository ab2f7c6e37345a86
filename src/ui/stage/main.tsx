import { startMeetingSurface } from '../meeting/startMeetingSurface';

// The stage's screens (React, Fluent, the views) are one chunk, fetched from the page's HTML and
// evaluated as soon as it is here, while the host's handshake is awaited (issue 14: cold load); they
// render once the meeting's request is on its way.
const screensChunk = () => Promise.all([import(/* webpackChunkName: "stage-app" */ './StageApp'), import(/* webpackChunkName: "stage-app" */ '../meeting/showMeetingSurface')]);
const early = screensChunk();
early.catch(() => undefined);
startMeetingSurface((lookup) => early.catch(screensChunk).then(([screens, { meetingSurfaceScreens }]) => meetingSurfaceScreens(screens.StageApp, lookup)));
