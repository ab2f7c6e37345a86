import type { Compiler } from 'webpack';

/** Griffel's extraction loader (`__styles` → `__css` and a `<module>.griffel.css` import). */
export const GRIFFEL_EXTRACTION_LOADER: string;
/** The last loader of each `<module>.griffel.css`: keeps its rules for the page's sheet. */
export const GRIFFEL_CSS_MODULE_LOADER: string;

/** One sorted Griffel style sheet per page, linked from its HTML (see griffelPageCssPlugin.mjs). */
export class GriffelPageCssPlugin {
  constructor(options: { filename: (entry: string, hash: string) => string });
  apply(compiler: Compiler): void;
}
