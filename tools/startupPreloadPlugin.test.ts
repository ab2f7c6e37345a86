// The start-up preload links (issue 14: cold load): a page's HTML names the chunks its entry imports
// as it starts, after its own scripts and at low priority, and only those chunks.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import webpack from 'webpack';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { BROWSER_CHUNKS_META, StartupPreloadPlugin } from './startupPreloadPlugin.mjs';
import { BROWSER_CHUNKS_META as READ_BY_THE_APP } from '../src/ui/shared/browserChunks';

const temp = mkdtempSync(path.join(os.tmpdir(), 'motebok-preload-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function build(chunksByPage: Record<string, string[]>, browserChunksByPage: Record<string, string[]> = {}): Promise<{ html: string; files: string[] }> {
  const dir = mkdtempSync(path.join(temp, 'build-'));
  writeFileSync(path.join(dir, 'entry.js'), 'import(/* webpackChunkName: "startup" */ "./startup.js"); document.onclick = () => import(/* webpackChunkName: "later" */ "./later.js");\n');
  writeFileSync(path.join(dir, 'startup.js'), 'export const startup = 1;\n');
  writeFileSync(path.join(dir, 'later.js'), 'export const later = 2;\n');
  const outDir = path.join(dir, 'out');
  const stats = await new Promise<webpack.Stats>((resolve, reject) => {
    webpack(
      {
        mode: 'production',
        context: dir,
        entry: { page: './entry.js' },
        output: { path: outDir, publicPath: '/', filename: '[name].[contenthash:8].js', chunkFilename: '[name].[contenthash:8].js' },
        plugins: [new HtmlWebpackPlugin({ filename: 'page.html', chunks: ['page'], inject: 'body' }), new StartupPreloadPlugin(chunksByPage, browserChunksByPage)],
      },
      (error, result) => (error || !result ? reject(error ?? new Error('ingen statistikk')) : result.hasErrors() ? reject(new Error(result.toString('errors-only'))) : resolve(result)),
    );
  });
  return { html: readFileSync(path.join(outDir, 'page.html'), 'utf8'), files: Object.keys(stats.compilation.assets) };
}

describe('StartupPreloadPlugin', () => {
  it('preloads the chunks a page names, after its scripts and at low priority, and no other chunk', async () => {
    const { html, files } = await build({ 'page.html': ['startup'] });
    const startup = files.find((file) => file.startsWith('startup.'));
    const later = files.find((file) => file.startsWith('later.'));
    expect(startup).toBeDefined();
    // The production HTML is minified (attribute quotes dropped): read the tags, not the text.
    const preloads = [...html.matchAll(/<link ([^>]*)>/g)].map((match) => Object.fromEntries([...(match[1] ?? '').matchAll(/([\w-]+)="?([^"\s>]*)"?/g)].map((attribute) => [attribute[1], attribute[2]])));
    expect(preloads).toEqual([{ rel: 'preload', as: 'script', href: `/${startup}`, fetchpriority: 'low' }]);
    expect(html.indexOf(`/${startup}`)).toBeGreaterThan(html.lastIndexOf('<script'));
    expect(html).not.toContain(`/${later}`);
  }, 60_000);

  it('names the chunks a page needs only in a plain browser in a meta element, without preloading them', async () => {
    const { html, files } = await build({ 'page.html': ['startup'] }, { 'page.html': ['later'] });
    const later = files.find((file) => file.startsWith('later.'));
    expect(BROWSER_CHUNKS_META).toBe(READ_BY_THE_APP); // the name the entry reads (src/ui/shared/browserChunks.ts)
    expect(html).toMatch(new RegExp(`<meta name="?motebok-browser-chunks"? content="?/${later?.replace(/\./g, '\\.')}"?>`));
    expect([...html.matchAll(/<link [^>]*>/g)].map((match) => match[0]).filter((tag) => tag.includes(`/${later}`))).toEqual([]);
  }, 60_000);

  it('fails the build when a page names a chunk no import() makes (a renamed chunk must not silently stop being preloaded)', async () => {
    await expect(build({ 'page.html': ['renamed'] })).rejects.toThrow(/renamed/);
  }, 60_000);
});
