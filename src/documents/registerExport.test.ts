import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { RegisterHit } from '../domain/decisionRegister';
import { neutraliseFormula, registerColumns, registerCsv, registerXlsx } from './registerExport';

const hit = (over: Partial<RegisterHit> = {}): RegisterHit => ({
  itemId: 'i1',
  meetingId: 'm1',
  committeeId: 'pm',
  meetingDate: '2024-06-13',
  caseNumber: '2024.04',
  title: 'Handlingsplan; «utkast»',
  kinds: ['vedtak'],
  conclusion: '1. Partnerskapet godkjenner "utkastet".\n2. SSU gis myndighet.',
  minutesUrl: 'https://contoso.sharepoint.com/referat.docx',
  ...over,
});

const columns = registerColumns(
  { caseNumber: 'Saksnummer', title: 'Tittel', committee: 'Møteorgan', meeting: 'Møte', date: 'Dato', kinds: 'Sakstype', conclusion: 'Konklusjon', minutes: 'Referat', sak: 'Sak' },
  { committeeName: () => 'Partnerskapsmøtet', meetingLabel: (h) => `Møte ${h.meetingDate}`, sakUrl: (h) => `https://app.example/workspace.html#meeting=${h.meetingId}` },
);

describe('the register as CSV for Excel', () => {
  it('starts with a byte order mark, separates with semicolons, quotes what needs it and ends lines with CRLF', () => {
    const csv = registerCsv([hit()], columns);
    expect(csv.startsWith('\uFEFFSaksnummer;Tittel;Møteorgan;Møte;Dato;Sakstype;Konklusjon;Referat;Sak\r\n')).toBe(true);
    const [, row] = csv.slice(1).split('\r\n');
    expect(row).toBe('2024.04;"Handlingsplan; «utkast»";Partnerskapsmøtet;Møte 2024-06-13;2024-06-13;vedtak;"1. Partnerskapet godkjenner ""utkastet"".\n2. SSU gis myndighet.";https://contoso.sharepoint.com/referat.docx;https://app.example/workspace.html#meeting=m1');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('neutralises cells Excel would run as formulas', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseFormula(`${start}HYPERLINK("x")`)).toBe(`'${start}HYPERLINK("x")`);
    expect(neutraliseFormula('Vedtatt')).toBe('Vedtatt');
    const csv = registerCsv([hit({ title: '=cmd|/C calc!A0', conclusion: '@SUM(1+1)' })], columns);
    expect(csv).toContain(";'=cmd|/C calc!A0;");
    expect(csv).toContain(";'@SUM(1+1);");
  });
});

describe('the register as an XLSX workbook', () => {
  it('holds the heading row and each hit as text cells, never formulas', async () => {
    const blob = await registerXlsx([hit({ conclusion: '=1+1' })], columns, 'Vedtaksregister 2024');
    const zip = await JSZip.loadAsync(await blob.arrayBuffer());
    const sheet = await zip.file('xl/worksheets/sheet1.xml')?.async('string');
    const strings = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '';
    const workbook = await zip.file('xl/workbook.xml')?.async('string');
    expect(workbook).toContain('name="Vedtaksregister 2024"');
    expect(sheet).not.toContain('<f>');
    for (const text of ['Saksnummer', 'Konklusjon', '2024.04', '=1+1', 'Partnerskapsmøtet']) expect(strings).toContain(text);
  });
});
