import { describe, expect, it } from 'vitest';
import { initializeOutlookHost } from '../../hosts/outlook/initializeOutlookHost';
import { ComposeAppointment } from '../../hosts/outlook/appointment';
import { mockOutlook } from '../../hosts/outlook/testing/officeMock';
import type { FakeMailboxOptions } from '../../hosts/outlook/testing/fakeMailbox';
import { ATTACHMENT_MAX_BYTES } from '../../hosts/outlook/outlookLimits';
import type { MeetingFile } from '../../domain/model';
import { attachmentFileName } from '../../domain/attachments';
import { agendaState, AGENDA_MARKERS, insertAgenda, PROPERTY } from './insertAgenda';
import { meetingIdFromBlock } from '../../domain/meetingLink';
import { createInMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { loadSeed } from './testing/loadSeed';
import { withStoredDocuments } from './testing/seed2026';

const APP_URL = 'https://motebok.example.no';

async function setUp(file: MeetingFile, options: FakeMailboxOptions = {}) {
  const fake = mockOutlook({ mode: 'compose', bodyHtml: '<html><body><p>Vel møtt! Hilsen sekretariatet</p></body></html>', ...options });
  const host = await initializeOutlookHost({ office: fake.office, forcedColors: () => false });
  if (host.host !== 'outlook' || !(host.appointment instanceof ComposeAppointment)) throw new Error('expected compose');
  const repository = createInMemoryMeetingRepository({ committees: [file.committee], meetings: [file.meeting] });
  for (const item of file.meeting.items) for (const a of item.attachments) if (a.driveItemId) repository.addDocument(a.driveItemId, new TextEncoder().encode(`innhold ${a.title}`));
  const stored = await repository.getMeeting(file.meeting.id);
  if (!stored) throw new Error('seed not stored');
  const deps = { appointment: host.appointment, repository, canAttachFiles: host.requirements.itemIdAndAttachments, appUrl: APP_URL, now: () => new Date('2026-05-20T10:00:00Z') };
  return { fake, deps, repository, stored };
}

const caseNumbers = ['2026.01', '2026.02', '2026.03', '2026.04', '2026.05', '2026.06', '2026.07'];

describe('insertAgenda (Sett inn saksliste)', () => {
  it('writes the 2026 agenda into a marked block above the organiser’s own text, with every case number', async () => {
    const file = withStoredDocuments(loadSeed('pm-2026.json'));
    const { fake, deps, stored } = await setUp(file);
    await insertAgenda(deps, file.committee, stored);
    const body = fake.state.bodyHtml;
    const start = body.indexOf(AGENDA_MARKERS.start);
    const end = body.indexOf(AGENDA_MARKERS.end);
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    for (const n of caseNumbers) expect(body.slice(start, end)).toContain(n);
    expect(body.slice(end)).toContain('<p>Vel møtt! Hilsen sekretariatet</p>');
  });

  it('sets subject, place and the Oslo start and end, and invites the standing members when nobody is invited', async () => {
    const file = withStoredDocuments(loadSeed('pm-2026.json'));
    const { fake, deps, stored } = await setUp(file);
    await insertAgenda(deps, file.committee, stored);
    expect(fake.state.subject).toBe('Partnerskapsmøtet 11.06.2026');
    expect(fake.state.location).toBe('Våle samfunnshus');
    // 13:30–15:00 in Oslo in June is 11:30–13:00 UTC.
    expect([fake.state.start.toISOString(), fake.state.end.toISOString()]).toEqual(['2026-06-11T11:30:00.000Z', '2026-06-11T13:00:00.000Z']);
    const expected = file.committee.members.filter((m) => m.email).map((m) => m.email);
    expect(fake.state.requiredAttendees.map((a) => a.emailAddress)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(5);
  });

  it('starts the appointment at a befaring before the meeting, as the innkalling sent from the workspace does', async () => {
    const seed = withStoredDocuments(loadSeed('pm-2026.json'));
    const file = { ...seed, meeting: { ...seed.meeting, siteVisit: { start: '12:00', place: 'Leines skole' } } };
    const { fake, deps, stored } = await setUp(file);
    await insertAgenda(deps, file.committee, stored);
    // 12:00 in Oslo in June is 10:00 UTC; the meeting's end stays the end.
    expect([fake.state.start.toISOString(), fake.state.end.toISOString()]).toEqual(['2026-06-11T10:00:00.000Z', '2026-06-11T13:00:00.000Z']);
  });

  it('inserts the public view: the exempt sak by number, public title and hjemmel, and no exempt vedlegg as file or note', async () => {
    const file = withStoredDocuments(loadSeed('pm-2026-unntatt.json'));
    const { fake, deps, stored } = await setUp(file);
    const result = await insertAgenda(deps, file.committee, stored);
    const body = fake.state.bodyHtml;
    expect(body).toContain('2026.04');
    expect(body).toContain('Unntatt offentlighet, offl. § 13 jf. fvl. § 13 første ledd nr. 1');
    expect(body).not.toContain('Én vei inn');
    expect(body).not.toContain('Oversikt status handlingsplan');
    expect(body).not.toContain('ikke lastet opp');
    expect(fake.state.attachments.map((a) => a.name)).toEqual(['Vedlegg 1 - Sak 2026.02 Referat fra partnerskapsmøtet 05.06.25.pdf']);
    expect(result.attached).toEqual(['Vedlegg 1 - Sak 2026.02 Referat fra partnerskapsmøtet 05.06.25.pdf']);
  });

  it('leaves attendees the organiser already chose alone', async () => {
    const file = withStoredDocuments(loadSeed('pm-2026.json'));
    const { fake, deps, stored } = await setUp(file, { requiredAttendees: [{ displayName: 'Kari', emailAddress: 'kari@larvik.kommune.no' }] });
    await insertAgenda(deps, file.committee, stored);
    expect(fake.state.requiredAttendees).toEqual([{ displayName: 'Kari', emailAddress: 'kari@larvik.kommune.no' }]);
  });

  it('replaces only its block when pressed again, and does not attach the files twice', async () => {
    const file = withStoredDocuments(loadSeed('pm-2026.json'));
    const { fake, deps, repository } = await setUp(file);
    await insertAgenda(deps, file.committee, (await repository.getMeeting(file.meeting.id))!);
    const filesAfterFirst = fake.state.attachments.length;
    fake.state.bodyHtml = fake.state.bodyHtml.replace('</body>', '<p>Tillegg skrevet etterpå</p></body>');
    await insertAgenda(deps, file.committee, (await repository.getMeeting(file.meeting.id))!);
    const body = fake.state.bodyHtml;
    expect(body.split(AGENDA_MARKERS.start)).toHaveLength(2);
    expect(body).toContain('<p>Vel møtt! Hilsen sekretariatet</p>');
    expect(body).toContain('<p>Tillegg skrevet etterpå</p>');
    expect(fake.state.attachments).toHaveLength(filesAfterFirst);
    expect(filesAfterFirst).toBe(2);
  });

  it('attaches vedlegg within the limit and links one over the limit, saying so in the block', async () => {
    const seed = loadSeed('pm-2026.json');
    const big = seed.meeting.items.flatMap((i) => i.attachments)[1];
    if (!big) throw new Error('the 2026 seed has two vedlegg');
    const file = withStoredDocuments(seed, { [big.id]: ATTACHMENT_MAX_BYTES + 1 });
    const { fake, deps, stored } = await setUp(file);
    const result = await insertAgenda(deps, file.committee, stored);
    const [first, firstItem] = file.meeting.items.flatMap((item) => item.attachments.map((a) => [a, item] as const))[0] ?? [];
    if (!first || !firstItem) throw new Error('the 2026 seed has two vedlegg');
    // The same name the invite sent from the workspace gives the file: "Vedlegg 1 - Sak … .pdf".
    expect(fake.state.attachments.map((a) => a.name)).toEqual([attachmentFileName(first, firstItem)]);
    expect(result.notAttached.map((p) => p.reason)).toEqual(['attachmentTooLarge']);
    expect(fake.state.bodyHtml).toMatch(/Vedlegg 2 - Sak 2026\.03 [^<]* er større enn Outlook tillater som vedlegg \(25,0 MB\) og er lenket til SharePoint i stedet\./);
  });

  it('links the appointment and the meeting both ways: Graph event id on the meeting, meeting id and hash on the appointment', async () => {
    const file = withStoredDocuments(loadSeed('pm-2026.json'));
    const { fake, deps, stored, repository } = await setUp(file, { ewsItemId: 'AAMk/Ev+1' });
    const result = await insertAgenda(deps, file.committee, stored);
    expect(result.linked).toBe(true);
    expect((await repository.getMeeting(file.meeting.id))?.value.notice).toMatchObject({ eventId: 'AAMk-Ev_1', version: 1, transactionId: 'outlook-pm-2026-06-11' });
    expect(fake.state.customProperties).toEqual({
      [PROPERTY.meetingId]: 'pm-2026-06-11',
      [PROPERTY.committeeId]: 'partnerskapsmotet',
      [PROPERTY.agendaHash]: result.agendaHash,
    });
    expect(meetingIdFromBlock(fake.state.bodyHtml)).toBe('pm-2026-06-11');
  });

  it('without Mailbox 1.8 inserts the agenda with links, says why, and reports that it could not link', async () => {
    const file = withStoredDocuments(loadSeed('pm-2026.json'));
    const { fake, deps, stored } = await setUp(file, { mailboxVersion: '1.5' });
    const result = await insertAgenda(deps, file.committee, stored);
    expect(fake.state.attachments).toHaveLength(0);
    expect(result).toMatchObject({ linked: false, linkProblem: 'requirementMissing' });
    expect(fake.state.bodyHtml).toContain('denne Outlook-versjonen kan ikke legge ved filer');
    for (const n of caseNumbers) expect(fake.state.bodyHtml).toContain(n);
  });

  it('changes nothing when the agenda would make the body too large for Outlook', async () => {
    const file = withStoredDocuments(loadSeed('pm-2026.json'));
    const { fake, deps, stored, repository } = await setUp(file, { bodyHtml: `<p>${'x'.repeat(999_000)}</p>` });
    await expect(insertAgenda(deps, file.committee, stored)).rejects.toMatchObject({ code: 'bodyTooLarge' });
    expect(fake.state.subject).toBe('');
    expect(fake.state.attachments).toHaveLength(0);
    expect(repository.saved).toHaveLength(0);
  });

  it('fails with the offline message when Outlook is offline, leaving the appointment as it was', async () => {
    const file = withStoredDocuments(loadSeed('pm-2026.json'));
    const { fake, deps, stored } = await setUp(file, { offline: true });
    await expect(insertAgenda(deps, file.committee, stored)).rejects.toMatchObject({ code: 'offline' });
    expect(fake.state.bodyHtml).toContain('Vel møtt');
    expect(fake.state.bodyHtml).not.toContain(AGENDA_MARKERS.start);
  });

  it('escapes HTML typed into a title instead of letting it into the invite', async () => {
    const seed = loadSeed('pm-2026.json');
    const items = seed.meeting.items.map((item, index) => (index === 3 ? { ...item, title: '<img src=x onerror=alert(1)>Prosjekt' } : item));
    const file = withStoredDocuments({ ...seed, meeting: { ...seed.meeting, items } });
    const { fake, deps, stored } = await setUp(file);
    await insertAgenda(deps, file.committee, stored);
    expect(fake.state.bodyHtml).not.toContain('<img src=x');
    expect(fake.state.bodyHtml).toContain('&lt;img src=x onerror=alert(1)&gt;Prosjekt');
  });
});

describe('agendaState (Oppdater saksliste)', () => {
  it('is up to date right after inserting and out of date once an item changes in Møtebok', async () => {
    const file = withStoredDocuments(loadSeed('pm-2026.json'));
    const { deps, stored, fake } = await setUp(file);
    const result = await insertAgenda(deps, file.committee, stored);
    const hash = fake.state.customProperties[PROPERTY.agendaHash];
    expect(await agendaState(hash, result.meeting.value)).toBe('upToDate');
    const changed = { ...result.meeting.value, items: result.meeting.value.items.map((i, n) => (n === 2 ? { ...i, title: `${i.title} (revidert)` } : i)) };
    expect(await agendaState(hash, changed)).toBe('outOfDate');
    expect(await agendaState(undefined, changed)).toBe('notInserted');
  });

  it('is out of date once a befaring is added or moved: the invite prints it and starts at it', async () => {
    const file = withStoredDocuments(loadSeed('pm-2026.json'));
    const { deps, stored, fake } = await setUp(file);
    const result = await insertAgenda(deps, file.committee, stored);
    const hash = fake.state.customProperties[PROPERTY.agendaHash];
    expect(await agendaState(hash, { ...result.meeting.value, siteVisit: { start: '12:00', place: 'Leines skole' } })).toBe('outOfDate');
  });

  it('the update lists what changed since the agenda was inserted', async () => {
    const file = withStoredDocuments(loadSeed('pm-2026.json'));
    const { deps, stored, fake, repository } = await setUp(file);
    const first = await insertAgenda(deps, file.committee, stored);
    const changed = { ...first.meeting.value, items: first.meeting.value.items.map((i, n) => (n === 2 ? { ...i, title: 'Handlingsplan (revidert)' } : i)) };
    const saved = await repository.saveMeeting(changed, first.meeting.version);
    await insertAgenda(deps, file.committee, saved);
    expect(fake.state.bodyHtml).toContain('Handlingsplan (revidert)');
    expect(fake.state.bodyHtml.match(/<li>[^<]*2026\.03[^<]*<\/li>/)).not.toBeNull();
  });
});

describe('insertAgenda again (Oppdater saksliste): the vedlegg as they are now', () => {
  it('removes the file of a vedlegg taken off the agenda, replaces a changed one, adds a new one, and keeps the organiser’s own file', async () => {
    const file = withStoredDocuments(loadSeed('pm-2026.json'));
    const { fake, deps, stored, repository } = await setUp(file, { attachments: [{ id: 'own-1', name: 'Kart til Våle samfunnshus.pdf', size: 10, attachmentType: 'file', isInline: false }] });
    const first = await insertAgenda(deps, file.committee, stored);
    const vedlegg = first.meeting.value.items.flatMap((item) => item.attachments.map((attachment) => ({ attachment, item })));
    const [removed, replaced] = vedlegg;
    if (!removed || !replaced) throw new Error('the 2026 seed has two vedlegg');
    const removedName = attachmentFileName(removed.attachment, removed.item);
    const replacedName = attachmentFileName(replaced.attachment, replaced.item);
    expect(fake.state.attachments.map((a) => a.name).sort()).toEqual(['Kart til Våle samfunnshus.pdf', removedName, replacedName].sort());
    const oldContent = fake.state.attachments.find((a) => a.name === replacedName)?.base64;

    // In Møtebok: the first vedlegg is removed, the second gets a new file, a third is added.
    repository.addDocument('drive-new-file', new TextEncoder().encode('ny versjon'));
    repository.addDocument('drive-added', new TextEncoder().encode('helt nytt'));
    const added = { id: 'added', number: 9, title: 'Nytt notat', fileName: 'Nytt notat.pdf', driveItemId: 'drive-added', size: 9 };
    const changed = {
      ...first.meeting.value,
      items: first.meeting.value.items.map((item) => ({
        ...item,
        attachments: [
          ...item.attachments.filter((a) => a.id !== removed.attachment.id).map((a) => (a.id === replaced.attachment.id ? { ...a, driveItemId: 'drive-new-file', eTag: '"ny"' } : a)),
          ...(item.id === replaced.item.id ? [added] : []),
        ],
      })),
    };
    const saved = await repository.saveMeeting(changed, first.meeting.version);
    await insertAgenda(deps, file.committee, saved);

    const addedName = attachmentFileName(added, replaced.item);
    expect(fake.state.attachments.map((a) => a.name).sort()).toEqual(['Kart til Våle samfunnshus.pdf', replacedName, addedName].sort());
    const newContent = fake.state.attachments.find((a) => a.name === replacedName)?.base64;
    expect(newContent).not.toBe(oldContent);
    expect(atob(newContent ?? '')).toBe('ny versjon');
  });
});

describe('meetingIdFromBlock', () => {
  it('finds the meeting behind a Safe Links-wrapped link in a received invite', () => {
    const wrapped = `<a href="https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent('https://m.example/workspace.html?committee=pm&meeting=pm-2026-06-11')}&amp;data=x">Åpne</a>`;
    expect(meetingIdFromBlock(wrapped)).toBe('pm-2026-06-11');
    expect(meetingIdFromBlock('<p>ingen lenke</p>')).toBeUndefined();
  });
});
