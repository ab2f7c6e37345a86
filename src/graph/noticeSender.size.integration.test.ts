import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Attachment, Committee, Meeting } from '../domain/model';
import { attachmentFileName, attachmentLabel, innkallingFileName } from '../domain/attachments';
import { escapeHtml } from '../documents';
import type { Versioned } from '../domain/ports';
import { inviteMailFit, isInviteTooLarge } from '../domain/inviteSize';
import { noticeTransactionId, sendNotice, sendUpdatedNotice } from './noticeSender';
import { startHarness, type Harness } from './testing/localTenant';
import { bytes, MB, noticeWorld, type NoticeWorld } from './testing/noticeWorld';

/**
 * An innkalling whose vedlegg pass Exchange's message limit (35 MB once encoded, domain/inviteSize.ts), in the local
 * tenant, which refuses such an event as Graph does (tenant/graph/mailRecords.ts `MAX_SEND_SIZE`): the sender refuses to
 * begin it, and with the send dialog's choice (`linkInstead`) it goes out with the vedlegg as links to the library; a
 * small one goes out with them attached, as the committee (fileAndLink) attaches them.
 */
describe('An innkalling too large for mail', () => {
  let harness: Harness;
  let world: NoticeWorld;
  let committee: Committee;

  beforeAll(async () => {
    harness = await startHarness();
    world = await noticeWorld(harness);
    committee = world.committee;
  }, 120_000);
  afterAll(async () => harness?.close());

  const copyOf = async (meeting: Meeting, subject: string) => {
    const [attendee] = world.internalAttendees(meeting);
    if (!attendee) throw new Error('no internal attendee');
    const [copy, ...more] = await world.calendarCopies(attendee, subject);
    expect(more).toEqual([]);
    if (!copy) throw new Error('no calendar copy');
    return { attendee, copy, names: (await world.attachmentsOf(attendee, copy.id)).map((a) => a.name).sort() };
  };
  const linkedLine = (meeting: Meeting) => {
    const item = meeting.items.find((i) => i.attachments.some((a) => a.title === 'Stor rapport (skannet)'));
    const attachment = item?.attachments.find((a) => a.title === 'Stor rapport (skannet)');
    if (!item || !attachment) throw new Error('no large vedlegg');
    return `style="text-decoration:underline;">${escapeHtml(attachmentLabel(attachment, item))}</a> (`;
  };

  it('is never begun as it stands: refused before anything is stored or sent, and goes out with the vedlegg as links when the secretary chooses them', async () => {
    const id = 'pm-2026-11-05';
    // Eight small vedlegg and a 27 MB scan: 27.3 MB stored, 36.4 MB as mail encodes it.
    const draft = await world.draftWithNineVedlegg(id, '2026-11-05', 27 * MB);
    await expect(sendNotice(world.deps, committee, draft)).rejects.toMatchObject({ code: 'inviteTooLarge', reason: { key: 'size.totalTooLarge', values: { max: 35 } } });
    expect(await world.organizerEvents(noticeTransactionId(id))).toEqual([]);
    expect((await world.repository.getMeeting(id))?.value.status).toBe('draft');

    const sent = await sendNotice(world.deps, committee, draft, undefined, { linkInstead: true });
    expect(sent.value.status).toBe('noticeSent');
    expect(await world.organizerEvents(noticeTransactionId(id))).toHaveLength(1);
    const { copy, names } = await copyOf(draft.value, id);
    expect(names).toEqual([innkallingFileName(committee, draft.value)]);
    expect(copy.body.content).toContain(linkedLine(draft.value));
    // A guest from a municipality gets the same by mail from Exchange.
    const [guest] = world.externalAttendees(draft.value);
    const [mail] = await world.mailedTo(guest ?? '', id);
    expect(mail?.attachments.map((a) => a.name)).toEqual([innkallingFileName(committee, draft.value)]);
    // The committee still attaches files; the notice does not say this send attached what it links.
    expect(committee.attachmentMode).toBe('fileAndLink');
    expect(sent.value.notice).not.toHaveProperty('attachedLinked');
  });

  it('goes out with its vedlegg attached when they fit', async () => {
    const id = 'pm-2026-11-19';
    const draft = await world.draftWithNineVedlegg(id, '2026-11-19', 2 * MB);
    await sendNotice(world.deps, committee, draft);
    const { names } = await copyOf(draft.value, id);
    expect(names).toEqual(world.expectedAttachmentNames(draft.value));
  });

  it('sends an update that adds a large vedlegg once, with links, and never half-way without them', async () => {
    const id = 'pm-2026-12-03';
    const draft = await world.draftWithNineVedlegg(id, '2026-12-03', 2 * MB);
    const sent = await sendNotice(world.deps, committee, draft);
    const added = await addVedlegg(sent, 'Samlet saksframlegg (skannet)', 30 * MB);
    const before = await copyOf(sent.value, id);
    await expect(sendUpdatedNotice(world.deps, committee, added)).rejects.toMatchObject({ code: 'inviteTooLarge' });
    // Nothing reached the attendees: the event and the stored notice are as the first send left them.
    expect((await copyOf(sent.value, id)).names).toEqual(before.names);
    expect((await world.repository.getMeeting(id))?.value.notice?.version).toBe(1);
    const updatesBefore = (await world.inboxSubjects(before.attendee)).filter((s) => s.startsWith('Oppdatert') && s.includes(id)).length;

    const updated = await sendUpdatedNotice(world.deps, committee, added, undefined, { linkInstead: true });
    expect(updated.value.notice?.version).toBe(2);
    const after = await copyOf(added.value, id);
    expect(after.names).toEqual([innkallingFileName(committee, added.value)]);
    const large = added.value.items.flatMap((item) => item.attachments.map((a) => ({ a, item }))).find(({ a }) => a.title === 'Samlet saksframlegg (skannet)');
    expect(after.copy.body.content).toContain(`${escapeHtml(attachmentLabel(large!.a, large!.item))}</a>`);
    const updates = (await world.inboxSubjects(before.attendee)).filter((s) => s.startsWith('Oppdatert') && s.includes(id)).length;
    expect(updates - updatesBefore).toBe(1);
  });

  it('refuses, with the true sizes, a vedlegg replaced in SharePoint by a larger file since Møtebok stored its size, and sends it once with links', async () => {
    const id = 'pm-2026-12-17';
    const draft = await world.draftWithNineVedlegg(id, '2026-12-17', 2 * MB);
    const large = draft.value.items.flatMap((item) => item.attachments).find((a) => a.title === 'Stor rapport (skannet)');
    if (!large?.fileName) throw new Error('no large vedlegg');
    // Someone replaces the scan in the library with a 30 MB one (same name, same item): Møtebok still says 2 MB.
    const replaced = await world.repository.uploadDocument(committee, draft.value, large.fileName, bytes(30 * MB, 7));
    expect(replaced.driveItemId).toBe(large.driveItemId);
    expect(inviteMailFit(committee, draft.value).fits).toBe(true);

    const refusal = await sendNotice(world.deps, committee, draft).then(
      () => undefined,
      (error: unknown) => error,
    );
    if (!isInviteTooLarge(refusal)) throw new Error(`expected the size refusal, got ${String(refusal)}`);
    expect(refusal.sizes[large.id]).toBe(30 * MB);
    expect(refusal.fit).toMatchObject({ fits: false, attachedBytes: 30 * MB + 348_000 });
    // The innkalling and the body are counted with the vedlegg, as made.
    expect(refusal.fit.carriedBytes).toBeGreaterThan(16 * 1024);
    expect(refusal.fit.encodedBytes).toBe(Math.ceil((refusal.fit.attachedBytes + refusal.fit.carriedBytes) * (4 / 3)));
    // Nothing was stored or sent: no event, the meeting a draft, no innkalling in the meeting folder.
    expect(await world.organizerEvents(noticeTransactionId(id))).toEqual([]);
    expect((await world.repository.getMeeting(id))?.value.status).toBe('draft');
    expect((await world.repository.listDocuments(committee, draft.value)).map((d) => d.fileName)).not.toContain(innkallingFileName(committee, draft.value));

    await sendNotice(world.deps, committee, draft, undefined, { linkInstead: true });
    expect(await world.organizerEvents(noticeTransactionId(id))).toHaveLength(1);
    expect((await copyOf(draft.value, id)).names).toEqual([innkallingFileName(committee, draft.value)]);
  });

  it('counts the innkalling and the body: vedlegg that fit alone by a few kB are refused with them', async () => {
    const id = 'pm-2027-01-14';
    // 35 MB once encoded is 27,525,120 bytes stored; the eight small vedlegg are 348,000: 4 kB to spare for the rest.
    const draft = await world.draftWithNineVedlegg(id, '2027-01-14', 27_525_120 - 348_000 - 4096);
    expect(inviteMailFit(committee, draft.value).fits).toBe(true);
    await expect(sendNotice(world.deps, committee, draft)).rejects.toMatchObject({ code: 'inviteTooLarge' });
    expect(await world.organizerEvents(noticeTransactionId(id))).toEqual([]);
    // A tenant whose administrator raised MaxSendSize (MOTEBOK_MAX_SEND_SIZE_MB=50): it goes out with the files attached.
    await sendNotice({ ...world.deps, maxSendBytes: 50 * MB }, committee, draft);
    expect((await copyOf(draft.value, id)).names).toEqual(world.expectedAttachmentNames(draft.value));
  });

  /** A vedlegg of `size` bytes added to the first sak after the send, stored in the meeting folder. */
  async function addVedlegg(stored: Versioned<Meeting>, title: string, size: number): Promise<Versioned<Meeting>> {
    const meeting = structuredClone(stored.value);
    const item = meeting.items.find((i) => i.caseNumber !== null);
    if (!item) throw new Error('no sak');
    const draft: Attachment = { id: `${meeting.id}-added`, title, fileName: `${title}.pdf` };
    const name = attachmentFileName(draft, item);
    const ref = await world.repository.uploadDocument(committee, meeting, name, bytes(size, 42));
    item.attachments.push({ ...draft, ...ref, fileName: name, contentType: 'application/pdf' });
    return world.repository.saveMeeting(meeting, stored.version);
  }
});
