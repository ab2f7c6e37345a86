import { BROWSER_CHUNKS_META } from './browserChunksMeta.mjs';

/**
 * Preloads the chunks a page needs at start only in a plain browser (the sign-in gate), which the
 * build names in a `<meta>` rather than preloading them, since inside Teams they are never used. Called
 * once the host has said "browser": the chunk then arrives beside the services instead of being asked
 * for after the screens are evaluated (issue 14: the workspace's cold start in a browser). Only
 * addresses of the page's own origin; each once.
 */
export function preloadBrowserChunks(doc: Document = document): void {
  preloadChunksNamedIn(BROWSER_CHUNKS_META, doc);
}

/**
 * Preloads (`<link rel="preload" as="script">`) each address the build named in the `<meta>` called
 * `metaName` (tools/startupPreloadPlugin.mjs): chunks a page needs only in some case, named in its HTML
 * so that the page can fetch them all at once when that case arises, side by side, instead of one
 * `import()` after another as each chunk is evaluated. The chunk's `import()` later takes the preloaded
 * file. Only addresses of the page's own origin; each once; nothing without the `<meta>`.
 */
export function preloadChunksNamedIn(metaName: string, doc: Document = document): void {
  linkChunksNamedIn(metaName, 'preload', doc);
}

/**
 * Prefetches (`<link rel="prefetch">`) each address named in the `<meta>` called `metaName`: chunks
 * the page may need soon but perhaps never, downloaded at the browser's idle priority behind what the
 * page needs now, kept in its HTTP cache and never evaluated. Should the page need them, the
 * `import()` (or a preload) takes them from the cache instead of the network — which needs a host
 * that lets the browser keep them (`HASHED_ASSET_CACHE_CONTROL` in src/config/securityHeaders.ts).
 * Unlike a preload, one never used is no error. Only the page's own origin; each once.
 */
export function prefetchChunksNamedIn(metaName: string, doc: Document = document): void {
  linkChunksNamedIn(metaName, 'prefetch', doc);
}

/**
 * Runs each script named in the `<meta>` called `metaName` (a `<script>` each, inserted: async): a webpack chunk's
 * file, run, registers its modules (their factories) and evaluates none of them — a later `import()` of the chunk
 * finds it installed and evaluates its modules at once, with nothing left to fetch or compile. The browser compiles
 * each file on a thread of its own as it reads it (all of it, for the chunks with V8's compile hint:
 * tools/compileHintsPlugin.mjs), and only the file's top level runs on the page's thread. For files the page
 * prefetched (`prefetchChunksNamedIn`), called once, while it waits for something else and before any `import()` of
 * them. Each element carries the address as the build wrote it, which is the one webpack's loader looks for in `src`:
 * an `import()` made while a file is still on its way takes that element for its own instead of fetching and running
 * the file a second time (with the whole URL there, h/side55's trace ran her recorder's file twice, 15 ms of her
 * page's thread after Graph's answer). A file that fails takes its element out, so a later `import()` fetches it
 * itself (on an element done with, webpack's loader would wait its 120 s). The addresses are the build's; a script of
 * another origin is refused by the pages' `script-src 'self'` (`config/securityHeaders.ts`), so the function does not
 * check them again (bytes on the side panel's start-up). A function of its own, not a case of `linkChunksNamedIn`,
 * which every page's start-up carries (h/side55: 30–40 B on each).
 */
export function runChunksNamedIn(metaName: string, doc: Document = document): void {
  for (const src of doc.querySelector<HTMLMetaElement>(`meta[name="${metaName}"]`)?.content.split(/\s+/) ?? []) {
    if (!src) continue;
    const script = Object.assign(doc.createElement('script'), { src });
    script.onerror = () => script.remove();
    doc.head.append(script);
  }
}

function linkChunksNamedIn(metaName: string, rel: 'preload' | 'prefetch', doc: Document): void {
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${metaName}"]`);
  const origin = new URL(doc.baseURI).origin;
  const linked = new Set([...doc.querySelectorAll<HTMLLinkElement>(`link[rel="${rel}"]`)].map((link) => link.href));
  for (const address of meta?.content.split(/\s+/).filter(Boolean) ?? []) {
    const url = new URL(address, doc.baseURI);
    if (url.origin !== origin || linked.has(url.href)) continue;
    const link = doc.createElement('link');
    link.rel = rel;
    link.setAttribute('as', 'script');
    link.href = url.href;
    doc.head.append(link);
    linked.add(url.href);
  }
}
