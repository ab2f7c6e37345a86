// One Griffel style sheet per page (tools/griffelPageCssPlugin.mjs): built with webpack from two tiny
// pages in the form Fluent's packages ship (`__styles` with class maps and CSS rules), one of them
// with a chunk it loads later by import().
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webpack from 'webpack';
import { GRIFFEL_CSS_MODULE_LOADER, GRIFFEL_EXTRACTION_LOADER, GriffelPageCssPlugin } from './griffelPageCssPlugin.mjs';

const root = path.join(import.meta.dirname, '..');
const temp = mkdtempSync(path.join(os.tmpdir(), 'motebok-page-css-'));
const out = path.join(temp, 'out');

/** A module as Fluent ships one: `__styles(class map, CSS rules by bucket)`. */
const styled = (name: string, classes: Record<string, string>, rules: Record<string, unknown[]>, extra = '') =>
  `import { __styles } from '@griffel/react';\nexport const ${name} = __styles({ root: ${JSON.stringify(classes)} }, ${JSON.stringify(rules)});\n${extra}`;

beforeAll(async () => {
  mkdirSync(path.join(temp, 'src'), { recursive: true });
  // The page's start-up module, in buckets out of order, and a chunk it fetches later.
  writeFileSync(
    path.join(temp, 'src/page.js'),
    styled('usePage', { sj55zd: 'fpage', Bi91k9c: 'fpagehover', iro3zm: 'fpageactive' }, { a: ['.fpageactive:active{color:magenta;}'], h: ['.fpagehover:hover{color:pink;}'], d: ['.fpage{color:green;}'] }, "export const later = () => import(/* webpackChunkName: \"later\" */ './later.js');"),
  );
  writeFileSync(
    path.join(temp, 'src/later.js'),
    styled('useLater', { sj55zd: 'flater', Bw0ie65: 'flaterhc' }, { m: [['@media (forced-colors: active){.flaterhc{color:CanvasText;}}', { m: '(forced-colors: active)' }]], d: ['.flater{color:blue;}'] }),
  );
  writeFileSync(path.join(temp, 'src/other.js'), styled('useOther', { sj55zd: 'fother' }, { d: ['.fother{color:black;}'] }));
  await new Promise<void>((resolve, reject) => {
    webpack(
      {
        mode: 'development',
        context: temp,
        devtool: false,
        entry: { page: './src/page.js', other: './src/other.js' },
        output: { path: out, filename: '[name].js', chunkFilename: '[name].chunk.js', publicPath: '/' },
        resolve: { modules: [path.join(root, 'node_modules')] },
        module: {
          rules: [
            { test: /\.js$/, include: path.join(temp, 'src'), loader: GRIFFEL_EXTRACTION_LOADER },
            { test: /\.griffel\.css$/, type: 'javascript/auto', loader: GRIFFEL_CSS_MODULE_LOADER },
          ],
        },
        plugins: [
          new HtmlWebpackPlugin({ filename: 'page.html', chunks: ['page'], templateContent: '<html><head></head><body></body></html>' }),
          new GriffelPageCssPlugin({ filename: (entry: string) => `${entry}.css` }),
        ],
      },
      (error, stats) => (error || stats?.hasErrors() ? reject(error ?? new Error(stats?.toString('errors-only'))) : resolve()),
    );
  });
}, 120_000);

afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('GriffelPageCssPlugin', () => {
  it("gives a page one sheet with its own rules and those of the chunks it loads later, in Griffel's bucket order", () => {
    const css = readFileSync(path.join(out, 'page.css'), 'utf8');
    const [page, later, hover, active, media] = ['.fpage{', '.flater{', '.fpagehover:hover', '.fpageactive:active', '@media (forced-colors: active)'].map((rule) => css.indexOf(rule));
    expect([page, later, hover, active, media].every((index) => index !== undefined && index >= 0), css).toBe(true);
    // Default rules (among themselves in any order), then :hover, then :active, then media queries,
    // whichever module or chunk they came from.
    const order = [Math.max(page ?? -1, later ?? -1), hover, active, media];
    expect([...order].sort((a = 0, b = 0) => a - b)).toEqual(order);
    // Not another page's rules.
    expect(css).not.toContain('.fother');
    expect(readFileSync(path.join(out, 'other.css'), 'utf8')).toContain('.fother{color:black;}');
  });

  it('leaves no CSS rule in any script: only class maps, which Griffel does not insert', () => {
    const scripts = readdirSync(out).filter((file) => file.endsWith('.js'));
    expect(scripts).toContain('later.chunk.js');
    for (const script of scripts) {
      const code = readFileSync(path.join(out, script), 'utf8');
      expect(code, script).not.toMatch(/color:(green|blue|pink|magenta|black|CanvasText)/);
      expect(code, script).not.toMatch(/\b__styles\b/);
    }
    expect(readFileSync(path.join(out, 'page.js'), 'utf8')).toMatch(/__css\)?\(\{/);
  });

  it("links the page's sheet from its HTML head, before the page's scripts", () => {
    const html = readFileSync(path.join(out, 'page.html'), 'utf8');
    const link = html.indexOf('<link rel="stylesheet" href="/page.css">');
    expect(link).toBeGreaterThan(html.indexOf('<head>'));
    expect(link).toBeLessThan(html.indexOf('</head>'));
    expect(html).not.toContain('other.css');
  });
});
