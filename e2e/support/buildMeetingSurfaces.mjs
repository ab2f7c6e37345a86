// Builds only the side panel and the stage (with the project's webpack configuration) for the
// meeting browser tests, so a half-written file on another surface cannot break them.
// Usage: node e2e/support/buildMeetingSurfaces.mjs  (env as for webpack: MOTEBOK_OUT_DIR, MOTEBOK_AUTHORITY …)
import webpack from 'webpack';
import webpackConfig from '../../webpack.config.js';

const KEEP = new Set(['sidePanel', 'stage']);
const PAGES = new Set(['sidepanel.html', 'stage.html']);

const config = await webpackConfig({}, { mode: 'development' });
config.entry = Object.fromEntries(Object.entries(config.entry).filter(([name]) => KEEP.has(name)));
config.plugins = config.plugins.filter((plugin) => {
  const filename = plugin?.userOptions?.filename;
  return typeof filename !== 'string' || PAGES.has(filename);
});

webpack(config, (error, stats) => {
  if (error || stats?.hasErrors()) {
    console.error(error ?? stats?.toString('errors-only'));
    process.exit(1);
  }
  process.exit(0);
});
