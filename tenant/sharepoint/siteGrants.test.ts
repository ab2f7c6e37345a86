// Sites.Selected in the local tenant: a token carrying only Sites.Selected (Graph's, or SharePoint's
// own) reaches a site only where an administrator gave the app a role (`POST /sites/{id}/permissions`),
// at most that role and never more than the user may; another site answers Graph's 403.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempTenant, type TempTenant } from '../testing/fixture.js';
import { checkedGraph } from '../testing/checkedGraph.js';
import { passwordToken, send, type TenantResponse } from '../testing/tenantClient.js';

let t: TempTenant;
let site: string;
let spHost: string;
const OTHER_SITE = encodeURIComponent('localhost:/sites/intranett:');
const tokens: Record<string, string> = {};
const OWNER = 'kristin.liset@siv.example.no';
const EMPLOYEE = 'annen.ansatt@siv.example.no';
/** The observer, who only reads the site (its Visitors group). */
const READER = 'observator@larvik.kommune.example.no';

const g = (token: string, path: string, options: Parameters<typeof checkedGraph>[3] = {}): Promise<TenantResponse> =>
  checkedGraph(t.tenant, token, path, options);
const rest = (token: string, path: string, method = 'GET'): Promise<TenantResponse> => {
  const headers = { Authorization: `Bearer ${token}`, Accept: 'application/json;odata=nometadata' };
  return send(t.tenant, `/sites/helsefellesskapet/_api/${path}`, { method, headers });
};
const newList = (token: string, name: string): Promise<TenantResponse> =>
  g(token, `/sites/${site}/lists`, { method: 'POST', body: { displayName: name, columns: [{ name: 'Nummer', text: {} }], list: { template: 'genericList' } } });
const grantsPath = () => `/sites/${site}/permissions`;

beforeAll(async () => {
  t = await startTempTenant();
  site = encodeURIComponent(t.tenant.info.siteId);
  spHost = new URL(t.tenant.url).origin;
  tokens.admin = await passwordToken(t.tenant, OWNER, ['Sites.FullControl.All']);
  tokens.wide = await passwordToken(t.tenant, EMPLOYEE, ['Sites.ReadWrite.All']);
  tokens.owner = await passwordToken(t.tenant, OWNER, ['Sites.Selected']);
  tokens.reader = await passwordToken(t.tenant, READER, ['Sites.Selected']);
  tokens.ownerSp = await passwordToken(t.tenant, OWNER, [`${spHost}/Sites.Selected`]);
  tokens.employeeSp = await passwordToken(t.tenant, EMPLOYEE, [`${spHost}/Sites.Selected`]);
}, 60_000);
afterAll(async () => t.dispose());

describe('Sites.Selected (local tenant)', () => {
  it('refuses every site with Graph’s 403 accessDenied while the app has no role, and SharePoint REST with its own 403', async () => {
    for (const path of [`/sites/${site}`, `/sites/${site}/lists`, `/sites/${OTHER_SITE}`, `/drives/${t.tenant.info.driveId}/root/children`]) {
      const res = await g(tokens.owner!, path);
      expect(res.status, path).toBe(403);
      expect((res.json() as { error: { code: string; message: string } }).error).toMatchObject({ code: 'accessDenied', message: 'Access denied' });
    }
    const sp = await rest(tokens.ownerSp!, 'web');
    expect(sp.status).toBe(403);
    expect(sp.json()).toMatchObject({ 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException' } });
    // A tenant-wide scope still reaches both sites, as before.
    expect((await g(tokens.wide!, `/sites/${OTHER_SITE}`)).status).toBe(200);
  });

  it('lets only an administrator’s tool (Sites.FullControl.All) read or change the grants', async () => {
    expect((await g(tokens.owner!, grantsPath())).status).toBe(403);
    expect((await g(tokens.admin!, grantsPath())).json()).toMatchObject({ value: [] });
  });

  it('gives the app the granted role on that site only, capped by the user’s own rights; PATCH changes it and DELETE takes it away', async () => {
    const created = await g(tokens.admin!, grantsPath(), { method: 'POST', body: { roles: ['read'], grantedToIdentities: [{ application: { id: t.tenant.info.clientId, displayName: 'Møtebok' } }] } });
    expect(created.status).toBe(201);
    const grant = created.json() as { id: string; roles: string[]; grantedToIdentitiesV2: unknown[] };
    expect(grant).toMatchObject({ roles: ['read'], grantedToIdentitiesV2: [{ application: { id: t.tenant.info.clientId, displayName: 'Møtebok' } }] });
    expect(Buffer.from(grant.id, 'base64').toString('utf8')).toBe(`i:0i.t|ms.sp.ext|${t.tenant.info.clientId}@${t.tenant.info.tenantId}`);
    expect((await g(tokens.admin!, grantsPath())).json()).toMatchObject({ value: [{ id: grant.id, roles: ['read'] }] });

    // read: the site and its lists, but no new list; the other site stays closed.
    expect((await g(tokens.owner!, `/sites/${site}`)).status).toBe(200);
    expect((await g(tokens.owner!, `/sites/${site}/lists`)).status).toBe(200);
    expect((await newList(tokens.owner!, 'Lesetest')).status).toBe(403);
    expect((await g(tokens.owner!, `/sites/${OTHER_SITE}`)).status).toBe(403);
    expect((await rest(tokens.ownerSp!, 'web')).status).toBe(200);
    expect((await rest(tokens.ownerSp!, 'web/roleassignments')).status).toBe(403);

    // manage: a site owner creates lists; an observer who only reads the site still may not (the lesser right).
    const patched = await g(tokens.admin!, `${grantsPath()}/${encodeURIComponent(grant.id)}`, { method: 'PATCH', body: { roles: ['manage'] } });
    expect(patched.json()).toMatchObject({ id: grant.id, roles: ['manage'] });
    expect((await newList(tokens.owner!, 'Forvaltningstest')).status).toBe(201);
    expect((await newList(tokens.reader!, 'Lesertest')).status).toBe(403);
    expect((await rest(tokens.ownerSp!, 'web/roleassignments')).status).toBe(403);

    // fullcontrol: the owner reads and changes permissions over SharePoint REST; an employee with Edit still not.
    await g(tokens.admin!, `${grantsPath()}/${encodeURIComponent(grant.id)}`, { method: 'PATCH', body: { roles: ['fullcontrol'] } });
    expect((await rest(tokens.ownerSp!, 'web/roleassignments')).status).toBe(200);
    expect((await rest(tokens.ownerSp!, "web/lists/getbytitle('Forvaltningstest')/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)", 'POST')).status).toBe(200);
    expect((await rest(tokens.employeeSp!, 'web/roleassignments')).status).toBe(403);
    expect((await g(tokens.owner!, `/sites/${OTHER_SITE}`)).status).toBe(403);

    expect((await g(tokens.admin!, `${grantsPath()}/${encodeURIComponent(grant.id)}`, { method: 'DELETE' })).status).toBe(204);
    expect((await g(tokens.owner!, `/sites/${site}`)).status).toBe(403);
  });

  it('refuses a grant that names no application or an unknown role (400)', async () => {
    expect((await g(tokens.admin!, grantsPath(), { method: 'POST', body: { roles: ['owner'], grantedToIdentities: [{ application: { id: t.tenant.info.clientId } }] } })).status).toBe(400);
    expect((await g(tokens.admin!, grantsPath(), { method: 'POST', body: { roles: ['read'] } })).status).toBe(400);
  });
});
