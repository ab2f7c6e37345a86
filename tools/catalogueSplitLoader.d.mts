export declare const LAZY_LOCALES: readonly ['nn', 'en'];
/** Lingui's compiled form of one ICU text (`[text | [name, type?, format?]]`), or the text when compiling changes nothing. */
export declare function compileText(text: string): string | unknown[];
export declare function declaresCatalogue(source: string): boolean;
export declare function compileCatalogues(source: string, file: string): string;
export declare function splitCatalogue(source: string, options: { locale?: string; file: string; chunkPrefix: string }): string;
export default function catalogueSplitLoader(this: { resourcePath: string; resourceQuery: string }, source: string): string;
