// Plain JavaScript so that both sides of the contract import it: the build (tools/startupPreloadPlugin.mjs,
// loaded by webpack.config.js in Node without a TypeScript step) writes this `<meta>` into a page's HTML,
// and the page's entry (browserChunks.ts) reads it.

/** The `<meta>` in which the build names a page's browser-only start-up chunks. */
export const BROWSER_CHUNKS_META = 'motebok-browser-chunks';
