// Plain JavaScript so that both sides of the contract import it: the build (tools/startupPreloadPlugin.mjs,
// loaded by webpack.config.js in Node without a TypeScript step) writes these `<meta>`s into a page's HTML,
// and the page (browserChunks.ts) reads them.

/** The `<meta>` in which the build names a page's browser-only start-up chunks. */
export const BROWSER_CHUNKS_META = 'motebok-browser-chunks';

/**
 * The `<meta>` in which the build names the chunks the side panel fetches only for the person who
 * records (the recorder: `referentChunks` in webpack.config.js), so the
 * panel can ask for all of them at once the moment it knows (ui/sidePanel/recorderChunk.ts).
 */
export const REFERENT_CHUNKS_META = 'motebok-referent-chunks';
