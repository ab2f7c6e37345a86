import { preloadChunksNamedIn } from './browserChunks';
import { STARTUP_CHUNKS_META } from './browserChunksMeta.mjs';

/**
 * Preloads the start-up chunks the build named in the page's `<meta name="motebok-startup-chunks">` instead of its HTML
 * (the Graph side, MSAL's nested app auth, the screens: `fromEntryPages` in tools/startupPreloadPlugin.mjs), at the
 * low priority the HTML gave them, the first thing the entry runs. Preloaded from the HTML, their bytes arrived beside the
 * entry's own file and the renderer compiled them on its worker threads (all of a chunk with V8's compile hint) while the
 * entry's file waited to be handed to the page's thread: the page's entry ran 40–70 ms after its file was in, the thread
 * idle (issue 14; docs/performance-history.md, h/entry59). Imported first by a page's entry, for this side effect.
 */
preloadChunksNamedIn(STARTUP_CHUNKS_META, document, 'low');
