import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempTenant, type TempTenant } from '../testing/fixture.js';
import { checkedGraph } from '../testing/checkedGraph.js';
import { passwordToken, send } from '../testing/tenantClient.js';
import { MAX_POSTED_ATTACHMENT, MAX_SEND_SIZE } from './mailboxes.js';
import { assertWithinSendSize } from './mailRecords.js';
import { MAX_ATTACHMENT_SESSION, MIN_ATTACHMENT_SESSION } from './uploads.js';

let t: TempTenant;
let hilde: string;
let per: string;
let kristin: string;
let secretariatId: string;
let eventId: string;

const CAL = ['Calendars.ReadWrite', 'Calendars.ReadWrite.Shared', 'Mail.ReadWrite', 'Mail.Send'];
interface EventJson {
  id: string;
  subject: string;
  isOrganizer: boolean;
  isCancelled: boolean;
  hasAttachments: boolean;
  transactionId: string | null;
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
  body: { content: string };
  onlineMeeting: { joinUrl: string } | null;
  iCalUId: string;
}
interface MessageJson { subject: string; meetingMessageType?: string; hasAttachments: boolean; '@odata.type': string }
interface ErrorBody { error: { code: string; message: string } }

const events = (token: string, path = '/me/events', headers: Record<string, string> = {}) => checkedGraph(t.tenant, token, path, { headers });
const GUEST = 'tobias.solli.iveland@sandefjord.kommune.example.no';
interface OutboundJson { kind: string; subject: string; attachments: Array<{ name: string }> }
const outboundTo = async (address: string) => ((await send(t.tenant, `/_tenant/outbound.json?to=${address}`)).json() as { value: OutboundJson[] }).value;
const inbox = async (token: string) => ((await checkedGraph(t.tenant, token, '/me/messages?$top=50')).json() as { value: MessageJson[] }).value;

const notice = {
  subject: 'Innkalling Partnerskapsmøtet 11.06.26',
  body: { contentType: 'html', content: '<h1>Saksliste</h1><p>2026.01 Godkjenning av innkalling og dagsorden</p>' },
  start: { dateTime: '2026-06-11T13:30:00', timeZone: 'W. Europe Standard Time' },
  end: { dateTime: '2026-06-11T15:00:00', timeZone: 'W. Europe Standard Time' },
  location: { displayName: 'Våle samfunnshus' },
  attendees: [
    { emailAddress: { address: 'per.christian.voss@siv.example.no', name: 'Per Christian Voss' }, type: 'required' },
    { emailAddress: { address: 'kristin.liset@siv.example.no' }, type: 'required' },
    { emailAddress: { address: 'tobias.solli.iveland@sandefjord.kommune.example.no' }, type: 'required' },
    { emailAddress: { address: 'postmottak@tonsberg.kommune.example.no' }, type: 'optional' },
  ],
  isOnlineMeeting: true,
  onlineMeetingProvider: 'teamsForBusiness',
  transactionId: 'motebok-2026-06-11-notice',
};

beforeAll(async () => {
  t = await startTempTenant();
  secretariatId = t.tenant.info.users.find((u) => u.mail === 'sekretariat@siv.example.no')?.id ?? '';
  hilde = await passwordToken(t.tenant, 'hilde.kari.maugesten@siv.example.no', CAL);
  per = await passwordToken(t.tenant, 'per.christian.voss@siv.example.no', CAL);
  kristin = await passwordToken(t.tenant, 'kristin.liset@siv.example.no', CAL);
});
afterAll(async () => t.dispose());

describe('calendars and invitations', () => {
  it('creates the notice in the secretariat mailbox as a delegate, with a Teams join URL served by the tenant', async () => {
    const res = await checkedGraph(t.tenant, hilde, `/users/${secretariatId}/events`, { method: 'POST', body: notice });
    expect(res.status).toBe(201);
    const event = res.json() as EventJson;
    eventId = event.id;
    expect(event.isOrganizer).toBe(true);
    expect(event.start).toEqual({ dateTime: '2026-06-11T11:30:00.0000000', timeZone: 'UTC' });
    expect(event.onlineMeeting?.joinUrl).toMatch(new RegExp(`^${t.tenant.url}/_tenant/meeting/join/`));
    expect((await send(t.tenant, event.onlineMeeting?.joinUrl ?? '')).status).toBe(200);
  });

  it('returns the same event (201) when the create is retried with the same transactionId, never a second one', async () => {
    const retry = await checkedGraph(t.tenant, hilde, `/users/${secretariatId}/events`, { method: 'POST', body: notice });
    expect(retry.status).toBe(201);
    expect((retry.json() as EventJson).id).toBe(eventId);
    const all = (await events(hilde, `/users/${secretariatId}/calendar/events`)).json() as { value: EventJson[] };
    expect(all.value).toHaveLength(1);
  });

  it('delivers to internal attendees (calendar copy + meeting request) and logs mail to guests and outsiders as outbound', async () => {
    const copy = ((await events(per)).json() as { value: EventJson[] }).value;
    expect(copy).toHaveLength(1);
    expect(copy[0]?.isOrganizer).toBe(false);
    const requests = (await inbox(per)).filter((m) => m.meetingMessageType === 'meetingRequest');
    expect(requests).toHaveLength(1);
    expect(requests[0]?.['@odata.type']).toBe('#microsoft.graph.eventMessageRequest');
    const outbound = (await send(t.tenant, '/_tenant/outbound')).text();
    expect(outbound).toContain('tobias.solli.iveland@sandefjord.kommune.example.no');
    expect(outbound).toContain('postmottak@tonsberg.kommune.example.no');
    const toGuest = (await send(t.tenant, '/_tenant/outbound.json?to=tobias.solli.iveland@sandefjord.kommune.example.no')).json() as { value: Array<{ kind: string; subject: string; to: Array<{ address: string }> }> };
    expect(toGuest.value.map((m) => [m.kind, m.subject])).toEqual([['meetingRequest', 'Innkalling Partnerskapsmøtet 11.06.26']]);
  });

  it('appends the Teams join block to the body, as Exchange does, so every attendee — member or guest — receives the join link', async () => {
    const organiser = (await events(hilde, `/users/${secretariatId}/events/${eventId}`)).json() as EventJson;
    const joinUrl = organiser.onlineMeeting?.joinUrl ?? '';
    expect(joinUrl).not.toBe('');
    const block = organiser.body.content.slice(organiser.body.content.indexOf('Saksliste'));
    expect(block).toMatch(/_{32,}[\s\S]*Microsoft Teams[\s\S]*Join the meeting now[\s\S]*_{32,}/);
    expect(block).toContain(`href="${joinUrl}"`);
    const copy = ((await events(per)).json() as { value: EventJson[] }).value[0];
    expect(copy?.body.content).toContain(`href="${joinUrl}"`);
    expect(copy?.onlineMeeting?.joinUrl).toBe(joinUrl);
    for (const outsider of ['tobias.solli.iveland@sandefjord.kommune.example.no', 'postmottak@tonsberg.kommune.example.no']) {
      const received = (await send(t.tenant, `/_tenant/outbound.json?to=${outsider}`)).json() as { value: Array<{ bodyHtml: string }> };
      expect(received.value[0]?.bodyHtml, outsider).toContain(`href="${joinUrl}"`);
    }
  });

  it('keeps the online meeting when an update keeps the join block, and disables it when the block is removed', async () => {
    const created = (await checkedGraph(t.tenant, hilde, '/me/events', { method: 'POST', body: { ...notice, attendees: [], transactionId: 'blob-test' } })).json() as EventJson & { isOnlineMeeting: boolean };
    const joinUrl = created.onlineMeeting?.joinUrl ?? '';
    const kept = created.body.content.replace('Godkjenning av innkalling', 'Godkjenning av innkalling (endret)');
    const keptAnswer = (await checkedGraph(t.tenant, hilde, `/me/events/${created.id}`, { method: 'PATCH', body: { body: { contentType: 'html', content: kept } } })).json() as EventJson & { isOnlineMeeting: boolean };
    expect(keptAnswer.onlineMeeting?.joinUrl).toBe(joinUrl);
    expect(keptAnswer.body.content.split('Microsoft Teams')).toHaveLength(2);
    // isOnlineMeeting false is ignored once the meeting is online.
    expect(((await checkedGraph(t.tenant, hilde, `/me/events/${created.id}`, { method: 'PATCH', body: { isOnlineMeeting: false } })).json() as { isOnlineMeeting: boolean }).isOnlineMeeting).toBe(true);
    const dropped = (await checkedGraph(t.tenant, hilde, `/me/events/${created.id}`, { method: 'PATCH', body: { body: { contentType: 'html', content: '<p>Ny tekst</p>' }, isOnlineMeeting: true } })).json() as EventJson & { isOnlineMeeting: boolean };
    expect(dropped.isOnlineMeeting).toBe(false);
    expect(dropped.onlineMeeting).toBeNull();
  });

  it('converts to the zone asked for with Prefer: outlook.timezone (IANA or Windows names)', async () => {
    const oslo = await events(hilde, `/users/${secretariatId}/events/${eventId}`, { Prefer: 'outlook.timezone="Europe/Oslo"' });
    expect((oslo.json() as EventJson).start).toEqual({ dateTime: '2026-06-11T13:30:00.0000000', timeZone: 'Europe/Oslo' });
    expect(oslo.headers['preference-applied']).toBe('outlook.timezone="Europe/Oslo"');
    const pacific = await events(per, '/me/events', { Prefer: 'outlook.timezone="Pacific Standard Time"' });
    expect(((pacific.json() as { value: EventJson[] }).value[0]?.start.dateTime)).toBe('2026-06-11T04:30:00.0000000');
  });

  it('filters events on start/dateTime', async () => {
    const inside = (await events(per, "/me/events?$filter=start/dateTime ge '2026-06-01T00:00:00' and start/dateTime lt '2026-07-01T00:00:00'")).json() as { value: EventJson[] };
    expect(inside.value).toHaveLength(1);
    const outside = (await events(per, "/me/events?$filter=start/dateTime ge '2026-07-01T00:00:00'")).json() as { value: EventJson[] };
    expect(outside.value).toHaveLength(0);
  });

  it('takes a posted file attachment under 3 MB into the organiser\'s event only: no update reaches the attendees by itself', async () => {
    const before = (await inbox(per)).length;
    const guestBefore = (await outboundTo(GUEST)).length;
    const res = await checkedGraph(t.tenant, hilde, `/users/${secretariatId}/events/${eventId}/attachments`, { method: 'POST', body: { '@odata.type': '#microsoft.graph.fileAttachment', name: 'Vedlegg 1 - Sak 2026.02 Referat.pdf', contentType: 'application/pdf', contentBytes: Buffer.from('%PDF-1.4 referat').toString('base64') } });
    expect(res.status).toBe(201);
    expect(((await events(hilde, `/users/${secretariatId}/events/${eventId}`)).json() as EventJson).hasAttachments).toBe(true);
    // Learn, "Add attachment": the organiser "can subsequently update the event to send the attachment".
    expect(((await events(per)).json() as { value: EventJson[] }).value[0]?.hasAttachments).toBe(false);
    expect((await inbox(per)).length).toBe(before);
    expect((await outboundTo(GUEST)).length).toBe(guestBefore);
  });

  it(`refuses a posted attachment over the documented 3 MB (${MAX_POSTED_ATTACHMENT} bytes) with 413`, async () => {
    expect(MAX_POSTED_ATTACHMENT).toBe(3 * 1024 * 1024);
    const res = await checkedGraph(t.tenant, hilde, `/users/${secretariatId}/events/${eventId}/attachments`, { method: 'POST', body: { '@odata.type': '#microsoft.graph.fileAttachment', name: 'stor.pdf', contentBytes: Buffer.alloc(MAX_POSTED_ATTACHMENT + 1).toString('base64') } });
    expect(res.status).toBe(413);
  });

  it('uploads a 3–150 MB attachment in an upload session, chunks of at most 4 MB, answered 201 with Location', async () => {
    expect(MIN_ATTACHMENT_SESSION).toBe(3 * 1024 * 1024);
    expect(MAX_ATTACHMENT_SESSION).toBe(150 * 1024 * 1024);
    const small = await checkedGraph(t.tenant, hilde, `/users/${secretariatId}/events/${eventId}/attachments/createUploadSession`, { method: 'POST', body: { AttachmentItem: { attachmentType: 'file', name: 'liten.pdf', size: 1000 } } });
    expect(small.status).toBe(400);
    expect((small.json() as ErrorBody).error.code).toBe('ErrorAttachmentSizeShouldNotBeLessThanMinimumSize');
    const size = 3_500_000;
    const data = Buffer.alloc(size, 7);
    const session = await checkedGraph(t.tenant, hilde, `/users/${secretariatId}/events/${eventId}/attachments/microsoft.graph.createUploadSession`, { method: 'POST', body: { AttachmentItem: { attachmentType: 'file', name: 'Vedlegg 2 - Sak 2026.03 Handlingsplan.pdf', size, contentType: 'application/pdf' } } });
    expect(session.status).toBe(201);
    const { uploadUrl } = session.json() as { uploadUrl: string };
    const first = await send(t.tenant, uploadUrl, { method: 'PUT', headers: { 'Content-Range': `bytes 0-1999999/${size}` }, body: data.subarray(0, 2_000_000) });
    expect(first.status).toBe(200);
    expect((first.json() as { nextExpectedRanges: string[] }).nextExpectedRanges).toEqual([`2000000-${size - 1}`]);
    const last = await send(t.tenant, uploadUrl, { method: 'PUT', headers: { 'Content-Range': `bytes 2000000-${size - 1}/${size}` }, body: data.subarray(2_000_000) });
    expect(last.status).toBe(201);
    expect(last.body.length).toBe(0);
    expect(last.headers.location).toContain('/attachments/');
    const atts = (await checkedGraph(t.tenant, hilde, `/users/${secretariatId}/events/${eventId}/attachments`)).json() as { value: Array<{ name: string; size: number }> };
    expect(atts.value.map((a) => [a.name, a.size])).toContainEqual(['Vedlegg 2 - Sak 2026.03 Handlingsplan.pdf', size]);
    expect(((await events(per)).json() as { value: EventJson[] }).value[0]?.hasAttachments).toBe(false);
  });

  it(`refuses, as Graph does, the upload part that takes the event past the mailbox's 35 MB (${MAX_SEND_SIZE} bytes): 413 ErrorMessageSizeExceeded`, async () => {
    expect(MAX_SEND_SIZE).toBe(35 * 1_048_576);
    const url = `/users/${secretariatId}/events/${eventId}/attachments`;
    const sizes = () => checkedGraph(t.tenant, hilde, url).then((res) => (res.json() as { value: Array<{ name: string; size: number }> }).value);
    const before = await sizes();
    const carried = before.reduce((sum, a) => sum + a.size, 0);
    // One byte more than the event may still take.
    const size = MAX_SEND_SIZE - carried + 1;
    const session = await checkedGraph(t.tenant, hilde, `${url}/createUploadSession`, { method: 'POST', body: { AttachmentItem: { attachmentType: 'file', name: 'Saksframlegg samlet.pdf', size, contentType: 'application/pdf' } } });
    expect(session.status).toBe(201);
    const { uploadUrl } = session.json() as { uploadUrl: string };
    const part = 4 * 1024 * 1024;
    let refused: Awaited<ReturnType<typeof send>> | undefined;
    for (let start = 0; start < size && refused === undefined; start += part) {
      const end = Math.min(size, start + part) - 1;
      const res = await send(t.tenant, uploadUrl, { method: 'PUT', headers: { 'Content-Range': `bytes ${start}-${end}/${size}` }, body: Buffer.alloc(end - start + 1, 9) });
      if (res.status !== 200) refused = res;
      // Every part before the last fits; the last is the one past the limit.
      else expect(end).toBeLessThan(size - 1);
    }
    expect(refused?.status).toBe(413);
    expect(refused?.json()).toEqual({ error: expect.objectContaining({ code: 'ErrorMessageSizeExceeded', message: 'The message exceeds the maximum supported size.' }) });
    expect(await sizes()).toEqual(before);
    // A posted attachment is held to the same sum (the event's attachments and the new one), to the byte.
    expect(() => assertWithinSendSize([{ size: MAX_SEND_SIZE - 10 }], 10)).not.toThrow();
    expect(() => assertWithinSendSize([{ size: MAX_SEND_SIZE - 10 }], 11)).toThrow('The message exceeds the maximum supported size.');
  });

  it('brings a changed body and time, and the attachments added before, to the attendees in ONE update message each', async () => {
    const before = (await inbox(per)).length;
    const guestBefore = (await outboundTo(GUEST)).length;
    const res = await checkedGraph(t.tenant, hilde, `/users/${secretariatId}/events/${eventId}`, { method: 'PATCH', body: { body: { contentType: 'html', content: '<p>Endret saksliste</p>' }, start: { dateTime: '2026-06-11T14:00:00', timeZone: 'Europe/Oslo' } } });
    expect(res.status).toBe(200);
    const copy = ((await events(per, '/me/events', { Prefer: 'outlook.timezone="Europe/Oslo"' })).json() as { value: EventJson[] }).value[0];
    // Exchange keeps the HTML inside a whole document of its own.
    expect(copy?.body.content).toMatch(/^<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text\/html; charset=utf-8">\r\n<\/head>\r\n<body>\r\n<p>Endret saksliste<\/p>\r\n<\/body>\r\n<\/html>/);
    expect(copy?.start.dateTime).toBe('2026-06-11T14:00:00.0000000');
    const atts = (await checkedGraph(t.tenant, per, `/me/events/${copy?.id}/attachments`)).json() as { value: Array<{ name: string; size: number }> };
    expect(atts.value.map((a) => a.name)).toEqual(['Vedlegg 1 - Sak 2026.02 Referat.pdf', 'Vedlegg 2 - Sak 2026.03 Handlingsplan.pdf']);
    const after = await inbox(per);
    expect(after.length).toBe(before + 1);
    expect(after[0]?.subject).toBe('Oppdatert: Innkalling Partnerskapsmøtet 11.06.26');
    expect(after[0]?.hasAttachments).toBe(true);
    const toGuest = (await outboundTo(GUEST)).slice(guestBefore);
    expect(toGuest.map((m) => [m.kind, m.subject, m.attachments.map((a) => a.name)])).toEqual([['meetingUpdate', 'Oppdatert: Innkalling Partnerskapsmøtet 11.06.26', ['Vedlegg 1 - Sak 2026.02 Referat.pdf', 'Vedlegg 2 - Sak 2026.03 Handlingsplan.pdf']]]);
  });

  it('sends no update for a PATCH that changes nothing, but one after an attachment was deleted: that PATCH sends the attachments as they are', async () => {
    const before = (await inbox(per)).length;
    const guestBefore = (await outboundTo(GUEST)).length;
    expect((await checkedGraph(t.tenant, hilde, `/users/${secretariatId}/events/${eventId}`, { method: 'PATCH', body: {} })).status).toBe(200);
    expect((await inbox(per)).length).toBe(before);
    const organiserAtts = (await checkedGraph(t.tenant, hilde, `/users/${secretariatId}/events/${eventId}/attachments`)).json() as { value: Array<{ id: string; name: string }> };
    const referat = organiserAtts.value.find((a) => a.name.startsWith('Vedlegg 1'));
    expect((await checkedGraph(t.tenant, hilde, `/users/${secretariatId}/events/${eventId}/attachments/${referat?.id}`, { method: 'DELETE' })).status).toBe(204);
    const copyId = ((await events(per)).json() as { value: EventJson[] }).value[0]?.id;
    const names = async () => ((await checkedGraph(t.tenant, per, `/me/events/${copyId}/attachments`)).json() as { value: Array<{ name: string }> }).value.map((a) => a.name);
    expect(await names()).toHaveLength(2);
    expect((await inbox(per)).length).toBe(before);
    expect((await checkedGraph(t.tenant, hilde, `/users/${secretariatId}/events/${eventId}`, { method: 'PATCH', body: {} })).status).toBe(200);
    expect(await names()).toEqual(['Vedlegg 2 - Sak 2026.03 Handlingsplan.pdf']);
    const after = await inbox(per);
    expect(after.length).toBe(before + 1);
    expect(after[0]?.subject).toBe('Oppdatert: Innkalling Partnerskapsmøtet 11.06.26');
    const toGuest = (await outboundTo(GUEST)).slice(guestBefore);
    expect(toGuest.map((m) => [m.kind, m.attachments.map((a) => a.name)])).toEqual([['meetingUpdate', ['Vedlegg 2 - Sak 2026.03 Handlingsplan.pdf']]]);
    // The update went out: the next empty PATCH sends nothing.
    expect((await checkedGraph(t.tenant, hilde, `/users/${secretariatId}/events/${eventId}`, { method: 'PATCH', body: {} })).status).toBe(200);
    expect((await inbox(per)).length).toBe(before + 1);
  });

  it('invites attendees added later and cancels for those removed', async () => {
    const christian = await passwordToken(t.tenant, 'christian.reissig@siv.example.no', CAL);
    const attendees = notice.attendees.filter((a) => !a.emailAddress.address.startsWith('kristin')).concat([{ emailAddress: { address: 'christian.reissig@siv.example.no', name: 'Christian Reissig' }, type: 'required' }]);
    expect((await checkedGraph(t.tenant, hilde, `/users/${secretariatId}/events/${eventId}`, { method: 'PATCH', body: { attendees } })).status).toBe(200);
    const added = ((await events(christian)).json() as { value: EventJson[] }).value;
    expect(added).toHaveLength(1);
    expect(added[0]?.hasAttachments).toBe(true);
    const removed = ((await events(kristin)).json() as { value: EventJson[] }).value[0];
    expect(removed?.isCancelled).toBe(true);
    expect((await inbox(kristin)).some((m) => m.meetingMessageType === 'meetingCancelled')).toBe(true);
  });

  it('keeps other mailboxes private: no delegate rights or no .Shared scope gives 403 ErrorAccessDenied', async () => {
    const notDelegate = await events(per, `/users/${secretariatId}/events`);
    expect(notDelegate.status).toBe(403);
    expect((notDelegate.json() as ErrorBody).error.code).toBe('ErrorAccessDenied');
    const ownOnly = await passwordToken(t.tenant, 'hilde.kari.maugesten@siv.example.no', ['Calendars.ReadWrite']);
    expect((await events(ownOnly, `/users/${secretariatId}/events`)).status).toBe(403);
    const guest = await passwordToken(t.tenant, 'tobias.solli.iveland@sandefjord.kommune.example.no', CAL);
    const guestBox = await events(guest);
    expect(guestBox.status).toBe(404);
    expect((guestBox.json() as ErrorBody).error.code).toBe('MailboxNotEnabledForRESTAPI');
    // A guest secretariat can send neither from itself nor from the secretariat's shared mailbox (whose
    // calendar is delegated to users of the organisation only): what the workspace tells a guest before a send.
    const guestMail = await passwordToken(t.tenant, GUEST, ['Mail.Send', 'Calendars.ReadWrite.Shared']);
    const guestSend = await checkedGraph(t.tenant, guestMail, '/me/sendMail', { method: 'POST', body: { message: { subject: 'x', toRecipients: [{ emailAddress: { address: 'per.christian.voss@siv.example.no' } }] } } });
    expect([guestSend.status, (guestSend.json() as ErrorBody).error.code]).toEqual([404, 'MailboxNotEnabledForRESTAPI']);
    const guestShared = await checkedGraph(t.tenant, guestMail, `/users/${secretariatId}/events`, { method: 'POST', body: notice });
    expect([guestShared.status, (guestShared.json() as ErrorBody).error.code]).toEqual([403, 'ErrorAccessDenied']);
  });

  it('refuses unknown time zones, an end before the start and unknown properties with 400', async () => {
    const base = { subject: 'x', start: { dateTime: '2026-06-11T13:30:00', timeZone: 'Europe/Oslo' }, end: { dateTime: '2026-06-11T15:00:00', timeZone: 'Europe/Oslo' } };
    const zone = await checkedGraph(t.tenant, hilde, '/me/events', { method: 'POST', body: { ...base, start: { dateTime: '2026-06-11T13:30:00', timeZone: 'Mars/Olympus' } } });
    expect(zone.status).toBe(400);
    const backwards = await checkedGraph(t.tenant, hilde, '/me/events', { method: 'POST', body: { ...base, end: { dateTime: '2026-06-11T12:00:00', timeZone: 'Europe/Oslo' } } });
    expect(backwards.status).toBe(400);
    const unknown = await send(t.tenant, '/v1.0/me/events', { method: 'POST', headers: { Authorization: `Bearer ${hilde}` }, body: { ...base, agenda: 'x' } });
    expect(unknown.status).toBe(400);
  });
});

describe('mail', () => {
  it('sends mail (202): internal recipients get it in their inbox, outside addresses go to the outbound log', async () => {
    const res = await checkedGraph(t.tenant, hilde, '/me/sendMail', { method: 'POST', body: { message: { subject: 'Referat fra Partnerskapsmøtet', body: { contentType: 'html', content: '<p>Vedlagt referat</p>' }, toRecipients: [{ emailAddress: { address: 'per.christian.voss@siv.example.no' } }, { emailAddress: { address: 'ingrid.fjeld@larvik.kommune.example.no' } }], attachments: [{ '@odata.type': '#microsoft.graph.fileAttachment', name: 'Referat.pdf', contentBytes: Buffer.from('pdf').toString('base64') }] }, saveToSentItems: true } });
    expect(res.status).toBe(202);
    const got = (await inbox(per)).find((m) => m.subject === 'Referat fra Partnerskapsmøtet');
    expect(got?.hasAttachments).toBe(true);
    expect((await send(t.tenant, '/_tenant/outbound')).text()).toContain('Referat fra Partnerskapsmøtet');
    const sent = (await checkedGraph(t.tenant, hilde, '/me/mailFolders/sentitems/messages')).json() as { value: MessageJson[] };
    expect(sent.value.map((m) => m.subject)).toContain('Referat fra Partnerskapsmøtet');
  });

  it('needs Mail.Send to send', async () => {
    const noSend = await passwordToken(t.tenant, 'hilde.kari.maugesten@siv.example.no', ['Mail.ReadWrite']);
    const res = await checkedGraph(t.tenant, noSend, '/me/sendMail', { method: 'POST', body: { message: { subject: 'x', toRecipients: [{ emailAddress: { address: 'per.christian.voss@siv.example.no' } }] } } });
    expect(res.status).toBe(403);
  });

  it('pages messages with $top and a nextLink that uses $skip, as Outlook resources do', async () => {
    const all = await inbox(per);
    expect(all.length).toBeGreaterThanOrEqual(4);
    const seen: string[] = [];
    let next: string | undefined = '/me/messages?$top=2&$select=subject';
    while (next) {
      const page = (await checkedGraph(t.tenant, per, next)).json() as { value: Array<{ id: string }>; '@odata.nextLink'?: string };
      seen.push(...page.value.map((m) => m.id));
      next = page['@odata.nextLink'];
      if (next) expect(new URL(next).searchParams.get('$skip')).toBe(String(seen.length));
    }
    expect(new Set(seen).size).toBe(all.length);
    expect((await checkedGraph(t.tenant, per, '/me/messages?$skip=abc')).status).toBe(400);
  });
});
