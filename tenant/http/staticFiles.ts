// Serves the simulators (tenant/simulator/meeting at /_tenant/meeting/, tenant/simulator/personal at
// /_tenant/personal/, tenant/simulator/outlook at /_tenant/outlook/). Generic: no coupling to what the files are; only traversal out of the folder is
// refused. A request for `x.js` where only `x.ts` exists gets the TypeScript compiled for the browser.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GraphError } from './graphError.js';
import { bytes, type Reply, type RequestContext } from './types.js';
import { browserBundle } from './browserBundle.js';

export const SIMULATORS_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'simulator');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

function isFile(full: string): boolean {
  return existsSync(full) && statSync(full).isFile();
}

/** `relative` is the percent-encoded path below the simulator's URL; `root` its folder. */
export async function serveStatic(ctx: RequestContext, rawRelative: string, root: string): Promise<Reply> {
  if (ctx.method !== 'GET' && ctx.method !== 'HEAD') throw new GraphError(405, 'BadRequest', 'Only GET is allowed here.');
  let relative: string;
  try {
    relative = decodeURIComponent(rawRelative);
  } catch {
    throw new GraphError(400, 'BadRequest', 'Invalid path encoding.');
  }
  // The join URL of a Teams meeting (`/_tenant/meeting/join/<id>`) opens the simulator's page.
  if (relative.startsWith('join/')) relative = 'index.html';
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  const full = path.resolve(root, relative);
  if (full !== root && !full.startsWith(root + path.sep)) throw new GraphError(400, 'BadRequest', 'Path traversal is not allowed.');
  const headers = { 'Cache-Control': 'no-cache' };
  if (path.extname(full) === '.ts') throw new GraphError(404, 'NotFound', `No file '${relative}' in the simulator (scripts are served as .js).`);
  if (isFile(full)) return bytes(200, readFileSync(full), TYPES[path.extname(full).toLowerCase()] ?? 'application/octet-stream', headers);
  const source = full.replace(/\.js$/, '.ts');
  if (full.endsWith('.js') && isFile(source)) return bytes(200, await browserBundle(source), TYPES['.js'] ?? 'text/javascript', headers);
  throw new GraphError(404, 'NotFound', `No file '${relative}' in the simulator.`);
}
