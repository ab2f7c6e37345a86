import webpack from 'webpack';

/** V8's explicit compile hint (Chrome 136+): compile every function of this script eagerly. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * Puts V8's explicit compile hint at the top of the chunks a page evaluates as it starts, after its
 * entry (issue 14: cold load). V8 compiles a function lazily, on the main thread, the first time it
 * is called; a cold-load profile of the side panel found most of its chunks' "evaluation" and much of
 * its first render to be that compiling. With the hint Chrome compiles the whole script on the
 * background thread that streams it while it downloads and waits (the chunks are preloaded from the
 * page's HTML), so the main thread runs code that is already compiled. Added after minifying (a
 * minifier drops comments) and before the source maps and content hashes are made, so both describe
 * the file as served.
 *
 * The hint goes on every file of the chunk groups named (an `import()`'s chunk and the files webpack
 * split off it), except a file that a group named in `except` holds too: such a file is fetched by
 * that group's `import()` as well, and stays unhinted whichever group fetches it. The entry is never
 * named; webpack.config.js leaves out teams-js (its `teams-js-lib` is also fetched by the side panel's
 * hinted recorder, through its stage sharing) and MSAL's nested part: the host's handshake runs them first, and a
 * file compiled whole streams longer on the worker that hands the page its scripts (h/hint59, h/tjs60 in
 * docs/performance-history.md).
 */
export class CompileHintsPlugin {
  /**
   * @param {string[]} chunkNames the webpackChunkName of each `import()` whose chunks get the hint
   * @param {{ except?: string[] }} [options] `except`: the webpackChunkName of each `import()` whose files never get it
   */
  constructor(chunkNames, { except = [] } = {}) {
    this.chunkNames = [...new Set(chunkNames)];
    this.except = [...new Set(except)];
  }

  apply(compiler) {
    // thisCompilation: the app's own, not the child compilations of html-webpack-plugin (which have no chunks of the app).
    compiler.hooks.thisCompilation.tap('CompileHintsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'CompileHintsPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 }, () => {
        // A build that already failed (a module that did not compile) may lack the chunks for that
        // reason alone: report nothing of ours, so webpack's own errors are the ones shown.
        if (compilation.errors.length > 0) return;
        const filesOf = (names) => {
          const files = new Set();
          for (const name of names) {
            const group = compilation.namedChunkGroups.get(name);
            if (!group) throw new Error(`CompileHintsPlugin: no import() makes a chunk «${name}»`);
            for (const chunk of group.chunks) for (const file of chunk.files) if (file.endsWith('.js')) files.add(file);
          }
          return files;
        };
        const leftOut = filesOf(this.except);
        for (const file of filesOf(this.chunkNames)) {
          if (!leftOut.has(file)) compilation.updateAsset(file, (source) => new webpack.sources.ConcatSource(COMPILE_HINT, source));
        }
      });
    });
  }
}
