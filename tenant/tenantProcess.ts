// The local tenant in a process of its own (`processMain.ts`, run with tsx), for a parent whose own
// event loop is busy with other work: the cold-load bench runs Playwright's driver, whose bursts
// held the in-process tenant's answers back by 60–120 ms (a 14 ms `GET /me` took 80 ms on the
// page's clock), and real Graph never shares an event loop with the test driver. The parent reaches
// it over HTTPS as any client does; what `startTenant` gives besides (`seedListItems`, a clock) is
// for tests that start it in process.
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RunningTenant, TenantOptions } from './server.js';

/** What the parent sends first: the tenant's options (no clock: a function does not cross IPC). */
export type ForkedTenantOptions = Omit<TenantOptions, 'now'>;

/** What the child answers: the running tenant's address and info, or why it did not start (with the error's code, EADDRINUSE …). */
export type ForkedTenantMessage = { url: string; info: RunningTenant['info'] } | { error: string; code?: string };

export interface ForkedTenant extends RunningTenant {
  /** The tenant's process id (its own event loop). */
  pid: number;
}

const ENTRY = fileURLToPath(new URL('./processMain.ts', import.meta.url));
/** tsx's loader by its file, so that the child finds it from any working directory. */
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Starts the tenant in a child process; settles once it listens (and Fluid's service answers, with `liveService`). */
export async function startTenantProcess(options: ForkedTenantOptions): Promise<ForkedTenant> {
  // tsx as the child's loader, whatever runs this module (tsx, vitest): the tenant is TypeScript.
  const child = fork(ENTRY, [], { execArgv: ['--import', TSX], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const started = await new Promise<{ url: string; info: RunningTenant['info'] }>((resolve, reject) => {
    child.once('message', (message: ForkedTenantMessage) => {
      if ('url' in message) resolve(message);
      else reject(Object.assign(new Error(`Den lokale tenanten startet ikke: ${message.error}`), message.code ? { code: message.code } : {}));
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Den lokale tenanten stoppet (kode ${String(code)}) før den var klar`)));
    child.send(options);
  });
  return {
    ...started,
    pid: child.pid ?? 0,
    async close() {
      // Told to close, the tenant stops its server and Fluid's service before it exits.
      if (child.connected) child.send('close');
      else if (child.exitCode === null && child.signalCode === null) child.kill();
      await exited;
    },
  };
}
