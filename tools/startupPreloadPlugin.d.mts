import type { Compiler } from 'webpack';

/** See startupPreloadPlugin.mjs: preloads each page's start-up chunks from its HTML, names its browser-only and referent-only ones, and fetches the entry and `firstChunks` at high priority; the chunks of `fromEntryByPage` are named for the entry to preload instead. */
export class StartupPreloadPlugin {
  constructor(chunksByPage: Record<string, string[]>, browserChunksByPage?: Record<string, string[]>, referentChunksByPage?: Record<string, string[]>, firstChunks?: string[], fromEntryByPage?: Record<string, string[]>);
  apply(compiler: Compiler): void;
}
