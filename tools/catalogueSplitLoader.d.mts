export declare const LAZY_LOCALES: readonly ['nn', 'en'];
/** Lingui's compiled form of one ICU text (`[text | [name, type?, format?]]`), or the text when compiling changes nothing. */
export declare function compileText(text: string): string | unknown[];
export declare function declaresCatalogue(source: string): boolean;
/** The texts of a module's top-level catalogues, with locale, key and place in the source. */
export declare function catalogueTexts(source: string, file: string): { locale: string; key: string; text: string; start: number; end: number }[];
export declare function compileCatalogues(source: string, file: string): string;
export declare function splitCatalogue(source: string, options: { locale?: string; file: string; chunkPrefix: string }): string;
/** The messages files split per locale: `src/ui/<surface>/messages.ts`, or a namespace's in a folder of its own under src/ui. */
export declare const SPLIT_FILE: RegExp;
export default function catalogueSplitLoader(this: { resourcePath: string; resourceQuery: string }, source: string): string;
