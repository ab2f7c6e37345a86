import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';

const require = createRequire(import.meta.url);
const { GriffelCSSExtractionPlugin } = require('@griffel/webpack-extraction-plugin');
const { parseCSSRules } = require('@griffel/webpack-extraction-plugin/src/parseCSSRules.js');
const { sortCSSRules } = require('@griffel/webpack-extraction-plugin/src/sortCSSRules.js');
const { defaultCompareMediaQueries } = require('@griffel/core');

/** Griffel's extraction loader: `__styles`/`__resetStyles` become `__css`/`__resetCSS` and a `<module>.griffel.css` import. */
export const GRIFFEL_EXTRACTION_LOADER = GriffelCSSExtractionPlugin.loader;

/** Runs after Griffel's extraction loader on each `<module>.griffel.css` it imports (see the loader). */
export const GRIFFEL_CSS_MODULE_LOADER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'griffelCssModuleLoader.mjs');

/**
 * Griffel's CSS extraction with one style sheet per page (issue 14: cold load). Fluent's packages and
 * the app's own styles (after `@griffel/webpack-loader`) call `__styles`/`__resetStyles` with their
 * CSS rules, which Griffel inserts one by one into `<style>` tags on first render (about 70 ms when
 * the side panel opens a sak). Griffel's extraction loader (`GriffelCSSExtractionPlugin.loader`)
 * rewrites those calls to `__css`/`__resetCSS`, which only map class names, and hands each module's
 * rules to a `<module>.griffel.css` import; `griffelCssModuleLoader.mjs` keeps the rules on that
 * module and leaves an empty JavaScript module, so only modules that end up in a chunk contribute.
 *
 * Griffel's own plugin puts every rule of the build into one file, sorted as its run-time buckets
 * order them (reset, then `d`, `l`, `v`, `w`, `f`, `i`, `h`, `a`, …, media queries last; shorthands
 * before longhands): atomic rules of equal specificity override by order, so a rule from a file
 * loaded later (a lazy chunk's) would override the start-up file's `:active`, media-query or
 * shorthand rules it must not (microsoft/griffel#419; its answer, code-split CSS, is not released).
 * Here the file is per page: each page's HTML links one sheet with every rule its entry and all the
 * chunks it may `import()` later carry, sorted with Griffel's own `sortCSSRules`, so the order is
 * right whatever loads when, no page carries another page's rules, and a lazy chunk needs no CSS.
 * The sheet is a `<link rel="stylesheet">` in the page's `<head>`: it arrives with the page, in
 * parallel with its scripts, before the first paint (no unstyled flash, no round trip after start).
 *
 * Griffel's plugin is applied for what its loader needs (its loader context, `.griffel.css` modules
 * kept by tree shaking); its single-file chunk is taken out of `splitChunks` again.
 */
export class GriffelPageCssPlugin {
  /** @param {{ filename: (entry: string, hash: string) => string }} options the sheet's file name per entry */
  constructor(options) {
    this.filename = options.filename;
  }

  apply(compiler) {
    new GriffelCSSExtractionPlugin().apply(compiler);
    delete compiler.options.optimization.splitChunks?.cacheGroups?.griffel;
    const { Compilation, sources, util } = compiler.webpack;

    compiler.hooks.thisCompilation.tap('GriffelPageCssPlugin', (compilation) => {
      /** entry → the sheet's file name */
      const sheets = new Map();
      compilation.hooks.processAssets.tap({ name: 'GriffelPageCssPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const [entry, entrypoint] of compilation.entrypoints) {
          const css = pageCss(compilation, entrypoint);
          if (css === '') continue;
          const hash = util.createHash(compilation.outputOptions.hashFunction ?? 'xxhash64').update(css).digest('hex').slice(0, 8);
          const file = this.filename(entry, hash);
          compilation.emitAsset(file, new sources.RawSource(css));
          sheets.set(entry, file);
        }
      });
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('GriffelPageCssPlugin', (data) => {
        const files = (data.plugin.options.chunks ?? []).map((entry) => sheets.get(entry)).filter(Boolean);
        for (const file of files) data.headTags.push(HtmlWebpackPlugin.createHtmlTagObject('link', { rel: 'stylesheet', href: data.publicPath + file }));
        return data;
      });
    });
  }
}

/** Every Griffel rule of an entrypoint and of the chunk groups it may load later, sorted as Griffel orders its buckets. */
function pageCss(compilation, entrypoint) {
  const modules = new Set();
  const seen = new Set();
  const visit = (group) => {
    if (seen.has(group)) return;
    seen.add(group);
    for (const chunk of group.chunks) for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) modules.add(module);
    for (const child of group.childrenIterable) visit(child);
  };
  visit(entrypoint);
  /** module identifier → its rules; sorted by identifier below, so the sheet (and its hash) does not depend on chunk order */
  const texts = new Map();
  // A concatenated module (production's scope hoisting) holds the modules that were merged into it.
  const collect = (module) => {
    if (module.modules) for (const inner of module.modules) collect(inner);
    else if (typeof module.buildInfo?.griffelCss === 'string') texts.set(module.identifier(), module.buildInfo.griffelCss);
  };
  for (const module of modules) collect(module);
  if (texts.size === 0) return '';
  const ordered = [...texts.keys()].sort().map((identifier) => texts.get(identifier));
  const { cssRulesByBucket, remainingCSS } = parseCSSRules(ordered.join('\n'));
  return remainingCSS + sortCSSRules([cssRulesByBucket], defaultCompareMediaQueries);
}
