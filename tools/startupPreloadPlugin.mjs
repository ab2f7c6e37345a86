import HtmlWebpackPlugin from 'html-webpack-plugin';

/**
 * Lets a page's HTML name the chunks its start-up fetches by `import()` (MSAL, the Graph side, its
 * screens, the default theme), as `<link rel="preload" as="script" fetchpriority="low">` after its
 * scripts: the browser fetches them as soon as the page's own scripts are on their way, instead of
 * when the entry's modules run and ask for them (issue 14: cold load; `npm run bench -- coldLoad`).
 * Low priority, so they queue behind the page's scripts (deferred scripts are low priority too).
 * They stay out of the initial JavaScript: nothing runs until the entry imports them.
 */
export class StartupPreloadPlugin {
  /** @param {Record<string, string[]>} chunksByPage page file name → the webpackChunkName of each start-up `import()` */
  constructor(chunksByPage) {
    this.chunksByPage = chunksByPage;
  }

  apply(compiler) {
    compiler.hooks.compilation.tap('StartupPreloadPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('StartupPreloadPlugin', (data) => {
        const names = this.chunksByPage[data.outputName];
        if (!names) return data;
        const scripts = new Set([...data.headTags, ...data.bodyTags].map((tag) => tag.attributes?.src).filter(Boolean));
        const files = new Set();
        for (const name of names) {
          const group = compilation.namedChunkGroups.get(name);
          if (!group) throw new Error(`StartupPreloadPlugin: ${data.outputName} names a chunk «${name}» that no import() makes`);
          for (const chunk of group.chunks) for (const file of chunk.files) if (file.endsWith('.js') && !scripts.has(data.publicPath + file)) files.add(data.publicPath + file);
        }
        for (const href of files) data.bodyTags.push(HtmlWebpackPlugin.createHtmlTagObject('link', { rel: 'preload', as: 'script', href, fetchpriority: 'low' }));
        return data;
      });
    });
  }
}
