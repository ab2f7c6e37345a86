import HtmlWebpackPlugin from 'html-webpack-plugin';
import { BROWSER_CHUNKS_META, REFERENT_CHUNKS_META } from '../src/ui/shared/browserChunksMeta.mjs';

/**
 * Lets a page's HTML name the chunks its start-up fetches by `import()` (MSAL, the Graph side, its
 * screens), as `<link rel="preload" as="script" fetchpriority="low">` after its
 * scripts: the browser fetches them as soon as the page's own scripts are on their way, instead of
 * when the entry's modules run and ask for them (issue 14: cold load; `npm run bench -- coldLoad`).
 * Low priority, so they queue behind the page's scripts. They stay out of the initial JavaScript:
 * nothing runs until the entry imports them.
 *
 * What the page runs first goes first: its own scripts (the entry) and the chunks named in `firstChunks`
 * (teams-js, which the host's handshake needs before anything else runs) are fetched at high priority
 * (`fetchpriority="high"`). Chromium sends a deferred script at Low and a script preload at High by
 * default, at Low with `fetchpriority="low"`, and at High with `fetchpriority="high"` (its trace's
 * ResourceSendRequest `priority`; README, performance); over HTTP/2 the host is told the order in which
 * to send them, so the entry and teams-js are no longer answered interleaved with the larger chunks
 * evaluated after them.
 */
export class StartupPreloadPlugin {
  /**
   * @param {Record<string, string[]>} chunksByPage page file name → the webpackChunkName of each start-up `import()`
   * @param {Record<string, string[]>} [browserChunksByPage] page file name → chunks the page needs at start only in a
   *   plain browser (the sign-in gate): not preloaded, since inside Teams they are never used, but named in a
   *   `<meta>` (its name: src/ui/shared/browserChunksMeta.mjs) that the entry turns into preloads once its host says "browser".
   * @param {Record<string, string[]>} [referentChunksByPage] page file name → chunks the page runs only for the person
   *   who records (the side panel's recorder): not preloaded, since members never run them, but named in a `<meta>` of
   *   their own, which the page prefetches for everyone at idle priority as it starts (ui/sidePanel/main.tsx) and turns
   *   into preloads, all at once, the moment it knows she records.
   * @param {string[]} [firstChunks] the webpackChunkName of start-up chunks fetched at high priority, as the page's own scripts are
   */
  constructor(chunksByPage, browserChunksByPage = {}, referentChunksByPage = {}, firstChunks = []) {
    this.chunksByPage = chunksByPage;
    this.firstChunks = new Set(firstChunks);
    this.browserChunksByPage = browserChunksByPage;
    this.referentChunksByPage = referentChunksByPage;
  }

  apply(compiler) {
    compiler.hooks.compilation.tap('StartupPreloadPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('StartupPreloadPlugin', (data) => {
        // The page's own scripts (its entry's files: deferred, so Low by default) first.
        for (const tag of [...data.headTags, ...data.bodyTags]) if (tag.tagName === 'script' && tag.attributes?.src) tag.attributes.fetchpriority = 'high';
        const scripts = new Set([...data.headTags, ...data.bodyTags].map((tag) => tag.attributes?.src).filter(Boolean));
        const filesOf = (names) => {
          const files = new Set();
          for (const name of names) {
            const group = compilation.namedChunkGroups.get(name);
            if (!group) throw new Error(`StartupPreloadPlugin: ${data.outputName} names a chunk «${name}» that no import() makes`);
            for (const chunk of group.chunks) for (const file of chunk.files) if (file.endsWith('.js') && !scripts.has(data.publicPath + file)) files.add(data.publicPath + file);
          }
          return files;
        };
        const startupNames = this.chunksByPage[data.outputName] ?? [];
        const startup = filesOf(startupNames);
        const first = filesOf(startupNames.filter((name) => this.firstChunks.has(name)));
        for (const href of startup) data.bodyTags.push(HtmlWebpackPlugin.createHtmlTagObject('link', { rel: 'preload', as: 'script', href, fetchpriority: first.has(href) ? 'high' : 'low' }));
        // A browser-only chunk group also holds chunks for its other importers (split out of pages whose
        // screens are not kept whole): only those with a module the page's entry and start-up chunks lack
        // are fetched from this page, so only those are named.
        const available = new Set();
        const entryChunks = (data.plugin.options.chunks ?? []).flatMap((entry) => compilation.entrypoints.get(entry)?.chunks ?? []);
        const startupChunks = startupNames.flatMap((name) => compilation.namedChunkGroups.get(name)?.chunks ?? []);
        for (const chunk of [...entryChunks, ...startupChunks]) {
          for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) available.add(module);
        }
        const needed = (name) => {
          const group = compilation.namedChunkGroups.get(name);
          if (!group) throw new Error(`StartupPreloadPlugin: ${data.outputName} names a chunk «${name}» that no import() makes`);
          return group.chunks.filter((chunk) => [...compilation.chunkGraph.getChunkModulesIterable(chunk)].some((module) => !available.has(module)));
        };
        const named = (names) =>
          [...new Set(names.flatMap(needed).flatMap((chunk) => [...chunk.files]).filter((file) => file.endsWith('.js')).map((file) => data.publicPath + file))].filter(
            (href) => !startup.has(href) && !scripts.has(href),
          );
        const browser = named(this.browserChunksByPage[data.outputName] ?? []);
        if (browser.length > 0) data.headTags.push(HtmlWebpackPlugin.createHtmlTagObject('meta', { name: BROWSER_CHUNKS_META, content: browser.join(' ') }));
        const referent = named(this.referentChunksByPage[data.outputName] ?? []);
        if (referent.length > 0) data.headTags.push(HtmlWebpackPlugin.createHtmlTagObject('meta', { name: REFERENT_CHUNKS_META, content: referent.join(' ') }));
        return data;
      });
    });
  }
}
