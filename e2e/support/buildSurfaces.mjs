// Builds some of the app's surfaces with the project's webpack configuration, for browser tests:
// only what a test needs, so a half-written file on another surface cannot break it.
// Usage: MOTEBOK_SURFACES=workspace,tabConfig MOTEBOK_OUT_DIR=… node e2e/support/buildSurfaces.mjs
import webpack from 'webpack';
import webpackConfig, { SURFACES } from '../../webpack.config.js';

const wanted = new Set((process.env.MOTEBOK_SURFACES ?? 'workspace').split(',').map((name) => name.trim()));
const pages = new Set(Object.entries(SURFACES).filter(([name]) => wanted.has(name)).map(([, surface]) => surface.page));

const config = await webpackConfig({}, { mode: 'development' });
config.entry = Object.fromEntries(Object.entries(config.entry).filter(([name]) => wanted.has(name)));
config.plugins = config.plugins.filter((plugin) => {
  const filename = plugin?.userOptions?.filename;
  return typeof filename !== 'string' || pages.has(filename);
});
// Source maps as separate files rather than eval: faster pages in the browser under test.
config.devtool = false;

webpack(config, (error, stats) => {
  if (error || stats?.hasErrors()) {
    console.error(error ?? stats?.toString('errors-only'));
    process.exit(1);
  }
  process.exit(0);
});
