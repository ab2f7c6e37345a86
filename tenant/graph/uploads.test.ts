import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTenant, type RunningTenant } from '../server.js';
import { graph, passwordToken, send } from '../testing/tenantClient.js';
import { SESSION_LIFETIME_MS } from './uploads.js';

let tenant: RunningTenant;
let dataDir: string;
let token: string;
let clock = Date.now();

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'motebok-uploads-'));
  tenant = await startTenant({ port: 0, dataDir, quiet: true, now: () => clock });
  token = await passwordToken(tenant, 'kristin.liset@siv.example.no', ['Files.ReadWrite.All']);
});
afterAll(async () => {
  await tenant.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function openSession(name: string): Promise<string> {
  const res = await graph(tenant, token, `/drives/${tenant.info.driveId}/root:/${name}:/createUploadSession`, { method: 'POST', body: {} });
  return (res.json() as { uploadUrl: string }).uploadUrl;
}

describe('upload session lifetime', () => {
  it('keeps a session alive while chunks arrive and expires it after a quiet day, deleting the staged bytes', async () => {
    const url = await openSession('Utløper.bin');
    const total = 327_680 * 2;
    expect((await send(tenant, url, { method: 'PUT', headers: { 'Content-Range': `bytes 0-327679/${total}` }, body: Buffer.alloc(327_680) })).status).toBe(202);
    clock += SESSION_LIFETIME_MS - 1000;
    const status = (await send(tenant, url)).json() as { expirationDateTime: string };
    expect(Date.parse(status.expirationDateTime)).toBeGreaterThan(clock);
    clock += 2000;
    const late = await send(tenant, url, { method: 'PUT', headers: { 'Content-Range': `bytes 327680-${total - 1}/${total}` }, body: Buffer.alloc(327_680) });
    expect(late.status).toBe(404);
    expect((late.json() as { error: { code: string; innerError: { code?: string } } }).error.innerError.code).toBe('uploadSessionNotFound');
    expect(readdirSync(path.join(dataDir, 'staging'))).toEqual([]);
    const item = await graph(tenant, token, `/drives/${tenant.info.driveId}/root:/Utløper.bin`);
    expect(item.status).toBe(404);
  });

  it('cancels a session on DELETE of the upload URL', async () => {
    const url = await openSession('Avbrutt.bin');
    await send(tenant, url, { method: 'PUT', headers: { 'Content-Range': 'bytes 0-327679/700000' }, body: Buffer.alloc(327_680) });
    expect((await send(tenant, url, { method: 'DELETE' })).status).toBe(204);
    expect((await send(tenant, url)).status).toBe(404);
    expect(existsSync(path.join(dataDir, 'staging'))).toBe(true);
    expect(readdirSync(path.join(dataDir, 'staging'))).toEqual([]);
  });

  it('refuses an upload URL whose secret is wrong, without touching the session', async () => {
    const url = await openSession('Hemmelig.bin');
    const forged = url.replace(/tempauth=[^&]+/, 'tempauth=gjettet');
    expect((await send(tenant, forged, { method: 'PUT', headers: { 'Content-Range': 'bytes 0-9/10' }, body: Buffer.alloc(10) })).status).toBe(404);
    expect((await send(tenant, url, { method: 'PUT', headers: { 'Content-Range': 'bytes 0-9/10' }, body: Buffer.alloc(10) })).status).toBe(201);
  });
});
