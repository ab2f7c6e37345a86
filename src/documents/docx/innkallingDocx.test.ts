import { describe, expect, it } from 'vitest';
import { newMeetingFromTemplate } from '../../domain/agendaTemplate';
import { defaultConventions, wordingOf } from '../../domain/conventions';
import type { Attachment, MeetingFile } from '../../domain/model';
import { docxPart, docxParagraphs, docxTableGrid, docxTableRows, positionsInOrder } from '../testing/docxText';
import { inNynorsk, loadSeedMeeting, withPresetKinds } from '../testing/fixtures';
import { CELL_MARGINS, textWidth } from './measure';
import { CONTENT_WIDTH } from './page';
import { renderInnkallingDocx } from './innkallingDocx';

// Transcribed from the 2026 seed document (innkalling 001), in the order the seed shows them.
const SEED_2026_IN_ORDER = [
  'Partnerskapsmøtets faste medlemmer',
  'Innkalling Partnerskapsmøtet',
  '11.06.2026 kl. 13.30–15.00, Våle samfunnshus',
  'Vedlegg 1 - Sak 2026.02 Referat fra partnerskapsmøtet 05.06.25',
  'Vedlegg 2 - Sak 2026.03 Oversikt status handlingsplan 2026 og tildelt rekrutterings- og samhandlingstilskudd',
  'Per Christian Voss',
  'Hilde Kari Maugesten',
  'Innkalling Partnerskapsmøtet 11.06.26',
  'Saks nr.', 'Ansvar',
  '2026.01', 'Godkjenning av innkalling og dagsorden', 'Forslag til konklusjon:', 'Innkalling og dagsorden godkjennes.', 'Per Christian Voss',
  '2026.02', 'Vedlegg 1', 'Referat fra Partnerskapsmøte 05.06.2025', 'Forslag til konklusjon:', 'Referat tatt til orientering.', 'Per Christian Voss',
  '2026.03', 'Vedlegg 2', 'Orientering', 'Handlingsplan og bruk av rekruttering og samhandlingstilskudd for Helsefelleskapet 2026',
  'Tiltakene i handlingsplan 2026 er delvis en videreføring av tiltak fra 2025 og nye tiltak for 2026.', 'Forslag til konklusjon:',
  'Partnerskapsmøtet tar vedtatt handlingsplan for 2026 med rapportering på fremdrift til orientering.',
  'Eventuelle gjenstående tilskuddsmidler prioriteres til å understøtte de mål og strategier som vedtas i mål og strategiplan for 2027.',
  'Kristin Liset', 'Tobias Solli Iveland',
  '2026.04', 'Orientering', 'Prosjekt X – “Én vei inn”', 'Sykehuset i Vestfold og Sandefjord kommune driver prosjektet “Én vei inn”',
  'maks 14 dager til første vurdering', 'kasteball-effekter mellom nivåene', 'Regjeringens presentasjon av prosjekt X', 'Forslag til konklusjon:',
  'Informasjon i møtet tas til orientering.', 'Christian Reissig',
  '2026.05', 'Orientering', 'Riksrevisjonens rapport - Helsetjenestens samhandling om eldre', 'påpeker riksrevisjonen behovet for bedre samhandling',
  'Riksrevisjonens rapport presenteres i møtet.', 'Forslag til konklusjon:', 'Partnerskapsmøtet tar presentasjonen til orientering.', 'Kristin Liset', 'Andreas Aass-Engstrøm',
  '2026.06', 'Orientering', 'Utviklingsplan for Sykehuset i Vestfold, SiV', 'Sykehuset i Vestfold har etter planen vedtatt ny utviklingsplan før partnerskapsmøtet.',
  'Forslag til konklusjon:', 'Informasjon i møtet tas til orientering.', 'Andreas Aass-Engstrøm',
  '2026.07', 'Orientering', 'Dialog', 'Mål- og strategiplan for helsefellesskapet', 'Strategisk samarbeidsutvalg (SSU) er i prosess',
  'Strategisk samarbeidsutvalg er omforent om forslag til målstruktur.', 'Arbeidet blir presentert i partnerskapsmøtet.', 'Videre fremdrift høsten 2026:',
  'Presisering og tydeliggjøring av mål, delmål og strategier', 'Prioritering av tiltak', 'Vedtak om overordnede mål og strategi for helsefellesskapet legges frem for vedtak november 2026.',
  'Forslag til konklusjon:', 'Presentasjonen tas til orientering.', 'Partnerskapet gir SSU mandat til å vedta mål og strategi for helsefellesskapet i Vestfold 2027-xxxx.',
  'Partnerskapsmøtet ber SSU prioritere bruk av rekrutterings- og samhandlingstilskudd 2027 i tråd med vedtatt mål og strategi for helsefellesskapet.',
  'Konkretiserte fortrinn for helsefellesskapet i Vestfold tas med i videre arbeid.', 'Kristin Liset', 'Tobias Solli Iveland',
  'Oppsummering og avslutning', 'Per Christian Voss',
];

// 1×1 transparent PNG.
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('renderInnkallingDocx', () => {
  it('contains every case number, title, kind, proposed conclusion and presenter of the 2026 seed, in order, after the header facts', async () => {
    const paragraphs = await docxParagraphs(await renderInnkallingDocx(loadSeedMeeting('pm-2026.json')));
    const missing = positionsInOrder(paragraphs, SEED_2026_IN_ORDER).filter((p) => !p.found).map((p) => p.needle);
    expect(missing).toEqual([]);
  });

  it('prints under the first sak\'s number of a new meeting no «Godkjenning» that its title «Godkjenning av innkalling og dagsorden» already says', async () => {
    const seed = loadSeedMeeting('pm-2026.json');
    let id = 0;
    const meeting = newMeetingFromTemplate({ committee: seed.committee, date: '2026-09-10', start: '13:00', end: '15:00', online: false, existingMeetings: [], idFactory: () => `id-${++id}` });
    const paragraphs = await docxParagraphs(await renderInnkallingDocx({ ...seed, meeting }));
    const title = paragraphs.indexOf('Godkjenning av innkalling og dagsorden');
    expect(title).toBeGreaterThan(0);
    expect(paragraphs[title - 1]).toBe(meeting.items[0]?.caseNumber);
  });

  it('labels the header facts in bokmål and numbers multi-point proposals with a real list', async () => {
    const bytes = await renderInnkallingDocx(loadSeedMeeting('pm-2026.json'));
    const paragraphs = await docxParagraphs(bytes);
    for (const label of ['Til', 'Tema', 'Dato/sted', 'Vedlegg', 'Møteleder', 'Referent']) expect(paragraphs).toContain(label);
    const numbering = await docxPart(bytes, 'word/numbering.xml');
    expect(numbering).toContain('w:val="decimal"');
    expect(numbering).toContain('w:val="bullet"');
    const document = await docxPart(bytes, 'word/document.xml');
    expect(document).toMatch(/<w:numPr>/);
  });

  it('prints the committee\'s «Kopi» line under «Til», as a helseforetak\'s innkalling names its copies; none without one', async () => {
    const seed = loadSeedMeeting('pm-2026.json');
    const withCopy = { ...seed, committee: { ...seed.committee, copyLine: ' Styrets varamedlemmer, Brukerutvalget ' } };
    const paragraphs = await docxParagraphs(await renderInnkallingDocx(withCopy));
    const to = paragraphs.indexOf('Til');
    expect(paragraphs.slice(to, to + 4)).toEqual(['Til', 'Partnerskapsmøtets faste medlemmer', 'Kopi', 'Styrets varamedlemmer, Brukerutvalget']);
    expect(await docxParagraphs(await renderInnkallingDocx(seed))).not.toContain('Kopi');
  });

  it('is navigable and accessible: headings, header row, title and language', async () => {
    const bytes = await renderInnkallingDocx(loadSeedMeeting('pm-2026.json'));
    const document = await docxPart(bytes, 'word/document.xml');
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document.match(/<w:pStyle w:val="Heading2"\/>/g)?.length).toBe(8);
    expect(document).toContain('<w:tblHeader/>');
    expect(await docxPart(bytes, 'docProps/core.xml')).toContain('<dc:title>Innkalling Partnerskapsmøtet 11.06.26</dc:title>');
    expect(await docxPart(bytes, 'word/styles.xml')).toContain('w:val="nb-NO"');
  });

  it('links "Regjeringens presentasjon av prosjekt X" to its address', async () => {
    const bytes = await renderInnkallingDocx(loadSeedMeeting('pm-2026.json'));
    const rels = await docxPart(bytes, 'word/_rels/document.xml.rels');
    expect(rels).toContain('https://www.regjeringen.no/no/tema/helse-og-omsorg/prosjekt-x-en-vei-inn/');
    expect(await docxPart(bytes, 'word/document.xml')).toMatch(/<w:hyperlink [^>]*r:id="[^"]+"[^>]*>[\s\S]*?Regjeringens presentasjon av prosjekt X/);
  });

  it('uses nynorsk fixed texts and language for a nynorsk committee', async () => {
    const bytes = await renderInnkallingDocx(inNynorsk(loadSeedMeeting('pm-2026.json')));
    const paragraphs = await docxParagraphs(bytes);
    expect(paragraphs).toContain('Møteleiar');
    expect(paragraphs).toContain('Dato/stad');
    expect(paragraphs).not.toContain('Møteleder');
    expect(await docxPart(bytes, 'word/styles.xml')).toContain('w:val="nn-NO"');
  });

  it('puts the committee logos in the page header when configured, and none otherwise', async () => {
    const file = loadSeedMeeting('pm-2026.json');
    const withLogo = { ...file, committee: { ...file.committee, logos: [{ name: 'Helsefellesskapet i Vestfold', contentType: 'image/png' as const, base64: PNG_1X1, widthPx: 1, heightPx: 1 }] } };
    const bytes = await renderInnkallingDocx(withLogo);
    const header = await docxPart(bytes, 'word/header1.xml');
    expect(header).toContain('<a:blip');
    expect(header).toContain('descr="Helsefellesskapet i Vestfold"');
    const plain = await renderInnkallingDocx(file);
    await expect(docxPart(plain, 'word/header1.xml')).rejects.toThrow(/mangler/);
  });

  it('keeps markup typed into a title as text, not as document XML', async () => {
    const file = loadSeedMeeting('pm-2026.json');
    const [first, ...rest] = file.meeting.items;
    if (first === undefined) throw new Error('fixture has no items');
    const hostile = { ...file, meeting: { ...file.meeting, items: [{ ...first, title: '<w:p>Sak & "sitat" </w:t>' }, ...rest] } };
    const paragraphs = await docxParagraphs(await renderInnkallingDocx(hostile));
    expect(paragraphs).toContain('<w:p>Sak & "sitat" </w:t>');
  });

  it('stays well-formed XML when pasted text carries control characters or a broken surrogate', async () => {
    const file = loadSeedMeeting('pm-2026.json');
    const [first, ...rest] = file.meeting.items;
    if (first === undefined) throw new Error('fixture has no items');
    // \u000B is what Word puts on the clipboard for a manual line break; \u0001 and lone surrogates come from broken sources.
    const pasted = { ...file, meeting: { ...file.meeting, items: [{ ...first, title: 'Budsjett\u0001 2026\u000B del\uD800 1' }, ...rest] } };
    const xml = await docxPart(await renderInnkallingDocx(pasted), 'word/document.xml');
    // XML 1.0 allows tab, LF and CR among the C0 controls, and surrogates only in pairs.
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect((await docxParagraphs(await renderInnkallingDocx(pasted))).some((p) => p.startsWith('Budsjett 2026') && p.endsWith('1'))).toBe(true);
  });

  it('links the Teams meeting in the header when the meeting has a join address', async () => {
    const file = loadSeedMeeting('pm-2026.json');
    const joinUrl = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0';
    const bytes = await renderInnkallingDocx({ ...file, meeting: { ...file.meeting, onlineMeetingJoinUrl: joinUrl } });
    const missing = positionsInOrder(await docxParagraphs(bytes), ['Dato/sted', 'Teams-møte', 'Bli med i møtet', 'Vedlegg']).filter((p) => !p.found);
    expect(missing).toEqual([]);
    expect(await docxPart(bytes, 'word/_rels/document.xml.rels')).toContain('19%3ameeting_abc%40thread.v2');
    expect(await docxParagraphs(await renderInnkallingDocx(file))).not.toContain('Teams-møte');
  });

  it('links a vedlegg label in the header to the file when its address is known', async () => {
    const file = loadSeedMeeting('pm-2026.json');
    const url = 'https://contoso.sharepoint.com/sites/pm/Delte%20dokumenter/Vedlegg%201.pdf';
    const items = file.meeting.items.map((item) => ({ ...item, attachments: item.attachments.map((a) => (a.number === 1 ? { ...a, webUrl: url } : a)) }));
    const bytes = await renderInnkallingDocx({ ...file, meeting: { ...file.meeting, items } });
    expect(await docxPart(bytes, 'word/_rels/document.xml.rels')).toContain(url);
    expect(await docxPart(bytes, 'word/document.xml')).toMatch(/<w:hyperlink [^>]*>[\s\S]*?Vedlegg 1 - Sak 2026.02 Referat fra partnerskapsmøtet 05.06.25/);
    expect(await docxParagraphs(bytes)).toContain('Vedlegg 2 - Sak 2026.03 Oversikt status handlingsplan 2026 og tildelt rekrutterings- og samhandlingstilskudd');
  });

  it('lays the saksliste on a fixed grid whose Ansvar column grows with the longest presenter name', async () => {
    const file = loadSeedMeeting('pm-2026.json');
    const grid = async (meetingFile: typeof file) => {
      const document = await docxPart(await renderInnkallingDocx(meetingFile), 'word/document.xml');
      const table = (document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).find((t) => t.includes('Ansvar')) ?? '';
      expect(table).toContain('<w:tblLayout w:type="fixed"/>');
      return [...(table.match(/<w:tblGrid>[\s\S]*?<\/w:tblGrid>/)?.[0] ?? '').matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]));
    };
    const seedGrid = await grid(file);
    expect(seedGrid).toHaveLength(3);
    const longName = { name: 'Andreas Aass-Engstrøm Kristiansen-Wintervoll' };
    const items = file.meeting.items.map((item, i) => (i === 2 ? { ...item, presenters: [longName] } : item));
    const widerGrid = await grid({ ...file, meeting: { ...file.meeting, items } });
    expect(widerGrid[2]).toBeGreaterThan(seedGrid[2] ?? 0);
    expect(widerGrid.reduce((a, b) => a + b, 0)).toBe(seedGrid.reduce((a, b) => a + b, 0));
  });

  it('keeps each "Forslag til konklusjon:" label on the page of its first point', async () => {
    const document = await docxPart(await renderInnkallingDocx(loadSeedMeeting('pm-2026.json')), 'word/document.xml');
    const labels = document.match(/<w:p>(?:(?!<\/w:p>)[\s\S])*?>Forslag til konklusjon:<\/w:t>/g) ?? [];
    expect(labels).toHaveLength(7);
    for (const label of labels) expect(label).toContain('<w:keepNext/>');
  });

  it('keeps the row before the closing row with it, so the last page never holds the closing row alone', async () => {
    const document = await docxPart(await renderInnkallingDocx(loadSeedMeeting('pm-2025.json')), 'word/document.xml');
    const rows = document.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    const paragraphsOf = (row: string) => row.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? [];
    // The saksliste's rows come after the header block's; item headings keep with next by their style (Heading 2).
    const keeps = (p: string) => p.includes('<w:keepNext/>') || p.includes('<w:pStyle w:val="Heading2"/>');
    const beforeClosing = paragraphsOf(rows.filter((row) => row.includes('Utviklingsplan for SiV')).at(-1) ?? '');
    expect(beforeClosing.length).toBeGreaterThan(5);
    expect(beforeClosing.filter((p) => !keeps(p))).toEqual([]);
    expect(paragraphsOf(rows.filter((row) => row.includes('Delavtale om helhetlige pasientforløp')).at(-1) ?? '').every(keeps)).toBe(false);
  });

  it('shows no Møteleder for the 2025 meeting, whose innkalling names none', async () => {
    const paragraphs = await docxParagraphs(await renderInnkallingDocx(loadSeedMeeting('pm-2025.json')));
    expect(paragraphs).not.toContain('Møteleder');
    expect(positionsInOrder(paragraphs, ['Dato/sted', '05.06.2025 kl. 13.30–15.00, Våle samfunnshus', 'Referent', 'Hilde Kari Maugesten']).every((p) => p.found)).toBe(true);
  });

  it('links «Møtebok (PDF)» to the pack when its https address is given, and leaves it out otherwise', async () => {
    const file = loadSeedMeeting('pm-2026.json');
    const url = 'https://contoso.sharepoint.com/sites/pm/Delte%20dokumenter/M%C3%B8tebok%20PM%2011.06.26.pdf';
    const bytes = await renderInnkallingDocx(file, { boardPackUrl: url });
    expect(await docxPart(bytes, 'word/_rels/document.xml.rels')).toContain(url);
    expect(await docxPart(bytes, 'word/document.xml')).toMatch(/<w:hyperlink [^>]*>[\s\S]*?Møtebok \(PDF\)/);
    expect(await docxParagraphs(await renderInnkallingDocx(file, { boardPackUrl: 'javascript:alert(1)' }))).not.toContain('Møtebok (PDF)');
    expect(await docxParagraphs(await renderInnkallingDocx(file))).not.toContain('Møtebok (PDF)');
  });

  it('says under the facts that its links into the meeting folder need an account, as the invite body does, and not when it links none', async () => {
    const file = loadSeedMeeting('pm-2026.json');
    const line = 'Lenkene til møtemappen krever innlogging med en konto hos organisasjonen som eier den (også som gjest). Får du dem ikke opp, kan du be sekretariatet sende dokumentene.';
    const url = 'https://contoso.sharepoint.com/sites/pm/Delte%20dokumenter/Vedlegg%201.pdf';
    const eachVedlegg = (change: (a: Attachment) => Attachment, from: MeetingFile = file): MeetingFile => ({
      ...from,
      meeting: { ...from.meeting, items: from.meeting.items.map((item) => ({ ...item, attachments: item.attachments.map(change) })) },
    });
    const stored = eachVedlegg((a) => (a.number === 1 ? { ...a, driveItemId: 'd1', webUrl: url } : a));
    const paragraphs = await docxParagraphs(await renderInnkallingDocx(stored));
    expect(paragraphs).toContain(line);
    expect(positionsInOrder(paragraphs, ['Vedlegg 1 - Sak 2026.02 Referat fra partnerskapsmøtet 05.06.25', line, 'Innkalling Partnerskapsmøtet 11.06.26']).every((p) => p.found)).toBe(true);
    // The PDF of the papers lies in the folder too.
    const packUrl = 'https://contoso.sharepoint.com/sites/pm/Delte%20dokumenter/M%C3%B8tebok.pdf';
    const unlinked = eachVedlegg(({ webUrl: _url, ...a }) => a);
    expect(await docxParagraphs(await renderInnkallingDocx(unlinked, { boardPackUrl: packUrl }))).toContain(line);
    expect(await docxParagraphs(await renderInnkallingDocx(unlinked))).not.toContain(line);
    // A vedlegg that is only a public web page needs no account.
    const page = eachVedlegg(({ driveItemId: _id, ...a }) => ({ ...a, webUrl: 'https://siv.no/side' }), unlinked);
    expect(await docxParagraphs(await renderInnkallingDocx(page))).not.toContain(line);
    expect(await docxParagraphs(await renderInnkallingDocx(inNynorsk(stored)))).toContain(
      'Lenkjene til møtemappa krev innlogging med ein konto hos organisasjonen som eig ho (òg som gjest). Får du dei ikkje opp, kan du be sekretariatet sende dokumenta.',
    );
  });

  it('makes the number column wide enough for a long sakstype, so «Orienteringssak» breaks at no letter; the seed\'s column as before', async () => {
    const seed = loadSeedMeeting('pm-2026.json');
    const numberColumn = async (f: MeetingFile) => (await docxTableGrid(await renderInnkallingDocx(f), 'Saks nr.'))[0] ?? 0;
    // The seed's numbers and «Orientering» fit one line in 1583 twips before this rule, and still do.
    expect(await numberColumn(seed)).toBe(1583);
    const rek = withPresetKinds(seed, 'forskningsetikk', ['Orientering']);
    expect((await docxParagraphs(await renderInnkallingDocx(rek))).filter((text) => text === 'Orienteringssak')).toHaveLength(7);
    expect(await numberColumn(rek)).toBeGreaterThanOrEqual(textWidth('Orienteringssak') + CELL_MARGINS);
    expect(await numberColumn(rek)).toBeLessThan(CONTENT_WIDTH * 0.3);
  });

  it('prints no sakstype under the saksnummer when the committee groups its saker under headings instead (kindsUnderNumber: false)', async () => {
    const file = loadSeedMeeting('pm-2026.json');
    const labels = new Set(wordingOf(file.committee.conventions, 'nb').kinds.map((kind) => kind.label));
    const kindsPrinted = async (f: MeetingFile) => (await docxParagraphs(await renderInnkallingDocx(f))).filter((paragraph) => labels.has(paragraph));
    expect(await kindsPrinted(file)).not.toEqual([]);
    const conventions = { ...(file.committee.conventions ?? defaultConventions()), kindsUnderNumber: false };
    expect(await kindsPrinted({ ...file, committee: { ...file.committee, conventions } })).toEqual([]);
  });

  it('lists the members, and the vara when the committee wants, under the facts in «Navn | Funksjon | Representerer» tables when the committee does (noticeMembers, noticeDeputies); the «Til» line alone by default', async () => {
    const file = loadSeedMeeting('pm-2026.json');
    const members = [
      { name: 'Sigrid Verneombud', group: 'Arbeidstakersiden', chairRole: 'chair' as const },
      { name: 'Liv Sjef', organisation: 'Kommunedirektøren', chairRole: 'viceChair' as const },
      { name: 'Ola <Vara> & Sønn', organisation: 'Fagforbundet', role: 'deputy' as const },
      { name: 'Erik Helse', organisation: 'Bedriftshelsetjenesten', role: 'observer' as const },
    ];
    const listing = (shown: Partial<MeetingFile['committee']['conventions']>): MeetingFile => ({
      ...file,
      committee: {
        ...file.committee,
        members,
        conventions: { ...(file.committee.conventions ?? defaultConventions()), ...shown },
      },
    });
    expect(await docxTableRows(await renderInnkallingDocx(listing({ noticeDeputies: true })), 'Representerer')).toEqual([]);
    const bytes = await renderInnkallingDocx(listing({ noticeMembers: true }));
    expect(await docxTableRows(bytes, 'Representerer')).toEqual(['Navn | Funksjon | Representerer', 'Sigrid Verneombud | leder | Arbeidstakersiden', 'Liv Sjef | nestleder | Kommunedirektøren']);
    expect(positionsInOrder(await docxParagraphs(bytes), ['Til', 'Medlemmer', 'Navn', 'Sigrid Verneombud', 'Innkalling Partnerskapsmøtet 11.06.26']).every((p) => p.found)).toBe(true);
    const nynorsk = await docxTableRows(await renderInnkallingDocx(inNynorsk(listing({ noticeMembers: true, noticeDeputies: true }))), 'Representerer');
    expect(nynorsk).toEqual([
      'Namn | Funksjon | Representerer', 'Sigrid Verneombud | leiar | Arbeidstakersiden', 'Liv Sjef | nestleiar | Kommunedirektøren',
      'Namn | Funksjon | Representerer', 'Ola &lt;Vara&gt; &amp; Sønn | varamedlem | Fagforbundet',
    ]);
  });

  it('states «Møtested», «Møtedato» and «Tid» on rows of their own when the committee does (factsApart), as kommunale innkallinger head them; each only with a value; nynorsk «Møtestad»', async () => {
    const file = loadSeedMeeting('pm-2026.json');
    const conventions = { ...(file.committee.conventions ?? defaultConventions()), factsApart: true };
    const apart: MeetingFile = { ...file, committee: { ...file.committee, conventions } };
    const text = (await docxParagraphs(await renderInnkallingDocx(apart))).join('\n');
    expect(text).toMatch(/\nMøtested\nVåle samfunnshus\nMøtedato\n11\.06\.2026\nTid\n13\.30–15\.00\n/);
    expect(text).not.toContain('Dato/sted');
    const nynorsk = (await docxParagraphs(await renderInnkallingDocx(inNynorsk(apart)))).join('\n');
    expect(nynorsk).toMatch(/\nMøtestad\nVåle samfunnshus\nMøtedato\n11\.06\.2026\nTid\n/);
    // A Teams-only meeting without a place and a meeting recorded without its time: no empty row.
    const bare: MeetingFile = { ...apart, meeting: { ...apart.meeting, place: '', start: undefined, end: undefined } };
    const bareText = (await docxParagraphs(await renderInnkallingDocx(bare))).join('\n');
    expect(bareText).toMatch(/\nMøtedato\n11\.06\.2026\n/);
    expect(bareText).not.toMatch(/\n(Møtested|Tid)\n/);
    // The date written out when the committee writes it so (datesWritten).
    const written: MeetingFile = { ...apart, committee: { ...apart.committee, conventions: { ...conventions, datesWritten: true } } };
    expect((await docxParagraphs(await renderInnkallingDocx(written))).join('\n')).toMatch(/\nMøtedato\ntorsdag 11\. juni 2026\n/);
  });
  it('begins its facts with «Utvalg» and the committee\'s name, and heads the saksliste with the committee\'s word for it, where its papers do (noticeCommittee, noticeAgendaHeading); neither for the seed', async () => {
    const file = loadSeedMeeting('pm-2026.json');
    const withConventions = (shown: Partial<MeetingFile['committee']['conventions']>, name = file.committee.name): MeetingFile => ({
      ...file,
      committee: { ...file.committee, name, conventions: { ...(file.committee.conventions ?? defaultConventions()), ...shown } },
    });
    const paragraphs = async (f: MeetingFile) => docxParagraphs(await renderInnkallingDocx(f));
    // The seed goes from its heading straight to the table, and names no «Utvalg».
    const seed = await paragraphs(file);
    expect(seed.slice(seed.indexOf('Innkalling Partnerskapsmøtet 11.06.26'), seed.indexOf('Innkalling Partnerskapsmøtet 11.06.26') + 2)).toEqual(['Innkalling Partnerskapsmøtet 11.06.26', 'Saks nr.']);
    expect(seed).not.toContain('Utvalg');
    expect(seed).not.toContain('Saksliste');

    const headedBytes = await renderInnkallingDocx(withConventions({ noticeAgendaHeading: true }));
    const headed = await docxParagraphs(headedBytes);
    // A heading to Word's navigation pane and a screen reader, as the saker's titles.
    expect(await docxPart(headedBytes, 'word/document.xml')).toMatch(/<w:pStyle w:val="Heading2"\/>(?:(?!<\/w:p>).)*<w:t[^>]*>Saksliste<\/w:t>/);
    expect(headed.slice(headed.indexOf('Innkalling Partnerskapsmøtet 11.06.26'), headed.indexOf('Innkalling Partnerskapsmøtet 11.06.26') + 3)).toEqual(['Innkalling Partnerskapsmøtet 11.06.26', 'Saksliste', 'Saks nr.']);
    expect(await paragraphs(withConventions({ noticeAgendaHeading: true, agendaHeading: 'sakskart' }))).toContain('Sakskart');
    const nynorsk = await paragraphs(inNynorsk(withConventions({ noticeAgendaHeading: true, noticeCommittee: true })));
    expect(nynorsk.indexOf('Sakliste')).toBe(nynorsk.indexOf('Saks nr.') - 1);
    expect(nynorsk.slice(0, 4)).toEqual(['Utval', 'Partnerskapsmøtet', 'Til', 'Partnerskapsmøtets faste medlemmer']);

    // «Utvalg» first, before «Til», the name escaped in the document's XML.
    const bytes = await renderInnkallingDocx(withConventions({ noticeCommittee: true }, 'Råd for <eldre> & unge'));
    const named = await docxParagraphs(bytes);
    expect(named.slice(0, 3)).toEqual(['Utvalg', 'Råd for <eldre> & unge', 'Til']);
    expect(await docxPart(bytes, 'word/document.xml')).toContain('Råd for &lt;eldre&gt; &amp; unge');
    expect(named).not.toContain('Saksliste');

    // The committee's own word for the row, «Organ» or «Møte», in either målform.
    expect((await paragraphs(withConventions({ noticeCommittee: true, committeeLabel: 'Organ' }))).slice(0, 3)).toEqual(['Organ', 'Partnerskapsmøtet', 'Til']);
    expect((await paragraphs(inNynorsk(withConventions({ noticeCommittee: true, committeeLabel: 'Møte' })))).slice(0, 2)).toEqual(['Møte', 'Partnerskapsmøtet']);
  });
});
