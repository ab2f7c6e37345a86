// Webpack loader, production and development builds (see webpack.config.js): catalogues compiled at
// build time, and per locale (issue 14).
//
// Compiled: every catalogue under src/ui — a module with top-level `const nb = {…}`, `const nn: … = {…}`,
// `const en: … = {…}` of string literals, in a surface's `messages.ts`, an `…Messages.ts` or inline in a
// view — has each ICU MessageFormat text turned into the form Lingui's runtime runs
// (`'Fjern {name}'` → `["Fjern ",["name"]]`), so no page ships the message compiler (`npm run size`
// fails if one does). A text with nothing to compile stays the string it was. A text that is not
// valid ICU, or a catalogue value that is not a string literal, fails the build.
//
// Per locale: a surface's `messages.ts` keeps its shape — `const nb = {…}; const nn: … = {…};
// const en: … = {…}; export const xMessages = { nb, nn, en };` — so the files stay one place to add
// keys. In the bundle, though, only bokmål stays in the page's initial JavaScript: this loader
// drops `nn` and `en` from the module and puts in their place an `import()` of the same file with
// `?locale=nn` / `?locale=en`, for which it emits that one object alone. `registerMessages`
// (i18n.ts) registers bokmål at once and `setLanguage` awaits the chosen language's catalogues
// before the first render, so a nynorsk or English user never sees bokmål first. Tests (vitest)
// read the files untouched and compile the texts as they are registered (i18n.ts, not in production).
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import ts from 'typescript';

/** The locales that leave the page's initial JavaScript. */
export const LAZY_LOCALES = ['nn', 'en'];
const LOCALES = ['nb', ...LAZY_LOCALES];

/** Cheap test before parsing: does the module declare a catalogue at top level (and so get compiled)? */
export function declaresCatalogue(source) {
  return /^const (nb|nn|en)\b/m.test(source);
}
/** A surface's own messages file, the one split per locale, or a namespace's in a folder of its (`ui/shared/editing/messages.ts`). */
export const SPLIT_FILE = /[\\/]src[\\/]ui[\\/](?:[^\\/]+[\\/])+messages\.ts$/;

/** `x satisfies T`, `x as const`, `(x)` → x */
function unwrap(node) {
  while (node && (ts.isSatisfiesExpression(node) || ts.isAsExpression(node) || ts.isParenthesizedExpression(node))) node = node.expression;
  return node;
}

/** One ICU text in the form Lingui runs: the string itself when compiling changes nothing. */
export function compileText(text) {
  const compiled = compileMessageOrThrow(text);
  return compiled.length === 1 && compiled[0] === text ? text : compiled;
}

/**
 * The texts of a module's top-level `nb`/`nn`/`en` catalogues, each with its locale, key and place in
 * the source; none when it declares none. Throws, naming file, locale and key, on a text that is not
 * a string literal.
 */
export function catalogueTexts(source, file) {
  if (!declaresCatalogue(source)) return [];
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const texts = [];
  for (const statement of tree.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || !LOCALES.includes(declaration.name.text)) continue;
      const locale = declaration.name.text;
      const object = unwrap(declaration.initializer);
      if (!object || !ts.isObjectLiteralExpression(object)) throw new Error(`catalogueSplitLoader: ${file}: \`${locale}\` is not an object literal.`);
      for (const property of object.properties) {
        const key = property.name ? property.name.getText(tree) : '…';
        const value = ts.isPropertyAssignment(property) ? property.initializer : undefined;
        if (!value || !(ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value))) {
          throw new Error(`catalogueSplitLoader: ${file}: ${locale} ${key} is not a string literal; catalogue texts are compiled at build time.`);
        }
        texts.push({ locale, key, text: value.text, start: value.getStart(tree), end: value.getEnd() });
      }
    }
  }
  return texts;
}

/**
 * The module with every text of its top-level `nb`/`nn`/`en` catalogues compiled (see above);
 * unchanged when it declares none. Throws, naming file, locale and key, on a text that is not a
 * string literal or not valid ICU.
 */
export function compileCatalogues(source, file) {
  const edits = [];
  for (const { locale, key, text, start, end } of catalogueTexts(source, file)) {
    let compiled;
    try {
      compiled = compileText(text);
    } catch (error) {
      throw new Error(`catalogueSplitLoader: ${file}: ${locale} ${key} is not valid ICU MessageFormat: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    if (typeof compiled !== 'string') edits.push({ start, end, text: JSON.stringify(compiled) });
  }
  let result = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

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

/** @param {string} source any module of src/ui (webpack.config.js); only catalogues change */
export default function catalogueSplitLoader(source) {
  const compiled = compileCatalogues(source, this.resourcePath);
  if (!SPLIT_FILE.test(this.resourcePath)) return compiled;
  const locale = new URLSearchParams(this.resourceQuery.replace(/^\?/, '')).get('locale') ?? undefined;
  const parts = this.resourcePath.split(/[\\/]/);
  const file = parts.at(-1);
  // messages-sidePanel, messages-shared-editing: the folders under src/ui.
  const folders = parts.slice(parts.lastIndexOf('ui') + 1, -1);
  return splitCatalogue(compiled, { locale, file, chunkPrefix: `messages-${folders.join('-')}` });
}
