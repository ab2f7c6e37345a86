import { startMeetingSurface } from '../meeting/startMeetingSurface';
import { pageDraftsDatabase } from '../shared/autosave/draftsDatabase';

// The referent's drafts (IndexedDB) are asked for before her session shows; opening the database
// (creating it, on a fresh profile) starts now, on IndexedDB's own thread, beside the host's handshake,
// instead of after the first render (issue 14: cold load). A failure is the draft store's to handle.
void pageDraftsDatabase().catch(() => undefined);

// The side panel's screens (React, Fluent, the views) are one chunk, fetched from the page's HTML and
// evaluated once the meeting's request is on its way (issue 14: cold load). Who records and what a
// participant sees go by the signed-in user: GET /me starts with the meeting's request. The referent's
// own chunk is asked for as soon as the screens' chunk is evaluated, before its first render
// (`fetchRecorderEarly`: in that render's time it downloads).
startMeetingSurface(
  (lookup, services) =>
    Promise.all([import(/* webpackChunkName: "side-panel-app" */ './SidePanelApp'), import(/* webpackChunkName: "side-panel-app" */ '../meeting/showMeetingSurface')]).then(([screens, { meetingSurfaceScreens }]) => {
      void screens.fetchRecorderEarly(lookup(), services());
      return meetingSurfaceScreens(screens.SidePanelApp, lookup);
    }),
  { signedInUser: true },
);
