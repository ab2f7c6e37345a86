export declare const LAZY_LOCALES: readonly ['nn', 'en'];
export declare function splitCatalogue(source: string, options: { locale?: string; file: string; chunkPrefix: string }): string;
export default function catalogueSplitLoader(this: { resourcePath: string; resourceQuery: string }, source: string): string;
