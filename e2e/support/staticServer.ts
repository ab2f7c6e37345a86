// The built app over HTTPS, as the app's real static host serves it (Azure Static Web Apps, a CDN,
// SharePoint): HTTP/2 (HTTP/1.1 for a client without h2), text precompressed with gzip at start, no
// cache (every load is cold), and in a process of its own (`staticHost.mjs`), as a real host is on
// another machine. In the parent's process it would share an event loop with the local tenant's
// Graph, the meeting simulator and Playwright's driver: their work held chunk responses back by
// hundreds of milliseconds in the cold-load bench, and HTTP/1.1 let Chrome open only 6 connections
// to it. Used by the browser tests' harness and by `npm run bench -- coldLoad`; no vitest in here,
// so tools can use it.
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HOST_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'staticHost.mjs');

export interface StaticHost {
  /** `https://localhost:<port>`; `/` is the workspace. */
  url: string;
  /** The host's process id (its own event loop). */
  pid: number;
  /** Stops the host's process. */
  close(): Promise<void>;
}

/**
 * Serves `dir` on a free port of localhost with the given certificate, from a process of its own.
 * Settles once every file is read and its text compressed.
 */
export async function serveDirectory(dir: string, key: string, cert: string): Promise<StaticHost> {
  // Plain Node, whatever runs this module (tsx, vitest): the host is plain JavaScript.
  const child = fork(HOST_SCRIPT, [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message: { port?: number; error?: string }) => (message.port ? resolve(message.port) : reject(new Error(`Appserveren startet ikke: ${message.error ?? 'ingen port'}`))));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Appserveren stoppet (kode ${String(code)}) før den var klar`)));
    child.send({ dir: path.resolve(dir), key, cert });
  });
  return {
    url: `https://localhost:${port}`,
    pid: child.pid ?? 0,
    async close() {
      if (child.exitCode === null && child.signalCode === null) child.kill();
      await exited;
    },
  };
}
