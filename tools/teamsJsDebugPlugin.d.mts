import type { Compiler } from 'webpack';

/** See teamsJsDebugPlugin.mjs: teams-js's bundled `debug` replaced by src/hosts/teams/teamsJsDebug.ts. */
export const SILENT_DEBUG_EXPORTS: readonly string[];
export function teamsJsDebugImports(esmDir: string): { file: string; source: string; names: string[] }[];
export function checkTeamsJsDebugImports(imports: { file: string; source: string; names: string[] }[]): void;
export class TeamsJsDebugPlugin {
  constructor(options: { esmDir: string; replacement: string });
  apply(compiler: Compiler): void;
}
