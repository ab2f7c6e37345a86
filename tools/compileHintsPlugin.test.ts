// V8's compile hint on the chunks a page evaluates as it starts (issue 14: cold load): only on the
// chunks named and never on a file a left-out group fetches too, on top of the minified file, with
// source maps that still point at the right code.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import webpack from 'webpack';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { COMPILE_HINT, CompileHintsPlugin } from './compileHintsPlugin.mjs';

const temp = mkdtempSync(path.join(os.tmpdir(), 'motebok-compile-hints-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const FILES = {
  'page.js': 'import(/* webpackChunkName: "startup" */ "./startup.js").then((m) => m.startup()); document.onclick = () => import(/* webpackChunkName: "later" */ "./later.js");\n',
  'startup.js': '// a comment the minifier drops\nexport function startup() { return "started at start-up"; }\n',
  'later.js': 'export const later = 2;\n',
};

// A library both a hinted import() and a left-out one use, in a file of its own (as teams-js's `teams-js-lib`, which the
// host's handshake and the side panel's recorder both fetch: webpack.config.js).
const SHARED_FILES = {
  'page.js': 'import(/* webpackChunkName: "handshake" */ "./handshake.js").then(() => import(/* webpackChunkName: "startup" */ "./startup.js"));\n',
  'handshake.js': 'import { library } from "./library.js";\nexport const handshake = library("handshake");\n',
  'startup.js': 'import { library } from "./library.js";\nexport const startup = library("startup");\n',
  'library.js': 'export function library(caller) { return `called by ${caller}`; }\n',
};
const SHARED_SPLIT = { cacheGroups: { library: { test: /library\.js$/, name: 'library', chunks: 'async' as const, enforce: true } } };

async function build(
  chunkNames: string[],
  files: Record<string, string> = FILES,
  { except, splitChunks }: { except?: string[]; splitChunks?: NonNullable<webpack.Configuration['optimization']>['splitChunks'] } = {},
): Promise<{ outDir: string; files: string[] }> {
  const dir = mkdtempSync(path.join(temp, 'build-'));
  for (const [name, source] of Object.entries(files)) writeFileSync(path.join(dir, name), source);
  const outDir = path.join(dir, 'out');
  const stats = await new Promise<webpack.Stats>((resolve, reject) => {
    webpack(
      {
        mode: 'production',
        context: dir,
        devtool: 'hidden-source-map',
        entry: { page: './page.js' },
        output: { path: outDir, publicPath: '/', filename: '[name].[contenthash:8].js', chunkFilename: '[name].[contenthash:8].js' },
        // The page's HTML, as the app builds it: html-webpack-plugin compiles in a child compilation of its own, which has none of the app's chunks.
        plugins: [new HtmlWebpackPlugin({ filename: 'page.html', chunks: ['page'] }), new CompileHintsPlugin(chunkNames, { except })],
        ...(splitChunks ? { optimization: { splitChunks } } : {}),
      },
      (error, result) => (error || !result ? reject(error ?? new Error('ingen statistikk')) : result.hasErrors() ? reject(new Error(result.toString('errors-only'))) : resolve(result)),
    );
  });
  return { outDir, files: Object.keys(stats.compilation.assets) };
}

const fileOf = (files: string[], name: string) => {
  const found = files.find((file) => file.startsWith(`${name}.`) && file.endsWith('.js'));
  if (!found) throw new Error(`no ${name} chunk in ${files.join(', ')}`);
  return found;
};

describe('CompileHintsPlugin', () => {
  it('puts the hint on top of the named chunks, minified, and on no other file', async () => {
    const { outDir, files } = await build(['startup']);
    const read = (name: string) => readFileSync(path.join(outDir, fileOf(files, name)), 'utf8');
    expect(read('startup').startsWith(COMPILE_HINT)).toBe(true);
    // Minified before the hint went on: the source's own comment is gone, the hint is the only one.
    expect(read('startup')).not.toContain('a comment the minifier drops');
    expect(read('startup').match(/\/\/#/g)).toHaveLength(1);
    expect(read('later')).not.toContain('allFunctionsCalledOnLoad');
    expect(read('page')).not.toContain('allFunctionsCalledOnLoad');
  }, 60_000);

  it("keeps the source map on the hinted file's code: its mappings start on the line after the hint", async () => {
    const { outDir, files } = await build(['startup']);
    const map = JSON.parse(readFileSync(path.join(outDir, `${fileOf(files, 'startup')}.map`), 'utf8')) as { mappings: string };
    // One generated line per ";": the hint's line has no mapping, the code's line does.
    const [hintLine, codeLine] = map.mappings.split(';');
    expect(hintLine).toBe('');
    expect(codeLine).not.toBe('');
  }, 60_000);

  it('leaves unhinted a file a left-out group holds too, and hints the rest of the named group', async () => {
    const { outDir, files } = await build(['startup'], SHARED_FILES, { except: ['handshake'], splitChunks: SHARED_SPLIT });
    const read = (name: string) => readFileSync(path.join(outDir, fileOf(files, name)), 'utf8');
    // The library is in both groups (the split worked), fetched by the left-out one too: no hint.
    expect(read('library')).toContain('called by');
    expect(read('library')).not.toContain('allFunctionsCalledOnLoad');
    expect(read('handshake')).not.toContain('allFunctionsCalledOnLoad');
    expect(read('startup').startsWith(COMPILE_HINT)).toBe(true);
  }, 60_000);

  it('hints a file shared with a group that is not left out', async () => {
    const { outDir, files } = await build(['startup'], SHARED_FILES, { splitChunks: SHARED_SPLIT });
    expect(readFileSync(path.join(outDir, fileOf(files, 'library')), 'utf8').startsWith(COMPILE_HINT)).toBe(true);
  }, 60_000);

  it('fails the build for a name no import() makes, hinted or left out', async () => {
    await expect(build(['nowhere'])).rejects.toThrow(/nowhere/);
    await expect(build(['startup'], FILES, { except: ['elsewhere'] })).rejects.toThrow(/elsewhere/);
  }, 60_000);

  it("leaves a build that already failed to webpack's own error, not a missing chunk of its own", async () => {
    // The module that makes the import() does not parse (as when a loader fails on it): no "startup" chunk, for that reason only.
    const broken = { ...FILES, 'page.js': 'import "./importer.js";\n', 'importer.js': 'import(/* webpackChunkName: "startup" */ "./startup.js");\nthis is not JavaScript (\n' };
    const failure = build(['startup'], broken);
    await expect(failure).rejects.toThrow(/importer\.js/);
    await expect(failure).rejects.not.toThrow(/CompileHintsPlugin/);
  }, 60_000);
});
