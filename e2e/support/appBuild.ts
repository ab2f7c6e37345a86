// Global setup of the browser test project: builds the app once for every browser test file
// rather than once per file (webpack is the slowest part of a browser test).
//
// The build fixes its configuration: the Graph base URL and the authority include the local
// tenant's port. So this picks a free port for the run and builds against it. Each test file then
// starts its own fresh tenant on that port. This works because the browser files run one at a time
// (fileParallelism: false in vitest.config.ts), and a file closes its tenant before the next starts.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { ensureDevCertificate } from '../../tenant/devCert';
import { MOTEBOK_CLIENT_ID, SITE_ID, TENANT_ID } from '../../tenant/seed';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What every browser test file gets (`inject('appBuild')`): the built app and the tenant it expects. */
export interface AppBuild {
  /** The built pages and scripts, with surface-files.json; read-only for the tests. */
  dir: string;
  /** The port the tenant must listen on, as baked into the build. */
  tenantPort: number;
  /** The authority baked into the build: the harness checks that its tenant answers for it. */
  authority: string;
  /**
   * A folder holding the run's one development certificate: each file's harness copies it into its
   * tenant's data folder rather than making a key pair of its own (seconds of pure JS on a loaded machine).
   */
  certificateDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    appBuild: AppBuild;
  }
}

/** A port the system has just handed out as free. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, 'localhost', resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('Fant ingen ledig port for den lokale tenanten');
  return address.port;
}

/** Builds every surface against the local tenant on `tenantPort` (configuration through the environment, as `npm run build`). */
export async function buildApp(outDir: string, tenantPort: number): Promise<Omit<AppBuild, 'certificateDir'>> {
  const origin = `https://localhost:${tenantPort}`;
  const authority = `${origin}/${TENANT_ID}`;
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'e2e/support/buildSurfaces.mjs')], {
      cwd: ROOT,
      env: {
        ...process.env,
        MOTEBOK_OUT_DIR: outDir,
        // Set explicitly so that a developer's .env (read by webpack) cannot point the tests elsewhere.
        MOTEBOK_AUTHORITY: authority,
        MOTEBOK_GRAPH_BASE_URL: `${origin}/v1.0`,
        MOTEBOK_SITE_ID: SITE_ID,
        MOTEBOK_CLIENT_ID: MOTEBOK_CLIENT_ID,
        TENANT_PORT: String(tenantPort),
        TENANT_DATA: path.join(outDir, '..', 'tenant'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`webpack feilet (${code}):\n${output.slice(-4000)}`))));
  });
  return { dir: outDir, tenantPort, authority };
}

export default async function setup(project: TestProject): Promise<() => void> {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'motebok-e2e-app-'));
  const started = Date.now();
  const certificateDir = path.join(workDir, 'certificate');
  const [build] = await Promise.all([buildApp(path.join(workDir, 'dist'), await freePort()), ensureDevCertificate(certificateDir)]);
  console.log(`[e2e] appen er bygget én gang for alle nettlesertestene (${((Date.now() - started) / 1000).toFixed(1)} s), tenant-port ${build.tenantPort}`);
  project.provide('appBuild', { ...build, certificateDir });
  return () => rmSync(workDir, { recursive: true, force: true });
}
