// Plain JavaScript so that both sides of the contract import it: the build (tools/startupPreloadPlugin.mjs,
// loaded by webpack.config.js in Node without a TypeScript step) writes this `<meta>` into a page's HTML,
// and the page's entry (browserChunks.ts) reads it.

/** The `<meta>` in which the build names a page's browser-only start-up chunks. */
export const BROWSER_CHUNKS_META = 'motebok-browser-chunks';

/**
 * The `<meta>` in which the build names the origins a page connects to only in a plain browser (the
 * sign-in authority, `src/config/connectionHints.ts`), written by the page template (src/ui/shared/page.html)
 * and turned into `<link rel="preconnect" crossorigin>` by the entry once its host says "browser".
 */
export const BROWSER_PRECONNECT_META = 'motebok-browser-preconnect';
