import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTenant, type RunningTenant } from '../server.js';
import { send } from '../testing/tenantClient.js';

let tenant: RunningTenant;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'motebok-simulators-'));
  tenant = await startTenant({ port: 0, dataDir, quiet: true, appUrl: 'https://localhost:3177' });
}, 30_000);

afterAll(async () => {
  await tenant.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the simulators served by the tenant', () => {
  it('tells the simulators where the app runs (APP_PORT given at start)', async () => {
    const info = (await send(tenant, '/_tenant/info')).json() as { appUrl: string };
    expect(info.appUrl).toBe('https://localhost:3177');
  });

  it('serves the meeting simulator, its TypeScript compiled for the browser on request', async () => {
    const page = await send(tenant, '/_tenant/meeting/join/19%3Ameeting_abc%40thread.v2');
    expect(page.status).toBe(200);
    expect(page.text()).toContain('src="/_tenant/meeting/meetingSimulator.js"');
    const script = await send(tenant, '/_tenant/meeting/meetingSimulator.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    // The shared teams-js protocol is bundled in; no TypeScript syntax is left.
    expect(script.text()).toContain('meeting.shareAppContentToStage');
    expect(script.text()).not.toMatch(/^\s*(interface|type) \w+/m);
    expect(script.text()).not.toMatch(/^import /m);
  }, 30_000);

  it("serves the personal app simulator, which frames the manifest's static tab as content in no meeting", async () => {
    const page = await send(tenant, '/_tenant/personal/?naa=1');
    expect(page.status).toBe(200);
    expect(page.text()).toContain('src="/_tenant/personal/personalApp.js"');
    const script = (await send(tenant, '/_tenant/personal/personalApp.js')).text();
    const manifest = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../manifest/manifest.template.json'), 'utf8')) as { staticTabs: { entityId: string; contentUrl: string; scopes: string[] }[] };
    const tab = manifest.staticTabs.find((candidate) => candidate.scopes.includes('personal'));
    expect(tab).toBeDefined();
    // The tab Teams opens: the manifest's entityId (page.id) and contentUrl, below the app's origin.
    expect(script).toContain(JSON.stringify(tab?.entityId));
    expect(script).toContain(JSON.stringify(tab?.contentUrl.replace('{{HOST}}', '')));
    // The personal tab's context comes from the shared protocol (frame context content, no meeting id).
    expect(script).toContain('frameContext: "content"');
    expect(script).toContain('nestedAppAuth.execute');
  }, 30_000);

  it('serves the appointment simulator and its script at /_tenant/outlook/', async () => {
    const page = await send(tenant, '/_tenant/outlook/');
    expect(page.status).toBe(200);
    expect(page.text()).toContain('src="/_tenant/outlook/appointmentSimulator.js"');
    const script = await send(tenant, '/_tenant/outlook/appointmentSimulator.js');
    expect(script.status).toBe(200);
    expect(script.text()).toContain('motebok-outlook-simulator/1');
  }, 30_000);

  it('acts as the tenant’s own people only, a B2B guest among them as Teams knows him: his #EXT# UPN and object id from the directory, an attendee', async () => {
    const served = (await send(tenant, '/_tenant/meeting/users.json')).json() as { users: { key: string; upn: string; objectId: string; displayName: string; role: string }[] };
    for (const user of served.users) {
      const known = tenant.info.users.find((candidate) => candidate.userPrincipalName === user.upn);
      expect(known, user.key).toMatchObject({ id: user.objectId, displayName: user.displayName });
    }
    const guest = served.users.find((user) => tenant.info.users.find((candidate) => candidate.userPrincipalName === user.upn)?.userType === 'Guest');
    // Entra ID: an invited guest's UPN is the home address with @ as _, then #EXT#@<the host tenant's domain>.
    expect(guest?.upn).toMatch(/^[^@]+_[^@]+#EXT#@siv\.example\.no$/);
    expect(guest?.role).toBe('Attendee');
  });

  it('serves scripts, never their TypeScript sources or files outside the simulator folders', async () => {
    expect((await send(tenant, '/_tenant/outlook/appointmentSimulator.ts')).status).toBe(404);
    expect((await send(tenant, '/_tenant/outlook/..%2fmeeting%2fusers.json')).status).toBe(400);
    expect((await send(tenant, '/_tenant/outlook/..%2f..%2f..%2fpackage.json')).status).toBe(400);
    expect((await send(tenant, '/_tenant/outlook/nothing.js')).status).toBe(404);
  });
});
