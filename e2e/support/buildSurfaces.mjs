// Builds the app's surfaces with the project's webpack configuration (development mode), for the
// browser tests: e2e/support/appBuild.ts runs it once per test run. MOTEBOK_SURFACES picks some
// surfaces (all when unset), for a quick look at one page while developing.
// Usage: [MOTEBOK_SURFACES=workspace,tabConfig] MOTEBOK_OUT_DIR=… node e2e/support/buildSurfaces.mjs
// Besides the pages it writes surface-files.json: for each surface, every script file it can load
// (its entry chunks and every chunk those import later), so tests can check what one page carries.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import webpack from 'webpack';
import webpackConfig, { SURFACES } from '../../webpack.config.js';

const requested = process.env.MOTEBOK_SURFACES?.trim();
const wanted = new Set(requested ? requested.split(',').map((name) => name.trim()) : Object.keys(SURFACES));
const pages = new Set(Object.entries(SURFACES).filter(([name]) => wanted.has(name)).map(([, surface]) => surface.page));

const config = await webpackConfig({}, { mode: 'development' });
config.entry = Object.fromEntries(Object.entries(config.entry).filter(([name]) => wanted.has(name)));
config.plugins = config.plugins.filter((plugin) => {
  const filename = plugin?.userOptions?.filename;
  return typeof filename !== 'string' || pages.has(filename);
});
// Source maps as separate files rather than eval: faster pages in the browser under test.
config.devtool = false;

/**
 * Surface → the .js files of its entrypoint and of every chunk it may import later, following the
 * chunk groups its own `import()`s open. Not `chunk.getAllAsyncChunks()`: a chunk shared by several
 * pages would then count every page's lazy chunks as this page's too.
 */
function surfaceFiles(compilation) {
  const files = {};
  for (const [name, entrypoint] of compilation.entrypoints) {
    const chunks = new Set();
    const seen = new Set();
    const visit = (group) => {
      if (seen.has(group)) return;
      seen.add(group);
      for (const chunk of group.chunks) chunks.add(chunk);
      for (const child of group.childrenIterable) visit(child);
    };
    visit(entrypoint);
    files[name] = [...chunks].flatMap((chunk) => [...chunk.files]).filter((file) => file.endsWith('.js')).sort();
  }
  return files;
}

webpack(config, (error, stats) => {
  if (error || !stats || stats.hasErrors()) {
    console.error(error ?? stats?.toString('errors-only'));
    process.exit(1);
  }
  writeFileSync(path.join(stats.compilation.outputOptions.path, 'surface-files.json'), JSON.stringify(surfaceFiles(stats.compilation), null, 2));
  process.exit(0);
});
