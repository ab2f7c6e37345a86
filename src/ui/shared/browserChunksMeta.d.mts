/** Types of browserChunksMeta.mjs (plain JavaScript, shared by the build and the page). */
export declare const BROWSER_CHUNKS_META: string;
