// Fluid's local service (the npm package tinylicious) as a child process of the local tenant, so the
// meeting simulator's Live Share runs on a real Fluid service, as in Teams (where Azure Fluid Relay
// is behind Live Share). A child, not in process: tinylicious brings its own express, socket.io and
// LevelDB and keeps handles open; a child is stopped whole with the tenant.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';

export interface RunningLiveService {
  /** http://localhost:PORT — what the simulator hands Live Share as the local service endpoint. */
  url: string;
  close(): Promise<void>;
}

export interface LiveServiceOptions {
  /** 0 = a free port (tests and benches run several at once). */
  port?: number;
  /** Snapshots are written here (tinylicious' `storage`); ops stay in memory. */
  dataDir: string;
  /** How long to wait for the service to answer. */
  timeoutMs?: number;
}

const require = createRequire(import.meta.url);

export async function startLiveService(options: LiveServiceOptions): Promise<RunningLiveService> {
  const port = options.port && options.port > 0 ? options.port : await freePort();
  const storage = path.join(options.dataDir, 'live');
  mkdirSync(storage, { recursive: true });
  const entry = require.resolve('tinylicious/dist/index.js');
  const child = spawn(process.execPath, [entry], {
    // tinylicious reads its settings from the environment (nconf): port, storage, log level.
    env: { ...process.env, PORT: String(port), storage, db__inMemory: 'true', logger__level: 'crit', logger__colorize: 'false' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000);
  });
  const url = `http://localhost:${port}`;
  try {
    await waitUntilAnswering(url, child, options.timeoutMs ?? 30_000);
  } catch (error) {
    child.kill();
    throw new Error(`Fluids lokale tjeneste (tinylicious) startet ikke på ${url}: ${error instanceof Error ? error.message : String(error)}\n${stderr}`, { cause: error });
  }
  return { url, close: () => stop(child) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, 'localhost', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilAnswering(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`prosessen avsluttet med kode ${child.exitCode}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(1_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`svarte ikke innen ${Math.round(timeoutMs / 1000)} s`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
