// Webpack loader, production and development builds (see webpack.config.js): catalogues per locale
// (issue 14). A surface's `messages.ts` keeps its shape — `const nb = {…}; const nn: … = {…};
// const en: … = {…}; export const xMessages = { nb, nn, en };` — so the files stay one place to add
// keys. In the bundle, though, only bokmål stays in the page's initial JavaScript: this loader
// drops `nn` and `en` from the module and puts in their place an `import()` of the same file with
// `?locale=nn` / `?locale=en`, for which it emits that one object alone. `registerMessages`
// (i18n.ts) registers bokmål at once and `setLanguage` awaits the chosen language's catalogues
// before the first render, so a nynorsk or English user never sees bokmål first. Tests (vitest)
// read the files untouched.

/** The locales that leave the page's initial JavaScript. */
export const LAZY_LOCALES = ['nn', 'en'];

/** The `const nn: … = {` … `};` block of one locale (top level: the closing `};` starts a line). */
function localeBlock(source, locale) {
  const start = new RegExp(`^const ${locale}\\b[^=\\n]*= \\{\\n`, 'm').exec(source);
  if (!start) return undefined;
  const end = source.indexOf('\n};\n', start.index);
  if (end < 0) return undefined;
  return { start: start.index, end: end + '\n};\n'.length, text: source.slice(start.index, end + '\n};\n'.length) };
}

/**
 * The module's source with `nn` and `en` replaced by loaders (no query), or only the one locale's
 * object as the default export (`?locale=nn`). `chunkPrefix` names the chunks (messages-nn-sidePanel).
 * Throws when the file is not in the expected shape, so a change of shape fails the build rather than
 * quietly shipping every language again.
 */
export function splitCatalogue(source, { locale, file, chunkPrefix }) {
  const blocks = Object.fromEntries(LAZY_LOCALES.map((name) => [name, localeBlock(source, name)]));
  const exported = /^export const (\w+) = \{ nb, nn, en \};$/m.exec(source);
  const missing = [...LAZY_LOCALES.filter((name) => !blocks[name]), ...(exported ? [] : ['export const … = { nb, nn, en };'])];
  if (missing.length > 0) throw new Error(`catalogueSplitLoader: ${file} has not the expected shape (missing ${missing.join(', ')}); see tools/catalogueSplitLoader.mjs.`);
  if (locale) {
    if (!LAZY_LOCALES.includes(locale)) throw new Error(`catalogueSplitLoader: unknown locale ${locale} for ${file}`);
    return `${blocks[locale].text}export default ${locale};\n`;
  }
  const loaders = LAZY_LOCALES.map(
    (name) => `${name}: () => import(/* webpackChunkName: ${JSON.stringify(`${chunkPrefix}-${name}`)} */ ${JSON.stringify(`./${file}?locale=${name}`)}).then((module) => module.default)`,
  ).join(', ');
  let result = source.replace(exported[0], `export const ${exported[1]} = { nb, lazy: { ${loaders} } };`);
  // Cut from the end first so the earlier offsets stay valid.
  for (const block of LAZY_LOCALES.map((name) => blocks[name]).sort((a, b) => b.start - a.start)) {
    result = result.slice(0, block.start) + result.slice(block.end);
  }
  return result;
}

/** @param {string} source a `src/ui/<surface>/messages.ts` */
export default function catalogueSplitLoader(source) {
  const locale = new URLSearchParams(this.resourceQuery.replace(/^\?/, '')).get('locale') ?? undefined;
  const parts = this.resourcePath.split(/[\\/]/);
  const file = parts.at(-1);
  const surface = parts.at(-2);
  return splitCatalogue(source, { locale, file, chunkPrefix: `messages-${surface}` });
}
