// `_api/web/ensureuser` refused as SharePoint refuses it: a caller without BrowseUserInfo on the site
// (no role there at all, not even Limited Access) gets 403 with SharePoint's UnauthorizedAccessException
// body. Microsoft Learn, SPWeb.EnsureUser: "The current user must have the BrowseUserInfo rights to view
// the users of the website." The body SharePoint Online answers a refused REST call with (Microsoft Q&A,
// «Azure app cannot access SharePoint v1 API»): code "-2147024891, System.UnauthorizedAccessException",
// message "Access denied. You do not have permission to perform this action or access this resource."
// Own tenant: the test takes the Visitors group's Read off the site.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempTenant, type TempTenant } from '../testing/fixture.js';
import { passwordToken, send, type TenantResponse } from '../testing/tenantClient.js';
import { ROLE_ID, VISITORS_GROUP } from './security.js';

let t: TempTenant;
const UPN = { owner: 'kristin.liset@siv.example.no', observer: 'observator@larvik.kommune.example.no', referent: 'hilde.kari.maugesten@siv.example.no' };
/** Never resolved on the site before the refusals. */
const ERIK = 'erik.nordberg@siv.example.no';
const sp: Record<string, string> = {};
const rest = (who: keyof typeof UPN, path: string, method = 'GET', body?: object, accept = 'application/json;odata=nometadata'): Promise<TenantResponse> =>
  send(t.tenant, `/sites/helsefellesskapet/_api/${path}`, { method, headers: { Authorization: `Bearer ${sp[who] ?? ''}`, Accept: accept }, ...(body ? { body } : {}) });

const DENIED = { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access denied. You do not have permission to perform this action or access this resource.' } };

beforeAll(async () => {
  t = await startTempTenant();
  const host = new URL(t.tenant.url).origin;
  for (const [who, upn] of Object.entries(UPN)) sp[who] = await passwordToken(t.tenant, upn, [`${host}/AllSites.FullControl`]);
}, 60_000);
afterAll(async () => t.dispose());

describe('web/ensureuser for a caller without BrowseUserInfo on the site', () => {
  it('is resolved for the observer while the Visitors group (Read) holds the site', async () => {
    expect((await rest('observer', 'web/ensureuser', 'POST', { logonName: UPN.referent })).status).toBe(200);
  });

  it('is refused with 403 and SharePoint\'s UnauthorizedAccessException body once the observer has no role on the site, in both OData formats', async () => {
    const removed = await rest('owner', `web/roleassignments/removeroleassignment(principalid=${VISITORS_GROUP},roledefid=${ROLE_ID.read})`, 'POST');
    expect(removed.status).toBe(200);
    const refused = await rest('observer', 'web/ensureuser', 'POST', { logonName: ERIK });
    expect(refused.status).toBe(403);
    expect(refused.json()).toEqual({ 'odata.error': DENIED });
    const verbose = await rest('observer', `web/ensureuser('${ERIK}')`, 'POST', undefined, 'application/json;odata=verbose');
    expect(verbose.status).toBe(403);
    expect(verbose.json()).toEqual({ error: DENIED });
    // Nobody was added to the site's users by the refused call.
    const users = (await rest('owner', 'web/siteusers')).json() as { value: Array<{ Email?: string }> };
    expect(users.value.some((u) => u.Email === ERIK)).toBe(false);
  });
});
