import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Attachment, Meeting } from '../domain/model';
import { attachmentFileName, innkallingFileName } from '../domain/attachments';
import { docxParagraphs } from '../documents/testing/docxText';
import { AGENDA_BLOCK_END, AGENDA_BLOCK_START, escapeHtml } from '../documents';
import { meetingIdFromBlock } from '../domain/meetingLink';
import { summariseAgendaChanges } from '../domain/changeSummary';
import { meetingChangesSinceNotice } from '../domain/meetingFacts';
import * as v from 'valibot';
import { graphCall } from './graphCall';
import { collectionOf } from './graphSchemas';
import { createGraphServices } from './graphServices';
import { noticeTransactionId, sendNotice, sendUpdatedNotice } from './noticeSender';
import { contractProblems } from './testing/contract';
import { startHarness, type Harness } from './testing/localTenant';
import { bytes, MB, noticeWorld, type NoticeWorld } from './testing/noticeWorld';

describe('Sending the innkalling against the local tenant', () => {
  let harness: Harness;
  let world: NoticeWorld;
  const id = 'pm-2026-06-11';
  const subject = `Partnerskapsmøtet ${id}`;

  beforeAll(async () => {
    harness = await startHarness();
    world = await noticeWorld(harness);
  }, 120_000);
  afterAll(async () => harness?.close());

  it('sends the innkalling with 9 vedlegg (one 10 MB) to every internal attendee’s calendar, with body and attachments, exactly once', async () => {
    const draft = await world.draftWithNineVedlegg(id, '2026-06-11', 10 * MB);
    const attendees = world.internalAttendees(draft.value);
    expect(attendees.length).toBeGreaterThanOrEqual(3);
    const steps: string[] = [];
    const sent = await sendNotice(world.deps, world.committee, draft, (p) => steps.push(p.step));
    expect(steps).toEqual(expect.arrayContaining(['innkalling', 'links', 'event', 'attachment', 'attendees', 'saved']));

    expect(sent.value.status).toBe('noticeSent');
    expect(sent.value.onlineMeetingJoinUrl).toMatch(/^https:\/\//);
    expect(sent.value.notice).toMatchObject({ transactionId: noticeTransactionId(id), version: 1 });
    expect((await world.repository.getMeeting(id))?.value.notice?.eventId).toBe(sent.value.notice?.eventId);
    expect(await world.organizerEvents(noticeTransactionId(id))).toHaveLength(1);

    const expectedNames = world.expectedAttachmentNames(draft.value);
    expect(expectedNames).toHaveLength(10);
    for (const attendee of attendees) {
      const copies = await world.calendarCopies(attendee, subject);
      expect(copies, attendee.userPrincipalName).toHaveLength(1);
      const copy = copies[0];
      if (!copy) continue;
      expect(copy.body.content).toContain(AGENDA_BLOCK_START);
      expect(copy.body.content).toContain('2026.01');
      // 13:30 in Oslo on a summer day is 11:30 UTC; the place and the Teams link come along.
      expect(copy.start?.dateTime.startsWith('2026-06-11T11:30:00')).toBe(true);
      expect(copy.start?.timeZone).toBe('UTC');
      expect(copy.location?.displayName).toBe('Våle samfunnshus');
      expect(copy.isOnlineMeeting).toBe(true);
      expect(copy.onlineMeeting?.joinUrl).toBe(sent.value.onlineMeetingJoinUrl);
      const attached = await world.attachmentsOf(attendee, copy.id);
      expect(attached.map((a) => a.name).sort()).toEqual(expectedNames);
      expect(Math.max(...attached.map((a) => a.size))).toBe(10 * MB);
      // The invitation arrived once, as an invitation, already carrying its vedlegg (no updates yet).
      const about = (await world.inboxSubjects(attendee)).filter((s) => s.includes(subject));
      expect(about.map((s) => s.startsWith('Oppdatert'))).toEqual([false]);
    }

    // Every attendee can join: Exchange's Teams block with the join link is in what each one received,
    // members in their calendar and guests from the municipalities in the invitation mailed to them.
    const joinLink = `href="${sent.value.onlineMeetingJoinUrl ?? ''}"`;
    for (const attendee of attendees) {
      const [copy] = await world.calendarCopies(attendee, subject);
      expect(copy?.body.content, attendee.userPrincipalName).toContain(joinLink);
      expect(copy?.body.content.split('Microsoft Teams'), attendee.userPrincipalName).toHaveLength(2);
    }
    const guests = world.externalAttendees(draft.value);
    expect(guests.length).toBeGreaterThanOrEqual(3);
    for (const guest of guests) {
      const mails = await world.mailedTo(guest, subject);
      expect(mails.map((mail) => mail.kind), guest).toEqual(['meetingRequest']);
      expect(mails[0]?.bodyHtml, guest).toContain(joinLink);
    }

    // Sending again is a no-op: still one event.
    const again = await sendNotice(world.deps, world.committee, sent);
    expect(again.value.notice?.eventId).toBe(sent.value.notice?.eventId);
    expect(await world.organizerEvents(noticeTransactionId(id))).toHaveLength(1);
  }, 180_000);

  it('sends an updated innkalling to the same event: new body with what changed, the innkalling and vedlegg as they are now, received as an update', async () => {
    const stored = await world.repository.getMeeting(id);
    if (!stored) throw new Error('meeting missing');
    const [first, second, third] = stored.value.items.filter((item) => item.attachments.length > 0);
    if (!first || !second || !third) throw new Error('items missing');
    const removed = first.attachments[0];
    const edited = third.attachments[0];
    if (!removed || !edited) throw new Error('attachment missing');
    const editedName = attachmentFileName(edited, third);
    // Someone saves a new version of a vedlegg in the library (Word Online, a new upload under the same name).
    const newVersion = bytes(55_555, 42);
    await world.repository.uploadDocument(world.committee, stored.value, edited.fileName, newVersion);
    const newFile: Attachment = { id: 'att-new', number: 10, title: 'Nytt notat', fileName: 'Nytt notat.pdf' };
    const newName = attachmentFileName(newFile, second);
    const ref = await world.repository.uploadDocument(world.committee, stored.value, newName, bytes(30_000, 99));
    const changed: Meeting = {
      ...stored.value,
      place: 'Quality Hotel Tønsberg',
      items: stored.value.items.map((item) => {
        if (item.id === first.id) return { ...item, title: `${item.title} – revidert`, attachments: item.attachments.slice(1) };
        if (item.id === second.id) return { ...item, attachments: [...item.attachments, { ...newFile, ...ref, fileName: newName }] };
        return item;
      }),
    };
    const saved = await world.repository.saveMeeting(changed, stored.version);
    // The notice remembers the facts it was sent with, so a moved meeting is said first.
    const moved = meetingChangesSinceNotice(changed, 'nb');
    expect(moved).toHaveLength(1);
    expect(moved[0]).toContain('Quality Hotel Tønsberg');
    const summary = [...moved, ...summariseAgendaChanges(stored.value.notice?.items ?? [], changed.items, { languageForm: 'nb' })];
    expect(summary.length).toBeGreaterThanOrEqual(3);
    const updated = await sendUpdatedNotice(world.deps, world.committee, saved);
    expect(updated.value.notice?.version).toBe(2);
    expect(await world.organizerEvents(noticeTransactionId(id))).toHaveLength(1);

    const wanted = world.expectedAttachmentNames(changed);
    expect(wanted).toContain(newName);
    expect(wanted).not.toContain(attachmentFileName(removed, first));
    const innkallingName = innkallingFileName(world.committee, changed);
    for (const attendee of world.internalAttendees(changed)) {
      const copies = await world.calendarCopies(attendee, subject);
      expect(copies).toHaveLength(1);
      const copy = copies[0];
      if (!copy) continue;
      for (const line of summary) expect(copy.body.content).toContain(escapeHtml(line));
      expect(copy.location?.displayName).toBe('Quality Hotel Tønsberg');
      expect((await world.attachmentsOf(attendee, copy.id)).map((a) => a.name).sort()).toEqual(wanted);
      // The innkalling attached is the one rendered now, with the new place — not the first one.
      const innkalling = (await docxParagraphs(await world.attachmentBytes(attendee, copy.id, innkallingName))).join('\n');
      expect(innkalling).toContain('Quality Hotel Tønsberg');
      expect(innkalling).not.toContain('Våle samfunnshus');
      // The vedlegg changed in the library goes out as it is now.
      expect(await world.attachmentBytes(attendee, copy.id, editedName)).toEqual(newVersion);
      // The attachment changes and the PATCH reach each attendee as ONE update, as Exchange sends it.
      expect((await world.inboxSubjects(attendee)).filter((s) => s.includes(subject)).map((s) => s.startsWith('Oppdatert')).sort()).toEqual([false, true]);
    }
    // The update keeps Exchange's Teams block (once): guests still can join after the meeting moved.
    const joinLink = `href="${updated.value.onlineMeetingJoinUrl ?? ''}"`;
    expect(updated.value.onlineMeetingJoinUrl).toBe(stored.value.onlineMeetingJoinUrl);
    for (const guest of world.externalAttendees(changed)) {
      expect((await world.mailedTo(guest, subject)).map((m) => m.kind), guest).toEqual(['meetingRequest', 'meetingUpdate']);
      const update = (await world.mailedTo(guest, subject)).at(-1);
      expect(update?.kind, guest).toBe('meetingUpdate');
      expect(update?.bodyHtml, guest).toContain('Quality Hotel Tønsberg');
      expect(update?.bodyHtml, guest).toContain(joinLink);
      expect(update?.bodyHtml.split('Microsoft Teams'), guest).toHaveLength(2);
    }
    // What was sent is recorded, so the next update attaches the edited vedlegg only if it changes again.
    const recorded = updated.value.notice?.items.flatMap((item) => item.attachments).find((a) => a.id === edited.id);
    expect(recorded?.size).toBe(newVersion.byteLength);
  }, 180_000);

  it('sends from the committee’s "Send fra felles postboks" mailbox, as a delegate, through the services the app uses', async () => {
    const mailbox = harness.users.find((u) => u.userPrincipalName.startsWith('sekretariat@'))?.mail ?? '';
    expect(mailbox).not.toBe('');
    const committee = { ...world.committee, senderMailbox: mailbox };
    // The build's MOTEBOK_SHARED_MAILBOX is only the fallback: the committee's own setting wins.
    const config = { graphBaseUrl: harness.tenant.info.graphBaseUrl, siteId: harness.tenant.info.siteId, sharedMailbox: world.secretary.mail, appUrl: 'https://motebok.example.no/app/' };
    const services = createGraphServices(config, { getToken: (scopes, options) => harness.tokenFor(world.secretary).getToken(scopes, options) }, {
      fetch: harness.fetch,
      onRequest: (record) => harness.records.push(record),
    });
    const draft = await world.draftWithNineVedlegg('pm-2026-09-10', '2026-09-10', 20_000);
    const sent = await services.sendNotice(committee, draft);
    const client = harness.clientsFor(world.secretary)(['Calendars.ReadWrite.Shared']);
    const inShared = await graphCall(collectionOf(v.looseObject({ id: v.string(), transactionId: v.optional(v.nullable(v.string())) })), () => client.api(`/users/${mailbox}/events`).top(200).get());
    expect(inShared.value.filter((e) => e.transactionId === noticeTransactionId('pm-2026-09-10')).map((e) => e.id)).toEqual([sent.value.notice?.eventId]);
    expect(await world.organizerEvents(noticeTransactionId('pm-2026-09-10'))).toEqual([]);
    for (const attendee of world.internalAttendees(draft.value)) {
      const copies = await world.calendarCopies(attendee, 'Partnerskapsmøtet pm-2026-09-10');
      expect(copies).toHaveLength(1);
      // The read pane recognises the invitation by its «Åpne møtet i Møtebok» link, as after «Sett inn saksliste».
      expect(meetingIdFromBlock(agendaBlockOf(copies[0]?.body.content ?? '')), attendee.mail).toBe('pm-2026-09-10');
    }
    for (const guest of world.externalAttendees(draft.value)) {
      expect(meetingIdFromBlock(agendaBlockOf((await world.mailedTo(guest, 'pm-2026-09-10')).at(-1)?.bodyHtml ?? '')), guest).toBe('pm-2026-09-10');
    }
  }, 180_000);

  it('sent only request bodies that are valid against the Graph v1.0 OpenAPI description', () => {
    expect(harness.records.length).toBeGreaterThan(0);
    expect(contractProblems(harness.records)).toEqual([]);
  });
});

/** What the read pane reads: the body between Møtebok's markers. */
function agendaBlockOf(bodyHtml: string): string {
  const start = bodyHtml.indexOf(AGENDA_BLOCK_START);
  const end = bodyHtml.indexOf(AGENDA_BLOCK_END);
  return start < 0 || end < start ? '' : bodyHtml.slice(start, end);
}
