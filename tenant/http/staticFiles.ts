// Serves tenant/simulator/ (the Teams meeting simulator) at /_tenant/meeting/. Generic: no coupling
// to what the files are; only traversal out of the folder is refused.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GraphError } from './graphError.js';
import { bytes, type Reply, type RequestContext } from './types.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'simulator');

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

export function serveStatic(ctx: RequestContext, rawRelative: string, root = ROOT): Reply {
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
  if (!existsSync(full) || !statSync(full).isFile()) throw new GraphError(404, 'NotFound', `No file '${relative}' in the meeting simulator.`);
  return bytes(200, readFileSync(full), TYPES[path.extname(full).toLowerCase()] ?? 'application/octet-stream', { 'Cache-Control': 'no-cache' });
}
