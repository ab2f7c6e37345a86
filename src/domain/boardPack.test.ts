import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { boardPackFileName, conversionOf, layoutBoardPack, packDocuments, packViewer, planBoardPack, LEFT_OUT_KEY, type PackOutcome } from './boardPack';
import { FULL_VIEWER, PUBLIC_VIEWER } from './confidentiality';
import { CaseNumberSchema, type MeetingFile } from './model';
import { aCommittee, aMeeting, anAttachment, anItem } from './testing/builders';

const cn = (text: string) => v.parse(CaseNumberSchema, text);

const member = { name: 'Mona Medlem', email: 'mona@siv.example.no' };
const observer = { name: 'Olga Observatør', email: 'olga@ksa.example.no', role: 'observer' as const };
const stored = (name: string, id: string) => ({ fileName: name, driveItemId: id, webUrl: `https://example.sharepoint.com/${id}`, eTag: `"${id},1"` });

function aFile(members = [member]): MeetingFile {
  return {
    committee: aCommittee({ members }),
    meeting: aMeeting({
      innkalling: stored('Innkalling Partnerskapsmøtet 11.06.26.docx', 'inn'),
      items: [
        anItem('h', { caseNumber: null, row: 'heading', title: 'Saker til behandling' }),
        anItem('a', {
          caseNumber: cn('2026.02'),
          title: 'Referat fra forrige møte',
          attachments: [anAttachment('v1', { number: 1, title: 'Referat 05.06.25', ...stored('Vedlegg 1 - Sak 2026.02 Referat 05.06.25.pdf', 'v1') })],
        }),
        anItem('b', {
          caseNumber: cn('2026.03'),
          title: 'Handlingsplan',
          caseMemo: stored('2026.03 Saksgrunnlag Handlingsplan PM 11.06.26.docx', 'memo-b'),
          attachments: [
            anAttachment('v2', { number: 2, title: 'Status', ...stored('Vedlegg 2 - Sak 2026.03 Status.xlsx', 'v2') }),
            anAttachment('v3', { number: 3, title: 'Lønnsoversikt', ...stored('Vedlegg 3 - Sak 2026.03 Lønnsoversikt.pdf', 'v3'), exemption: { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1' } }),
            anAttachment('v4', { number: 4, title: 'Arkiv', ...stored('Vedlegg 4 - Sak 2026.03 Arkiv.zip', 'v4') }),
          ],
        }),
        anItem('c', { caseNumber: cn('2026.04'), title: 'Eventuelt' }),
        anItem('d', {
          caseNumber: cn('2026.05'),
          title: 'Personalsak',
          confidentiality: { exempt: { basis: 'offl. § 25', publicTitle: 'Ansettelse' } },
          caseMemo: stored('2026.05 Saksgrunnlag Personalsak.docx', 'memo-d'),
          attachments: [anAttachment('v5', { number: 5, title: 'Søknad fra Ola Nordmann', ...stored('Vedlegg 5 - Sak 2026.05 Søknad fra Ola Nordmann.pdf', 'v5') })],
        }),
      ],
    }),
  };
}

describe('the møtebok PDF plan', () => {
  it('puts the innkalling first, then per sak in agenda order its saksframlegg and vedlegg under their invitation names', () => {
    const plan = planBoardPack(aFile(), FULL_VIEWER);
    expect(packDocuments(plan).map((document) => document.title)).toEqual([
      'Innkalling',
      'Vedlegg 1 - Sak 2026.02 Referat 05.06.25',
      'Saksframlegg',
      'Vedlegg 2 - Sak 2026.03 Status',
      'Vedlegg 3 - Sak 2026.03 Lønnsoversikt',
      'Saksframlegg',
      'Vedlegg 5 - Sak 2026.05 Søknad fra Ola Nordmann',
    ]);
    // Headings and saker without documents have no section; the sections are named as in the saksliste.
    expect(plan.sections.map((section) => section.title)).toEqual(['Sak 2026.02 Referat fra forrige møte', 'Sak 2026.03 Handlingsplan', 'Sak 2026.05 Personalsak']);
    expect(packDocuments(plan).map((document) => document.conversion)).toEqual(['convert', 'asIs', 'convert', 'convert', 'asIs', 'convert', 'asIs']);
    // What cannot be converted is listed with its link, not dropped.
    expect(plan.leftOut).toEqual([{ title: 'Vedlegg 4 - Sak 2026.03 Arkiv', reason: 'Filtypen kan ikke gjøres om til PDF', webUrl: 'https://example.sharepoint.com/v4' }]);
    expect(new Set(packDocuments(plan).map((document) => document.key)).size).toBe(7);
  });

  it('follows the public version when someone who can read the meeting folder may not see exempt content', () => {
    expect(packViewer(aFile([member]))).toEqual(FULL_VIEWER);
    const file = aFile([member, observer]);
    expect(packViewer(file)).toEqual(PUBLIC_VIEWER);
    const plan = planBoardPack(file);
    expect(plan.view).toBe('public');
    const titles = JSON.stringify(plan);
    for (const secret of ['Lønnsoversikt', 'Personalsak', 'Ola Nordmann', 'memo-d', '"v3"', '"v5"']) expect(titles).not.toContain(secret);
    expect(plan.sections.map((section) => section.title)).toEqual(['Sak 2026.02 Referat fra forrige møte', 'Sak 2026.03 Handlingsplan']);
    // Exempt documents are listed by public title and hjemmel only.
    expect(plan.leftOut).toEqual([
      { title: 'Vedlegg 3 - Sak 2026.03 Unntatt offentlighet', reason: 'Unntatt offentlighet, offl. § 13 jf. fvl. § 13 første ledd nr. 1' },
      { title: 'Vedlegg 4 - Sak 2026.03 Arkiv', reason: 'Filtypen kan ikke gjøres om til PDF', webUrl: 'https://example.sharepoint.com/v4' },
      { title: 'Saksframlegg til Sak 2026.05 Ansettelse', reason: 'Unntatt offentlighet, offl. § 25' },
      { title: 'Vedlegg 5 - Sak 2026.05 Unntatt offentlighet', reason: 'Unntatt offentlighet, offl. § 25' },
    ]);
  });

  it('lists a vedlegg that was never stored in SharePoint instead of leaving it out', () => {
    const file = aFile();
    const items = file.meeting.items.map((item) => (item.id === 'a' ? { ...item, attachments: [anAttachment('link', { number: 1, title: 'Nettside', fileName: 'Nettside.pdf', webUrl: 'https://example.no/rapport' })] } : item));
    const plan = planBoardPack({ ...file, meeting: { ...file.meeting, items } }, FULL_VIEWER);
    expect(plan.leftOut[0]).toEqual({ title: 'Vedlegg 1 - Sak 2026.02 Nettside', reason: 'Ikke lagret i SharePoint', webUrl: 'https://example.no/rapport' });
  });

  it('names the file after the committee and date, and tells which formats Graph converts', () => {
    expect(boardPackFileName(aFile())).toMatch(/^Møtebok .+ \d\d\.\d\d\.\d\d\.pdf$/);
    expect(conversionOf('Notat.DOCX')).toBe('convert');
    expect(conversionOf('Rapport.pdf')).toBe('asIs');
    expect(conversionOf('bilde.png')).toBe('unsupported');
  });
});

describe('the møtebok PDF layout', () => {
  it('numbers the pages after the table of contents and points each bookmark at its first page', () => {
    const plan = planBoardPack(aFile(), FULL_VIEWER);
    const pages = [2, 1, 3, 4, 2, 1, 5];
    const outcomes = new Map<string, PackOutcome>(packDocuments(plan).map((document, index) => [document.key, { pages: pages[index] ?? 0 }]));
    const layout = layoutBoardPack(plan, outcomes);
    expect(layout.contentsPages).toBe(1);
    const flat = layout.entries.map((entry) => [entry.title, entry.page, entry.children.map((child) => [child.title, child.page])]);
    expect(flat).toEqual([
      ['Innkalling', 2, []],
      ['Sak 2026.02 Referat fra forrige møte', 4, [['Vedlegg 1 - Sak 2026.02 Referat 05.06.25', 4]]],
      ['Sak 2026.03 Handlingsplan', 5, [['Saksframlegg', 5], ['Vedlegg 2 - Sak 2026.03 Status', 8], ['Vedlegg 3 - Sak 2026.03 Lønnsoversikt', 12]]],
      ['Sak 2026.05 Personalsak', 14, [['Saksframlegg', 14], ['Vedlegg 5 - Sak 2026.05 Søknad fra Ola Nordmann', 15]]],
      ['Dokumenter som ikke er med i møteboken', 20, []],
    ]);
    expect(layout.totalPages).toBe(20);
  });

  it('moves a document that failed to the list of what is left out, with the reason and its link', () => {
    const plan = planBoardPack(aFile(), FULL_VIEWER);
    const outcomes = new Map<string, PackOutcome>(packDocuments(plan).map((document) => [document.key, document.title.startsWith('Vedlegg 1') ? { failed: 'ødelagt PDF' } : { pages: 1 }]));
    const layout = layoutBoardPack(plan, outcomes);
    const sak = layout.entries.find((entry) => entry.key === 'sak-2026.02');
    expect(sak?.children).toEqual([]);
    expect(sak?.page).toBe(layout.leftOutPage);
    expect(layout.leftOut.map((entry) => entry.title)).toContain('Vedlegg 1 - Sak 2026.02 Referat 05.06.25');
    expect(layout.leftOut.find((entry) => entry.title.startsWith('Vedlegg 1'))).toMatchObject({ reason: 'Kunne ikke hentes eller gjøres om til PDF (ødelagt PDF)', webUrl: 'https://example.sharepoint.com/v1' });
    expect(layout.entries.at(-1)?.key).toBe(LEFT_OUT_KEY);
  });

  it('gives the table of contents more pages when its lines do not fit on one', () => {
    const items = Array.from({ length: 30 }, (_, index) =>
      anItem(`i${index}`, { caseNumber: cn(`2026.${String(index + 1).padStart(2, '0')}`), title: `Sak ${index}`, attachments: [anAttachment(`v${index}`, { number: index + 1, title: `V${index}`, ...stored(`V${index}.pdf`, `v${index}`) })] }),
    );
    const file = aFile();
    const plan = planBoardPack({ ...file, meeting: { ...file.meeting, items } }, FULL_VIEWER);
    const layout = layoutBoardPack(plan, new Map(packDocuments(plan).map((document) => [document.key, { pages: 1 }])));
    expect(layout.contentsPages).toBe(2);
    expect(layout.entries[0]?.page).toBe(3);
    expect(layout.totalPages).toBe(2 + 31);
  });

  it('calls the pack by the committee\'s word for its papers, in title, file name and last page, in both målformer; «Møtebok» when it has none', () => {
    const file = aFile();
    const withWord = (pack: string, languageForm: 'nb' | 'nn' = 'nb'): MeetingFile => ({ ...file, committee: { ...file.committee, languageForm, conventions: { ...file.committee.conventions, pack } as MeetingFile['committee']['conventions'] } });
    expect(planBoardPack(withWord('sakskart'), FULL_VIEWER).title).toMatch(/^Sakskart .+ \d\d\.\d\d\.\d\d$/);
    expect(boardPackFileName(withWord('saksdokumenter'))).toMatch(/^Saksdokumenter .+\.pdf$/);
    expect(boardPackFileName(withWord('saksdokumenter', 'nn'))).toMatch(/^Saksdokument .+\.pdf$/);
    expect(planBoardPack(withWord('sakspapirer', 'nn'), FULL_VIEWER).leftOutHeading).toBe('Dokument som ikkje er med i sakspapira');
    expect(planBoardPack(withWord('motedokumenter'), FULL_VIEWER).leftOutHeading).toBe('Dokumenter som ikke er med i møtedokumentene');
    expect(planBoardPack(file, FULL_VIEWER).leftOutHeading).toBe('Dokumenter som ikke er med i møteboken');
    expect(boardPackFileName(file)).toMatch(/^Møtebok /);
  });

  it('calls the pack «Saksdokumenter» (nynorsk «Saksdokument») when the committee\'s record is the «Møtebok» and it chose no word, so the papers and the record are not both «Møtebok»; a word it chose stays', () => {
    const file = aFile();
    const withRecord = (conventions: Record<string, unknown>, languageForm: 'nb' | 'nn' = 'nb'): MeetingFile => ({ ...file, committee: { ...file.committee, languageForm, conventions: { ...file.committee.conventions, ...conventions } as MeetingFile['committee']['conventions'] } });
    expect(boardPackFileName(withRecord({ minutes: 'motebok' }, 'nn'))).toMatch(/^Saksdokument .+\.pdf$/);
    expect(planBoardPack(withRecord({ minutes: 'motebok' }), FULL_VIEWER).title).toMatch(/^Saksdokumenter /);
    expect(boardPackFileName(withRecord({ minutes: 'motebok', pack: 'sakskart' }))).toMatch(/^Sakskart /);
    expect(boardPackFileName(withRecord({ minutes: 'motebok', pack: 'motebok' }))).toMatch(/^Møtebok /);
    expect(boardPackFileName(withRecord({ minutes: 'protokoll' }))).toMatch(/^Møtebok /);
  });
});
