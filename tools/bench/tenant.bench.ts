import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTenant, type RunningTenant } from '../../tenant/server';
import { graph, passwordToken } from '../../tenant/testing/tenantClient';
import { defineSuite } from './harness';

/**
 * The local tenant (issue 3): start-up time (target: `npm run tenant` ready in under 3 s on a fresh
 * clone, i.e. including the certificate and signing key made on first start), a Graph round trip,
 * a 1 MB simple upload, and an indexed list query on a list of 2,000 items.
 */
const warmDir = mkdtempSync(path.join(tmpdir(), 'tenant-bench-'));
let shared: RunningTenant | undefined;
let token = '';
let listId = '';

async function tenant(): Promise<RunningTenant> {
  if (shared) return shared;
  shared = await startTenant({ port: 0, dataDir: warmDir, quiet: true });
  token = await passwordToken(shared, 'kristin.liset@siv.example.no', ['User.Read', 'Files.ReadWrite.All', 'Sites.Manage.All']);
  const list = (await graph(shared, token, `/sites/${shared.info.siteId}/lists`, { method: 'POST', body: { displayName: 'Bench', columns: [{ name: 'Key', text: {}, indexed: true }] } })).json() as { id: string };
  listId = list.id;
  for (let start = 0; start < 2000; start += 20) {
    const requests = Array.from({ length: 20 }, (_, i) => ({ id: String(i), method: 'POST', url: `/sites/${shared?.info.siteId}/lists/${listId}/items`, headers: { 'Content-Type': 'application/json' }, body: { fields: { Title: `r${start + i}`, Key: `k${start + i}` } } }));
    await graph(shared, token, '/$batch', { method: 'POST', body: { requests } });
  }
  return shared;
}

export default defineSuite({
  name: 'Lokal tenant',
  input: 'fersk datamappe (sertifikat og nøkkel lages) og varm omstart; Graph-kall mot en kjørende tenant',
  cases: [
    {
      name: 'kald start (ny datamappe, sertifikat + nøkkel)',
      iterations: 3,
      run: async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'tenant-bench-cold-'));
        const t = await startTenant({ port: 0, dataDir: dir, quiet: true });
        await t.close();
        rmSync(dir, { recursive: true, force: true });
      },
    },
    {
      name: 'varm start og stopp (eksisterende datamappe)',
      iterations: 5,
      run: async () => {
        const dir = path.join(warmDir, 'restart');
        const t = await startTenant({ port: 0, dataDir: dir, quiet: true });
        await t.close();
      },
    },
    { name: 'GET /me', iterations: 50, run: async () => graph(await tenant(), token, '/me') },
    {
      name: 'PUT 1 MB (enkel opplasting)',
      iterations: 10,
      run: async () => {
        const t = await tenant();
        return graph(t, token, `/drives/${t.info.driveId}/root:/Bench/fil.bin:/content`, { method: 'PUT', body: Buffer.alloc(1024 * 1024, 1) });
      },
    },
    {
      name: 'indeksert $filter på 2 000 elementer',
      iterations: 20,
      run: async () => {
        const t = await tenant();
        return graph(t, token, `/sites/${t.info.siteId}/lists/${listId}/items?$expand=fields&$filter=fields/Key eq 'k1999'`);
      },
    },
    {
      name: 'rydd opp',
      iterations: 1,
      run: async () => {
        await shared?.close();
        shared = undefined;
        rmSync(warmDir, { recursive: true, force: true });
      },
    },
  ],
});
