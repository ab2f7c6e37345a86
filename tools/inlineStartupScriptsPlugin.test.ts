// The start-up code inline in a page's HTML (issue 14: cold load): the entry and the chunks named for the page
// as inline scripts, webpack's runtime taking those chunks as installed, and the policy naming exactly their hashes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import webpack from 'webpack';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { InlineStartupScriptsPlugin, inlineScripts, inlineStyles, scriptHash, withInlineCode, withPolicy } from './inlineStartupScriptsPlugin.mjs';
import { StartupPreloadPlugin } from './startupPreloadPlugin.mjs';

const temp = mkdtempSync(path.join(os.tmpdir(), 'motebok-inline-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const FILES = {
  'page.js': 'import(/* webpackChunkName: "first" */ "./first.js").then((m) => { globalThis.first = m.first; });\nimport(/* webpackChunkName: "startup" */ "./startup.js").then((m) => { globalThis.startup = m.startup; });\n',
  'first.js': 'export const first = "handshake";\n',
  'startup.js': 'export const startup = 1;\n',
};
const TEMPLATE = '<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="script-src \'self\'"></head><body><div id=root></div></body></html>';

interface Built {
  html: string;
  outDir: string;
  files: string[];
  policies: { page: string; hashes: string[] }[];
  emitted: string[][];
}

/** The page's style sheet, linked from its head as tools/griffelPageCssPlugin.mjs and tools/teamsThemeCss.mjs link theirs. */
const SHEET = ':root{--colorNeutralBackground1:#fff}.r1{display:flex}';
const sheetPlugin: webpack.WebpackPluginInstance = {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('sheet', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'sheet', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset('page.1a2b.css', new webpack.sources.RawSource(SHEET));
      });
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('sheet', (data) => {
        data.headTags.push(HtmlWebpackPlugin.createHtmlTagObject('link', { rel: 'stylesheet', href: `${data.publicPath}page.1a2b.css` }));
        return data;
      });
    });
  },
};

async function build(pages: Record<string, string[]>, styles = false): Promise<Built> {
  const dir = mkdtempSync(path.join(temp, 'build-'));
  for (const [name, source] of Object.entries(FILES)) writeFileSync(path.join(dir, name), source);
  const outDir = path.join(dir, 'out');
  const policies: Built['policies'] = [];
  const emitted: Built['emitted'] = [];
  const stats = await new Promise<webpack.Stats>((resolve, reject) => {
    webpack(
      {
        mode: 'production',
        context: dir,
        entry: { page: './page.js' },
        output: { path: outDir, publicPath: '/', filename: '[name].[contenthash:8].js', chunkFilename: '[name].[contenthash:8].js' },
        plugins: [
          new HtmlWebpackPlugin({ filename: 'page.html', chunks: ['page'], inject: 'body', templateContent: TEMPLATE }),
          sheetPlugin,
          new StartupPreloadPlugin({ 'page.html': ['first', 'startup'] }, {}, {}, ['first']),
          new InlineStartupScriptsPlugin({
            pages,
            styles,
            policy: (page, hashes) => {
              policies.push({ page, hashes });
              return `script-src 'self' ${hashes.join(' ')}`;
            },
            emit: (hashes) => {
              emitted.push(hashes);
              return { headers: `Content-Security-Policy: script-src 'self' ${hashes.join(' ')}\n` };
            },
          }),
        ],
      },
      (error, result) => (error || !result ? reject(error ?? new Error('ingen statistikk')) : result.hasErrors() ? reject(new Error(result.toString('errors-only'))) : resolve(result)),
    );
  });
  return { html: readFileSync(path.join(outDir, 'page.html'), 'utf8'), outDir, files: Object.keys(stats.compilation.assets), policies, emitted };
}

const fileOf = (built: Built, name: string) => built.files.find((file) => file.startsWith(`${name}.`) && file.endsWith('.js')) ?? '';

describe('InlineStartupScriptsPlugin', () => {
  it('puts the entry and the named chunks inline, each the built file as written, after the preloads it keeps', async () => {
    const built = await build({ 'page.html': ['first'] });
    const scripts = inlineScripts(built.html);
    const code = (name: string) => readFileSync(path.join(built.outDir, fileOf(built, name)), 'utf8');
    expect(scripts).toEqual([code('first'), code('page')]);
    // No file is fetched for inline code; the other start-up chunk is still preloaded, before the inline scripts.
    expect(built.html).not.toMatch(/<script [^>]*src=/);
    expect(built.html).not.toContain(fileOf(built, 'first'));
    expect(built.html).not.toContain(fileOf(built, 'page'));
    expect(built.html.indexOf(fileOf(built, 'startup'))).toBeGreaterThan(-1);
    expect(built.html.indexOf(fileOf(built, 'startup'))).toBeLessThan(built.html.indexOf('<script>'));
  });

  it("lets webpack's runtime take an inline chunk as installed: the entry's import() of it asks for no file", async () => {
    const built = await build({ 'page.html': ['first'] });
    const requested: string[] = [];
    const appended: unknown[] = [];
    const document = {
      baseURI: 'https://app.example/page.html',
      currentScript: null,
      getElementsByTagName: () => [],
      createElement: () => ({ setAttribute: () => undefined, parentNode: null }),
      head: { appendChild: (script: { src?: string }) => (appended.push(script), requested.push(script.src ?? '?')) },
    };
    const context = vm.createContext({ document, setTimeout, clearTimeout, Promise });
    context.self = context;
    context.globalThis = context;
    for (const script of inlineScripts(built.html)) vm.runInContext(script, context);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(context.first).toBe('handshake');
    // The preloaded chunk, not inline, is asked for by its script; the inline one is not.
    expect(requested).toEqual([`/${fileOf(built, 'startup')}`]);
  });

  it('allows exactly the inline scripts: their SHA-256 hashes in the meta policy and in the emitted files', async () => {
    const built = await build({ 'page.html': ['first'] });
    const hashes = inlineScripts(built.html).map(scriptHash);
    expect(hashes).toHaveLength(2);
    expect(built.policies).toEqual([{ page: 'page.html', hashes }]);
    expect(built.html).toContain(`content="script-src 'self' ${hashes.join(' ')}"`);
    expect(built.html).not.toContain('unsafe-inline');
    expect(readFileSync(path.join(built.outDir, 'headers'), 'utf8')).toBe(`Content-Security-Policy: script-src 'self' ${hashes.join(' ')}\n`);
  });

  it("with styles, puts the page's linked sheets inline as <style> in its head, and hashes only the scripts", async () => {
    const built = await build({ 'page.html': [] }, true);
    expect(inlineStyles(built.html)).toEqual([SHEET]);
    expect(built.html).not.toMatch(/rel="?stylesheet/);
    expect(built.html.indexOf('<style>')).toBeLessThan(built.html.indexOf('</head>'));
    // One inline script (the entry); the style sheet needs no hash (the pages' style-src allows inline styles).
    expect(built.policies).toEqual([{ page: 'page.html', hashes: inlineScripts(built.html).map(scriptHash) }]);
    expect(built.policies[0]?.hashes).toHaveLength(1);
    const plain = await build({ 'page.html': [] });
    expect(inlineStyles(plain.html)).toEqual([]);
    expect(plain.html).toMatch(/rel="?stylesheet"? href="?\/page\.1a2b\.css/);
  });

  it('leaves a page it is not told of as it was, and fails the build for a chunk no import() makes', async () => {
    const other = await build({ 'other.html': [] });
    expect(inlineScripts(other.html)).toEqual([]);
    expect(other.html).toMatch(new RegExp(`<script defer src="?/${fileOf(other, 'page')}`));
    await expect(build({ 'page.html': ['nowhere'] })).rejects.toThrow(/nowhere/);
  });
});

describe('the inline helpers', () => {
  it('hash a script as the policy names it (SHA-256 of its UTF-8 body, base64)', () => {
    // The example of the CSP specification: alert('Hello, world.');
    expect(scriptHash("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });

  it('put a file in place of its stand-in, refuse code that would end the element, and replace only the policy', () => {
    expect(withInlineCode('<script data-motebok-inline=a.js></script><script data-motebok-inline="b.js"></script>', (file) => `run("${file}")`)).toBe(
      '<script>run("a.js")</script><script>run("b.js")</script>',
    );
    expect(withPolicy('<meta http-equiv=Content-Security-Policy content="a"><p>a</p>', "script-src 'self' 'sha256-x'")).toBe(
      '<meta http-equiv=Content-Security-Policy content="script-src \'self\' \'sha256-x\'"><p>a</p>',
    );
    expect(() => withPolicy('<p></p>', 'a')).toThrow(/meta/);
    expect(withInlineCode('<style data-motebok-inline=a.css></style>', () => '.a{color:red}')).toBe('<style>.a{color:red}</style>');
  });
});
