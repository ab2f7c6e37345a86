import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkedGraph } from './testing/checkedGraph.js';
import { startTempTenant, type TempTenant } from './testing/fixture.js';
import { passwordToken, send } from './testing/tenantClient.js';

let t: TempTenant;
let token: string;

beforeAll(async () => {
  t = await startTempTenant();
  token = await passwordToken(t.tenant, 'kristin.liset@siv.example.no', ['User.Read', 'User.ReadBasic.All', 'Sites.Manage.All', 'Files.ReadWrite.All', 'Calendars.ReadWrite', 'Calendars.ReadWrite.Shared', 'Mail.Send', 'Mail.ReadWrite', 'GroupMember.Read.All', 'People.Read']);
  await checkedGraph(t.tenant, token, `/drives/${t.tenant.info.driveId}/root:/Mappe/fil.txt:/content`, { method: 'PUT', body: Buffer.from('x') });
  await checkedGraph(t.tenant, token, `/sites/${t.tenant.info.siteId}/lists`, { method: 'POST', body: { displayName: 'Liste', columns: [{ name: 'A', number: {}, indexed: true }] } });
  await checkedGraph(t.tenant, token, '/me/events', { method: 'POST', body: { subject: 'x', start: { dateTime: '2026-06-11T13:30:00', timeZone: 'UTC' }, end: { dateTime: '2026-06-11T15:00:00', timeZone: 'UTC' } } });
});
afterAll(async () => t.dispose());

describe('robustness against odd requests', () => {
  it('answers every odd method, path and body with a non-5xx Graph error shape and keeps serving', async () => {
    const d = t.tenant.info.driveId;
    const s = encodeURIComponent(t.tenant.info.siteId);
    const paths = [
      '/me', '/me/', '/me//events', '/me/events/', '/me/events/AAMk%00', '/me/events/x/attachments/y/$value', '/me/events/x/cancel', '/me/calendar',
      '/me/messages/x/attachments/y', '/me/mailFolders/nowhere/messages', '/me/sendMail', '/me/onlineMeetings', '/me/drive', '/me/people?$top=abc',
      '/users?$filter=startswith(displayName', "/users?$filter=displayName eq 'a' and", '/users?$orderby=;drop', '/users/%23EXT%23', '/users/x/events', '/groups/x/members', '/groups',
      `/drives/${d}/root:`, `/drives/${d}/root::/content`, `/drives/${d}/root:/Mappe/fil.txt:/nonsense`, `/drives/${d}/items/`, `/drives/${d}/items/..%2F..%2Fetc`,
      `/drives/${d}/root:/Mappe:/children?$top=-1`, `/drives/${d}/root:/Mappe:/children?$skiptoken=AAAA`, `/drives/${d}/root:/Mappe/fil.txt:/content?format=exe`,
      `/drives/${d}/root:/${'a/'.repeat(300)}b:/content`, '/drives/unknown/root', `/sites/${s}/lists/x/items/abc`, `/sites/${s}/lists/Liste/items?$filter=fields/A gt 'x' or`,
      `/sites/${s}/lists/Liste/items?$orderby=fields/A sideways`, `/sites/${s}/lists/Liste/items/delta?token=%%%`, `/sites/${s}/lists/Liste/items/1/fields/extra`, `/sites/${s}/lists/Liste/columns/x`,
      '/sites/localhost:/sites/andre:', '/sites', '/$batch', '/$metadata', '/',
    ];
    const bodies: Array<{ type?: string; body?: string | Buffer }> = [
      {},
      { type: 'application/json', body: '{' },
      { type: 'application/json', body: 'null' },
      { type: 'application/json', body: '[1,2]' },
      { type: 'application/json', body: '{"name":"<script>","fields":{"Title":{"x":1}},"requests":"no","message":7,"start":{"dateTime":"i går"}}' },
      { type: 'application/octet-stream', body: Buffer.from([0, 255, 1, 254]) },
      { type: 'text/plain', body: 'hei' },
    ];
    const failures: string[] = [];
    for (const path of paths) {
      for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
        for (const b of method === 'GET' || method === 'DELETE' ? [bodies[0] ?? {}] : bodies) {
          const res = await checkedGraph(t.tenant, token, path, { method, headers: b.type ? { 'Content-Type': b.type } : {}, ...(b.body !== undefined ? { body: b.body } : {}) });
          if (res.status >= 500) failures.push(`${method} ${path} (${b.type ?? 'no body'}) → ${res.status} ${res.text().slice(0, 200)}`);
          else if (res.status >= 400) {
            const body = res.json() as { error?: { code?: unknown; message?: unknown } };
            if (typeof body.error?.code !== 'string' || typeof body.error.message !== 'string') failures.push(`${method} ${path} → ${res.status} without Graph error shape`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect((await checkedGraph(t.tenant, token, '/me')).status).toBe(200);
    const info = await send(t.tenant, '/_tenant/info');
    expect(info.status).toBe(200);
  }, 120_000);
});
