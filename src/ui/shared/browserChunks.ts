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
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${metaName}"]`);
  const origin = new URL(doc.baseURI).origin;
  const preloaded = new Set([...doc.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map((link) => link.href));
  for (const address of meta?.content.split(/\s+/).filter(Boolean) ?? []) {
    const url = new URL(address, doc.baseURI);
    if (url.origin !== origin || preloaded.has(url.href)) continue;
    const link = doc.createElement('link');
    link.rel = 'preload';
    link.setAttribute('as', 'script');
    link.href = url.href;
    doc.head.append(link);
    preloaded.add(url.href);
  }
}
