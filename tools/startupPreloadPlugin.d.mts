import type { Compiler } from 'webpack';

/** See startupPreloadPlugin.mjs: preloads each page's start-up chunks from its HTML, and names its browser-only and referent-only ones. */
export class StartupPreloadPlugin {
  constructor(chunksByPage: Record<string, string[]>, browserChunksByPage?: Record<string, string[]>, referentChunksByPage?: Record<string, string[]>);
  apply(compiler: Compiler): void;
}
