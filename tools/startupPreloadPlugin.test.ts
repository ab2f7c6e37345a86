// The start-up preload links (issue 14: cold load): a page's HTML names the chunks its entry imports
// as it starts, after its own scripts and at low priority (those it runs first at high, as its scripts), and only those chunks.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import webpack from 'webpack';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { StartupPreloadPlugin } from './startupPreloadPlugin.mjs';
import { BROWSER_CHUNKS_META, REFERENT_CHUNKS_META } from '../src/ui/shared/browserChunksMeta.mjs';

const temp = mkdtempSync(path.join(os.tmpdir(), 'motebok-preload-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A small app: its source files, its entries (each with a page of the same name) and how chunks are split. */
interface Fixture {
  files: Record<string, string>;
  entries: string[];
  splitChunks?: NonNullable<webpack.Configuration['optimization']>['splitChunks'];
}

const ONE_PAGE: Fixture = {
  files: {
    'page.js': 'import(/* webpackChunkName: "startup" */ "./startup.js"); document.onclick = () => import(/* webpackChunkName: "later" */ "./later.js");\n',
    'startup.js': 'export const startup = 1;\n',
    'later.js': 'export const later = 2;\n',
  },
  entries: ['page'],
};

async function build(
  chunksByPage: Record<string, string[]>,
  browserChunksByPage: Record<string, string[]> = {},
  fixture: Fixture = ONE_PAGE,
  referentChunksByPage: Record<string, string[]> = {},
  firstChunks: string[] = [],
): Promise<{ html: string; files: string[] }> {
  const dir = mkdtempSync(path.join(temp, 'build-'));
  for (const [name, source] of Object.entries(fixture.files)) writeFileSync(path.join(dir, name), source);
  const outDir = path.join(dir, 'out');
  const stats = await new Promise<webpack.Stats>((resolve, reject) => {
    webpack(
      {
        mode: 'production',
        context: dir,
        entry: Object.fromEntries(fixture.entries.map((name) => [name, `./${name}.js`])),
        output: { path: outDir, publicPath: '/', filename: '[name].[contenthash:8].js', chunkFilename: '[name].[contenthash:8].js' },
        ...(fixture.splitChunks ? { optimization: { splitChunks: fixture.splitChunks } } : {}),
        plugins: [...fixture.entries.map((name) => new HtmlWebpackPlugin({ filename: `${name}.html`, chunks: [name], inject: 'body' })), new StartupPreloadPlugin(chunksByPage, browserChunksByPage, referentChunksByPage, firstChunks)],
      },
      (error, result) => (error || !result ? reject(error ?? new Error('ingen statistikk')) : result.hasErrors() ? reject(new Error(result.toString('errors-only'))) : resolve(result)),
    );
  });
  const page = fixture.entries[0] ?? 'page';
  return { html: readFileSync(path.join(outDir, `${page}.html`), 'utf8'), files: Object.keys(stats.compilation.assets) };
}

/** Each tag of a name (`link`, `script`) as its attributes: the production HTML is minified (attribute quotes dropped). */
function tagsOf(html: string, name: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${name} ([^>]*)>`, 'g'))].map((match) =>
    Object.fromEntries([...(match[1] ?? '').matchAll(/([\w-]+)(?:="?([^"\s>]*)"?)?/g)].map((attribute) => [attribute[1], attribute[2] ?? ''])),
  );
}

/** The files a page's `<meta>` names for a plain browser (or, with `meta`, for another case). */
function browserChunksOf(html: string, meta: string = BROWSER_CHUNKS_META): string[] {
  // Minified HTML quotes an attribute only when its value has a space.
  const match = new RegExp(`<meta name="?${meta}"? content=(?:"([^"]*)"|([^\\s>]*))`).exec(html);
  const content = match?.[1] ?? match?.[2];
  return content?.split(/\s+/).filter(Boolean) ?? [];
}

describe('StartupPreloadPlugin', () => {
  it('preloads the chunks a page names, after its scripts and at low priority, and no other chunk', async () => {
    const { html, files } = await build({ 'page.html': ['startup'] });
    const startup = files.find((file) => file.startsWith('startup.'));
    const later = files.find((file) => file.startsWith('later.'));
    expect(startup).toBeDefined();
    expect(tagsOf(html, 'link')).toEqual([{ rel: 'preload', as: 'script', href: `/${startup}`, fetchpriority: 'low' }]);
    expect(html.indexOf(`/${startup}`)).toBeGreaterThan(html.lastIndexOf('<script'));
    expect(html).not.toContain(`/${later}`);
  }, 60_000);

  it('fetches the page’s own scripts and the chunks named first at high priority, the other start-up chunks at low', async () => {
    const fixture: Fixture = {
      files: {
        'page.js': 'import(/* webpackChunkName: "host" */ "./host.js"); import(/* webpackChunkName: "startup" */ "./startup.js");\n',
        'host.js': 'export const host = 1;\n',
        'startup.js': 'export const startup = 2;\n',
      },
      entries: ['page'],
    };
    const { html, files } = await build({ 'page.html': ['host', 'startup'] }, {}, fixture, {}, ['host']);
    const [entry, host, startup] = ['page.', 'host.', 'startup.'].map((prefix) => files.find((file) => file.startsWith(prefix) && file.endsWith('.js')));
    expect(tagsOf(html, 'script')).toEqual([expect.objectContaining({ src: `/${entry}`, fetchpriority: 'high' })]);
    expect(tagsOf(html, 'link')).toEqual([
      { rel: 'preload', as: 'script', href: `/${host}`, fetchpriority: 'high' },
      { rel: 'preload', as: 'script', href: `/${startup}`, fetchpriority: 'low' },
    ]);
  }, 60_000);

  it('names the chunks a page needs only in a plain browser in a meta element, without preloading them', async () => {
    const { html, files } = await build({ 'page.html': ['startup'] }, { 'page.html': ['later'] });
    const later = files.find((file) => file.startsWith('later.'));
    expect(browserChunksOf(html)).toEqual([`/${later}`]);
    expect([...html.matchAll(/<link [^>]*>/g)].map((match) => match[0]).filter((tag) => tag.includes(`/${later}`))).toEqual([]);
  }, 60_000);

  it('names only the browser-only chunks with a module the page has not already got from its entry and start-up chunks', async () => {
    // Two pages share the browser-only "later": its module `shared.js` is split into a chunk of its own
    // for the pages whose chunks are split (here the second page's "other"), while the first page's
    // start-up chunk is kept whole and holds `shared.js` itself (as the workspace's screens do).
    const fixture: Fixture = {
      files: {
        'page.js': 'import(/* webpackChunkName: "startup" */ "./startup.js"); document.onclick = () => import(/* webpackChunkName: "later" */ "./later.js");\n',
        'second.js': 'document.onclick = () => Promise.all([import(/* webpackChunkName: "later" */ "./later.js"), import(/* webpackChunkName: "other" */ "./other.js")]);\n',
        'startup.js': 'import { shared } from "./shared.js";\nexport const startup = shared + 1;\n',
        'later.js': 'import { shared } from "./shared.js";\nexport const later = shared + 2;\n',
        'other.js': 'import { shared } from "./shared.js";\nexport const other = shared + 3;\n',
        'shared.js': `export const shared = ${JSON.stringify('x'.repeat(200))}.length;\n`,
      },
      entries: ['page', 'second'],
      splitChunks: { chunks: (chunk) => chunk.name !== 'startup', minSize: 0, cacheGroups: { shared: { test: /shared\.js$/, name: 'shared', chunks: (chunk) => chunk.name !== 'startup', minChunks: 2, enforce: true } } },
    };
    const { html, files } = await build({ 'page.html': ['startup'] }, { 'page.html': ['later'] }, fixture);
    const later = files.find((file) => file.startsWith('later.'));
    const shared = files.find((file) => file.startsWith('shared.'));
    // The browser-only group really holds both chunks, so leaving one out is the plugin's choice.
    expect(shared).toBeDefined();
    expect(browserChunksOf(html)).toEqual([`/${later}`]);
  }, 60_000);

  it('names the chunks a page fetches only for the referent in a meta element of their own, each chunk of their groups, without preloading them', async () => {
    // The side panel's case: the screens' chunk asks for the recorder, the recorder for the editor;
    // both named at once, so the page can fetch the editor without waiting for the recorder.
    const fixture: Fixture = {
      files: {
        'page.js': 'import(/* webpackChunkName: "startup" */ "./startup.js");\n',
        'startup.js': 'export const load = () => import(/* webpackChunkName: "recorder" */ "./recorder.js");\n',
        'recorder.js': 'export const editor = () => import(/* webpackChunkName: "editor" */ "./editor.js");\n',
        'editor.js': 'export const editor = 3;\n',
      },
      entries: ['page'],
    };
    const { html, files } = await build({ 'page.html': ['startup'] }, {}, fixture, { 'page.html': ['recorder', 'editor'] });
    const recorder = files.find((file) => file.startsWith('recorder.'));
    const editor = files.find((file) => file.startsWith('editor.'));
    expect(browserChunksOf(html, REFERENT_CHUNKS_META)).toEqual([`/${recorder}`, `/${editor}`]);
    expect(browserChunksOf(html)).toEqual([]);
    expect([...html.matchAll(/<link [^>]*>/g)].map((match) => match[0]).filter((tag) => tag.includes(`/${recorder}`) || tag.includes(`/${editor}`))).toEqual([]);
  }, 60_000);

  it('fails the build when a page names a chunk no import() makes (a renamed chunk must not silently stop being preloaded)', async () => {
    await expect(build({ 'page.html': ['renamed'] })).rejects.toThrow(/renamed/);
  }, 60_000);
});
