// The built app over HTTPS, as a static host serves it (no cache: every load is cold; text
// compressed with gzip when the browser accepts it, as every static host and CDN does). Used by the
// browser tests' harness and by `npm run bench -- coldLoad`; no vitest in here, so tools can use it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
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
 * Serves `dir` on a free port of localhost with the given certificate; `/` is the workspace. Text is
 * sent gzip-compressed to a browser that accepts it, compressed once per file version (the build's
 * files do not change while it serves them), so the server's own work does not weigh on what it measures.
 */
export async function serveDirectory(dir: string, key: string, cert: string): Promise<{ url: string; server: Server }> {
  const compressed = new Map<string, { mtimeMs: number; body: Buffer }>();
  const gzipped = (file: string, mtimeMs: number): Buffer => {
    const cached = compressed.get(file);
    if (cached?.mtimeMs === mtimeMs) return cached.body;
    const body = gzipSync(readFileSync(file));
    compressed.set(file, { mtimeMs, body });
    return body;
  };
  const server = createServer({ key, cert }, (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'https://localhost').pathname);
    const full = path.resolve(dir, `.${pathname === '/' ? '/workspace.html' : pathname}`);
    if (!full.startsWith(dir) || !existsSync(full) || !statSync(full).isFile()) {
      res.statusCode = 404;
      res.end('Not found');
      return;
    }
    res.setHeader('Content-Type', TYPES[path.extname(full)] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Vary', 'Accept-Encoding');
    if (COMPRESSED.has(path.extname(full)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.setHeader('Content-Encoding', 'gzip');
      res.end(gzipped(full, statSync(full).mtimeMs));
      return;
    }
    res.end(readFileSync(full));
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const address: string | AddressInfo | null = server.address();
  if (address === null || typeof address === 'string') throw new Error('Appserveren fikk ingen port');
  return { url: `https://localhost:${address.port}`, server };
}

