// The local tenant as a child process (`tenantProcess.ts` forks this with tsx): its options come
// over IPC, it answers with its address and `info`, and it closes when told (`'close'`) or when the
// parent goes. Beside `main.ts` (the CLI, configured by the environment) for a parent that needs
// the tenant on an event loop of its own, as real Graph is on another machine.
import { startTenant, type RunningTenant } from './server.js';
import type { ForkedTenantMessage, ForkedTenantOptions } from './tenantProcess.js';

/** The tenant once started (undefined if it did not start): what `close` waits for, even when told to close while starting. */
let started: Promise<RunningTenant | undefined> = Promise.resolve(undefined);
let closing = false;

function close(): void {
  if (closing) return;
  closing = true;
  void started
    .then((tenant) => tenant?.close())
    .catch(() => undefined)
    .finally(() => process.exit(0));
}

process.once('message', (options: ForkedTenantOptions) => {
  started = startTenant(options).then(
    (tenant) => {
      process.send?.({ url: tenant.url, info: tenant.info } satisfies ForkedTenantMessage);
      return tenant;
    },
    (error: unknown) => {
      const code = (error as { code?: unknown } | null)?.code;
      process.send?.({ error: error instanceof Error ? error.message : String(error), ...(typeof code === 'string' ? { code } : {}) } satisfies ForkedTenantMessage, () => process.exit(1));
      return undefined;
    },
  );
  process.on('message', (message) => {
    if (message === 'close') close();
  });
});
// The tenant lives as long as whoever started it (and Fluid's service with it): when the parent goes, so does the tenant.
process.on('disconnect', close);
