/** Types of the webpack loader next to this file (plain JavaScript, loaded by webpack in development). */
export declare const CDN_URL: string;
export declare const VALID_ORIGINS_PATH: string;
export default function devValidOriginsLoader(this: { resourcePath: string }, source: string): string;
