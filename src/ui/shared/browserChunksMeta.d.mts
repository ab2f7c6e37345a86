/** Types of browserChunksMeta.mjs (plain JavaScript, shared by the build and the page). */
export declare const BROWSER_CHUNKS_META: string;
export declare const REFERENT_CHUNKS_META: string;
