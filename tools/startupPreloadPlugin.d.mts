import type { Compiler } from 'webpack';

/** See startupPreloadPlugin.mjs: preloads each page's start-up chunks from its HTML, names its browser-only and referent-only ones, and fetches the entry and `firstChunks` at high priority. */
export class StartupPreloadPlugin {
  constructor(chunksByPage: Record<string, string[]>, browserChunksByPage?: Record<string, string[]>, referentChunksByPage?: Record<string, string[]>, firstChunks?: string[]);
  apply(compiler: Compiler): void;
}
