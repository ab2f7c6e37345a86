import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { calendarScopes } from '../auth/scopes';
import { attachmentFileName, innkallingFileName } from '../domain/attachments';
import { parseMeetingFile } from '../domain/meetingFile';
import type { Attachment, Committee, Meeting, MeetingFile } from '../domain/model';
import type { Versioned } from '../domain/ports';
import { AGENDA_BLOCK_START } from '../documents';
import { CalendarGateway } from './calendarGateway';
import { graphCall } from './graphCall';
import { collectionOf } from './graphSchemas';
import { invitees, noticeTransactionId, sendNotice, sendUpdatedNotice, type NoticeSenderDeps } from './noticeSender';
import type { SharePointMeetingRepository } from './sharePointMeetingRepository';
import { SECRETARY, startHarness, type Harness, type TenantUserInfo } from './testing/localTenant.testutil';

const MB = 1024 * 1024;

function fixture(name: string): MeetingFile {
  return parseMeetingFile(JSON.parse(readFileSync(new URL(`../../fixtures/meetings/${name}.json`, import.meta.url), 'utf8')));
}

const EventSchema = z.object({ id: z.string(), subject: z.string(), transactionId: z.string().nullable().optional(), isOrganizer: z.boolean().optional(), body: z.object({ content: z.string() }) }).loose();
const AttachmentSchema = z.object({ id: z.string(), name: z.string(), size: z.number() }).loose();
const MessageSchema = z.object({ subject: z.string(), meetingMessageType: z.string().optional() }).loose();

/** Deterministic bytes so every file differs. */
function bytes(size: number, seed: number): Uint8Array {
  const data = new Uint8Array(size);
  for (let i = 0; i < size; i++) data[i] = (i * 31 + seed * 17) % 256;
  return data;
}

describe('Sending the innkalling against the local tenant', () => {
  let harness: Harness;
  let repository: SharePointMeetingRepository;
  let deps: NoticeSenderDeps;
  let secretary: TenantUserInfo;
  const { committee } = fixture('pm-2026');

  /** The 2026 meeting under a new id, with nine vedlegg uploaded to its folder (one of them `largeBytes`). */
  async function draftWithNineVedlegg(id: string, largeBytes: number): Promise<Versioned<Meeting>> {
    const base = fixture('pm-2026').meeting;
    const meeting: Meeting = { ...base, id, items: base.items.map((item) => ({ ...item, attachments: [] })) };
    const titles = ['Referat fra partnerskapsmøtet 05.06.25', 'Handlingsplan 2026', 'Økonomirapport', 'Årsmelding', 'Tilskudd fordeling', 'Kartlegging', 'Brukerundersøkelse', 'Presentasjon', 'Stor rapport (skannet)'];
    const targets = meeting.items.filter((item) => item.caseNumber !== null);
    for (const [index, title] of titles.entries()) {
      const item = targets[index % targets.length];
      if (!item) throw new Error('no items');
      const draft: Attachment = { id: `${id}-att-${index + 1}`, number: index + 1, title, fileName: `${title}.pdf` };
      const name = attachmentFileName(draft, item);
      const size = index === titles.length - 1 ? largeBytes : 40_000 + index * 1000;
      const ref = await repository.uploadDocument(committee, meeting, name, bytes(size, index));
      item.attachments.push({ ...draft, ...ref, fileName: name, contentType: 'application/pdf' });
    }
    return repository.saveMeeting(meeting);
  }

  async function organizerEvents(transactionId: string) {
    const client = harness.clientsFor(secretary)(['Calendars.ReadWrite']);
    const events = await graphCall(collectionOf(EventSchema), () => client.api('/me/events').top(200).get());
    return events.value.filter((event) => event.transactionId === transactionId);
  }

  async function attachmentsOf(user: TenantUserInfo, eventId: string) {
    const client = harness.clientsFor(user)(['Calendars.ReadWrite']);
    return (await graphCall(collectionOf(AttachmentSchema), () => client.api(`/me/events/${eventId}/attachments`).get())).value;
  }

  /** Attendees who have a mailbox in the tenant: we can read their calendars as them. */
  function internalAttendees(meeting: Meeting): TenantUserInfo[] {
    const addresses = new Set(invitees(committee, meeting).map((i) => i.address.toLowerCase()));
    return harness.users.filter((user) => addresses.has(user.mail.toLowerCase()) && user.id !== secretary.id);
  }

  async function calendarCopies(user: TenantUserInfo, subjectPart: string) {
    const client = harness.clientsFor(user)(['Calendars.ReadWrite']);
    const events = await graphCall(collectionOf(EventSchema), () => client.api('/me/events').top(200).get());
    return events.value.filter((event) => event.subject.includes(subjectPart));
  }

  beforeAll(async () => {
    harness = await startHarness();
    secretary = harness.user(SECRETARY);
    repository = harness.repositoryFor(secretary, 4 * 327_680);
    await repository.ensureProvisioned();
    await repository.saveCommittee(committee);
    deps = { repository, calendar: new CalendarGateway(harness.clientsFor(secretary)(calendarScopes(undefined)), undefined, 4 * 327_680) };
  }, 120_000);
  afterAll(async () => harness?.close());

  it('sends the innkalling with 9 vedlegg (one 10 MB) to every internal attendee’s calendar, with body and attachments, exactly once', async () => {
    const draft = await draftWithNineVedlegg('pm-2026-06-11', 10 * MB);
    expect(internalAttendees(draft.value).length).toBeGreaterThanOrEqual(3);
    const steps: string[] = [];
    const sent = await sendNotice(deps, committee, draft, (p) => steps.push(p.step));
    expect(steps).toEqual(expect.arrayContaining(['innkalling', 'links', 'event', 'attachment', 'attendees', 'saved']));

    expect(sent.value.status).toBe('noticeSent');
    expect(sent.value.notice).toMatchObject({ transactionId: noticeTransactionId('pm-2026-06-11'), version: 1 });
    expect((await repository.getMeeting('pm-2026-06-11'))?.value.notice?.eventId).toBe(sent.value.notice?.eventId);

    const organizer = await organizerEvents(noticeTransactionId('pm-2026-06-11'));
    expect(organizer).toHaveLength(1);
    const expectedNames = [innkallingFileName(committee, draft.value), ...draft.value.items.flatMap((item) => item.attachments.map((a) => attachmentFileName(a, item)))].sort();
    expect(expectedNames).toHaveLength(10);

    for (const attendee of internalAttendees(draft.value)) {
      const copies = await calendarCopies(attendee, committee.name);
      expect(copies, attendee.userPrincipalName).toHaveLength(1);
      const copy = copies[0];
      if (!copy) continue;
      expect(copy.body.content).toContain(AGENDA_BLOCK_START);
      expect(copy.body.content).toContain('2026.01');
      const attached = await attachmentsOf(attendee, copy.id);
      expect(attached.map((a) => a.name).sort()).toEqual(expectedNames);
      expect(Math.max(...attached.map((a) => a.size))).toBe(10 * MB);
      // The invitation arrived once, as an invitation, already carrying its vedlegg (no updates yet).
      const inbox = await graphCall(collectionOf(MessageSchema), () => harness.clientsFor(attendee)(['Mail.Read']).api('/me/messages').top(100).get());
      const about = inbox.value.filter((m) => m.subject.includes(committee.name));
      expect(about.map((m) => m.subject.startsWith('Oppdatert'))).toEqual([false]);
    }

    // Sending again is a no-op: still one event, no new attachment.
    const again = await sendNotice(deps, committee, sent);
    expect(again.value.notice?.eventId).toBe(sent.value.notice?.eventId);
    expect(await organizerEvents(noticeTransactionId('pm-2026-06-11'))).toHaveLength(1);
  }, 180_000);

  it('sends an updated innkalling to the same event: new body with what changed, attachments matched, received as an update', async () => {
    const stored = await repository.getMeeting('pm-2026-06-11');
    if (!stored) throw new Error('meeting missing');
    const [first, second] = stored.value.items.filter((item) => item.attachments.length > 0);
    if (!first || !second) throw new Error('items missing');
    const removed = first.attachments[0];
    if (!removed) throw new Error('attachment missing');
    const newFile: Attachment = { id: 'att-new', number: 10, title: 'Nytt notat', fileName: 'Nytt notat.pdf' };
    const newName = attachmentFileName(newFile, second);
    const ref = await repository.uploadDocument(committee, stored.value, newName, bytes(30_000, 99));
    const changed: Meeting = {
      ...stored.value,
      items: stored.value.items.map((item) => {
        if (item.id === first.id) return { ...item, title: `${item.title} – revidert`, attachments: item.attachments.slice(1) };
        if (item.id === second.id) return { ...item, attachments: [...item.attachments, { ...newFile, ...ref, fileName: newName }] };
        return item;
      }),
    };
    const saved = await repository.saveMeeting(changed, stored.version);
    const updated = await sendUpdatedNotice(deps, committee, saved);
    expect(updated.value.notice?.version).toBe(2);
    expect(await organizerEvents(noticeTransactionId('pm-2026-06-11'))).toHaveLength(1);

    const wanted = [innkallingFileName(committee, changed), ...changed.items.flatMap((item) => item.attachments.map((a) => attachmentFileName(a, item)))].sort();
    for (const attendee of internalAttendees(changed)) {
      const copies = await calendarCopies(attendee, committee.name);
      expect(copies).toHaveLength(1);
      const copy = copies[0];
      if (!copy) continue;
      expect(copy.body.content).toContain('revidert');
      expect((await attachmentsOf(attendee, copy.id)).map((a) => a.name).sort()).toEqual(wanted);
      expect(wanted).not.toContain(attachmentFileName(removed, first));
      const inbox = await graphCall(collectionOf(MessageSchema), () => harness.clientsFor(attendee)(['Mail.Read']).api('/me/messages').top(100).get());
      expect(inbox.value.some((m) => m.subject.startsWith('Oppdatert') && m.subject.includes(committee.name))).toBe(true);
    }
  }, 180_000);
});
