import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startTenant, type RunningTenant, type TenantInfo } from '../server.js';
import { graph, passwordToken, send } from '../testing/tenantClient.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'motebok-persist-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const SCOPES = ['Files.ReadWrite.All', 'Sites.Manage.All', 'Calendars.ReadWrite'];

/**
 * A crash of `npm run tenant`: SIGKILL to its process group, so Fluid's local service (its child, liveService.ts)
 * goes with it, as when the terminal is killed, instead of living on without a parent.
 */
function crash(child: ChildProcess): void {
  if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
}

/** Runs `npm run tenant`'s entry point in a child process of its own group, so it can be killed like a crash. */
async function startChild(dataDir: string): Promise<{ child: ChildProcess; tenant: RunningTenant }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tenant/main.ts'], { cwd: repoRoot, env: { ...process.env, TENANT_PORT: '0', TENANT_DATA: dataDir }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  cleanups.push(() => { if (child.exitCode === null) crash(child); });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /klar på \d+ ms[\s\S]*?autoritet\s+(https:\/\/localhost:\d+)\//.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.stderr?.on('data', (d: Buffer) => { out += d.toString(); });
    child.on('exit', (code) => reject(new Error(`tenant exited (${code}): ${out}`)));
    // tsx compiles the tenant at start: on a loaded machine that alone has taken over 20 s.
    setTimeout(() => reject(new Error(`tenant did not start: ${out}`)), 60_000);
  });
  const probe: RunningTenant = { url, info: { certificatePath: path.join(dataDir, 'localhost-cert.pem') } as TenantInfo, close: async () => undefined };
  const info = (await send(probe, '/_tenant/info')).json() as TenantInfo;
  return { child, tenant: { url, info, close: async () => { child.kill('SIGTERM'); } } };
}

describe('persistence', () => {
  it('keeps files, list items and events across a restart', async () => {
    const dataDir = tempDir();
    const first = await startTenant({ port: 0, dataDir, quiet: true });
    const token = await passwordToken(first, 'kristin.liset@siv.example.no', SCOPES);
    await graph(first, token, `/drives/${first.info.driveId}/root:/Møte/Innkalling.txt:/content`, { method: 'PUT', body: Buffer.from('innkalling') });
    const list = (await graph(first, token, `/sites/${first.info.siteId}/lists`, { method: 'POST', body: { displayName: 'Saker', columns: [{ name: 'CaseNumber', text: {}, indexed: true }] } })).json() as { id: string };
    await graph(first, token, `/sites/${first.info.siteId}/lists/${list.id}/items`, { method: 'POST', body: { fields: { Title: 'Sak', CaseNumber: '2026.01' } } });
    await graph(first, token, '/me/events', { method: 'POST', body: { subject: 'Partnerskapsmøtet', start: { dateTime: '2026-06-11T13:30:00', timeZone: 'Europe/Oslo' }, end: { dateTime: '2026-06-11T15:00:00', timeZone: 'Europe/Oslo' } } });
    await first.close();

    const second = await startTenant({ port: 0, dataDir, quiet: true });
    cleanups.push(() => second.close());
    // The signing key survives too: the old token still works.
    const file = await graph(second, token, `/drives/${second.info.driveId}/root:/Møte/Innkalling.txt:/content`);
    expect((await send(second, file.headers.location ?? '')).text()).toBe('innkalling');
    const items = (await graph(second, token, `/sites/${second.info.siteId}/lists/${list.id}/items?$expand=fields`)).json() as { value: Array<{ fields: { CaseNumber: string } }> };
    expect(items.value.map((i) => i.fields.CaseNumber)).toEqual(['2026.01']);
    const events = (await graph(second, token, '/me/events')).json() as { value: Array<{ subject: string }> };
    expect(events.value.map((e) => e.subject)).toEqual(['Partnerskapsmøtet']);
  });

  it('wipes data but keeps the fixed identities and the certificate on --reset', async () => {
    const dataDir = tempDir();
    const first = await startTenant({ port: 0, dataDir, quiet: true });
    const token = await passwordToken(first, 'kristin.liset@siv.example.no', SCOPES);
    await graph(first, token, `/drives/${first.info.driveId}/root:/slettes.txt:/content`, { method: 'PUT', body: Buffer.from('x') });
    const cert = first.info.certificatePath;
    await first.close();
    const second = await startTenant({ port: 0, dataDir, quiet: true, reset: true });
    cleanups.push(() => second.close());
    expect(second.info.certificatePath).toBe(cert);
    expect(second.info.siteId).toBe(first.info.siteId);
    const again = await passwordToken(second, 'kristin.liset@siv.example.no', SCOPES);
    const root = (await graph(second, again, `/drives/${second.info.driveId}/root/children`)).json() as { value: unknown[] };
    expect(root.value).toEqual([]);
  });

  it('leaves no half file when the command-line tenant is killed mid-upload, and resumes the session after restart', async () => {
    const dataDir = tempDir();
    const { child, tenant } = await startChild(dataDir);
    const token = await passwordToken(tenant, 'kristin.liset@siv.example.no', SCOPES);
    await graph(tenant, token, `/drives/${tenant.info.driveId}/root:/Før krasj.txt:/content`, { method: 'PUT', body: Buffer.from('hel fil') });
    const total = 1_000_000;
    const data = Buffer.alloc(total, 9);
    const session = (await graph(tenant, token, `/drives/${tenant.info.driveId}/root:/Halv.bin:/createUploadSession`, { method: 'POST', body: {} })).json() as { uploadUrl: string };
    const firstChunk = await send(tenant, session.uploadUrl, { method: 'PUT', headers: { 'Content-Range': `bytes 0-327679/${total}` }, body: data.subarray(0, 327_680) });
    expect(firstChunk.status).toBe(202);
    crash(child);
    await new Promise((r) => child.once('exit', r));
    // A write torn by the crash: bytes in staging that were never acknowledged.
    const staging = path.join(dataDir, 'staging');
    const part = readdirSync(staging).find((f) => f.endsWith('.part'));
    expect(part).toBeDefined();
    appendFileSync(path.join(staging, part ?? ''), Buffer.alloc(1234, 1));

    const after = await startTenant({ port: 0, dataDir, quiet: true });
    cleanups.push(() => after.close());
    const names = ((await graph(after, token, `/drives/${after.info.driveId}/root/children`)).json() as { value: Array<{ name: string }> }).value.map((v) => v.name);
    expect(names).toEqual(['Før krasj.txt']);
    expect(readdirSync(path.join(dataDir, 'blobs')).every((f) => !f.endsWith('.tmp'))).toBe(true);
    // The session resumes exactly where the last acknowledged chunk ended.
    const resumedUrl = `${after.url}${new URL(session.uploadUrl).pathname}${new URL(session.uploadUrl).search}`;
    const status = (await send(after, resumedUrl)).json() as { nextExpectedRanges: string[] };
    expect(status.nextExpectedRanges).toEqual([`327680-${total - 1}`]);
    const rest = await send(after, resumedUrl, { method: 'PUT', headers: { 'Content-Range': `bytes 327680-${total - 1}/${total}` }, body: data.subarray(327_680) });
    expect(rest.status).toBe(201);
    const download = await graph(after, token, `/drives/${after.info.driveId}/root:/Halv.bin:/content`);
    expect((await send(after, download.headers.location ?? '')).body.equals(data)).toBe(true);
    expect(existsSync(path.join(staging, part ?? ''))).toBe(false);
  }, 150_000);
});
