import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_ID } from './seed';
import { startTenantProcess, type ForkedTenant } from './tenantProcess';
import { requestWhileBlocked } from './testing/requestWhileBlocked';
import { passwordToken, tenantCa } from './testing/tenantClient';

const REFERENT = 'hilde.kari.maugesten@siv.example.no';
const APP_URL = 'https://localhost:3917';

/** Whether a process with this id still runs. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the local tenant in a process of its own (the cold-load bench)', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'motebok-tenant-process-'));
  let tenant: ForkedTenant;

  beforeAll(async () => {
    tenant = await startTenantProcess({ port: 0, dataDir, quiet: true, reset: true, appUrl: APP_URL, liveService: true });
  }, 60_000);

  afterAll(async () => {
    await tenant.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('tells the parent what it needs over IPC: its users, authority, Graph address, certificate, site, the app it frames and Fluid\'s service', () => {
    expect(tenant.pid).not.toBe(process.pid);
    expect(running(tenant.pid)).toBe(true);
    expect(tenant.url).toMatch(/^https:\/\/localhost:\d+$/);
    expect(tenant.info.authority.startsWith(`${tenant.url}/`)).toBe(true);
    expect(tenant.info.graphBaseUrl).toBe(`${tenant.url}/v1.0`);
    expect(tenant.info.certificatePath.startsWith(dataDir)).toBe(true);
    expect(tenant.info.siteId).toBe(SITE_ID);
    expect(tenant.info.appUrl).toBe(APP_URL);
    expect(tenant.info.liveServiceUrl).toMatch(/^http:\/\/localhost:\d+$/);
    expect(tenant.info.users.map((user) => user.userPrincipalName)).toContain(REFERENT);
  });

  it('answers a Graph request while the process that started it is busy: it has an event loop of its own', async () => {
    const token = await passwordToken(tenant, REFERENT, ['User.Read']);
    const { status, body, started, answered, blockedFrom, blockedUntil } = await requestWhileBlocked(`${tenant.info.graphBaseUrl}/me`, tenantCa(tenant), 3_000, { Authorization: `Bearer ${token}` });
    expect(status).toBe(200);
    expect((JSON.parse(body) as { userPrincipalName: string }).userPrincipalName).toBe(REFERENT);
    // The request was made and answered while this process could not have answered it.
    expect(started).toBeGreaterThanOrEqual(blockedFrom);
    expect(answered).toBeLessThan(blockedUntil);
  });

  it('closes when told: its process and Fluid\'s service stop', async () => {
    const liveServiceUrl = tenant.info.liveServiceUrl ?? '';
    await tenant.close();
    expect(running(tenant.pid)).toBe(false);
    await expect(fetch(liveServiceUrl, { signal: AbortSignal.timeout(2_000) })).rejects.toThrow();
  });
});
