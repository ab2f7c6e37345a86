// The static host's own process (started by staticServer.ts with `fork`; plain JavaScript, so it
// runs under plain Node whatever started the parent: tsx, vitest). It stands in for the app's real
// static host (Azure Static Web Apps, a CDN, SharePoint): HTTP/2 over TLS (HTTP/1.1 for clients
// that do not offer h2), every file read and its text gzip-compressed once at start, the production
// host's cache rules (a hashed script or style sheet kept for good, anything else asked again:
// src/config/securityHeaders.ts; every cold run is a new browser context, so its load is still
// cold), and an event loop of its own, so the tenant's Graph, the simulator and the test
// driver in the parent never hold a response back.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createSecureServer } from 'node:http2';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

/** The types a static host compresses (text); images and fonts are compressed already. */
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.svg', '.map']);

/**
 * A script or style sheet whose name carries its content's hash (the build's `[name].[contenthash:8]`):
 * kept for good, as the production host's configuration says (`HASHED_ASSET_CACHE_CONTROL` in
 * src/config/securityHeaders.ts; this file is plain JavaScript and cannot import it). The rest,
 * pages first, is asked for again each time (`PAGE_CACHE_CONTROL`); a development build's unhashed
 * names with it.
 */
const HASHED = /\.[0-9a-f]{8}\.(js|css)$/;
const HASHED_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** Source maps are only read by a developer's tools: compressed when first asked for, not at start. */
const LATER = new Set(['.map']);

/**
 * @typedef {{ mtimeMs: number; body: Buffer; gzip: Buffer | undefined }} Served
 * @type {Map<string, Served>}
 */
const files = new Map();

/** @param {string} full @param {number} mtimeMs @returns {Served} */
function load(full, mtimeMs) {
  const body = readFileSync(full);
  const served = { mtimeMs, body, gzip: COMPRESSED.has(path.extname(full)) ? gzipSync(body) : undefined };
  files.set(full, served);
  return served;
}

/** Every file under `dir` read, and its text compressed, before the host says it is ready. */
function precompress(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath ?? entry.path, entry.name);
    if (LATER.has(path.extname(full))) continue;
    load(full, statSync(full).mtimeMs);
  }
}

/** @param {{ dir: string; key: string; cert: string }} options */
function serve({ dir, key, cert }) {
  precompress(dir);
  const server = createSecureServer({ key, cert, allowHTTP1: true }, (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'https://localhost').pathname);
    const full = path.resolve(dir, `.${pathname === '/' ? '/workspace.html' : pathname}`);
    let stat;
    try {
      stat = full.startsWith(dir) ? statSync(full) : undefined;
    } catch {
      stat = undefined;
    }
    if (!stat?.isFile()) {
      res.statusCode = 404;
      res.end('Not found');
      return;
    }
    // A file written after the start (a test's build that changed) is read again, once.
    const cached = files.get(full);
    const served = cached?.mtimeMs === stat.mtimeMs ? cached : load(full, stat.mtimeMs);
    res.setHeader('content-type', TYPES[path.extname(full)] ?? 'application/octet-stream');
    res.setHeader('cache-control', HASHED.test(path.basename(full)) ? HASHED_CACHE_CONTROL : 'no-cache');
    res.setHeader('vary', 'Accept-Encoding');
    if (served.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.setHeader('content-encoding', 'gzip');
      res.end(served.gzip);
      return;
    }
    res.end(served.body);
  });
  server.listen(0, 'localhost', () => {
    const address = server.address();
    process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
  });
}

process.once('message', (options) => {
  try {
    serve(/** @type {{ dir: string; key: string; cert: string }} */ (options));
  } catch (error) {
    process.send?.({ error: String(error) });
  }
});
// The host lives as long as whoever started it: when the parent goes (or closes it), so does the host.
process.on('disconnect', () => process.exit(0));
