import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../domain/errors';
import { INLINE_ATTACHMENT_MAX_BYTES } from '../domain/limits';
import { CommitteeSchema, type Committee, type DocumentRef, type Meeting } from '../domain/model';
import { referatFolderPath } from '../domain/attachments';
import { aMeeting, anItem } from '../domain/testing/builders';
import { sendMailBody, type OutgoingMail } from './mailGateway';
import { createMinutesService, minutesRecipients, type MinutesServiceDeps } from './minutesService';
import { docxParagraphs } from '../documents/testing/docxText';

const committee: Committee = v.parse(CommitteeSchema, {
  id: 'partnerskapsmotet',
  name: 'Partnerskapsmøtet <Vestfold> & co',
  shortName: 'PM',
  languageForm: 'nb',
  caseNumberFormat: '{YYYY}.{NN}',
  members: [
    { name: 'Per Christian Voss', email: 'Per.Christian.Voss@siv.example' },
    { name: 'Uten Epost' },
    { name: 'Kristin Liset', email: 'kristin.liset@horten.kommune.example.no' },
  ],
});

const testMeeting = () => aMeeting({ chair: { name: 'Per Christian Voss', email: 'per.christian.voss@siv.example' } });

/** The meeting folder as a map of file name → bytes: all the service needs of the repository. */
function memoryLibrary(): MinutesServiceDeps['repository'] {
  const files = new Map<string, Uint8Array>();
  return {
    async uploadDocument(_committee, _meeting, fileName, content) {
      files.set(fileName, content instanceof Uint8Array ? content : new Uint8Array(await content.arrayBuffer()));
      return { fileName, driveItemId: `id-${fileName}` };
    },
    async downloadDocument(ref) {
      const bytes = files.get(ref.fileName);
      if (!bytes) throw new Error(`${ref.fileName} finnes ikke`);
      return bytes;
    },
  };
}

function world(referatBytes: Uint8Array = new Uint8Array([80, 75, 3, 4])) {
  const mails: OutgoingMail[] = [];
  const repository = memoryLibrary();
  const service = createMinutesService({
    repository,
    mail: () => ({ send: async (mail) => void mails.push(mail) }),
    renderReferatDocx: async () => referatBytes,
  });
  const held: Meeting = { ...testMeeting(), status: 'held' };
  return { mails, repository, service, held };
}

describe('minutes service', () => {
  it('sends to every member and the chair with an address once (case does not matter), and names those without', () => {
    const { to, withoutAddress } = minutesRecipients(committee, testMeeting());
    // The chair of testMeeting is Per Christian Voss, already a member with the same address in other case.
    expect(to.map((p) => p.name)).toEqual(['Per Christian Voss', 'Kristin Liset']);
    expect(withoutAddress.map((p) => p.name)).toEqual(['Uten Epost']);
  });

  it('stores a full protokoll that says the lukket møte and the exemption of a sak with their hjemler', async () => {
    const rendered: Meeting[] = [];
    const service = createMinutesService({
      repository: memoryLibrary(),
      mail: () => ({ send: async () => undefined }),
      renderReferatDocx: async (file) => (rendered.push(file.meeting), new Uint8Array([1])),
      storeClosed: async (_file, fileName) => ({ fileName }),
    });
    const sak = anItem('t', { title: 'Tilsetting av rektor', confidentiality: { exempt: { basis: 'offl. § 25 første ledd' }, closedMeeting: { basis: 'koml. § 11-5' } } });
    await service.store(committee, { ...testMeeting(), status: 'held', items: [sak] });
    const proceedings = rendered[0]?.items[0]?.proceedings.flatMap((block) => ('content' in block ? block.content.map((run) => run.text) : []));
    expect(proceedings).toEqual(['Behandlet i lukket møte, koml. § 11-5', 'Unntatt offentlighet, offl. § 25 første ledd']);
    expect(rendered[0]?.items[0]?.title).toBe('Tilsetting av rektor');
  });

  it('stores a written treatment\'s protokoll as made at `now`: «Foreløpig resultat» before the Svarfrist while a member has not answered', async () => {
    const repository = memoryLibrary();
    const service = createMinutesService({ repository, mail: () => ({ send: async () => undefined }) });
    const sak = anItem('s1', { title: 'Kjøp av tomt', proposedConclusion: ['Styret godkjenner kjøpet.'] });
    // Svarfrist 12 March 2026 at 12.00 in Oslo (11.00 UTC); one member of three has answered.
    const written: Meeting = { ...testMeeting(), date: '2026-03-12', start: '12:00', end: undefined, place: '', items: [sak], written: { answers: [{ itemId: 's1', member: 'per.christian.voss@siv.example', answer: 'agree' }] } };
    const lines = async (now: Date) => docxParagraphs(await repository.downloadDocument((await service.store(committee, written, { now })).minutes));
    expect(await lines(new Date('2026-03-12T10:00:00Z'))).toContain('Foreløpig resultat:');
    const after = await lines(new Date('2026-03-12T11:00:00Z'));
    expect(after).toContain('Resultat:');
    expect(after).not.toContain('Foreløpig resultat:');
  });

  it('stores the referat, then mails it attached and linked, with user text escaped', async () => {
    const { mails, service, held } = world();
    const stored = await service.store(committee, held);
    const minutes: DocumentRef = { ...stored.minutes, webUrl: 'https://contoso.sharepoint.com/referat.docx' };
    const sentTo = await service.send(committee, { ...held, minutes }, stored.bytes);
    expect(sentTo.map((p) => p.email)).toEqual(['Per.Christian.Voss@siv.example', 'kristin.liset@horten.kommune.example.no']);
    const mail = mails[0];
    expect(mail?.subject).toBe('Referat fra Partnerskapsmøtet <Vestfold> & co 11.06.26 – til kommentar');
    expect(mail?.html).toContain('Partnerskapsmøtet &lt;Vestfold&gt; &amp; co');
    expect(mail?.html).not.toContain('<Vestfold>');
    expect(mail?.html).toContain('Referatet er lagt ved og ligger i møtemappen: <a href="https://contoso.sharepoint.com/referat.docx">');
    expect(mail?.attachments?.map((a) => a.name)).toEqual([stored.minutes.fileName]);
    const body = await sendMailBody(mail ?? { subject: '', html: '', to: [] });
    expect(body.saveToSentItems).toBe(true);
    expect(body.message.attachments?.[0]).toMatchObject({ '@odata.type': '#microsoft.graph.fileAttachment', contentBytes: 'UEsDBA==' });
    expect(body.message.toRecipients?.map((r) => r.emailAddress?.address)).toEqual(['Per.Christian.Voss@siv.example', 'kristin.liset@horten.kommune.example.no']);
  });

  it('sends each recipient only what they may see: the full referat to members, a referat of their own view without the link to others', async () => {
    const mails: OutgoingMail[] = [];
    // The fake renderer writes the meeting it was given, so the test reads what each referat holds.
    const repository = memoryLibrary();
    const service = createMinutesService({
      repository,
      mail: () => ({ send: async (mail) => void mails.push(mail) }),
      renderReferatDocx: async (file) => new TextEncoder().encode(JSON.stringify(file.meeting)),
      storeClosed: (file, fileName, bytes) => repository.uploadDocument(file.committee, file.meeting, fileName, bytes),
    });
    const withGuest: Committee = { ...committee, confidentiality: { roles: [{ email: 'kristin.liset@horten.kommune.example.no', role: 'guest' }] } };
    const secret = anItem('p', { title: 'Oppsigelse Hansen', conclusion: ['Hansen sies opp.'], confidentiality: { exempt: { basis: 'offl. § 13', publicTitle: 'Personalsak' } } });
    const held: Meeting = { ...testMeeting(), status: 'held', items: [secret] };
    const stored = await service.store(withGuest, held);
    await service.send(withGuest, { ...held, minutes: { ...stored.minutes, webUrl: 'https://contoso.sharepoint.com/referat.docx' } }, stored.bytes);
    expect(mails.map((mail) => mail.to.map((r) => r.address))).toEqual([['Per.Christian.Voss@siv.example'], ['kristin.liset@horten.kommune.example.no']]);
    const referat = (mail: OutgoingMail | undefined) => new TextDecoder().decode(mail?.attachments?.[0]?.bytes);
    expect(referat(mails[0])).toContain('Hansen sies opp.');
    expect(referat(mails[1])).not.toContain('Hansen');
    expect(referat(mails[1])).toContain('Personalsak');
    expect(mails[1]?.html).not.toContain('contoso.sharepoint.com');
  });

  it('says where the referat of a meeting with exempt content lies (its closed folder, in the committee’s words), and gives those who may not open it no link, saying why', async () => {
    const mails: OutgoingMail[] = [];
    const repository = memoryLibrary();
    const protokoll = v.parse(CommitteeSchema, { ...committee, conventions: { minutes: 'protokoll' }, confidentiality: { roles: [{ email: 'kristin.liset@horten.kommune.example.no', role: 'guest' }] } });
    const service = createMinutesService({
      repository,
      mail: () => ({ send: async (mail) => void mails.push(mail) }),
      renderReferatDocx: async () => new Uint8Array([1]),
      storeClosed: (file, fileName, bytes) => repository.uploadDocument(file.committee, file.meeting, fileName, bytes),
    });
    const secret = anItem('p', { title: 'Oppsigelse Hansen', confidentiality: { exempt: { basis: 'offl. § 13', publicTitle: 'Personalsak' } } });
    const held: Meeting = { ...testMeeting(), status: 'held', items: [secret] };
    const stored = await service.store(protokoll, held);
    const webUrl = `https://contoso.sharepoint.com/sites/pm/Shared%20Documents/${encodeURI(referatFolderPath(protokoll, held))}/${encodeURIComponent(stored.minutes.fileName)}`;
    await service.send(protokoll, { ...held, minutes: { ...stored.minutes, webUrl } }, stored.bytes);
    expect(mails[0]?.html).toContain('Protokollen er lagt ved og ligger i møtemappen, i den lukkede mappen «Unntatt offentlighet/Protokoll», som bare de med tilgang til alle sakene unntatt offentlighet kan åpne: <a href="https://contoso.sharepoint.com/sites/pm/Shared%20Documents/');
    expect(mails[1]?.html).toContain('Protokollen er lagt ved, uten det du ikke har tilgang til av sakene unntatt offentlighet. Den fullstendige utgaven i møtemappen er lukket for deg, og denne e-posten lenker derfor ikke dit.');
    expect(mails[1]?.html).not.toContain('<a ');
    expect(mails[1]?.html).not.toContain('ligger i møtemappen');
  });

  it('stores the referat of a meeting with exempt content in the closed place only, never in the meeting folder (refused without one)', async () => {
    const secret = anItem('p', { title: 'Oppsigelse Hansen', confidentiality: { exempt: { basis: 'offl. § 13', publicTitle: 'Personalsak' } } });
    const held: Meeting = { ...testMeeting(), status: 'held', items: [secret] };
    const meetingFolder: string[] = [];
    const repository: MinutesServiceDeps['repository'] = { ...memoryLibrary(), uploadDocument: async (_c, _m, fileName) => (meetingFolder.push(fileName), { fileName }) };
    const closed: string[] = [];
    const render = async () => new Uint8Array([1]);
    const withClosed = createMinutesService({ repository, mail: () => ({ send: async () => undefined }), renderReferatDocx: render, storeClosed: async (_file, fileName) => (closed.push(fileName), { fileName, webUrl: 'https://contoso.sharepoint.com/lukket/r.docx' }) });
    expect((await withClosed.store(committee, held)).minutes.webUrl).toBe('https://contoso.sharepoint.com/lukket/r.docx');
    const without = createMinutesService({ repository, mail: () => ({ send: async () => undefined }), renderReferatDocx: render });
    await expect(without.store(committee, held)).rejects.toThrow('Ingen lukket mappe');
    expect(closed).toHaveLength(1);
    expect(meetingFolder).toEqual([]);
  });

  it('downloads the stored referat when it was not made in this session', async () => {
    const { mails, service, held } = world();
    const stored = await service.store(committee, held);
    await service.send(committee, { ...held, minutes: stored.minutes });
    expect(mails[0]?.attachments?.[0]?.bytes).toEqual(stored.bytes);
  });

  it('links a referat larger than the inline attachment limit instead of attaching it', async () => {
    const { mails, service, held } = world(new Uint8Array(INLINE_ATTACHMENT_MAX_BYTES + 1));
    const stored = await service.store(committee, held);
    await service.send(committee, { ...held, minutes: { ...stored.minutes, webUrl: 'https://contoso.sharepoint.com/r.docx' } }, stored.bytes);
    expect(mails[0]?.attachments).toBeUndefined();
    expect(mails[0]?.html).toContain('Referatet ligger i møtemappen: <a href="https://contoso.sharepoint.com/r.docx">');
  });

  it('writes the mail in the committee’s nynorsk', async () => {
    const { mails, service, held } = world();
    const nynorsk: Committee = { ...committee, name: 'Partnerskapsmøtet', languageForm: 'nn' };
    const stored = await service.store(nynorsk, held);
    await service.send(nynorsk, { ...held, minutes: stored.minutes }, stored.bytes);
    expect(mails[0]?.subject).toBe('Referat frå Partnerskapsmøtet 11.06.26 – til kommentar');
    expect(mails[0]?.html).toContain('<div lang="nn-NO">');
  });

  it('refuses to send before the referat is stored, or when nobody has an address, and sends nothing', async () => {
    const { mails, service, held } = world();
    await expect(service.send(committee, held)).rejects.toSatisfy(isDomainError);
    const nobody: Committee = { ...committee, members: [{ name: 'Uten Epost' }] };
    const stored = await service.store(nobody, held);
    const { chair: _chair, ...withoutChair } = held;
    await expect(service.send(nobody, { ...withoutChair, minutes: stored.minutes })).rejects.toThrow('noMemberAddress');
    expect(mails).toEqual([]);
  });
});
