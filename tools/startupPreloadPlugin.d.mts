import type { Compiler } from 'webpack';

/** The `<meta>` that names a page's browser-only chunks. */
export const BROWSER_CHUNKS_META: string;

/** See startupPreloadPlugin.mjs: preloads each page's start-up chunks from its HTML, and names its browser-only ones. */
export class StartupPreloadPlugin {
  constructor(chunksByPage: Record<string, string[]>, browserChunksByPage?: Record<string, string[]>);
  apply(compiler: Compiler): void;
}
