// The built app over HTTPS, as a static host serves it (no cache: every load is cold). Used by the
// browser tests' harness and by `npm run bench -- coldLoad`; no vitest in here, so tools can use it.
import { existsSync, readFileSync, statSync } from 'node:fs';
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

/** Serves `dir` on a free port of localhost with the given certificate; `/` is the workspace. */
export async function serveDirectory(dir: string, key: string, cert: string): Promise<{ url: string; server: Server }> {
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
    res.end(readFileSync(full));
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const address: string | AddressInfo | null = server.address();
  if (address === null || typeof address === 'string') throw new Error('Appserveren fikk ingen port');
  return { url: `https://localhost:${address.port}`, server };
}

