import webpack from 'webpack';

/** V8's explicit compile hint (Chrome 136+): compile every function of this script eagerly. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * Puts V8's explicit compile hint at the top of the chunks a page evaluates as it starts, after its
 * entry (issue 14: cold load). V8 compiles a function lazily, on the main thread, the first time it
 * is called; a cold-load profile of the side panel found most of its chunks' "evaluation" and much of
 * its first render to be that compiling. With the hint Chrome compiles the whole script on the
 * background thread that streams it while it downloads and waits (the chunks are preloaded from the
 * page's HTML), so the main thread runs code that is already compiled. Not the entry and teams-js:
 * compiling them whole would delay the host's handshake, which starts everything else. Added after
 * minifying (a minifier drops comments) and before the source maps and content hashes are made, so
 * both describe the file as served.
 */
export class CompileHintsPlugin {
  /** @param {string[]} chunkNames the webpackChunkName of each `import()` whose chunks get the hint */
  constructor(chunkNames) {
    this.chunkNames = [...new Set(chunkNames)];
  }

  apply(compiler) {
    // thisCompilation: the app's own, not the child compilations of html-webpack-plugin (which have no chunks of the app).
    compiler.hooks.thisCompilation.tap('CompileHintsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'CompileHintsPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 }, () => {
        // A build that already failed (a module that did not compile) may lack the chunks for that
        // reason alone: report nothing of ours, so webpack's own errors are the ones shown.
        if (compilation.errors.length > 0) return;
        const files = new Set();
        for (const name of this.chunkNames) {
          const group = compilation.namedChunkGroups.get(name);
          if (!group) throw new Error(`CompileHintsPlugin: no import() makes a chunk «${name}»`);
          for (const chunk of group.chunks) for (const file of chunk.files) if (file.endsWith('.js')) files.add(file);
        }
        for (const file of files) compilation.updateAsset(file, (source) => new webpack.sources.ConcatSource(COMPILE_HINT, source));
      });
    });
  }
}
