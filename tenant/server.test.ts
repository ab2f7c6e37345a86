import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkedGraph } from './testing/checkedGraph.js';
import { startTempTenant, type TempTenant } from './testing/fixture.js';
import { passwordToken, send } from './testing/tenantClient.js';

let t: TempTenant;
let hilde: string;
const ALL = ['User.Read', 'User.ReadBasic.All', 'Sites.Manage.All', 'Files.ReadWrite.All', 'Calendars.ReadWrite', 'Calendars.ReadWrite.Shared', 'Mail.Send', 'Mail.ReadWrite'];

beforeAll(async () => {
  t = await startTempTenant();
  hilde = await passwordToken(t.tenant, 'hilde.kari.maugesten@siv.example.no', ALL);
});
afterAll(async () => t.dispose());

describe('the local tenant core', () => {
  it('describes itself at /_tenant/info with the fixed identities', async () => {
    const res = await send(t.tenant, '/_tenant/info');
    expect(res.status).toBe(200);
    const info = res.json() as Record<string, unknown>;
    expect(info.tenantId).toBe('3f6c2a1e-5b7d-4c9e-8a10-2d4f6b8c0e11');
    expect(info.clientId).toBe('7d9e2b4c-1a3f-4e5d-9c8b-6a0f1e2d3c4b');
    expect(info.siteId).toBe('localhost,5c1e7f3a-2b4d-4e6f-8a9c-0b1d2e3f4a5b,9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b');
    expect(String(info.driveId)).toMatch(/^b!/);
    expect(info.authority).toBe(`${t.tenant.url}/3f6c2a1e-5b7d-4c9e-8a10-2d4f6b8c0e11`);
    const users = info.users as Array<{ userPrincipalName: string; userType: string; organisation: string }>;
    expect(users.some((u) => u.userType === 'Guest' && u.userPrincipalName.includes('#EXT#'))).toBe(true);
    expect(new Set(users.filter((u) => u.userType === 'Guest').map((u) => u.organisation)).size).toBeGreaterThanOrEqual(2);
    expect(info).toEqual(t.tenant.info);
  });

  it('answers /me for the signed-in user with request-id headers', async () => {
    const res = await checkedGraph(t.tenant, hilde, '/me', { headers: { 'client-request-id': 'abc-123' } });
    expect(res.status).toBe(200);
    expect((res.json() as { displayName: string }).displayName).toBe('Hilde Kari Maugesten');
    expect(res.headers['request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers['client-request-id']).toBe('abc-123');
  });

  it('refuses a missing or forged token with 401 InvalidAuthenticationToken in Graph error shape', async () => {
    const missing = await send(t.tenant, '/v1.0/me');
    expect(missing.status).toBe(401);
    const body = missing.json() as { error: { code: string; innerError: Record<string, string> } };
    expect(body.error.code).toBe('InvalidAuthenticationToken');
    expect(body.error.innerError['request-id']).toBe(missing.headers['request-id']);
    const [h, p] = hilde.split('.');
    const forged = await checkedGraph(t.tenant, `${h}.${p}.${Buffer.from('not the signature').toString('base64url')}`, '/me');
    expect(forged.status).toBe(401);
  });

  it('stores a file by path, lists it among children and downloads it through a pre-authenticated URL', async () => {
    const put = await checkedGraph(t.tenant, hilde, `/drives/${t.tenant.info.driveId}/root:/Partnerskapsmøtet/2026-06-11/Innkalling.txt:/content`, { method: 'PUT', headers: { 'Content-Type': 'text/plain' }, body: 'Innkalling til Partnerskapsmøtet' });
    expect(put.status).toBe(201);
    const item = put.json() as { id: string; name: string; eTag: string };
    expect(item.name).toBe('Innkalling.txt');
    expect(item.eTag).toMatch(/^"\{[0-9A-F-]{36}\},\d+"$/);
    const children = await checkedGraph(t.tenant, hilde, `/drives/${t.tenant.info.driveId}/root:/Partnerskapsmøtet/2026-06-11:/children`);
    expect((children.json() as { value: Array<{ id: string }> }).value.map((c) => c.id)).toEqual([item.id]);
    const content = await checkedGraph(t.tenant, hilde, `/drives/${t.tenant.info.driveId}/items/${item.id}/content`);
    expect(content.status).toBe(302);
    const download = await send(t.tenant, content.headers.location ?? '');
    expect(download.text()).toBe('Innkalling til Partnerskapsmøtet');
  });

  it('creates a list, adds, reads, updates and deletes an item', async () => {
    const created = await checkedGraph(t.tenant, hilde, `/sites/${t.tenant.info.siteId}/lists`, { method: 'POST', body: { displayName: 'Saker', columns: [{ name: 'CaseNumber', text: {}, indexed: true }] } });
    expect(created.status).toBe(201);
    const listId = (created.json() as { id: string }).id;
    const item = await checkedGraph(t.tenant, hilde, `/sites/${t.tenant.info.siteId}/lists/${listId}/items`, { method: 'POST', body: { fields: { Title: 'Godkjenning av innkalling', CaseNumber: '2026.01' } } });
    expect(item.status).toBe(201);
    const itemId = (item.json() as { id: string }).id;
    const patched = await checkedGraph(t.tenant, hilde, `/sites/${t.tenant.info.siteId}/lists/${listId}/items/${itemId}/fields`, { method: 'PATCH', body: { Title: 'Godkjenning av innkalling og dagsorden' } });
    expect((patched.json() as { Title: string }).Title).toBe('Godkjenning av innkalling og dagsorden');
    const del = await checkedGraph(t.tenant, hilde, `/sites/${t.tenant.info.siteId}/lists/${listId}/items/${itemId}`, { method: 'DELETE' });
    expect(del.status).toBe(204);
    const gone = await checkedGraph(t.tenant, hilde, `/sites/${t.tenant.info.siteId}/lists/${listId}/items/${itemId}`);
    expect(gone.status).toBe(404);
  });

  it('delivers an event to an internal attendee calendar and inbox when attendees are set', async () => {
    const res = await checkedGraph(t.tenant, hilde, '/me/events', { method: 'POST', body: { subject: 'Partnerskapsmøtet', start: { dateTime: '2026-06-11T13:30:00', timeZone: 'Europe/Oslo' }, end: { dateTime: '2026-06-11T15:00:00', timeZone: 'Europe/Oslo' }, attendees: [{ emailAddress: { address: 'per.christian.voss@siv.example.no' }, type: 'required' }] } });
    expect(res.status).toBe(201);
    const per = await passwordToken(t.tenant, 'per.christian.voss@siv.example.no', ['Calendars.ReadWrite', 'Mail.ReadWrite']);
    const events = (await checkedGraph(t.tenant, per, '/me/events')).json() as { value: Array<{ subject: string; isOrganizer: boolean; start: { dateTime: string } }> };
    expect(events.value).toHaveLength(1);
    expect(events.value[0]?.isOrganizer).toBe(false);
    expect(events.value[0]?.start.dateTime).toBe('2026-06-11T11:30:00.0000000');
    const inbox = (await checkedGraph(t.tenant, per, '/me/messages')).json() as { value: Array<{ subject: string; meetingMessageType?: string }> };
    expect(inbox.value[0]?.meetingMessageType).toBe('meetingRequest');
  });

  it('tells the meeting simulator the subject of the event whose Teams join link it opened, and 404 for a thread no event has', async () => {
    const res = await checkedGraph(t.tenant, hilde, '/me/events', { method: 'POST', body: { subject: 'Kontrollutvalget 12.03.2026', isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness', start: { dateTime: '2026-03-12T09:00:00', timeZone: 'Europe/Oslo' }, end: { dateTime: '2026-03-12T12:00:00', timeZone: 'Europe/Oslo' }, attendees: [{ emailAddress: { address: 'per.christian.voss@siv.example.no' }, type: 'required' }] } });
    const joinUrl = (res.json() as { onlineMeeting: { joinUrl: string } }).onlineMeeting.joinUrl;
    const thread = new URL(joinUrl).pathname.split('/').pop() ?? '';
    const details = await send(t.tenant, `/_tenant/meeting/details/${thread}`);
    expect(details.json()).toEqual({ subject: 'Kontrollutvalget 12.03.2026' });
    expect((await send(t.tenant, `/_tenant/meeting/details/${encodeURIComponent('19:meeting_none@thread.v2')}`)).status).toBe(404);
  });

  it('finds guests by their #EXT# UPN', async () => {
    const guest = t.tenant.info.users.find((u) => u.userPrincipalName.startsWith('ingrid.fjeld'));
    // userType and companyName are outside User.ReadBasic.All's basic profile (graph/directory.test.ts).
    const reader = await passwordToken(t.tenant, 'hilde.kari.maugesten@siv.example.no', ['User.Read.All']);
    const res = await checkedGraph(t.tenant, reader, `/users/${encodeURIComponent(guest?.userPrincipalName ?? '')}?$select=displayName,userType,companyName`);
    expect(res.json()).toMatchObject({ displayName: 'Ingrid Fjeld', userType: 'Guest', companyName: 'Larvik kommune' });
  });

  it('answers /me with the identity a member and a B2B guest carry: id, UPN, mail and, on $select, otherMails', async () => {
    const select = '/me?$select=id,mail,userPrincipalName,otherMails';
    const member = (await checkedGraph(t.tenant, hilde, select)).json() as Record<string, unknown>;
    expect(member).toMatchObject({ userPrincipalName: 'hilde.kari.maugesten@siv.example.no', mail: 'hilde.kari.maugesten@siv.example.no', otherMails: [] });
    const guestInfo = t.tenant.info.users.find((u) => u.userPrincipalName.startsWith('ingrid.fjeld'));
    const guest = (await checkedGraph(t.tenant, await passwordToken(t.tenant, guestInfo?.userPrincipalName ?? '', ['User.Read']), select)).json() as Record<string, unknown>;
    // Entra ID: the guest's UPN is the home address with @ as _, then #EXT#@<tenant>; mail and otherMails are the home address.
    expect(guest).toMatchObject({ id: guestInfo?.id, userPrincipalName: 'ingrid.fjeld_larvik.kommune.example.no#EXT#@siv.example.no', mail: 'ingrid.fjeld@larvik.kommune.example.no', otherMails: ['ingrid.fjeld@larvik.kommune.example.no'] });
    expect(Object.keys(guest).sort()).toEqual(['@odata.context', 'id', 'mail', 'otherMails', 'userPrincipalName']);
    // Returned only on $select, as Graph documents.
    expect((await checkedGraph(t.tenant, hilde, '/me')).json()).not.toHaveProperty('otherMails');
  });

  it('makes the webUrls it hands out lead to the file, the library or the list', async () => {
    const put = (await checkedGraph(t.tenant, hilde, `/drives/${t.tenant.info.driveId}/root:/Lenker/Saksframlegg 2026.03.txt:/content`, { method: 'PUT', body: Buffer.from('saksframlegg') })).json() as { id: string; webUrl: string };
    const open = await send(t.tenant, put.webUrl);
    expect(open.status).toBe(302);
    expect((await send(t.tenant, open.headers.location ?? '')).text()).toBe('saksframlegg');
    const link = (await checkedGraph(t.tenant, hilde, `/drives/${t.tenant.info.driveId}/items/${put.id}/createLink`, { method: 'POST', body: { type: 'view', scope: 'organization' } })).json() as { link: { webUrl: string } };
    const viaLink = await send(t.tenant, link.link.webUrl);
    expect((await send(t.tenant, viaLink.headers.location ?? '')).text()).toBe('saksframlegg');
    expect((await send(t.tenant, `${t.tenant.url}/sites/helsefellesskapet/Shared%20Documents/Finnes%20ikke.txt`)).status).toBe(404);
  });
});
