// teams-js's bundled `debug` replaced at build time (tools/teamsJsDebugPlugin.mjs), and the build stopped
// when teams-js uses `debug` otherwise than the stand-in covers.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import webpack from 'webpack';
import { checkTeamsJsDebugImports, SILENT_DEBUG_EXPORTS, teamsJsDebugImports, TeamsJsDebugPlugin } from './teamsJsDebugPlugin.mjs';
import * as standIn from '../src/hosts/teams/teamsJsDebug';

const temp = mkdtempSync(path.join(os.tmpdir(), 'motebok-teamsjs-debug-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const REAL_ESM = path.resolve('node_modules/@microsoft/teams-js/dist/esm/packages/teams-js/src');
const DEBUG_IMPORT = '../../../../node_modules/.pnpm/debug@4.3.5/node_modules/debug/src/browser.js';

/** A package laid out as teams-js's ES build: its telemetry imports `b` from its own copy of debug; returns its src folder. */
function fakeTeamsJs(name: string, telemetry: string): string {
  const dist = path.join(temp, name, 'node_modules/@microsoft/teams-js/dist/esm');
  const files: Record<string, string> = {
    'packages/teams-js/src/index.js': 'export { getLogger } from "./internal/telemetry.js";\n',
    'packages/teams-js/src/internal/telemetry.js': telemetry,
    'node_modules/.pnpm/debug@4.3.5/node_modules/debug/src/browser.js': 'export const b = { debug: () => "REAL DEBUG" };\n',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), text);
  }
  return path.join(dist, 'packages/teams-js/src');
}

async function build(esmDir: string): Promise<string> {
  const dir = path.dirname(esmDir);
  const replacement = path.join(temp, 'silent.js');
  writeFileSync(replacement, 'export const b = { debug: () => "SILENT STAND-IN" };\n');
  const compiler = webpack({
    mode: 'none',
    context: dir,
    entry: path.join(esmDir, 'index.js'),
    output: { path: path.join(dir, 'out'), filename: 'main.js', library: { type: 'module' } },
    experiments: { outputModule: true },
    plugins: [new TeamsJsDebugPlugin({ esmDir, replacement })],
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error || stats?.hasErrors()) reject(error ?? new Error(stats?.toString('errors-only')));
      else resolve(readFileSync(path.join(dir, 'out/main.js'), 'utf8'));
    }),
  );
}

describe('TeamsJsDebugPlugin', () => {
  it("builds teams-js's telemetry with the silent stand-in, not its copy of debug", async () => {
    const esmDir = fakeTeamsJs('ok', `import{b as t}from"${DEBUG_IMPORT}";export const getLogger=(n)=>t.debug(n);\n`);
    const bundle = await build(esmDir);
    expect(bundle).toContain('SILENT STAND-IN');
    expect(bundle).not.toContain('REAL DEBUG');
  });

  it('accepts the installed teams-js, which uses debug in its telemetry only', () => {
    const imports = teamsJsDebugImports(REAL_ESM);
    expect(imports.map((entry) => entry.file)).toEqual(['internal/telemetry.js']);
    expect(() => checkTeamsJsDebugImports(imports)).not.toThrow();
  });

  it('has a stand-in that exports every name the check lets teams-js import', () => {
    for (const name of SILENT_DEBUG_EXPORTS) expect(standIn).toHaveProperty(name);
  });

  it('stops the build when teams-js imports more of debug, or from another file', async () => {
    const more = fakeTeamsJs('more', `import{b as t,c as u}from"${DEBUG_IMPORT}";export const getLogger=(n)=>u(t.debug(n));\n`);
    await expect(build(more)).rejects.toThrow(/teams-js uses its copy of debug otherwise/);
    const elsewhere = teamsJsDebugImports(REAL_ESM).map((entry) => ({ ...entry, file: 'internal/communication.js' }));
    expect(() => checkTeamsJsDebugImports(elsewhere)).toThrow(/teams-js uses its copy of debug otherwise/);
  });
});
