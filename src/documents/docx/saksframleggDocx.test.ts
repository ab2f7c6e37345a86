import { describe, expect, it } from 'vitest';
import { defaultConventions } from '../../domain/conventions';
import { docxPart, docxParagraphs, positionsInOrder } from '../testing/docxText';
import { inNynorsk, loadSeedMeeting } from '../testing/fixtures';
import { renderSaksframleggDocx, UnknownItemError } from './saksframleggDocx';

describe('renderSaksframleggDocx', () => {
  it('renders the 2025.03 memo with its header row, background, grant table and numbered proposal, in order', async () => {
    const bytes = await renderSaksframleggDocx(loadSeedMeeting('pm-2025.json'), '2025.03');
    const paragraphs = await docxParagraphs(bytes);
    const missing = positionsInOrder(paragraphs, [
      'Saksnr.:', 'Møteorgan:', 'Type sak', 'Saksbehandler', '2025.03', 'Partnerskapsmøtet', 'Orientering', 'Renate Solstad',
      'Rekruttering- og samhandlingstilskudd', 'Bakgrunn:', 'Regjeringen innførte i 2024 et rekrutterings- og samhandlingstilskudd',
      'Tiltak som understøtter og bidrar til bedre samhandling', 'Tiltak som rettes mot de prioriterte pasientgruppene med sammensatte behov:', 'barn og unge',
      'personer med flere kroniske lidelser', 'Tjenester innenfor:', 'rehabilitering', 'Tiltak som reduserer antall utskrivningsklare pasienter',
      'Tildelt beløp', '2024', '7 000 030', '2025', '6 960 000',
      'Fordelt på tiltak pr. mai 2025', '2024', '2025', '2026', '2027',
      'Eldrehelsekoordinatorer kommuner', '2 100', '2 100',
      'Prosjektlederstilling behandlingsavklaring', '750', '1 500', '750',
      'Digital møterekke for fastleger', '280', '420', '700*',
      'Gjenstående beløp er kr. 1 160 030', 'Forslag til vedtak:', 'Fremlegg i møtet tas til orientering.', 'Ikke tildelte midler benyttes',
    ]).filter((p) => !p.found).map((p) => p.needle);
    expect(missing).toEqual([]);
    const document = await docxPart(bytes, 'word/document.xml');
    // Header row of the memo + header rows of the two grant tables.
    expect(document.match(/<w:tblHeader\/>/g)?.length).toBe(3);
    expect(document.match(/<w:tbl>/g)?.length).toBe(3);
  });

  it('gives the meeting\'s date beside the møteorgan when the committee\'s saksframlegg do (memoMeetingDate), in both målformer; the seeds\' header has none', async () => {
    const seed = loadSeedMeeting('pm-2025.json');
    const conventions = { ...(seed.committee.conventions ?? defaultConventions()), memoMeetingDate: true };
    const dated = { ...seed, committee: { ...seed.committee, conventions } };
    const header = async (file: typeof seed) => (await docxParagraphs(await renderSaksframleggDocx(file, '2025.03'))).slice(0, 10);
    expect(await header(dated)).toEqual(['Saksnr.:', 'Møteorgan:', 'Møtedato:', 'Type sak', 'Saksbehandler', '2025.03', 'Partnerskapsmøtet', '05.06.2025', 'Orientering', 'Renate Solstad']);
    expect((await header(inNynorsk(dated))).slice(0, 3)).toEqual(['Saksnr.:', 'Møteorgan:', 'Møtedato:']);
    expect(await header(seed)).not.toContain('Møtedato:');
  });

  it('moves the meeting\'s date to a saksgang row of this meeting when the committee\'s longest word would have to break beside it; a short word keeps the date in the row', async () => {
    const seed = loadSeedMeeting('pm-2025.json');
    const labelled = (committeeLabel: string) => {
      const conventions = { ...(seed.committee.conventions ?? defaultConventions()), memoMeetingDate: true, noticeCommittee: true, committeeLabel };
      return { ...seed, committee: { ...seed.committee, conventions } };
    };
    const paragraphs = async (file: typeof seed) => docxParagraphs(await renderSaksframleggDocx(file, '2025.03'));
    const longest = await paragraphs(labelled('KONTROLLUTVALGET'));
    expect(longest.slice(0, 8)).toEqual(['Saksnr.:', 'KONTROLLUTVALGET:', 'Type sak', 'Saksbehandler', '2025.03', 'Partnerskapsmøtet', 'Orientering', 'Renate Solstad']);
    // The saksgang's table under the header, before the title: this meeting's row with its date.
    const order = positionsInOrder(longest, ['Saksbehandler', 'Saksnr.', 'Utvalg', 'Møtedato', '2025.03', 'Partnerskapsmøtet', '05.06.2025', 'Rekruttering- og samhandlingstilskudd']);
    expect(order.filter((p) => !p.found).map((p) => p.needle)).toEqual([]);
    const short = await paragraphs(labelled('Organ'));
    expect(short.slice(0, 10)).toEqual(['Saksnr.:', 'Organ:', 'Møtedato:', 'Type sak', 'Saksbehandler', '2025.03', 'Partnerskapsmøtet', '05.06.2025', 'Orientering', 'Renate Solstad']);
    expect(short).not.toContain('Utvalg');
  });

  it('heads the møteorgan\'s column with the word the committee\'s innkalling and protokoll use (noticeCommittee): «Utvalg:», nynorsk «Utval:», its own «Organ:» (a typed colon not doubled); «Møteorgan:» without it', async () => {
    const seed = loadSeedMeeting('pm-2025.json');
    const withRow = (committeeLabel?: string) => {
      const own = committeeLabel === undefined ? {} : { committeeLabel };
      const conventions = { ...(seed.committee.conventions ?? defaultConventions()), noticeCommittee: true, ...own };
      return { ...seed, committee: { ...seed.committee, conventions } };
    };
    const header = async (file: typeof seed) => (await docxParagraphs(await renderSaksframleggDocx(file, '2025.03'))).slice(0, 6);
    expect(await header(withRow())).toEqual(['Saksnr.:', 'Utvalg:', 'Type sak', 'Saksbehandler', '2025.03', 'Partnerskapsmøtet']);
    expect((await header(inNynorsk(withRow()))).slice(0, 2)).toEqual(['Saksnr.:', 'Utval:']);
    expect((await header(withRow('Organ:'))).slice(0, 2)).toEqual(['Saksnr.:', 'Organ:']);
    expect((await header(inNynorsk(withRow('Organ')))).slice(0, 2)).toEqual(['Saksnr.:', 'Organ:']);
    // A word kept with the box unticked prints nowhere, as in the innkalling and the protokoll.
    const unticked = { ...seed, committee: { ...seed.committee, conventions: { ...defaultConventions(), committeeLabel: 'Organ' } } };
    expect((await header(unticked)).slice(0, 2)).toEqual(['Saksnr.:', 'Møteorgan:']);
  });

  it('lists the other vedlegg of the item, linked, but not the memo itself', async () => {
    const bytes = await renderSaksframleggDocx(loadSeedMeeting('pm-2025.json'), '2025.08');
    const paragraphs = await docxParagraphs(bytes);
    expect(paragraphs).toContain('Vedlegg:');
    expect(paragraphs).toContain('Vedlegg 8 - Sak 2025.08 Utviklingsplan - Sykehuset i Vestfold HF');
    expect(paragraphs.some((p) => p.includes('Saksframlegg Utviklingsplan for SiV'))).toBe(false);
    expect(await docxPart(bytes, 'word/_rels/document.xml.rels')).toContain('https://www.siv.no/om-oss/utviklingsplan/');
  });

  it('links back to the saksliste only when the innkalling has a web address', async () => {
    const file = loadSeedMeeting('pm-2025.json');
    expect(await docxParagraphs(await renderSaksframleggDocx(file, '2025.04'))).not.toContain('Tilbake til sakslisten');
    const filed = { ...file, meeting: { ...file.meeting, innkalling: { fileName: 'Innkalling Partnerskapsmøtet 05.06.25.docx', webUrl: 'https://contoso.sharepoint.com/sites/pm/Innkalling.docx' } } };
    expect(await docxParagraphs(await renderSaksframleggDocx(filed, '2025.04'))).toContain('Tilbake til sakslisten');
    expect(await docxParagraphs(await renderSaksframleggDocx(inNynorsk(filed), '2025.04'))).toEqual(expect.arrayContaining(['Sakshandsamar', 'Tilbake til saklista']));
  });

  it('links back to the list by the committee\'s word for it: «Tilbake til sakskartet», «Tilbake til dagsordenen»', async () => {
    const file = loadSeedMeeting('pm-2025.json');
    const filed = { ...file, meeting: { ...file.meeting, innkalling: { fileName: 'Innkalling.docx', webUrl: 'https://contoso.sharepoint.com/sites/pm/Innkalling.docx' } } };
    const heading = (agendaHeading: 'sakskart' | 'dagsorden') => ({ ...filed, committee: { ...filed.committee, conventions: { ...defaultConventions(), agendaHeading } } });
    expect(await docxParagraphs(await renderSaksframleggDocx(heading('sakskart'), '2025.04'))).toContain('Tilbake til sakskartet');
    expect(await docxParagraphs(await renderSaksframleggDocx(inNynorsk(heading('dagsorden')), '2025.04'))).toContain('Tilbake til dagsordenen');
  });

  it('finds an item by id as well as by case number, and names the known numbers when it cannot', async () => {
    const file = loadSeedMeeting('pm-2025.json');
    expect(await docxParagraphs(await renderSaksframleggDocx(file, '2025-05'))).toContain('Handlingsplan for Helsefellesskapet 2026');
    await expect(renderSaksframleggDocx(file, '2025.99')).rejects.toThrow(UnknownItemError);
    await expect(renderSaksframleggDocx(file, '2025.99')).rejects.toThrow(/Fant ingen sak «2025.99».*2025.01, 2025.02/);
  });

  it('heads a sak with a saksgang with its table «Saksnr. / Utvalg / Møtedato», this meeting first, in both målformer; none without one', async () => {
    const seed = loadSeedMeeting('pm-2025.json');
    const routed = {
      ...seed,
      meeting: { ...seed.meeting, items: seed.meeting.items.map((item) => (item.id === '2025-03' ? { ...item, caseRoute: [{ body: 'Kommunestyret & co', date: '2025-06-19', caseNumber: 'PS 40/25' }] } : item)) },
    };
    const nb = await docxParagraphs(await renderSaksframleggDocx(routed, '2025.03'));
    const order = positionsInOrder(nb, ['Saksnr.:', 'Saksnr.', 'Utvalg', 'Møtedato', '2025.03', 'Partnerskapsmøtet', '05.06.2025', 'PS 40/25', 'Kommunestyret & co', '19.06.2025', 'Rekruttering- og samhandlingstilskudd']);
    expect(order.filter((p) => !p.found).map((p) => p.needle)).toEqual([]);
    expect(await docxPart(await renderSaksframleggDocx(routed, '2025.03'), 'word/document.xml')).toContain('Kommunestyret &amp; co');
    const nn = await docxParagraphs(await renderSaksframleggDocx(inNynorsk(routed), '2025.03'));
    expect(positionsInOrder(nn, ['Saksnr.', 'Utval', 'Møtedato', 'Kommunestyret & co']).every((p) => p.found)).toBe(true);
    expect(await docxParagraphs(await renderSaksframleggDocx(seed, '2025.03'))).not.toContain('Møtedato');
  });
});
