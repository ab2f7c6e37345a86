import { createHash } from 'node:crypto';
import HtmlWebpackPlugin from 'html-webpack-plugin';

/**
 * Puts a page's start-up code into its HTML (issue 14: cold load): the entry's files, and the chunks of the
 * `import()`s named for the page (teams-js, which the host's handshake runs first), as inline `<script>`s at the
 * end of the body, in place of `<script defer src>` and `<link rel=preload>`. An inline script is neither fetched
 * nor streamed: Chromium parses and runs it on the page's thread as the parser reaches it, so the entry no longer
 * waits for its file and then for the script-streaming pool that the preloaded chunks keep busy
 * (docs/performance-history.md, h/entry59, h/inline60). With `styles`, the page's linked style sheets go inline
 * too, as `<style>` where their links were: a parser-inserted script waits for the sheets before it, so an inline
 * entry would otherwise wait for their download (h/inline60's second variant). The CSP's style-src allows inline
 * styles ('unsafe-inline', src/config/securityHeaders.ts), so the sheets need no hash.
 *
 * A chunk's code is a `self.webpackChunk….push([...])`; webpack's runtime (in the entry) takes every chunk
 * pushed before it starts as installed, so the entry's `import()` of it fetches nothing. The chunks' scripts
 * therefore come before the entry's, and the page's preloads before both (so they are asked for before the
 * entry's synchronous run asks for them). The files stay in the output (source maps, `npm run size`), unused.
 *
 * The Content-Security-Policy allows exactly these scripts, by hash: once the content hashes are final
 * (webpack's real content hash rewrites the HTML after html-webpack-plugin made it), the plugin hashes every
 * inline script of each page (SHA-256), gives `policy(page, hashes)` to the page's meta tag in place of the one
 * it had, and hands all pages' hashes to `emit(hashes)`, whose files (the hosting headers) it adds to the output.
 */
export class InlineStartupScriptsPlugin {
  /**
   * @param {object} options
   * @param {Record<string, string[]>} options.pages page file name → the webpackChunkName of the `import()`s whose chunks go inline with its entry
   * @param {boolean} [options.styles] the page's linked style sheets (`<link rel="stylesheet">` in its head) inline too, as `<style>` in their place
   * @param {(page: string, hashes: string[]) => string} [options.policy] the page's Content-Security-Policy meta value, given its inline scripts' hashes
   * @param {(hashes: string[]) => Record<string, string>} [options.emit] files to add once every page's hashes are known (file name → content)
   */
  constructor({ pages, styles = false, policy, emit }) {
    this.pages = pages;
    this.styles = styles;
    this.policy = policy;
    this.emit = emit;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('InlineStartupScriptsPlugin', (compilation) => {
      // After StartupPreloadPlugin has added the page's preloads (a later stage of the same hook).
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap({ name: 'InlineStartupScriptsPlugin', stage: 10 }, (data) => {
        const chunkNames = this.pages[data.outputName];
        if (!chunkNames) return data;
        const chunkFiles = new Set();
        for (const name of chunkNames) {
          const group = compilation.namedChunkGroups.get(name);
          if (!group) throw new Error(`InlineStartupScriptsPlugin: ${data.outputName} names a chunk «${name}» that no import() makes`);
          for (const chunk of group.chunks) for (const file of chunk.files) if (file.endsWith('.js')) chunkFiles.add(data.publicPath + file);
        }
        const isEntryScript = (tag) => tag.tagName === 'script' && typeof tag.attributes?.src === 'string';
        const isInlinedPreload = (tag) => tag.tagName === 'link' && tag.attributes?.rel === 'preload' && chunkFiles.has(tag.attributes.href);
        const entryScripts = [...data.headTags, ...data.bodyTags].filter(isEntryScript).map((tag) => tag.attributes.src);
        // A stand-in that names the file: its code goes in once the build's files are final (below).
        const inline = (href) => HtmlWebpackPlugin.createHtmlTagObject('script', { [INLINE_ATTRIBUTE]: href.slice(data.publicPath.length) });
        const kept = (tags) => tags.filter((tag) => !isEntryScript(tag) && !isInlinedPreload(tag));
        // A linked sheet becomes a stand-in `<style>` where its link was (the order of the rules is kept).
        const isSheet = (tag) => this.styles && tag.tagName === 'link' && tag.attributes?.rel === 'stylesheet' && String(tag.attributes.href).startsWith(data.publicPath);
        const inlineSheet = (tag) => HtmlWebpackPlugin.createHtmlTagObject('style', { [INLINE_ATTRIBUTE]: tag.attributes.href.slice(data.publicPath.length) });
        data.headTags = kept(data.headTags).map((tag) => (isSheet(tag) ? inlineSheet(tag) : tag));
        data.bodyTags = [
          ...kept(data.bodyTags),
          ...[...chunkFiles].filter((href) => !entryScripts.includes(href)).map(inline),
          ...entryScripts.map(inline),
        ];
        return data;
      });

      // After webpack's real content hash (OPTIMIZE_HASH), which renames the files (in the stand-ins too) and the
      // chunk names inside their code: the HTML gets each file's code as it is written to the output.
      compilation.hooks.processAssets.tap({ name: 'InlineStartupScriptsPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_HASH + 1 }, () => {
        // A failed page (html-webpack-plugin then writes its error as the page) keeps the build's own error.
        if (compilation.errors.length > 0) return;
        const all = new Set();
        for (const page of Object.keys(this.pages)) {
          const asset = compilation.getAsset(page);
          if (!asset) continue;
          const html = withInlineCode(asset.source.source().toString(), (file) => {
            const script = compilation.getAsset(file);
            if (!script) throw new Error(`InlineStartupScriptsPlugin: ${page} names ${file}, which is not in the build`);
            return inlineSource(script.source.source().toString(), file, file.endsWith('.css') ? 'style' : 'script');
          });
          const hashes = inlineScripts(html).map(scriptHash);
          for (const hash of hashes) all.add(hash);
          compilation.updateAsset(page, new sources.RawSource(this.policy ? withPolicy(html, this.policy(page, hashes)) : html));
        }
        for (const [file, content] of Object.entries(this.emit?.([...all]) ?? {})) compilation.emitAsset(file, new sources.RawSource(content));
      });
    });
  }
}

/** The attribute of the stand-in `<script>` that names the file whose code it gets. */
const INLINE_ATTRIBUTE = 'data-motebok-inline';

/** The HTML with each stand-in replaced by an inline `<script>` or `<style>` holding its file's code. */
export function withInlineCode(html, codeOf) {
  return html.replace(new RegExp(`<(script|style) ${INLINE_ATTRIBUTE}=("?)([^"\\s>]+)\\2\\s*>\\s*</\\1>`, 'g'), (_, tag, _quote, file) => `<${tag}>${codeOf(file)}</${tag}>`);
}

/** A file's code as the body of an inline `<script>` or `<style>`: refused if it could end the element early. */
function inlineSource(code, file, tag) {
  if (new RegExp(`</${tag}|<!--`, 'i').test(code)) throw new Error(`InlineStartupScriptsPlugin: ${file} holds «</${tag}» or «<!--» and cannot be put inline`);
  return code;
}

/** The bodies of a page's inline style sheets (`<style>`), in order. */
export function inlineStyles(html) {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, body]) => body);
}

/** The bodies of a page's inline scripts (`<script>` without `src`), in order. */
export function inlineScripts(html) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes)).map(([, , body]) => body);
}

/** A Content-Security-Policy source allowing one inline script: `'sha256-…'` of its body (UTF-8). */
export function scriptHash(body) {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/** The HTML with its Content-Security-Policy meta tag's value replaced (the tag is the template's, src/ui/shared/page.html). */
export function withPolicy(html, policy) {
  const meta = /(<meta http-equiv="?Content-Security-Policy"? content=)("[^"]*"|'[^']*')/i;
  if (!meta.test(html)) throw new Error('InlineStartupScriptsPlugin: the page has no Content-Security-Policy meta tag');
  if (/["<>&]/.test(policy)) throw new Error(`InlineStartupScriptsPlugin: a policy with «"», «<», «>» or «&» cannot go in the meta tag: ${policy}`);
  return html.replace(meta, (_, start) => `${start}"${policy}"`);
}
