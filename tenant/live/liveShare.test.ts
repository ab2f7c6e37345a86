import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempTenant, type TempTenant } from '../testing/fixture.js';
import { send } from '../testing/tenantClient.js';

const put = (t: TempTenant, url: string, body: unknown) => send(t.tenant, url, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe("Teams' side of Live Share in the local tenant", () => {
  let t: TempTenant;
  beforeAll(async () => {
    t = await startTempTenant();
  });
  afterAll(async () => t.dispose());

  it('gives the first client of a meeting the container it created and every later one that container', async () => {
    expect((await send(t.tenant, '/_tenant/live/meetings/19%3Ameeting_a%40thread.v2/container')).json()).toMatchObject({ containerState: 'NotFound', shouldCreate: true });
    expect((await put(t, '/_tenant/live/meetings/19%3Ameeting_a%40thread.v2/container', { containerId: 'first' })).json()).toMatchObject({ containerState: 'Added', containerId: 'first' });
    // A client that created its own container at the same moment lost the race: it is told to use the first.
    expect((await put(t, '/_tenant/live/meetings/19%3Ameeting_a%40thread.v2/container', { containerId: 'second' })).json()).toMatchObject({ containerState: 'AlreadyExists', containerId: 'first' });
    expect((await send(t.tenant, '/_tenant/live/meetings/19%3Ameeting_a%40thread.v2/container')).json()).toMatchObject({ containerState: 'AlreadyExists', containerId: 'first', shouldCreate: false });
    // Another meeting has its own.
    expect((await send(t.tenant, '/_tenant/live/meetings/other/container')).json()).toMatchObject({ shouldCreate: true });
  });

  it("keeps each client's meeting roles for the others to check", async () => {
    expect((await put(t, '/_tenant/live/clients/c-1', { userId: 'u-1', roles: ['Organizer'], displayName: 'Hilde' })).json()).toEqual({ roles: ['Organizer'] });
    expect((await send(t.tenant, '/_tenant/live/clients/c-1')).json()).toEqual({ userId: 'u-1', roles: ['Organizer'], displayName: 'Hilde' });
    expect((await send(t.tenant, '/_tenant/live/clients/unknown')).status).toBe(404);
    expect((await put(t, '/_tenant/live/clients/c-2', { userId: 'u-2', roles: 'Organizer' })).status).toBe(400);
  });

  it('says the local Fluid service is not running when the tenant was started without it', async () => {
    const res = await send(t.tenant, '/_tenant/live');
    expect(res.status).toBe(404);
    expect(t.tenant.info.liveServiceUrl).toBeUndefined();
  });
});

describe('the local Fluid service', () => {
  it('starts with the tenant when asked, answers, and stops with it', async () => {
    const t = await startTempTenant(undefined, { liveService: true });
    const url = t.tenant.info.liveServiceUrl;
    try {
      expect(url).toMatch(/^http:\/\/localhost:\d+$/);
      expect((await send(t.tenant, '/_tenant/live')).json()).toEqual({ tenantId: 'local', serviceEndpoint: url });
      expect((await fetch(url!)).status).toBeLessThan(500);
    } finally {
      await t.dispose();
    }
    await expect(fetch(url!, { signal: AbortSignal.timeout(2_000) })).rejects.toThrow();
  }, 60_000);
});
