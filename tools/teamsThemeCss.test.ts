// The Teams themes as build-time style sheets (tools/teamsThemeCss.mjs): each sheet carries every token
// of Fluent's theme with Fluent's value, and the plugin emits the sheets, links the light one from each
// page and tells the code where all three are.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { afterAll, describe, expect, it } from 'vitest';
import webpack from 'webpack';
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from '@fluentui/react-components';
import { TeamsThemeCssPlugin, teamsThemeCss } from './teamsThemeCss.mjs';

/** The custom properties a sheet sets, by token name (`--colorNeutralBackground1: #fff;` → colorNeutralBackground1). */
function declarations(css: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name, value] of css.matchAll(/--([A-Za-z0-9]+):\s*([^;]*);/g)) {
    if (name === undefined || value === undefined) continue;
    if (found.has(name)) throw new Error(`--${name} twice`);
    found.set(name, value.trim());
  }
  return found;
}

/** The selector of a sheet's one rule. */
const selectorOf = (css: string) => css.slice(0, css.indexOf('{')).trim();

const THEMES: [name: 'default' | 'dark' | 'contrast', fluent: Theme, selector: string][] = [
  ['default', teamsLightTheme, ':root'],
  ['dark', teamsDarkTheme, ':root[data-theme=dark]'],
  ['contrast', teamsHighContrastTheme, ':root[data-theme=contrast]'],
];

describe('teamsThemeCss', () => {
  it.each(THEMES)('sets every token of Fluent’s %s Teams theme, with Fluent’s value, and nothing else', (name, fluent, selector) => {
    const css = teamsThemeCss(name);
    expect(selectorOf(css)).toBe(selector);
    const set = declarations(css);
    const tokens = Object.keys(fluent);
    expect(tokens.length).toBeGreaterThan(400);
    expect(tokens.filter((token) => !set.has(token))).toEqual([]);
    expect([...set.keys()].filter((token) => !(token in fluent))).toEqual([]);
    for (const token of tokens) expect(set.get(token), token).toBe(String(fluent[token as keyof Theme]));
  });

  it('gives dark and high contrast the same tokens as light, so either overrides every light value on <html>', () => {
    const light = [...declarations(teamsThemeCss('default')).keys()].sort();
    expect([...declarations(teamsThemeCss('dark')).keys()].sort()).toEqual(light);
    expect([...declarations(teamsThemeCss('contrast')).keys()].sort()).toEqual(light);
  });
});

describe('TeamsThemeCssPlugin', () => {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'motebok-theme-css-'));
  const out = path.join(temp, 'out');
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('emits the three sheets, links the light one from each page’s head and tells the code where all three are', async () => {
    mkdirSync(path.join(temp, 'src'), { recursive: true });
    writeFileSync(path.join(temp, 'src/page.js'), 'window.sheets = __MOTEBOK_THEME_SHEETS__;\n');
    await new Promise<void>((resolve, reject) => {
      webpack(
        {
          mode: 'production',
          context: temp,
          devtool: false,
          entry: { page: './src/page.js' },
          output: { path: out, filename: '[name].js', publicPath: '/app/' },
          plugins: [
            new HtmlWebpackPlugin({ filename: 'page.html', chunks: ['page'], templateContent: '<html><head></head><body></body></html>' }),
            new TeamsThemeCssPlugin({ filename: (name: string, hash: string) => `theme-${name}.${hash}.css` }),
          ],
        },
        (error, stats) => (error || stats?.hasErrors() ? reject(error ?? new Error(stats?.toString('errors-only'))) : resolve()),
      );
    });
    const sheets = readdirSync(out).filter((file) => file.endsWith('.css')).sort();
    expect(sheets.map((file) => file.replace(/\.[0-9a-f]{8}\.css$/, ''))).toEqual(['theme-contrast', 'theme-dark', 'theme-default']);
    for (const [name] of THEMES) {
      const file = sheets.find((sheet) => sheet.startsWith(`theme-${name}.`)) ?? '';
      // Production's CSS minifier drops spaces and the last `;`: otherwise the generator's sheet.
      const squeezed = (css: string) => css.replace(/\s+/g, '').replace(/;}/g, '}');
      expect(squeezed(readFileSync(path.join(out, file), 'utf8'))).toBe(squeezed(teamsThemeCss(name)));
    }
    const html = readFileSync(path.join(out, 'page.html'), 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    const light = sheets.find((sheet) => sheet.startsWith('theme-default.'));
    // Production's HTML minifier drops the quotes.
    expect([...head.matchAll(/<link rel="?stylesheet"? href="?([^"\s>]+)/g)].map((link) => link[1])).toEqual([`/app/${light}`]);
    expect(html).not.toContain('theme-dark');
    const script = readFileSync(path.join(out, 'page.js'), 'utf8');
    for (const sheet of sheets) expect(script).toContain(`/app/${sheet}`);
    expect(script).not.toContain('__MOTEBOK_THEME_SHEETS__');
  }, 120_000);
});
