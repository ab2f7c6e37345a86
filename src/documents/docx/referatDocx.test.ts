import { describe, expect, it } from 'vitest';
import { defaultConventions, wordingOf } from '../../domain/conventions';
import type { MeetingFile } from '../../domain/model';
import { plainTextOf } from '../../domain/richText';
import { docxPart, docxParagraphs, docxTableGrid, docxTableRows, positionsInOrder } from '../testing/docxText';
import { inNynorsk, loadSeedMeeting, withPresetKinds } from '../testing/fixtures';
import { CELL_MARGINS, textWidth } from './measure';
import { CONTENT_WIDTH } from './page';
import { renderReferatDocx } from './referatDocx';
import { recordTitle, referatFileName } from '../../domain/attachments';
import { renderMinutesMail } from '../html/minutesMailHtml';
import { publicVersion } from '../../domain/confidentiality';
import { committeePreset } from '../../domain/committeePresets';
import { formatCaseNumber } from '../../domain/caseNumbering';

// The 2024 minutes as bound into the 2025 seed (000_…txt), in order.
const SEED_2024_MINUTES_IN_ORDER = [
  'Referat Partnerskapsmøtet 30.05.24',
  'Saksnr.', 'Møtebehandling og konklusjon',
  '2024.1', 'Beslutning', 'Godkjenning av innkalling og dagsorden', 'Ingen kommentarer til innkalling eller saksliste.', 'Konklusjon:', 'Innkalling og dagsorden godkjennes',
  '2024.2', 'Beslutning', 'Referat fra Partnerskapsmøte 16.06.2023', 'Det ble ikke fremmet kommentarer til referatet fra parnerksapsmøtet.', 'Konklusjon:', 'Referatet godkjennes.',
  '2024.3', 'Orientering', 'Dialog', 'Vitality – integrerte helsetjenester, skrøpelige eldre',
  'Prosjektleder Marte Sofie Wang-Hansen innledet sin orientering med en film',
  'I dag er arbeidsformen med tverrfaglig integrert helsetjenesteteam etablert i kommunene Larvik, Sandefjord, Holmestrand, Færder og Horten.',
  'Avslutningsvis ble det gitt honnør til prosjektleder for godt arbeid.', 'Konklusjon:', 'Partnerskapsmøtet tar informasjonen til orientering',
  '2024.4', 'Orientering', 'Dialog', 'Beslutning', 'Handlingsplan for Helsefelleskapet i Vestfold 2025', 'Rannveig Velken gav en kort orientering om:',
  'Status for handlingsplan 2024.', 'Utkast til handlingsplan for 2025.', 'Planlagt strategi for helsefellesskapet.',
  'Erik Nordberg presenterte innspill fra SiV til handlingsplanen 2025.', 'Videre arbeid med handlingsplan 2025 bygger på nasjonale føringer',
  'Innspill fra påfølgende dialog:', 'Det er stolthet knyttet til aktivitetene i Helsefellesskapet.', 'Konklusjon:',
  'Partnerskapet godkjenner at utkast til «Handlingsplan for Helsefellesskapet i Vestfold 2025» legges til grunn',
  'Strategisk samarbeidsutvalg (SSU) gis myndighet til å konkretisere og endelig vedta',
  'Strategisk samarbeidsutvalg (SSU) gis myndighet til foreløpig å vedta «Strategi for Helsefellesskapet i Vestfold», med muligheter for revisjon i Partnerskapsmøte 2025.',
];

function withAttendance(file: MeetingFile): MeetingFile {
  const person = (name: string, organisation: string) => ({ name, organisation });
  return {
    ...file,
    meeting: {
      ...file.meeting,
      chair: person('Per Christian Voss', 'Tønsberg kommune'),
      minuteTaker: person('Hilde Kari Maugesten', 'Sykehuset i Vestfold'),
      attendance: [
        { person: person('Guro Winsvold', 'Færder kommune'), status: 'present' },
        { person: person('Erik Nordberg', 'Sykehuset i Vestfold'), status: 'present', arrivedDuringItem: '2024-2', leftDuringItem: '2024-4' },
        { person: person('Ola Vara', 'Larvik kommune'), status: 'substitute', substituteFor: 'Kari Fast' },
        { person: person('Kari Fast', 'Larvik kommune'), status: 'absent' },
      ],
    },
  };
}

describe('renderReferatDocx', () => {
  it('contains every kind, title, proceedings paragraph and conclusion of the 2024 minutes, in order', async () => {
    const paragraphs = await docxParagraphs(await renderReferatDocx(loadSeedMeeting('pm-2024.json')));
    const missing = positionsInOrder(paragraphs, SEED_2024_MINUTES_IN_ORDER).filter((p) => !p.found).map((p) => p.needle);
    expect(missing).toEqual([]);
  });

  it('prints every proceedings paragraph of the fixture whole', async () => {
    const file = loadSeedMeeting('pm-2024.json');
    const paragraphs = await docxParagraphs(await renderReferatDocx(file));
    const expected = file.meeting.items.flatMap((item) => plainTextOf(item.proceedings).split('\n').map((line) => line.replace(/^• /, '')));
    expect(expected.length).toBeGreaterThan(10);
    expect(expected.filter((line) => !paragraphs.includes(line))).toEqual([]);
  });

  it('lists who was present (with late arrival and early leave), substitutes as "X for Y", and who sent forfall', async () => {
    const paragraphs = await docxParagraphs(await renderReferatDocx(withAttendance(loadSeedMeeting('pm-2024.json'))));
    const missing = positionsInOrder(paragraphs, [
      'Møteleder', 'Per Christian Voss', 'Referent', 'Hilde Kari Maugesten',
      'Til stede', 'Guro Winsvold (Færder kommune)', 'Erik Nordberg (Sykehuset i Vestfold, kom under sak 2024.2, gikk under sak 2024.4)', 'Ola Vara (Larvik kommune) for Kari Fast',
      'Forfall', 'Kari Fast (Larvik kommune)',
    ]).filter((p) => !p.found);
    expect(missing).toEqual([]);
  });

  it('says after each name how the person took part from elsewhere, in the committee\'s målform (fjernmøte, kommuneloven § 11-7)', async () => {
    const file = withAttendance(loadSeedMeeting('pm-2024.json'));
    const remote: MeetingFile = {
      ...file,
      meeting: {
        ...file.meeting,
        attendance: file.meeting.attendance.map((entry) =>
          entry.person.name === 'Guro Winsvold' ? { ...entry, remote: 'phone' as const } : entry.person.name === 'Ola Vara' ? { ...entry, remote: 'video' as const } : entry,
        ),
      },
    };
    const nb = await docxParagraphs(await renderReferatDocx(remote));
    expect(nb).toEqual(expect.arrayContaining(['Guro Winsvold (Færder kommune, deltok per telefon)', 'Ola Vara (Larvik kommune) for Kari Fast (deltok digitalt)']));
    const nn = await docxParagraphs(await renderReferatDocx(inNynorsk(remote)));
    expect(nn).toEqual(expect.arrayContaining(['Guro Winsvold (Færder kommune, deltok på telefon)', 'Ola Vara (Larvik kommune) for Kari Fast (deltok digitalt)']));
  });

  it('writes nynorsk fixed texts for a nynorsk committee', async () => {
    const bytes = await renderReferatDocx(inNynorsk(withAttendance(loadSeedMeeting('pm-2024.json'))));
    const paragraphs = await docxParagraphs(bytes);
    expect(paragraphs).toEqual(expect.arrayContaining(['Møteleiar', 'Til stades', 'Forfall', 'Dato/stad', 'Avgjerd', 'Erik Nordberg (Sykehuset i Vestfold, kom under sak 2024.2, gjekk under sak 2024.4)']));
    expect(paragraphs).not.toContain('Til stede');
    expect(await docxPart(bytes, 'word/styles.xml')).toContain('w:val="nn-NO"');
  });

  it('states only what the 2024 minutes say: the date without time or place, no attendance, chair or referent', async () => {
    const paragraphs = await docxParagraphs(await renderReferatDocx(loadSeedMeeting('pm-2024.json')));
    expect(positionsInOrder(paragraphs, ['Møteorgan', 'Partnerskapsmøtet', 'Dato/sted', '30.05.2024', 'Saksnr.']).every((p) => p.found)).toBe(true);
    expect(paragraphs.filter((p) => /kl\.|Våle|Til stede|Møteleder|Referent$|Vedlegg/.test(p))).toEqual([]);
  });

  it('has every row of the saksliste, the closing row included, and says so where nothing was concluded', async () => {
    const file = loadSeedMeeting('pm-2026.json');
    const paragraphs = await docxParagraphs(await renderReferatDocx(file));
    const missing = positionsInOrder(
      paragraphs,
      file.meeting.items.flatMap((item) => [...(item.caseNumber === null ? [] : [item.caseNumber]), item.title, 'Ingen konklusjon registrert.']),
    ).filter((p) => !p.found);
    expect(missing).toEqual([]);
    expect(paragraphs.at(-1)).toBe('Ingen konklusjon registrert.');
  });

  it('says "Ingen konklusjon registrert." in nynorsk too, and only under items without konklusjon', async () => {
    const file = loadSeedMeeting('pm-2024.json');
    const withoutConclusion = {
      ...file,
      meeting: { ...file.meeting, items: file.meeting.items.map((item, i) => (i === 1 ? { ...item, conclusion: [] } : item)) },
    };
    for (const variant of [withoutConclusion, inNynorsk(withoutConclusion)]) {
      const paragraphs = await docxParagraphs(await renderReferatDocx(variant));
      expect(paragraphs.filter((p) => p === 'Ingen konklusjon registrert.')).toHaveLength(1);
      expect(positionsInOrder(paragraphs, ['Referat fra Partnerskapsmøte 16.06.2023', 'Det ble ikke fremmet kommentarer', 'Ingen konklusjon registrert.', '2024.3']).every((p) => p.found)).toBe(true);
    }
  });

  it('keeps short rows whole on a page and the "Konklusjon:" label with its first point', async () => {
    const document = await docxPart(await renderReferatDocx(loadSeedMeeting('pm-2024.json')), 'word/document.xml');
    const rows = document.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    const row = (text: string) => rows.find((r) => r.includes(text)) ?? '';
    expect(row('Innkalling og dagsorden godkjennes')).toContain('<w:cantSplit/>');
    // 2024.4 runs to most of a page: held whole it would leave the page before it half empty.
    expect(row('Rannveig Velken gav en kort orientering')).not.toContain('<w:cantSplit/>');
    const labels = document.match(/<w:p>(?:(?!<\/w:p>)[\s\S])*?>Konklusjon:<\/w:t>/g) ?? [];
    expect(labels).toHaveLength(4);
    for (const label of labels) expect(label).toContain('<w:keepNext/>');
  });

  it('marks a postponed item as postponed', async () => {
    const file = loadSeedMeeting('pm-2024.json');
    const postponed = { ...file, meeting: { ...file.meeting, items: file.meeting.items.map((item, i) => (i === 3 ? { ...item, outcome: 'postponed' as const, conclusion: [] } : item)) } };
    expect(await docxParagraphs(await renderReferatDocx(postponed))).toContain('Saken ble utsatt.');
  });

  it('records a row that is no sak by what was said in it, without «Ingen … registrert.» (Grünerløkka\'s «Åpen halvtime Det var møtt 12 personer …»); an empty one, and a sak without a vedtak, still say so', async () => {
    const file = loadSeedMeeting('pm-2024.json');
    const said = (text: string) => [{ type: 'paragraph' as const, content: [{ text }] }];
    const [first, second, ...rest] = file.meeting.items;
    if (!first || !second) throw new Error('pm-2024 has its rows');
    const rows = [
      { ...first, id: 'open', caseNumber: null, row: 'unnumbered' as const, title: 'Åpen halvtime', proceedings: said('Det var møtt 12 personer til åpen halvtime.'), conclusion: [] },
      { ...second, proceedings: said('Saken ble drøftet.'), conclusion: [] },
      ...rest,
      { ...first, id: 'eventuelt', caseNumber: null, row: 'unnumbered' as const, title: 'Eventuelt', proceedings: [], conclusion: [] },
    ];
    for (const variant of [{ ...file, meeting: { ...file.meeting, items: rows } }, inNynorsk({ ...file, meeting: { ...file.meeting, items: rows } })]) {
      const paragraphs = await docxParagraphs(await renderReferatDocx(variant));
      const open = paragraphs.indexOf('Åpen halvtime');
      expect(paragraphs.slice(open, open + 3)).toEqual(['Åpen halvtime', 'Det var møtt 12 personer til åpen halvtime.', second.caseNumber]);
      expect(positionsInOrder(paragraphs, ['Saken ble drøftet.', 'Ingen konklusjon registrert.', 'Eventuelt', 'Ingen konklusjon registrert.']).every((p) => p.found)).toBe(true);
    }
  });

  it('ends a protokoll the committee signs with the møteleder\'s unsigned line before anyone is chosen, and has no such block otherwise', async () => {
    const file = withAttendance(loadSeedMeeting('pm-2024.json'));
    const signedBody = { ...file, committee: { ...file.committee, conventions: { ...defaultConventions(), minutesApproval: 'signed' as const } } };
    const signed = await docxParagraphs(await renderReferatDocx(signedBody));
    expect(signed.slice(-2)).toEqual(['Underskrifter', 'Per Christian Voss, møteleder – ikke signert ennå']);
    expect(await docxParagraphs(await renderReferatDocx(file))).not.toContain('Underskrifter');
  });

  it('prints the committee\'s statement over the signatures (Gratangen\'s «Vi bekrefter med våre underskrifter …»), only where the protokoll is signed', async () => {
    const file = withAttendance(loadSeedMeeting('pm-2024.json'));
    const statement = 'Vi bekrefter med våre underskrifter at protokollen er ført i samsvar med det som ble bestemt i møtet.';
    const signedBody = { ...file, committee: { ...file.committee, conventions: { ...defaultConventions(), minutesApproval: 'signed' as const, signatureStatement: statement } } };
    expect((await docxParagraphs(await renderReferatDocx(signedBody))).slice(-3)).toEqual(['Underskrifter', statement, 'Per Christian Voss, møteleder – ikke signert ennå']);
    const approvedInMeeting = { ...file, committee: { ...file.committee, conventions: { ...defaultConventions(), signatureStatement: statement } } };
    expect(await docxParagraphs(await renderReferatDocx(approvedInMeeting))).not.toContain(statement);
  });

  it('sets «Underskrifter» apart from the saksliste above it, not glued to the table\'s last row (Heading 2 has no space before, for the titles in the cells)', async () => {
    const file = withAttendance(loadSeedMeeting('pm-2024.json'));
    const signedBody = { ...file, committee: { ...file.committee, conventions: { ...defaultConventions(), minutesApproval: 'signed' as const } } };
    const document = await docxPart(await renderReferatDocx(signedBody), 'word/document.xml');
    const heading = (document.match(/<w:p>(?:(?!<w:p>)[\s\S])*?Underskrifter<\/w:t>/) ?? [''])[0];
    expect(heading).toMatch(/<w:spacing w:before="240"/);
  });
});

describe('renderReferatDocx: how other bodies head attendance and approve the protokoll', () => {
  const withConventions = (file: MeetingFile, conventions: Partial<MeetingFile['committee']['conventions']>): MeetingFile => ({
    ...file,
    committee: { ...file.committee, conventions: { ...defaultConventions(), ...conventions } },
  });

  it('states «Møtested», «Møtedato» and «Tid» on rows of their own under «Møteorgan» when the committee does (factsApart), as a kommunestyre\'s møteprotokoll heads them', async () => {
    const seed = loadSeedMeeting('pm-2026.json');
    const conventions = { ...(seed.committee.conventions ?? defaultConventions()), factsApart: true };
    const text = (await docxParagraphs(await renderReferatDocx({ ...seed, committee: { ...seed.committee, conventions } }))).join('\n');
    expect(text).toMatch(/\nMøteorgan\nPartnerskapsmøtet\nMøtested\nVåle samfunnshus\nMøtedato\n11\.06\.2026\nTid\n13\.30–15\.00\n/);
    expect(text).not.toContain('Dato/sted');
  });

  it('names the committee «Utvalg» (nynorsk «Utval») or by its own word («Organ») in place of «Møteorgan» where the committee heads its innkalling so (noticeCommittee), as «Møteprotokoll Utval: Fylkesutvalet»; in the public version too; «Møteorgan» for the seed', async () => {
    const seed = loadSeedMeeting('pm-2026.json');
    const facts = async (file: MeetingFile) => (await docxParagraphs(await renderReferatDocx(file))).join('\n');
    const seedText = await facts(seed);
    expect(seedText).toMatch(/\nMøteorgan\nPartnerskapsmøtet\nDato\/sted\n/);
    expect(seedText).not.toMatch(/\nUtvalg\n/);
    const named = withConventions(seed, { noticeCommittee: true });
    const text = await facts(named);
    // The same first row, its label the innkalling's: no «Møteorgan» beside it.
    expect(text).toMatch(/\nUtvalg\nPartnerskapsmøtet\nDato\/sted\n/);
    expect(text).not.toContain('Møteorgan');
    expect(await facts(publicVersion(named))).toMatch(/\nUtvalg\nPartnerskapsmøtet\nDato\/sted\n/);
    expect(await facts(inNynorsk(named))).toMatch(/\nUtval\nPartnerskapsmøtet\nDato\/stad\n/);
    expect(await facts(withConventions(seed, { noticeCommittee: true, committeeLabel: 'Organ' }))).toMatch(/\nOrgan\nPartnerskapsmøtet\nDato\/sted\n/);
    // A word without the box ticked changes nothing: the box says whether the row is the committee's.
    expect(await facts(withConventions(seed, { committeeLabel: 'Organ' }))).toMatch(/\nMøteorgan\nPartnerskapsmøtet\n/);
  });

  it('prints who met as «Navn | Funksjon | Representerer» tables under the kommunal headings when the committee does (attendanceTable), nynorsk «Namn»', async () => {
    const base = withConventions(withAttendance(loadSeedMeeting('pm-2024.json')), { attendanceHeadings: 'metOrNot', attendanceTable: true });
    const chair = { name: 'Per Christian Voss', organisation: 'Tønsberg kommune' };
    const attendance = [{ person: chair, status: 'present' as const, chairRole: 'chair' as const }, ...base.meeting.attendance];
    const file = { ...base, meeting: { ...base.meeting, attendance } };
    const bytes = await renderReferatDocx(file);
    expect(await docxTableRows(bytes, 'Representerer')).toEqual([
      'Navn | Funksjon | Representerer',
      'Per Christian Voss | møteleder | Tønsberg kommune',
      'Guro Winsvold | medlem | Færder kommune',
      'Erik Nordberg (kom under sak 2024.2, gikk under sak 2024.4) | medlem | Sykehuset i Vestfold',
      // The vara in «Navn | Møtte for | Representerer», as Møre og Romsdal fylkeskommune's møteprotokoll of 2019 prints them.
      'Navn | Møtte for | Representerer',
      'Ola Vara | Kari Fast | Larvik kommune',
      'Navn | Funksjon | Representerer',
      'Kari Fast | medlem | Larvik kommune',
    ]);
    const paragraphs = await docxParagraphs(bytes);
    expect(positionsInOrder(paragraphs, ['Faste medlemmer som møtte', 'Navn', 'Per Christian Voss', 'Møtende varamedlemmer', 'Møtte for', 'Ola Vara', 'Faste medlemmer som ikke møtte', 'Kari Fast']).every((p) => p.found)).toBe(true);
    expect(paragraphs).not.toContain('Guro Winsvold (Færder kommune)');
    const nynorsk = await docxTableRows(await renderReferatDocx(inNynorsk(file)), 'Representerer');
    expect(nynorsk).toEqual(expect.arrayContaining(['Namn | Funksjon | Representerer', 'Per Christian Voss | møteleiar | Tønsberg kommune', 'Erik Nordberg (kom under sak 2024.2, gjekk under sak 2024.4) | medlem | Sykehuset i Vestfold']));
    // «Varamedlemer som møtte: Namn Møtte for Representerer», word for word as the Rådet for likestilling av funksjonshemma's 1/2019.
    expect(nynorsk.slice(nynorsk.indexOf('Namn | Møtte for | Representerer'))).toEqual(['Namn | Møtte for | Representerer', 'Ola Vara | Kari Fast | Larvik kommune', 'Namn | Funksjon | Representerer', 'Kari Fast | medlem | Larvik kommune']);
  });

  it('prints a råd\'s nynorsk møteprotokoll from the «Råd» preset as the Rådet for likestilling av funksjonshemma\'s 1/2019: «Faste medlemer som møtte», «Namn | Funksjon | Representerer», «Varamedlemer som møtte»', async () => {
    const base = withAttendance(loadSeedMeeting('pm-2024.json'));
    const file: MeetingFile = { ...base, committee: { ...base.committee, name: 'Eldrerådet', languageForm: 'nn', conventions: committeePreset('rad').conventions } };
    const bytes = await renderReferatDocx(file);
    const paragraphs = await docxParagraphs(bytes);
    expect(paragraphs[0]).toMatch(/^Møteprotokoll Eldrerådet /);
    expect(positionsInOrder(paragraphs, ['Faste medlemer som møtte', 'Namn', 'Varamedlemer som møtte', 'Møtte for', 'Faste medlemer som ikkje møtte', 'Kari Fast']).every((p) => p.found)).toBe(true);
    expect(await docxTableRows(bytes, 'Representerer')).toEqual(expect.arrayContaining(['Namn | Funksjon | Representerer', 'Namn | Møtte for | Representerer', 'Ola Vara | Kari Fast | Larvik kommune']));
    expect(paragraphs).not.toContain('Til stades');
  });

  it('prints «Fra saknr.», «Til saknr.» and how many of the members met, vara for forfall counted, when the committee does (headCount), as Aurskog-Høland\'s protokoller; nynorsk', async () => {
    const base = withConventions(withAttendance(loadSeedMeeting('pm-2024.json')), { headCount: true });
    const members = ['Guro Winsvold', 'Erik Nordberg', 'Kari Fast', 'Lise Borte'].map((name) => ({ name }));
    // Lise Borte sent forfall and no vara came; the secretariat and an observer have no seat.
    const attendance = [...base.meeting.attendance, { person: { name: 'Lise Borte' }, status: 'absent' as const }, { person: { name: 'Sara Sekretær' }, status: 'present' as const, role: 'secretariat' as const }];
    const file: MeetingFile = { ...base, committee: { ...base.committee, members: [...members, { name: 'Per Vara', role: 'deputy' }] }, meeting: { ...base.meeting, attendance } };
    const numbered = file.meeting.items.filter((item) => item.row === 'sak' && !item.closing).map((item) => item.caseNumber);
    const bytes = await renderReferatDocx(file);
    expect((await docxTableRows(bytes, 'saknr.')).filter((row) => row.includes('saknr.'))).toEqual([`Fra saknr. | ${numbered[0]}`, `Til saknr. | ${numbered.at(-1)}`]);
    expect(await docxParagraphs(bytes)).toContain('Av utvalgets medlemmer/varamedlemmer møtte 3 av 4.');
    // After the case range and before who met and who sent forfall, as Aurskog-Høland's protokoll prints it (docplayer.me/13134444:
    // «Til saknr.: 163/15 Av utvalgets medlemmer/varamedlemmer møtte 9 av 9. Faste medlemmer: …»), in every layout of the attendance.
    const headCountFirst = ['Til saknr.', 'Av utvalgets medlemmer/varamedlemmer møtte 3 av 4.', 'Til stede', 'Forfall', 'Lise Borte'];
    expect(positionsInOrder(await docxParagraphs(bytes), headCountFirst)).toEqual(headCountFirst.map((needle) => ({ needle, found: true })));
    const tableFile = { ...file, committee: { ...file.committee, conventions: { ...file.committee.conventions!, attendanceTable: true } } };
    const tableParagraphs = await docxParagraphs(await renderReferatDocx(tableFile));
    expect(positionsInOrder(tableParagraphs, headCountFirst)).toEqual(headCountFirst.map((needle) => ({ needle, found: true })));
    const nynorsk = await renderReferatDocx(inNynorsk(file));
    expect((await docxTableRows(nynorsk, 'saknr.')).filter((row) => row.includes('saknr.'))).toEqual([`Frå saknr. | ${numbered[0]}`, `Til saknr. | ${numbered.at(-1)}`]);
    expect(await docxParagraphs(nynorsk)).toContain('Av medlemene/varamedlemene i utvalet møtte 3 av 4.');
    // Under the kommunal headings too, between the facts and «Faste medlemmer som møtte», as the protokoll prints it.
    const kommunalFile = { ...file, committee: { ...file.committee, conventions: { ...file.committee.conventions!, attendanceHeadings: 'metOrNot' as const } } };
    const kommunal = await docxParagraphs(await renderReferatDocx(kommunalFile));
    expect(positionsInOrder(kommunal, ['Til saknr.', 'Av utvalgets medlemmer/varamedlemmer møtte 3 av 4.', 'Faste medlemmer som møtte']).every((p) => p.found)).toBe(true);
    // Not asked: neither, as the seeds.
    const plainFile = { ...file, committee: { ...file.committee, conventions: { ...file.committee.conventions!, headCount: undefined } } };
    const plain = await docxParagraphs(await renderReferatDocx(plainFile));
    expect(plain.filter((p) => p.includes('saknr.') || p.includes('møtte 3 av 4'))).toEqual([]);
  });

  it('prints the groups a meeting recorded in bokmål by their nynorsk names once the committee is nynorsk (an AMU after its målform changed)', async () => {
    const base = inNynorsk(withConventions(withAttendance(loadSeedMeeting('pm-2024.json')), { attendanceTable: true }));
    const file: MeetingFile = {
      ...base,
      committee: { ...base.committee, attendanceGroups: ['Arbeidsgjevarsida', 'Arbeidstakarsida', 'Bedriftshelsetenesta'], members: [{ name: 'Kari Fast', group: 'Arbeidstakarsida' }] },
      meeting: {
        ...base.meeting,
        attendance: [
          { person: { name: 'Kari Fast' }, status: 'present' },
          { person: { name: 'Siri Lege' }, status: 'present', group: 'Bedriftshelsetjenesten' },
          { person: { name: 'Per Personal' }, status: 'present', group: 'Arbeidsgiversiden' },
        ],
      },
    };
    const paragraphs = await docxParagraphs(await renderReferatDocx(file));
    expect(positionsInOrder(paragraphs, ['Arbeidsgjevarsida', 'Per Personal', 'Arbeidstakarsida', 'Kari Fast', 'Bedriftshelsetenesta', 'Siri Lege']).filter((p) => !p.found)).toEqual([]);
    expect(paragraphs.filter((p) => p === 'Arbeidsgiversiden' || p === 'Bedriftshelsetjenesten')).toEqual([]);
  });

  it('prints «Til stede» and «Forfall» over tables of their own, and role groups over theirs, when the committee heads by role (attendanceTable)', async () => {
    const file = withConventions(withAttendance(loadSeedMeeting('pm-2024.json')), { attendanceTable: true });
    const grouped = { ...file, meeting: { ...file.meeting, attendance: [...file.meeting.attendance, { person: { name: 'Sara <Sekretær> & co' }, status: 'present' as const, role: 'secretariat' as const }] } };
    const bytes = await renderReferatDocx(grouped);
    const paragraphs = await docxParagraphs(bytes);
    expect(positionsInOrder(paragraphs, ['Til stede', 'Medlemmer', 'Navn', 'Guro Winsvold', 'Sekretariat', 'Navn', 'Sara <Sekretær> & co', 'Forfall', 'Navn', 'Kari Fast']).every((p) => p.found)).toBe(true);
    expect(await docxTableRows(bytes, 'Sekret')).toEqual(['Navn | Funksjon | Representerer', 'Sara &lt;Sekretær&gt; &amp; co | sekretariat | ']);
    expect(paragraphs).not.toContain('Ola Vara (Larvik kommune) for Kari Fast');
  });

  it('heads attendance «Faste medlemmer som møtte», «Møtende varamedlemmer», «Faste medlemmer som ikke møtte» when the committee says so, without «Til stede»/«Forfall»', async () => {
    const file = withConventions(withAttendance(loadSeedMeeting('pm-2024.json')), { attendanceHeadings: 'metOrNot' });
    const paragraphs = await docxParagraphs(await renderReferatDocx(file));
    expect(positionsInOrder(paragraphs, [
      'Faste medlemmer som møtte', 'Guro Winsvold (Færder kommune)',
      'Møtende varamedlemmer', 'Ola Vara (Larvik kommune) for Kari Fast',
      'Faste medlemmer som ikke møtte', 'Kari Fast (Larvik kommune)',
    ]).every((p) => p.found)).toBe(true);
    expect(paragraphs).not.toContain('Til stede');
    expect(paragraphs).not.toContain('Forfall');
    const nynorsk = await docxParagraphs(await renderReferatDocx(inNynorsk(file)));
    expect(nynorsk).toEqual(expect.arrayContaining(['Faste medlemer som møtte', 'Varamedlemer som møtte', 'Faste medlemer som ikkje møtte']));
  });

  it('lists each owner kommune\'s representatives under it, the kommune said once, the møteleder\'s office in one bracket, and those of no kommune under their role', async () => {
    const base = withAttendance(loadSeedMeeting('pm-2024.json'));
    const file: MeetingFile = {
      ...base,
      committee: {
        ...base.committee,
        attendanceGroups: ['Larvik kommune', 'Færder kommune'],
        members: [
          { name: 'Kari Fast', organisation: 'Larvik kommune', group: 'Larvik kommune' },
          { name: 'Guro Winsvold', organisation: 'Færder kommune', group: 'Færder kommune', chairRole: 'chair' },
        ],
      },
      meeting: {
        ...base.meeting,
        chair: { name: 'Guro Winsvold', organisation: 'Færder kommune' },
        attendance: [
          { person: { name: 'Guro Winsvold', organisation: 'Færder kommune' }, status: 'present' },
          { person: { name: 'Ola Vara', organisation: 'Larvik kommune' }, status: 'substitute', substituteFor: 'Kari Fast' },
          { person: { name: 'Nina Dahl', organisation: 'Nordfjell IKS' }, status: 'present', role: 'administration' },
          { person: { name: 'Kari Fast', organisation: 'Larvik kommune' }, status: 'absent' },
        ],
      },
    };
    const paragraphs = await docxParagraphs(await renderReferatDocx(file));
    const missing = positionsInOrder(paragraphs, [
      'Til stede', 'Larvik kommune', 'Ola Vara for Kari Fast', 'Færder kommune', 'Guro Winsvold (møteleder)', 'Administrasjonen', 'Nina Dahl (Nordfjell IKS)',
      'Forfall', 'Kari Fast (Larvik kommune)',
    ]).filter((p) => !p.found);
    expect(missing).toEqual([]);
  });

  it('ends a protokoll approved by e-mail with that sentence, and one all present sign with a line for each of them', async () => {
    const file = withAttendance(loadSeedMeeting('pm-2024.json'));
    const circulated = await docxParagraphs(await renderReferatDocx(withConventions(file, { minutes: 'protokoll', minutesApproval: 'circulated' })));
    expect(circulated.at(-1)).toBe('Protokollen godkjennes på e-post etter møtet.');
    expect(circulated).not.toContain('Underskrifter');
    const nynorsk = await docxParagraphs(await renderReferatDocx(inNynorsk(withConventions(file, { minutesApproval: 'circulated' }))));
    expect(nynorsk.at(-1)).toBe('Referatet vert godkjent på e-post etter møtet.');
    // The møteleder (Per Christian Voss) is not on this list: everyone with a vote who was there signs, the vara for a member too.
    const board = { ...file, committee: { ...file.committee, members: [...file.committee.members, { name: 'Kari Fast' }] } };
    const all = await docxParagraphs(await renderReferatDocx(withConventions(board, { minutes: 'protokoll', minutesApproval: 'signedByAll' })));
    expect(all.slice(-4)).toEqual([
      'Underskrifter',
      'Guro Winsvold – ikke signert ennå',
      'Erik Nordberg – ikke signert ennå',
      'Ola Vara – ikke signert ennå',
    ]);
  });
});

describe('renderReferatDocx: how the meeting was held (aksjeloven § 6-29\'s behandlingsmåte)', () => {
  const stating = (file: MeetingFile, meeting: Partial<MeetingFile['meeting']>): MeetingFile => ({
    committee: { ...file.committee, conventions: { ...defaultConventions(), recordOnline: true } },
    meeting: { ...file.meeting, ...meeting },
  });

  it('says under date and place that a meeting on Teams could be followed there, or was held there, when the committee states it (nb, nn)', async () => {
    const file = loadSeedMeeting('pm-2024.json');
    const hybrid = await docxParagraphs(await renderReferatDocx(stating(file, { online: true, place: 'Havnekontoret' })));
    expect(hybrid[hybrid.indexOf('Dato/sted') + 2]).toBe('Teams-møte');
    expect(hybrid[hybrid.indexOf('Dato/sted') + 3]).toBe('Møtet kunne også følges på Teams.');
    expect(await docxParagraphs(await renderReferatDocx(stating(file, { online: true, place: '' })))).toContain('Møtet ble holdt på Teams.');
    expect(await docxParagraphs(await renderReferatDocx(inNynorsk(stating(file, { online: true, place: 'Havnekontoret' }))))).toContain('Møtet kunne òg følgjast på Teams.');
  });

  it('says nothing of Teams for a meeting in a room, nor for a committee that does not state it, as the seeds', async () => {
    const file = loadSeedMeeting('pm-2024.json');
    expect(await docxParagraphs(await renderReferatDocx(stating(file, { online: false, place: 'Havnekontoret' })))).not.toContain('Teams-møte');
    expect(await docxParagraphs(await renderReferatDocx({ ...file, meeting: { ...file.meeting, online: true } }))).not.toContain('Teams-møte');
  });
});

describe('renderReferatDocx: a samarbeidsutvalg between a helseforetak and its kommuner (the SSU of nedre Telemark, 2021)', () => {
  // The preset's conventions on a meeting of a joint body: members from kommuner, the helseforetak and the unions, an observer
  // and the secretariat, held on Teams (committeePresets.ts `samarbeidsutvalg`). The people are this test's own.
  const jointMeeting = (): MeetingFile => {
    const seed = loadSeedMeeting('pm-2024.json');
    const person = (name: string, organisation: string) => ({ name, organisation });
    return {
      committee: { ...seed.committee, name: 'Strategisk samarbeidsutvalg', conventions: committeePreset('samarbeidsutvalg').conventions },
      meeting: {
        ...seed.meeting,
        online: true,
        place: '',
        chair: person('Anne Kommune', 'Porsgrunn kommune'),
        attendance: [
          { person: person('Anne Kommune', 'Porsgrunn kommune'), status: 'present', chairRole: 'chair' },
          { person: person('Bjørn Klinikk', 'Sykehuset Telemark HF'), status: 'present' },
          { person: person('Cecilie Tillitsvalgt', 'Norsk Sykepleierforbund'), status: 'present' },
          { person: person('Dag Observatør', 'KS Vestfold og Telemark'), status: 'present', role: 'observer' },
          { person: person('Eva Sekretær', 'Sykehuset Telemark HF'), status: 'present', role: 'secretariat' },
          { person: person('Frode Forfall', 'Skien kommune'), status: 'absent' },
        ],
      },
    };
  };

  it('prints who took part as «Navn | Funksjon | Representerer» tables, each one\'s organisation in its column, the observer and the secretariat by their role', async () => {
    const bytes = await renderReferatDocx(jointMeeting());
    expect(await docxTableRows(bytes, 'Representerer')).toEqual([
      'Navn | Funksjon | Representerer',
      'Anne Kommune | møteleder | Porsgrunn kommune',
      'Bjørn Klinikk | medlem | Sykehuset Telemark HF',
      'Cecilie Tillitsvalgt | medlem | Norsk Sykepleierforbund',
      'Navn | Funksjon | Representerer',
      'Dag Observatør | observatør | KS Vestfold og Telemark',
      'Navn | Funksjon | Representerer',
      'Eva Sekretær | sekretariat | Sykehuset Telemark HF',
      'Navn | Funksjon | Representerer',
      'Frode Forfall | medlem | Skien kommune',
    ]);
    const paragraphs = await docxParagraphs(bytes);
    expect(paragraphs).not.toContain('Bjørn Klinikk (Sykehuset Telemark HF)');
  });

  it('says the meeting was held on Teams, as the SSU\'s «Møte ble avholdt på Teams»', async () => {
    expect(await docxParagraphs(await renderReferatDocx(jointMeeting()))).toContain('Møtet ble holdt på Teams.');
  });
});

describe('renderReferatDocx: a regionråd whose members come from the kommuner of the region (Regionrådet Nordhordland, 2014)', () => {
  // The preset's conventions (committeePresets.ts `regionrad`) on a meeting of this test's own people, each from a kommune.
  const regionMeeting = (): MeetingFile => {
    const seed = inNynorsk(loadSeedMeeting('pm-2024.json'));
    const person = (name: string, organisation: string) => ({ name, organisation });
    const preset = committeePreset('regionrad');
    return {
      committee: { ...seed.committee, name: 'Regionrådet Nordhordland', languageForm: preset.languageForm, conventions: preset.conventions },
      meeting: {
        ...seed.meeting,
        date: '2026-11-06',
        start: '09:00',
        end: '14:30',
        place: 'Meland rådhus, formannskapssal',
        meetingNumber: '6/2026',
        chair: person('Jon Fjellstad', 'Lindås kommune'),
        attendance: [
          { person: person('Jon Fjellstad', 'Lindås kommune'), status: 'present', chairRole: 'chair' },
          { person: person('Kari Vik', 'Radøy kommune'), status: 'present' },
          { person: person('Odd Rådmann', 'Lindås kommune'), status: 'present', role: 'administration' },
          { person: person('Siv Bakke', 'Osterøy kommune'), status: 'absent' },
        ],
      },
    };
  };

  it('states the meeting\'s number and the day written out, and who met in «Namn | Funksjon | Representerer» tables, each one\'s kommune in its column', async () => {
    const paragraphs = await docxParagraphs(await renderReferatDocx(regionMeeting()));
    expect(positionsInOrder(paragraphs, ['Møte', '6/2026', 'fredag 6. november 2026']).every((p) => p.found)).toBe(true);
    expect(positionsInOrder(paragraphs, ['Namn', 'Funksjon', 'Representerer', 'Jon Fjellstad', 'møteleiar', 'Lindås kommune', 'Kari Vik', 'medlem', 'Radøy kommune']).every((p) => p.found)).toBe(true);
    expect(positionsInOrder(paragraphs, ['Forfall', 'Siv Bakke', 'medlem', 'Osterøy kommune']).every((p) => p.found)).toBe(true);
  });
});

describe('renderReferatDocx: a project\'s styringsgruppe (Lund kommune, 2018; Prosjekt Sunnfjord, 2017)', () => {
  // The preset's conventions (committeePresets.ts `styringsgruppe`) on the seed meeting, its saker numbered 1, 2 as the preset numbers them.
  const steeringMeeting = (): MeetingFile => {
    const seed = loadSeedMeeting('pm-2024.json');
    const preset = committeePreset('styringsgruppe');
    const committee = { ...seed.committee, name: 'Styringsgruppa for sentrumsprosjektet', caseNumberFormat: preset.caseNumberFormat, caseNumberSerial: preset.caseNumberSerial, conventions: preset.conventions };
    const items = seed.meeting.items.map((item) =>
      item.caseNumber === '2024.4' ? { ...item, followUps: [{ id: 'f1', what: 'Legge referatet ut på kommunens nettside', who: { name: 'Rannveig Velken' }, due: '2024-06-15', task: { kind: 'planner' as const, taskId: 't1', planId: 'p1' } }] } : item,
    );
    let serial = 0;
    const numberOf = () => formatCaseNumber(2024, ++serial, committee.caseNumberFormat);
    const numbered = items.map((item) => (item.caseNumber === null ? item : { ...item, caseNumber: numberOf() }));
    return { ...seed, committee, meeting: { ...seed.meeting, items: numbered } };
  };

  it('heads it «Referat fra møte i …», numbers the saker 1, 2 with no sakstype under, and writes who does what by when under the sak, as Lund\'s referat does', async () => {
    const file = steeringMeeting();
    const paragraphs = await docxParagraphs(await renderReferatDocx(file));
    expect(paragraphs[0]).toBe('Referat fra møte i Styringsgruppa for sentrumsprosjektet 30.05.24');
    expect(positionsInOrder(paragraphs, ['1', file.meeting.items[0]?.title ?? '', '2', file.meeting.items[1]?.title ?? '']).every((p) => p.found)).toBe(true);
    const followed = file.meeting.items.find((item) => item.followUps?.length)?.caseNumber ?? '';
    const order = positionsInOrder(paragraphs, [followed, 'Oppfølging:', 'Legge referatet ut på kommunens nettside – ansvarlig: Rannveig Velken, frist 15.06.2024']);
    expect(order.filter((p) => !p.found).map((p) => p.needle)).toEqual([]);
    expect(paragraphs).not.toContain('Orientering');
  });
});

describe('renderReferatDocx: oppfølgingspunkter', () => {
  const withFollowUp = (file: MeetingFile): MeetingFile => ({
    ...file,
    meeting: {
      ...file.meeting,
      items: file.meeting.items.map((item) =>
        item.caseNumber === '2024.4'
          ? { ...item, followUps: [{ id: 'f1', what: 'Lag utkast til strategi <for> SSU', who: { name: 'Rannveig Velken' }, due: '2024-09-01', task: { kind: 'planner', taskId: 't1', planId: 'p1' } }] }
          : item,
      ),
    },
  });

  it('lists each sak’s points under its konklusjon, with who and by when, in the committee’s målform', async () => {
    const paragraphs = await docxParagraphs(await renderReferatDocx(withFollowUp(loadSeedMeeting('pm-2024.json'))));
    const order = positionsInOrder(paragraphs, ['2024.4', 'Konklusjon:', 'Strategisk samarbeidsutvalg (SSU) gis myndighet til foreløpig', 'Oppfølging:', 'Lag utkast til strategi <for> SSU – ansvarlig: Rannveig Velken, frist 01.09.2024']);
    expect(order.filter((p) => !p.found).map((p) => p.needle)).toEqual([]);
    expect(paragraphs.filter((p) => p === 'Oppfølging:')).toHaveLength(1);
    const nn = await docxParagraphs(await renderReferatDocx(withFollowUp(inNynorsk(loadSeedMeeting('pm-2024.json')))));
    expect(nn).toContain('Lag utkast til strategi <for> SSU – ansvarleg: Rannveig Velken, frist 01.09.2024');
  });

  it('heads the record, names its file and its mail by one title in the committee\'s word: a nynorsk «Møteprotokoll»', async () => {
    const seed = inNynorsk(loadSeedMeeting('pm-2024.json'));
    const file: MeetingFile = { ...seed, committee: { ...seed.committee, conventions: { ...defaultConventions(), minutes: 'moteprotokoll' } } };
    const title = recordTitle(file.committee, file.meeting);
    expect(title).toBe('Møteprotokoll Partnerskapsmøtet 30.05.24');
    expect((await docxParagraphs(await renderReferatDocx(file)))[0]).toBe(title);
    expect(referatFileName(file.committee, file.meeting)).toBe(`${title}.docx`);
    expect(renderMinutesMail(file, { fileName: `${title}.docx`, webUrl: 'https://tenant.example/m.docx' }, false).subject.startsWith('Møteprotokoll frå Partnerskapsmøtet 30.05.24')).toBe(true);
  });

  it('names the mail «Protokoll fra møte i …» when the record is headed so (recordFromMeeting), in both målformer', () => {
    const seed = loadSeedMeeting('pm-2024.json');
    const fromMeeting = (file: MeetingFile): MeetingFile => ({ ...file, committee: { ...file.committee, conventions: { ...defaultConventions(), minutes: 'protokoll', recordFromMeeting: true } } });
    const subject = (file: MeetingFile) => renderMinutesMail(file, { fileName: 'p.docx', webUrl: 'https://tenant.example/p.docx' }, false).subject;
    expect(subject(fromMeeting(seed))).toBe('Protokoll fra møte i Partnerskapsmøtet 30.05.24 – til kommentar');
    expect(subject(fromMeeting(inNynorsk(seed)))).toBe('Protokoll frå møte i Partnerskapsmøtet 30.05.24 – til kommentar');
  });

  it('makes the number column wide enough for a long sakstype, so «Orienteringssak» breaks at no letter; the seed\'s column as before', async () => {
    const seed = loadSeedMeeting('pm-2026.json');
    const numberColumn = async (f: MeetingFile) => (await docxTableGrid(await renderReferatDocx(f), 'Saksnr.'))[0] ?? 0;
    // The seed's numbers and «Orientering» fit one line in 1583 twips before this rule, and still do.
    expect(await numberColumn(seed)).toBe(1583);
    const rek = withPresetKinds(seed, 'forskningsetikk', ['Orientering']);
    expect((await docxParagraphs(await renderReferatDocx(rek))).filter((text) => text === 'Orienteringssak')).toHaveLength(7);
    expect(await numberColumn(rek)).toBeGreaterThanOrEqual(textWidth('Orienteringssak') + CELL_MARGINS);
    expect(await numberColumn(rek)).toBeLessThan(CONTENT_WIDTH * 0.3);
  });

  it('prints no sakstype under the saksnummer when the committee groups its saker under headings instead (kindsUnderNumber: false)', async () => {
    const file = loadSeedMeeting('pm-2024.json');
    const labels = new Set(wordingOf(file.committee.conventions, 'nb').kinds.map((kind) => kind.label));
    const kindsPrinted = async (f: MeetingFile) => (await docxParagraphs(await renderReferatDocx(f))).filter((paragraph) => labels.has(paragraph));
    expect(await kindsPrinted(file)).not.toEqual([]);
    const conventions = { ...(file.committee.conventions ?? defaultConventions()), kindsUnderNumber: false };
    expect(await kindsPrinted({ ...file, committee: { ...file.committee, conventions } })).toEqual([]);
  });

  it('heads the conclusion of a sak that goes on to another body «Innstilling til …», every other sak\'s the committee\'s word, in both målformer', async () => {
    const seed = loadSeedMeeting('pm-2024.json');
    const routed: MeetingFile = {
      ...seed,
      meeting: { ...seed.meeting, items: seed.meeting.items.map((item) => (item.id === '2024-4' ? { ...item, caseRoute: [{ body: 'Kommunestyret <KST>', date: '2024-06-20' }] } : item)) },
    };
    for (const [file, others] of [[routed, 'Konklusjon:'], [inNynorsk(routed), 'Konklusjon:']] as const) {
      const paragraphs = await docxParagraphs(await renderReferatDocx(file));
      const order = positionsInOrder(paragraphs, ['2024.3', others, '2024.4', 'Innstilling til Kommunestyret <KST>:', 'Partnerskapet godkjenner at utkast']);
      expect(order.filter((p) => !p.found).map((p) => p.needle)).toEqual([]);
      expect(paragraphs.filter((p) => p === others)).toHaveLength(3);
    }
    expect(await docxPart(await renderReferatDocx(routed), 'word/document.xml')).toContain('Innstilling til Kommunestyret &lt;KST&gt;:');
  });

  it('prints «Enstemmig vedtatt.» after the vedtak of a sak a committee recording no votes marked unanimous, no «Votering:»; nynorsk «Samrøystes vedteke.»', async () => {
    const seed = loadSeedMeeting('pm-2024.json');
    const voting = { proposals: [], votes: [{ id: 'u', on: '', adopted: true, unanimous: true as const }], statements: [] };
    const file: MeetingFile = { ...seed, meeting: { ...seed.meeting, items: seed.meeting.items.map((item) => (item.id === '2024-4' ? { ...item, voting } : item)) } };
    const nb = await docxParagraphs(await renderReferatDocx(file));
    const order = ['2024.4', 'Konklusjon:', 'Strategisk samarbeidsutvalg (SSU) gis myndighet til foreløpig å vedta', 'Enstemmig vedtatt.'];
    expect(positionsInOrder(nb, order)).toEqual(order.map((needle) => ({ needle, found: true })));
    expect(nb.some((paragraph) => paragraph.startsWith('Votering'))).toBe(false);
    expect(await docxParagraphs(await renderReferatDocx(inNynorsk(file)))).toContain('Samrøystes vedteke.');
  });

  it('prints the møtebehandling of a political body in its order: the treatment, the proposals made in the meeting, the votes, the vedtak, the protokolltilførsler; escaped, in both målformer', async () => {
    const seed = loadSeedMeeting('pm-2024.json');
    const voting = {
      proposals: [
        { id: 'p1', by: 'Ola Nordmann (Ap) på vegne av Ap og Sp', kind: 'change' as const, text: 'Punkt 2 skal lyde: <SSU> gis myndighet.' },
        { id: 'p2', by: 'Per Hansen (H)', text: '' },
        { id: 'p4', by: 'Renate Solstad (Sp)', kind: 'alternative' as const, text: 'Saken utsettes.' },
        { id: 'p3', by: '', text: '' },
      ],
      votes: [
        { id: 'v1', on: 'Endringsforslaget fra Ap og Sp', adopted: false, for: 10, against: 25 },
        { id: 'v2', on: 'Innstillingen', adopted: true, unanimous: true as const },
      ],
      statements: [{ id: 's1', by: 'Kari Nordmann (H)', text: 'Høyre mener saken burde vært utsatt.' }],
    };
    const file: MeetingFile = { ...seed, meeting: { ...seed.meeting, items: seed.meeting.items.map((item) => (item.id === '2024-4' ? { ...item, voting } : item)) } };
    const nb = await docxParagraphs(await renderReferatDocx(file));
    const order = positionsInOrder(nb, [
      '2024.4',
      'Det er stolthet knyttet til aktivitetene i Helsefellesskapet.',
      'Forslag fremmet i møtet:',
      'Endringsforslag fra Ola Nordmann (Ap) på vegne av Ap og Sp:',
      'Punkt 2 skal lyde: <SSU> gis myndighet.',
      'Forslag fra Per Hansen (H)',
      'Alternativt forslag fra Renate Solstad (Sp):',
      'Saken utsettes.',
      'Votering:',
      'Endringsforslaget fra Ap og Sp: Falt med 10 mot 25 stemmer.',
      'Innstillingen: Enstemmig vedtatt.',
      'Konklusjon:',
      'Partnerskapet godkjenner at utkast',
      'Protokolltilførsel fra Kari Nordmann (H):',
      'Høyre mener saken burde vært utsatt.',
    ]);
    expect(order.filter((p) => !p.found).map((p) => p.needle)).toEqual([]);
    // A proposal added and left empty is no part of the protokoll; the other saker have none of it.
    expect(nb.filter((p) => p.startsWith('Forslag fra') || p === 'Forslag' || p === 'Forslag:')).toHaveLength(1);
    expect(nb.filter((p) => p === 'Votering:')).toHaveLength(1);
    expect(await docxPart(await renderReferatDocx(file), 'word/document.xml')).toContain('Punkt 2 skal lyde: &lt;SSU&gt; gis myndighet.');
    const nn = await docxParagraphs(await renderReferatDocx(inNynorsk(file)));
    const nnOrder = positionsInOrder(nn, ['Framlegg sette fram i møtet:', 'Endringsframlegg frå Ola Nordmann (Ap) på vegne av Ap og Sp:', 'Alternativt framlegg frå Renate Solstad (Sp):', 'Røysting:', 'Endringsforslaget fra Ap og Sp: Fall med 10 mot 25 røyster.', 'Innstillingen: Samrøystes vedteke.', 'Protokolltilførsel frå Kari Nordmann (H):']);
    expect(nnOrder.filter((p) => !p.found).map((p) => p.needle)).toEqual([]);
  });
  // A political body's protokoll states the innstilling before the handsaming, so «Innstillinga: Samrøystes vedteke» says
  // what was voted on: Askvoll sokneråd's «INNSTILLING», «MØTEHANDSAMING», «VEDTAK»; Gloppen's «TILRÅDING: … VEDTAK:» (referatDocx.ts).
  it('prints each sak\'s innstilling before its treatment in a committee that records votes, its own words under «Handsaming:»; not in one that does not', async () => {
    const seed = loadSeedMeeting('pm-2024.json');
    const conventions = { ...defaultConventions(), voting: true, conclusion: 'vedtak', proposal: 'innstilling', proposalBy: 'Kommunedirektøren si' } as const;
    const voting = { proposals: [], votes: [{ id: 'v1', on: 'Innstillinga', adopted: true, unanimous: true as const }], statements: [] };
    const items = seed.meeting.items.map((item) =>
      item.id === '2024-4' ? { ...item, proposedConclusion: ['Planen <A> vert vedteken.'], conclusion: ['Planen <A> vert vedteken.'], voting } : item,
    );
    const file: MeetingFile = inNynorsk({ ...seed, committee: { ...seed.committee, conventions }, meeting: { ...seed.meeting, items } });
    const nn = await docxParagraphs(await renderReferatDocx(file));
    const order = positionsInOrder(nn, [
      '2024.4',
      'Kommunedirektøren si innstilling:',
      'Planen <A> vert vedteken.',
      'Handsaming:',
      'Det er stolthet knyttet til aktivitetene i Helsefellesskapet.',
      'Røysting:',
      'Innstillinga: Samrøystes vedteke.',
      'Vedtak:',
      'Planen <A> vert vedteken.',
    ]);
    expect(order.filter((p) => !p.found).map((p) => p.needle)).toEqual([]);
    expect(await docxPart(await renderReferatDocx(file), 'word/document.xml')).toContain('Planen &lt;A&gt; vert vedteken.');
    // A committee that records no votes keeps its protokoll as before: the proceedings and the vedtak.
    const quiet = await docxParagraphs(await renderReferatDocx({ ...file, committee: { ...file.committee, conventions: { ...conventions, voting: false } } }));
    expect(quiet).not.toContain('Kommunedirektøren si innstilling:');
    expect(quiet).not.toContain('Handsaming:');
  });
  // Askvoll sokneråd's møteprotokoll prints «INNSTILLING», «MØTEHANDSAMING», «SAMRØYSTES VEDTAK» under each sak, no vote recorded.
  it('prints each sak\'s proposal before its handsaming in a committee that asks so without recording votes', async () => {
    const seed = loadSeedMeeting('pm-2024.json');
    const conventions = { ...defaultConventions(), conclusion: 'vedtak', proposal: 'innstilling', proposalFirst: true } as const;
    const decided = ['Soknerådet godkjenner <planen>.'];
    const items = seed.meeting.items.map((item) => (item.id === '2024-4' ? { ...item, proposedConclusion: decided, conclusion: decided } : item));
    const file: MeetingFile = inNynorsk({ ...seed, committee: { ...seed.committee, conventions }, meeting: { ...seed.meeting, items } });
    const nn = await docxParagraphs(await renderReferatDocx(file));
    const order = positionsInOrder(nn, ['2024.4', 'Innstilling:', 'Soknerådet godkjenner <planen>.', 'Handsaming:', 'Det er stolthet knyttet til aktivitetene i Helsefellesskapet.', 'Vedtak:', 'Soknerådet godkjenner <planen>.']);
    expect(order.filter((p) => !p.found).map((p) => p.needle)).toEqual([]);
    expect(nn).not.toContain('Røysting:');
    // Unticked, the protokoll is the proceedings and the vedtak, as before.
    const unticked = { ...conventions, proposalFirst: undefined };
    const plain = await docxParagraphs(await renderReferatDocx({ ...file, committee: { ...file.committee, conventions: unticked } }));
    expect(plain).not.toContain('Innstilling:');
    expect(plain).not.toContain('Handsaming:');
  });
  it('prints none of the votes of a sak marked unntatt offentlighet after they were recorded, in the public protokoll', async () => {
    const seed = loadSeedMeeting('pm-2024.json');
    const voting = {
      proposals: [{ id: 'p1', by: 'Ola Nordmann (Ap)', text: 'Hansen tilsettes.' }],
      votes: [{ id: 'v1', on: 'Forslaget fra Ola Nordmann (Ap)', adopted: true, for: 5, forBy: 'Ap, Sp', against: 2, againstBy: 'H, FrP' }],
      statements: [{ id: 's1', by: 'Kari Nordmann (H)', text: 'Høyre tar dissens.' }],
    };
    const marked = seed.meeting.items.map((item) => (item.id === '2024-4' ? { ...item, voting, confidentiality: { exempt: { basis: 'offl. § 25 første ledd' } } } : item));
    const text = (await docxParagraphs(await renderReferatDocx(publicVersion({ ...seed, meeting: { ...seed.meeting, items: marked } })))).join('\n');
    for (const secret of ['Votering:', 'Ola Nordmann (Ap)', 'Hansen tilsettes.', 'Ap, Sp', 'H, FrP', 'Kari Nordmann (H)', 'Høyre tar dissens.']) expect(text).not.toContain(secret);
  });
});
