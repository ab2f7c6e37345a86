/** Shared set-up for the innkalling integration tests: a seeded site, vedlegg, readers of calendars. */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { calendarScopes } from '../../auth/scopes';
import { attachmentFileName, innkallingFileName } from '../../domain/attachments';
import { parseMeetingFile } from '../../domain/meetingFile';
import type { Attachment, Committee, Meeting, MeetingFile } from '../../domain/model';
import type { Versioned } from '../../domain/ports';
import { CalendarGateway } from '../calendarGateway';
import { graphCall } from '../graphCall';
import { collectionOf } from '../graphSchemas';
import { invitees } from '../../domain/invitation';
import type { NoticeSenderDeps } from '../noticeSender';
import type { SharePointMeetingRepository } from '../sharePointMeetingRepository';
import { SECRETARY, type Harness, type TenantUserInfo } from './localTenant';

export const MB = 1024 * 1024;

export function fixture(name: string): MeetingFile {
  return parseMeetingFile(JSON.parse(readFileSync(new URL(`../../../fixtures/meetings/${name}.json`, import.meta.url), 'utf8')));
}

const EventSchema = v.looseObject({
  id: v.string(),
  subject: v.string(),
  transactionId: v.optional(v.nullable(v.string())),
  body: v.object({ content: v.string() }),
  start: v.optional(v.object({ dateTime: v.string(), timeZone: v.string() })),
  location: v.optional(v.looseObject({ displayName: v.optional(v.nullable(v.string())) })),
  isOnlineMeeting: v.optional(v.nullable(v.boolean())),
  onlineMeeting: v.optional(v.nullable(v.looseObject({ joinUrl: v.optional(v.nullable(v.string())) }))),
});
const AttachmentSchema = v.looseObject({ id: v.string(), name: v.string(), size: v.number() });
const MessageSchema = v.looseObject({ subject: v.string() });
const OutboundSchema = v.looseObject({
  value: v.array(
    v.looseObject({ kind: v.string(), subject: v.string(), bodyHtml: v.string(), attachments: v.optional(v.array(v.looseObject({ name: v.string() })), []) }),
  ),
});

/** Deterministic bytes so every file differs. */
export function bytes(size: number, seed: number): Uint8Array {
  const data = new Uint8Array(size);
  for (let i = 0; i < size; i++) data[i] = (i * 31 + seed * 17) % 256;
  return data;
}

export interface NoticeWorld {
  committee: Committee;
  secretary: TenantUserInfo;
  repository: SharePointMeetingRepository;
  deps: NoticeSenderDeps;
  draftWithNineVedlegg(id: string, date: string, largeBytes: number): Promise<Versioned<Meeting>>;
  /** Names the invite should carry: the innkalling and every vedlegg. */
  expectedAttachmentNames(meeting: Meeting): string[];
  organizerEvents(transactionId: string): Promise<v.InferOutput<typeof EventSchema>[]>;
  attachmentsOf(user: TenantUserInfo, eventId: string): Promise<v.InferOutput<typeof AttachmentSchema>[]>;
  /** The bytes of the event's attachment of that name, as the user has it. */
  attachmentBytes(user: TenantUserInfo, eventId: string, name: string): Promise<Uint8Array>;
  internalAttendees(meeting: Meeting): TenantUserInfo[];
  calendarCopies(user: TenantUserInfo, subjectPart: string): Promise<v.InferOutput<typeof EventSchema>[]>;
  /** Invitees outside this tenant's mailboxes: guests from the municipalities and other addresses. */
  externalAttendees(meeting: Meeting): string[];
  /** What left the tenant for that address about the subject (Exchange sends it by mail): kind, body and attached files, oldest first. */
  mailedTo(address: string, subjectPart: string): Promise<{ kind: string; subject: string; bodyHtml: string; attachments: { name: string }[] }[]>;
  inboxSubjects(user: TenantUserInfo): Promise<string[]>;
}

export async function noticeWorld(harness: Harness, chunkBytes = 4 * 327_680): Promise<NoticeWorld> {
  const { committee } = fixture('pm-2026');
  const secretary = harness.user(SECRETARY);
  const repository = harness.repositoryFor(secretary, chunkBytes);
  await repository.ensureProvisioned();
  await repository.saveCommittee(committee);
  const deps: NoticeSenderDeps = { repository, calendar: new CalendarGateway(harness.clientsFor(secretary)(calendarScopes(undefined)), undefined, chunkBytes) };
  const calendarClient = (user: TenantUserInfo) => harness.clientsFor(user)(['Calendars.ReadWrite']);
  const attachmentsOf = async (user: TenantUserInfo, eventId: string) =>
    (await graphCall(collectionOf(AttachmentSchema), () => calendarClient(user).api(`/me/events/${eventId}/attachments`).get())).value;
  return {
    committee,
    secretary,
    repository,
    deps,
    async draftWithNineVedlegg(id, date, largeBytes) {
      const base = fixture('pm-2026').meeting;
      const meeting: Meeting = { ...base, id, date, theme: `Partnerskapsmøtet ${id}`, items: base.items.map((item) => ({ ...item, attachments: [] })) };
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
    },
    expectedAttachmentNames(meeting) {
      return [innkallingFileName(committee, meeting), ...meeting.items.flatMap((item) => item.attachments.map((a) => attachmentFileName(a, item)))].sort();
    },
    async organizerEvents(transactionId) {
      const events = await graphCall(collectionOf(EventSchema), () => calendarClient(secretary).api('/me/events').top(500).get());
      return events.value.filter((event) => event.transactionId === transactionId);
    },
    attachmentsOf,
    async attachmentBytes(user, eventId, name) {
      const found = (await attachmentsOf(user, eventId)).find((a) => a.name === name);
      if (!found) throw new Error(`${name} is not attached`);
      const full = await graphCall(v.looseObject({ contentBytes: v.string() }), () => calendarClient(user).api(`/me/events/${eventId}/attachments/${found.id}`).get());
      return new Uint8Array(Buffer.from(full.contentBytes, 'base64'));
    },
    internalAttendees(meeting) {
      const addresses = new Set(invitees(committee, meeting).map((i) => i.address.toLowerCase()));
      // Internal: members of this tenant. Guests (other organisations) are invited at their own addresses,
      // which Exchange sends out by mail; they have no calendar here.
      return harness.users.filter((user) => user.userType === 'Member' && addresses.has(user.mail.toLowerCase()) && user.id !== secretary.id);
    },
    externalAttendees(meeting) {
      const members = new Set(harness.users.filter((user) => user.userType === 'Member').map((user) => user.mail.toLowerCase()));
      return invitees(committee, meeting).map((i) => i.address).filter((address) => !members.has(address.toLowerCase()));
    },
    async mailedTo(address, subjectPart) {
      const log = v.parse(OutboundSchema, await harness.control('GET', `/_tenant/outbound.json?to=${encodeURIComponent(address)}`));
      return log.value.filter((mail) => mail.subject.includes(subjectPart));
    },
    async calendarCopies(user, subjectPart) {
      const events = await graphCall(collectionOf(EventSchema), () => calendarClient(user).api('/me/events').top(500).get());
      return events.value.filter((event) => event.subject.includes(subjectPart));
    },
    async inboxSubjects(user) {
      const messages = await graphCall(collectionOf(MessageSchema), () => harness.clientsFor(user)(['Mail.Read']).api('/me/messages').top(500).get());
      return messages.value.map((m) => m.subject);
    },
  };
}
