// teams-js without its bundled copy of the `debug` package (issue 14: `debug` and `ms`, 2.2 kB gzip on
// every page that runs in Teams). teams-js's ES build carries `debug` under its own
// dist/esm/node_modules/.pnpm/debug@…/ and imports it in one file (internal/telemetry.js) for developer
// logging only, shown when `localStorage.debug` names teams-js. This plugin resolves that import to
// src/hosts/teams/teamsJsDebug.ts, whose loggers say nothing (its comment says why that loses no
// behaviour). Before it builds, it reads teams-js's ES files and fails unless `debug` is imported by
// exactly that one file, from `debug/src/browser.js`, and only by the names the stand-in exports: a
// teams-js release that uses `debug` otherwise stops the build, not the page.
import fs from 'node:fs';
import path from 'node:path';

/** The names src/hosts/teams/teamsJsDebug.ts exports for teams-js (its test checks the module has them). */
export const SILENT_DEBUG_EXPORTS = ['b'];
/** teams-js's copy of `debug` (and of `ms`, which only `debug` uses), as an import names it. */
const DEBUG_SOURCE = /(^|\/)node_modules\/\.pnpm\/(debug|ms)@[^/]+\/node_modules\/(debug|ms)\//;
const DEBUG_ENTRY = /\/debug\/src\/browser\.js$/;

function jsFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : jsFiles(file);
    return entry.name.endsWith('.js') ? [file] : [];
  });
}

/**
 * Every import of teams-js's copy of `debug` or `ms` from teams-js's own code (its ES build's files
 * outside its bundled node_modules): importing file (relative to `esmDir`), what it imports from, the
 * names it imports.
 * @param {string} esmDir teams-js's dist/esm/packages/teams-js/src
 * @returns {{ file: string, source: string, names: string[] }[]}
 */
export function teamsJsDebugImports(esmDir) {
  const found = [];
  for (const file of jsFiles(esmDir)) {
    const code = fs.readFileSync(file, 'utf8');
    for (const match of code.matchAll(/import\s*(\{[^}]*\}|[\w$*\s]+?)\s*from\s*"([^"]+)"/g)) {
      const source = match[2];
      if (!DEBUG_SOURCE.test(source)) continue;
      const names = match[1].startsWith('{') ? match[1].slice(1, -1).split(',').map((name) => name.trim().split(/\s+as\s+/)[0]) : [match[1].trim()];
      found.push({ file: path.relative(esmDir, file).split(path.sep).join('/'), source, names });
    }
  }
  return found;
}

/**
 * Throws, saying what teams-js does, unless its only use of `debug` is the one the stand-in replaces.
 * @param {{ file: string, source: string, names: string[] }[]} imports
 */
export function checkTeamsJsDebugImports(imports) {
  const expected = imports.length === 1 && imports[0].file === 'internal/telemetry.js' && DEBUG_ENTRY.test(imports[0].source);
  const unknown = imports.flatMap((entry) => entry.names).filter((name) => !SILENT_DEBUG_EXPORTS.includes(name));
  if (!expected || unknown.length > 0) {
    throw new Error(
      `teamsJsDebugPlugin: teams-js uses its copy of debug otherwise than src/hosts/teams/teamsJsDebug.ts stands in for ` +
        `(${JSON.stringify(imports)}); see tools/teamsJsDebugPlugin.mjs.`,
    );
  }
}

function realPath(dir) {
  try {
    return fs.realpathSync(dir);
  } catch {
    return path.resolve(dir);
  }
}

export class TeamsJsDebugPlugin {
  /** @param {{ esmDir: string, replacement: string }} options teams-js's ES sources; the stand-in's absolute path */
  constructor({ esmDir, replacement }) {
    this.esmDir = esmDir;
    this.replacement = replacement;
  }

  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    checkTeamsJsDebugImports(teamsJsDebugImports(this.esmDir));
    // Real paths: webpack resolves symlinks, so a context is one (node_modules may be a link).
    const teamsJs = fs.realpathSync(path.resolve(this.esmDir, '../../../..'));
    compiler.hooks.normalModuleFactory.tap('TeamsJsDebugPlugin', (factory) => {
      factory.hooks.beforeResolve.tap('TeamsJsDebugPlugin', (data) => {
        if (DEBUG_ENTRY.test(data.request) && data.context && realPath(data.context).startsWith(teamsJs)) data.request = this.replacement;
      });
    });
  }
}
