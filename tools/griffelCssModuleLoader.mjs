/**
 * The last loader of each `<module>.griffel.css` that Griffel's extraction loader imports (its
 * virtual loader hands over that module's CSS rules): keeps the rules on the module for
 * tools/griffelPageCssPlugin.mjs, which writes each page's sorted sheet, and leaves an empty
 * JavaScript module in the chunk, so the rules are in no script.
 * @this {import('webpack').LoaderContext<object>}
 * @param {string} css
 */
export default function griffelCssModuleLoader(css) {
  this._module.buildInfo.griffelCss = css;
  return 'export {};\n';
}
