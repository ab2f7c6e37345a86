import type { Compiler } from 'webpack';

/** V8's explicit compile hint, the line the plugin puts on top of a chunk. */
export const COMPILE_HINT: string;

/** See compileHintsPlugin.mjs: V8's compile hint on top of the named start-up chunks, never on a file of a group in `except`. */
export class CompileHintsPlugin {
  constructor(chunkNames: string[], options?: { except?: string[] });
  apply(compiler: Compiler): void;
}
