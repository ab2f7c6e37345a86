import { startMeetingSurface } from '../meeting/startMeetingSurface';
import { pageDraftsDatabase } from '../shared/autosave/draftsDatabase';
import { prefetchChunksNamedIn, runChunksNamedIn } from '../shared/browserChunks';
import { REFERENT_CHUNKS_META } from '../shared/browserChunksMeta.mjs';
import { whenIdle } from '../../hosts/whenIdle';

// The referent's drafts (IndexedDB) are asked for before her session shows; opening the database
// (creating it, on a fresh profile) starts now, on IndexedDB's own thread, beside the host's handshake,
// instead of after the first render (issue 14: cold load). A failure is the draft store's to handle.
void pageDraftsDatabase().catch(() => undefined);

// The referent's chunks (the recorder, `recorderChunk.ts`) are downloaded by everyone at the browser's
// idle priority, behind the page's own start-up files, and evaluated only by the person who records:
// she then has them from the cache the moment Graph names her, where she used to wait for their download
// after its answer (issue 14: cold load; docs/performance-history.md, 2026-12-05). A member downloads
// 30.9 kB whose modules he never evaluates (their files run: below).
prefetchChunksNamedIn(REFERENT_CHUNKS_META);

// The side panel's screens (React, Fluent, the views) are one chunk, fetched from the page's HTML and
// evaluated once the meeting's request is on its way (issue 14: cold load). Who records and what a
// participant sees go by the signed-in user: `/me` rides in the meeting's request (one $batch, one token). The referent's
// own chunk is asked for as soon as the screens' chunk is evaluated (`fetchRecorderEarly`), and the
// first render waits for it (within `FIRST_ANSWERS_WAIT_MS`): from the cache it is here in a few ms,
// so that render is her recorder, not a spinner rendered, laid out and painted while it is read, with
// the cache's answer queued behind them (a trace, 2026-12-05: 35 ms from the ask to its bytes). The chunk
// counts as here once her session is open on the meeting read (her drafts: `preloadRecorder`), so that
// render is her sak, not the recorder's own «Laster …» while the drafts are read (h/side59).
//
// While the meeting's read is in flight, everyone's page runs those files (`runChunksNamedIn`): that registers
// the recorder's modules without evaluating any, and the browser compiles them meanwhile, on a thread of its own.
// Asked for only once Graph had named her, the compile (all of the chunk: V8's compile hint) was what she waited
// for, 52–146 ms with the page's thread idle (h/side54, h/side55's profiles); now her `import()` finds the chunk
// installed and evaluates it at once. A member never evaluates it: his page compiles it off its thread and runs
// its files' top level (registrations) while it waits for Graph, and keeps the compiled code unused.
/** Sets ICU up: the first Intl formatter a page makes does it for every later one (h/tjs56). */
const setUpIntl = (): Intl.NumberFormat => new Intl.NumberFormat();

startMeetingSurface(
  (lookup, services) => {
    runChunksNamedIn(REFERENT_CHUNKS_META);
    // ICU's set-up (a fresh page's first Intl format: 13–55 ms of main thread, h/tjs56, h/side57) in the first idle
    // moment once the reads are sent, while the screens' chunk is on its way or Graph answers, not in her first render,
    // which formats a count; the screens' chunk is not needed for it (any formatter sets ICU up for all). Lingui's own
    // format for that count is then made from the screens' chunk when the thread is idle again (about 2 ms).
    void whenIdle().then(setUpIntl);
    return Promise.all([import(/* webpackChunkName: "side-panel-app" */ './SidePanelApp'), import(/* webpackChunkName: "side-panel-app" */ '../meeting/showMeetingSurface')]).then(([screens, { meetingSurfaceScreens }]) => {
      // Lingui's number format for that count, into its cache (`warmNumberFormat`, from the screens' chunk: Lingui is
      // not in the entry; the stage formats none before it is ready, so it does neither).
      void whenIdle().then(screens.warmNumberFormat);
      return { firstRenderAfter: screens.fetchRecorderEarly(lookup(), services()), ...meetingSurfaceScreens(screens.SidePanelApp, lookup) };
    });
  },
  { signedInUser: true },
);
