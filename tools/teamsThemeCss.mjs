import { createRequire } from 'node:module';
import HtmlWebpackPlugin from 'html-webpack-plugin';

const require = createRequire(import.meta.url);
// Fluent's own themes and its own theme-to-CSS function, as FluentProvider uses them in the browser.
const { teamsLightTheme, teamsDarkTheme, teamsHighContrastTheme } = require('@fluentui/react-theme');
const { createCSSRuleFromTheme } = require('@fluentui/react-provider');

/**
 * The Teams themes (light, dark, high contrast) as style sheets made at build time (issue 14: cold
 * load). Fluent computes each theme at module evaluation from its brand ramps and palettes (some
 * 10 kB of gzip JavaScript on every page), and FluentProvider writes its ~460 tokens as CSS custom
 * properties into a `<style>` tag on the first render. Here the same rule is made in node with
 * Fluent's own `createCSSRuleFromTheme`, once per theme:
 *
 * - light on `:root`: every page's HTML links its sheet in `<head>` (`<link rel="stylesheet">`), so
 *   the variables are there before the first paint and reach every element, portals (Dialog,
 *   Popover, Tooltip, Menu mount in `<body>`) included;
 * - dark and high contrast on `:root[data-theme=dark]` / `:root[data-theme=contrast]`: fetched by
 *   the page (src/ui/shared/themes.ts) when the host asks for them; the page sets `data-theme` on
 *   `<html>` only once the sheet has arrived, so the theme shown so far stays until then.
 *
 * The browser learns each sheet's URL from `__MOTEBOK_THEME_SHEETS__` (DefinePlugin). Every theme
 * has the same tokens (the generator's test checks it), so a later theme overrides every light value.
 */

/** HostTheme → Fluent's theme. */
export const TEAMS_THEMES = { default: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme };

/** HostTheme → the selector its custom properties are set on. */
export const THEME_SELECTORS = { default: ':root', dark: ':root[data-theme=dark]', contrast: ':root[data-theme=contrast]' };

/**
 * One theme's style sheet: Fluent's rule for it (what FluentProvider would insert), on the theme's selector.
 * @param {'default' | 'dark' | 'contrast'} name
 */
export function teamsThemeCss(name) {
  const theme = TEAMS_THEMES[name];
  if (!theme) throw new Error(`teamsThemeCss: no Teams theme "${name}"`);
  return `${createCSSRuleFromTheme(THEME_SELECTORS[name], theme)}\n`;
}

/**
 * Emits the three sheets, links the light one from every page's `<head>`, and tells the code where
 * all three are (`__MOTEBOK_THEME_SHEETS__`). In every build, like tools/griffelPageCssPlugin.mjs.
 */
export class TeamsThemeCssPlugin {
  /** @param {{ filename: (name: string, hash: string) => string }} options each sheet's file name */
  constructor(options) {
    this.filename = options.filename;
  }

  apply(compiler) {
    const { Compilation, DefinePlugin, sources, util } = compiler.webpack;
    const publicPath = typeof compiler.options.output.publicPath === 'string' && compiler.options.output.publicPath !== 'auto' ? compiler.options.output.publicPath : '/';
    const sheets = Object.keys(TEAMS_THEMES).map((name) => {
      const css = teamsThemeCss(name);
      const hash = util.createHash(compiler.options.output.hashFunction ?? 'xxhash64').update(css).digest('hex').slice(0, 8);
      return { name, css, file: this.filename(name, hash) };
    });
    const urls = Object.fromEntries(sheets.map(({ name, file }) => [name, publicPath + file]));
    new DefinePlugin({ __MOTEBOK_THEME_SHEETS__: JSON.stringify(urls) }).apply(compiler);

    compiler.hooks.thisCompilation.tap('TeamsThemeCssPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'TeamsThemeCssPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const { file, css } of sheets) compilation.emitAsset(file, new sources.RawSource(css));
      });
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('TeamsThemeCssPlugin', (data) => {
        data.headTags.push(HtmlWebpackPlugin.createHtmlTagObject('link', { rel: 'stylesheet', href: urls.default }));
        return data;
      });
    });
  }
}
