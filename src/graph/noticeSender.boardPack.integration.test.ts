import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { escapeHtml } from '../documents';
import { docxPart, docxParagraphs } from '../documents/testing/docxText';
import { requireTool } from '../documents/testing/pdf';
import { innkallingFileName } from '../domain/attachments';
import { boardPackFileName } from '../domain/boardPack';
import { createBoardPackService, memoryPdfCache } from './boardPackService';
import { noticeTransactionId, sendNotice, sendUpdatedNotice, type NoticeProgress } from './noticeSender';
import { startHarness, type Harness } from './testing/localTenant';
import { noticeWorld, type NoticeWorld } from './testing/noticeWorld';

/**
 * «Møtebok (PDF)» in the innkalling (issue 12): the pack made as part of sending and linked from the
 * invite every attendee receives and from the innkalling it carries; a pack made after sending
 * changes nothing sent until the next update, which links to it.
 */
const LogSchema = v.object({ value: v.array(v.looseObject({ method: v.string(), path: v.string() })) });

/** How many times a file of this name was stored in the library (PUT by path, or an upload session) since the log was cleared. */
async function timesStored(harness: Harness, fileName: string): Promise<number> {
  const log = v.parse(LogSchema, await harness.control('GET', '/_tenant/requests'));
  return log.value.filter((entry) => {
    const path = decodeURIComponent(entry.path.split('?')[0] ?? '');
    return (entry.method === 'PUT' && path.endsWith(`/${fileName}:/content`)) || (entry.method === 'POST' && path.endsWith(`/${fileName}:/createUploadSession`));
  }).length;
}

describe('The innkalling links to the møtebok PDF, against the local tenant', () => {
  let harness: Harness;
  let world: NoticeWorld;
  const link = (url: string) => `href="${escapeHtml(url)}"`;

  beforeAll(async () => {
    requireTool('soffice', 'libreoffice-writer');
    harness = await startHarness();
    world = await noticeWorld(harness);
  }, 120_000);
  afterAll(async () => harness?.close());

  it('makes the pack while sending (with progress) and every attendee’s invite and its innkalling link to it', async () => {
    const id = 'pm-2026-09-10';
    const draft = await world.draftWithNineVedlegg(id, '2026-09-10', 60_000);
    const packs = createBoardPackService({ repository: world.repository, cache: memoryPdfCache() });
    const progress: NoticeProgress[] = [];
    await harness.control('DELETE', '/_tenant/requests');
    const sent = await sendNotice(world.deps, world.committee, draft, (step) => progress.push(step), { boardPack: packs });
    // The innkalling is stored once, already linking to the pack (not once for the pack and again for the send).
    const innkallingName = innkallingFileName(world.committee, sent.value);
    expect(await timesStored(harness, innkallingName)).toBe(1);
    expect(await timesStored(harness, boardPackFileName({ committee: world.committee, meeting: sent.value }))).toBe(1);

    // The pack is in the meeting folder, and the notice records the link it sent.
    const stored = await packs.findStored({ committee: world.committee, meeting: sent.value });
    expect(stored?.fileName).toBe(boardPackFileName({ committee: world.committee, meeting: sent.value }));
    const url = stored?.webUrl ?? '';
    expect(url).toMatch(/^https:\/\//);
    expect(sent.value.notice?.boardPackUrl).toBe(url);
    // Progress per document of the pack, between storing the innkalling and making the event.
    const steps = progress.map((step) => step.step);
    expect(steps.indexOf('pack')).toBeGreaterThan(steps.indexOf('innkalling'));
    expect(steps.lastIndexOf('pack')).toBeLessThan(steps.indexOf('event'));
    // Said as data, worded by the screen: document by document of the ten, then storing.
    expect(progress.filter((step) => step.step === 'pack')).toEqual(
      expect.arrayContaining([
        { step: 'pack', phase: 'document', index: 0, count: 10 },
        { step: 'pack', phase: 'store', index: 10, count: 10 },
      ]),
    );

    const attendees = world.internalAttendees(sent.value);
    expect(attendees.length).toBeGreaterThanOrEqual(3);
    for (const attendee of attendees) {
      const [copy] = await world.calendarCopies(attendee, `Partnerskapsmøtet ${id}`);
      expect(copy?.body.content, attendee.userPrincipalName).toContain(`${link(url)} style="text-decoration:underline;">Møtebok (PDF)</a>`);
      // The innkalling the invite carries links to the pack too.
      const innkalling = await world.attachmentBytes(attendee, copy?.id ?? '', innkallingName);
      expect(await docxParagraphs(innkalling)).toContain('Møtebok (PDF)');
      expect(await docxPart(innkalling, 'word/_rels/document.xml.rels')).toContain(escapeHtml(url));
    }
    // And so does the innkalling stored in the meeting folder.
    const filed = await world.repository.downloadDocument(sent.value.innkalling ?? { fileName: '' });
    expect(await docxParagraphs(filed)).toContain('Møtebok (PDF)');
    expect(await docxPart(filed, 'word/_rels/document.xml.rels')).toContain(escapeHtml(url));
  }, 300_000);

  it('stores the innkalling again with the pack’s real address should SharePoint give the pack another one than foreseen', async () => {
    const id = 'pm-2026-11-12';
    const draft = await world.draftWithNineVedlegg(id, '2026-11-12', 20_000);
    const packs = createBoardPackService({ repository: world.repository, cache: memoryPdfCache() });
    // As a library whose addresses are written otherwise than the rule foresees.
    const repository = Object.assign(Object.create(world.repository) as typeof world.repository, { documentAddress: async () => 'https://siv.example/annen/adresse.pdf' });
    await harness.control('DELETE', '/_tenant/requests');
    const sent = await sendNotice({ ...world.deps, repository }, world.committee, draft, undefined, { boardPack: packs });
    const url = (await packs.findStored({ committee: world.committee, meeting: sent.value }))?.webUrl ?? '';
    expect(sent.value.notice?.boardPackUrl).toBe(url);
    expect(await timesStored(harness, innkallingFileName(world.committee, sent.value))).toBe(2);
    const filed = await world.repository.downloadDocument(sent.value.innkalling ?? { fileName: '' });
    const links = await docxPart(filed, 'word/_rels/document.xml.rels');
    expect(links).toContain(escapeHtml(url));
    expect(links).not.toContain('annen/adresse.pdf');
  }, 300_000);

  it('a pack made after sending changes nothing sent; the next update links to it, and is received once', async () => {
    const id = 'pm-2026-10-15';
    const subject = `Partnerskapsmøtet ${id}`;
    const draft = await world.draftWithNineVedlegg(id, '2026-10-15', 60_000);
    const sent = await sendNotice(world.deps, world.committee, draft);
    expect(sent.value.notice?.boardPackUrl).toBeUndefined();
    const attendees = world.internalAttendees(sent.value);
    const bodies = async () => Promise.all(attendees.map(async (attendee) => (await world.calendarCopies(attendee, subject))[0]?.body.content ?? ''));
    const updatesReceived = async () => Promise.all(attendees.map(async (attendee) => (await world.inboxSubjects(attendee)).filter((s) => s.startsWith('Oppdatert') && s.includes(subject)).length));
    for (const body of await bodies()) expect(body).not.toContain('Møtebok (PDF)');

    // «Lag møtebok (PDF)» in the workspace after sending: stored in the folder, the invite untouched.
    const packs = createBoardPackService({ repository: world.repository, cache: memoryPdfCache() });
    const made = await packs.build({ committee: world.committee, meeting: sent.value });
    const url = made.ref.webUrl ?? '';
    for (const body of await bodies()) expect(body).not.toContain('Møtebok (PDF)');
    expect(await updatesReceived()).toEqual(attendees.map(() => 0));

    await harness.control('DELETE', '/_tenant/requests');
    const updated = await sendUpdatedNotice(world.deps, world.committee, sent, undefined, { boardPack: packs });
    expect(updated.value.notice).toMatchObject({ version: 2, boardPackUrl: url });
    // The pack made again replaces the one in the folder (same address); the innkalling is stored once.
    expect(await timesStored(harness, innkallingFileName(world.committee, updated.value))).toBe(1);
    for (const body of await bodies()) {
      expect(body).toContain(`${link(url)} style="text-decoration:underline;">Møtebok (PDF)</a>`);
      expect(body).toContain('Møteboken (PDF) er lagt til som lenke');
    }
    // Received as ONE update of the same event: the innkalling re-attached with the link goes with the PATCH.
    expect(await updatesReceived()).toEqual(attendees.map(() => 1));
    for (const guest of world.externalAttendees(updated.value)) {
      expect((await world.mailedTo(guest, subject)).map((m) => m.kind), guest).toEqual(['meetingRequest', 'meetingUpdate']);
    }
    expect(await world.organizerEvents(noticeTransactionId(id))).toHaveLength(1);

    // A later update without making the pack again keeps the link it sent, and says nothing new about it.
    const again = await sendUpdatedNotice(world.deps, world.committee, updated);
    expect(again.value.notice).toMatchObject({ version: 3, boardPackUrl: url });
    for (const body of await bodies()) {
      expect(body).toContain(link(url));
      expect(body).not.toContain('Møteboken (PDF) er lagt til som lenke');
    }
    expect(await updatesReceived()).toEqual(attendees.map(() => 2));
  }, 300_000);
});
