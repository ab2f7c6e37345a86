/**
 * The decision register for the annual report: CSV and XLSX from the hits the user found. Pure
 * (strings and bytes); the XLSX writer (write-excel-file) is loaded by `import()` only when an
 * XLSX is made, so no page carries it up front.
 */
import type { RegisterHit } from '../domain/decisionRegister';

/** One column of the export: its heading (in the user's language) and the cell of a hit. */
export interface RegisterColumn {
  heading: string;
  cell: (hit: RegisterHit) => string;
  /** Width in characters in the workbook. */
  width: number;
}

/** The columns as the workspace exports them; `meetingLabel` and `sakUrl` come from the screen. */
export function registerColumns(
  headings: {
    caseNumber: string;
    title: string;
    committee: string;
    meeting: string;
    date: string;
    kinds: string;
    conclusion: string;
    minutes: string;
    sak: string;
  },
  view: { committeeName: (hit: RegisterHit) => string; meetingLabel: (hit: RegisterHit) => string; sakUrl: (hit: RegisterHit) => string },
): RegisterColumn[] {
  return [
    { heading: headings.caseNumber, cell: (hit) => hit.caseNumber ?? '', width: 12 },
    { heading: headings.title, cell: (hit) => hit.title, width: 40 },
    { heading: headings.committee, cell: view.committeeName, width: 24 },
    { heading: headings.meeting, cell: view.meetingLabel, width: 30 },
    { heading: headings.date, cell: (hit) => hit.meetingDate, width: 12 },
    { heading: headings.kinds, cell: (hit) => hit.kinds.join(', '), width: 18 },
    { heading: headings.conclusion, cell: (hit) => hit.conclusion, width: 80 },
    { heading: headings.minutes, cell: (hit) => hit.minutesUrl ?? '', width: 30 },
    { heading: headings.sak, cell: view.sakUrl, width: 30 },
  ];
}

/**
 * A cell Excel would read as a formula (= + - @, and tab or carriage return, which some readers
 * strip before looking) gets a leading apostrophe, as OWASP advises against CSV injection: the
 * text is shown, never run.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvCell(value: string): string {
  const safe = neutraliseFormula(value);
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * CSV as Excel in Norway opens it by a double click: UTF-8 with a byte order mark (without it
 * Excel reads æøå as Windows-1252), semicolons between fields (Norwegian Excel's list separator,
 * because the comma is the decimal sign: a comma-separated file opens as one column), CRLF line
 * ends and RFC 4180 quoting.
 */
export function registerCsv(hits: readonly RegisterHit[], columns: readonly RegisterColumn[]): string {
  const lines = [columns.map((column) => csvCell(column.heading)).join(';'), ...hits.map((hit) => columns.map((column) => csvCell(column.cell(hit))).join(';'))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The same table as an .xlsx workbook. Every cell is a text cell (never a formula), so a
 * konklusjon starting with "=" is shown as written; the heading row is bold and stays in view.
 */
export async function registerXlsx(hits: readonly RegisterHit[], columns: readonly RegisterColumn[], sheetName: string): Promise<Blob> {
  const { default: writeXlsxFile } = await import(/* webpackChunkName: "register-xlsx" */ 'write-excel-file/universal');
  const heading = columns.map((column) => ({ value: column.heading, type: String, fontWeight: 'bold' as const }));
  const rows = hits.map((hit) => columns.map((column) => ({ value: column.cell(hit), type: String, wrap: true })));
  return writeXlsxFile([heading, ...rows], {
    sheet: sheetName.slice(0, 31),
    stickyRowsCount: 1,
    columns: columns.map((column) => ({ width: column.width })),
  }).toBlob();
}
