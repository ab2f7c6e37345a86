// Starts a throw-away tenant for one test file: a random port and a fresh temporary data dir.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTenant, type InProcessTenant } from '../server.js';

export interface TempTenant {
  tenant: InProcessTenant;
  dataDir: string;
  /** Stops the server and deletes its data. */
  dispose(): Promise<void>;
}

export async function startTempTenant(dataDir = mkdtempSync(path.join(tmpdir(), 'motebok-tenant-')), options: { liveService?: boolean } = {}): Promise<TempTenant> {
  const tenant = await startTenant({ port: 0, dataDir, quiet: true, ...options });
  return {
    tenant,
    dataDir,
    dispose: async () => {
      await tenant.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
