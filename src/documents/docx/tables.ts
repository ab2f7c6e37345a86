import { Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import { columnWidthFor, LINES_PER_PAGE, wordWidthFor } from './measure';
import { CONTENT_WIDTH } from './page';
import { TABLE_BORDERS, type BodyElement, type ParagraphKeep } from './richTextDocx';

export type CellContent = string | readonly string[] | readonly BodyElement[];

function isStringArray(content: readonly string[] | readonly BodyElement[]): content is readonly string[] {
  return content.every((entry) => typeof entry === 'string');
}

/** A cell's paragraphs; a table cell must end with a paragraph or Word reports the file as damaged. */
export function cellChildren(content: CellContent, bold = false, keep: ParagraphKeep = {}): BodyElement[] {
  const elements: BodyElement[] =
    typeof content === 'string'
      ? [new Paragraph({ ...keep, children: [new TextRun({ text: content, bold })] })]
      : isStringArray(content)
        ? content.map((text) => new Paragraph({ ...keep, children: [new TextRun({ text, bold })] }))
        : [...content];
  if (elements.length === 0 || !(elements[elements.length - 1] instanceof Paragraph)) elements.push(new Paragraph({ ...keep }));
  return elements;
}

/** Column widths in twips from fractions of the text width. */
export function widths(fractions: readonly number[]): number[] {
  return fractions.map((f) => Math.round(CONTENT_WIDTH * f));
}

/** A sentence across the facts' two columns, between their rows: the protokoll's «Av utvalgets medlemmer/varamedlemmer møtte 9 av 9.». */
export interface FactsSentence {
  sentence: string;
}

export type FactsRow = readonly [string, CellContent] | FactsSentence;

/**
 * The label/value block at the top of the innkalling and the referat ("Til", "Tema", "Dato/sted" …).
 * A layout table without borders, as in the seeds; labels are bold. A `FactsSentence` spans both columns where it stands.
 */
export function factsTable(rows: readonly FactsRow[]): Table {
  const pairs = rows.filter((row): row is readonly [string, CellContent] => !('sentence' in row));
  // A fifth of the width, or as wide as the longest label up to three tenths, so none wraps («Protokollførar», «Vert opna av»).
  const labelWidth = columnWidthFor(pairs.map(([label]) => ({ text: label, bold: true })), 0.2, 0.3);
  const valueWidth = CONTENT_WIDTH - labelWidth;
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [labelWidth ?? 0, valueWidth ?? 0],
    borders: { top: { style: 'none', size: 0, color: 'FFFFFF' }, bottom: { style: 'none', size: 0, color: 'FFFFFF' }, left: { style: 'none', size: 0, color: 'FFFFFF' }, right: { style: 'none', size: 0, color: 'FFFFFF' }, insideHorizontal: { style: 'none', size: 0, color: 'FFFFFF' }, insideVertical: { style: 'none', size: 0, color: 'FFFFFF' } },
    rows: rows.map((row) =>
      'sentence' in row
        ? new TableRow({
            children: [
              new TableCell({
                columnSpan: 2,
                width: { size: CONTENT_WIDTH, type: WidthType.DXA },
                children: [new Paragraph({ spacing: { before: 60, after: 60 }, children: [new TextRun(row.sentence)] })],
              }),
            ],
          })
        : new TableRow({
            children: [
              new TableCell({ width: { size: labelWidth ?? 0, type: WidthType.DXA }, children: cellChildren(row[0], true) }),
              new TableCell({ width: { size: valueWidth ?? 0, type: WidthType.DXA }, children: cellChildren(row[1]) }),
            ],
          }),
    ),
  });
}

export interface GridRow {
  cells: readonly CellContent[];
  /** Estimated height in lines (see measure.ts); unknown means short. */
  lines?: number;
  /**
   * Keep this row on the page of the next one. Applied here to text cells; cells the caller built
   * must carry the same `keep` on their paragraphs (see `keepWithLastRow`).
   */
  keep?: ParagraphKeep;
}

/**
 * Rows up to this height never split across pages: a split short row leaves a repeated header
 * and a stray cell ("Vedlegg 1") on a page of its own. Longer rows may split, or a page would be
 * left mostly blank before them; their labels keep with what follows (underlinedLabel).
 */
export const UNSPLIT_ROW_LINES = Math.floor(LINES_PER_PAGE / 3);

/**
 * The row before the last keeps with it, so the last page never holds a lone closing row under a
 * repeated header. Only when that row is short enough not to split, or it could drag a whole page.
 */
export function keepWithLastRow(index: number, count: number, lines: number): ParagraphKeep {
  return index === count - 2 && lines <= UNSPLIT_ROW_LINES ? { keepNext: true } : {};
}

/**
 * A bordered table with a repeating header row (marked as header for screen readers and repeated
 * on every page). The grid is fixed at the given column widths (twips), so Word and LibreOffice do
 * not re-balance columns by content and wrap names that were given room.
 */
export function gridTable(headers: readonly string[], columnWidths: readonly number[], rows: readonly GridRow[]): Table {
  const cell = (content: CellContent, column: number, bold = false, keep: ParagraphKeep = {}): TableCell =>
    new TableCell({ width: { size: columnWidths[column] ?? 0, type: WidthType.DXA }, children: cellChildren(content, bold, keep) });
  return new Table({
    width: { size: columnWidths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: [...columnWidths],
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((header, column) => cell(header, column, true)) }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: (row.lines ?? 0) <= UNSPLIT_ROW_LINES,
            children: row.cells.map((content, column) => cell(content, column, false, row.keep)),
          }),
      ),
    ],
  });
}

/** The case number in bold over the item's short facts (vedlegg, kinds): the first column of a saksliste table. */
export function caseCell(caseNumber: string | null, facts: readonly string[], keep: ParagraphKeep = {}): CellContent {
  if (caseNumber === null) return [];
  return [
    new Paragraph({ ...keep, children: [new TextRun({ text: caseNumber, bold: true })] }),
    ...facts.map((text) => new Paragraph({ ...keep, children: [new TextRun(text)] })),
  ];
}

/**
 * Width of that first column, the innkalling's and the protokoll's alike: its header and every case number and fact on one line
 * within a fifth of the page; wider, up to `CASE_COLUMN_WORD_MAX`, where one word needs it, so a long sakstype
 * («Orienteringssak», «Beslutningssak») wraps at no letter. A fact of many words past a fifth wraps at its spaces.
 */
export function caseColumnWidth(header: string, rows: readonly { caseNumber: string | null; facts: readonly string[] }[]): number {
  const texts = [{ text: header, bold: true }, ...rows.flatMap((row) => [{ text: row.caseNumber ?? '', bold: true }, ...row.facts.map((text) => ({ text }))])];
  return Math.max(columnWidthFor(texts, 0.12, 0.2), wordWidthFor(texts, 0.12, CASE_COLUMN_WORD_MAX));
}

/** The widest the number column grows for one word (about 18 letters): the content column beside it keeps the most room. */
export const CASE_COLUMN_WORD_MAX = 0.28;

export function boldParagraph(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, bold: true })] });
}

/** "Forslag til konklusjon:" underlined, as in the seeds. It never ends a page: it keeps with its first point. */
export function underlinedLabel(text: string): Paragraph {
  return new Paragraph({ spacing: { before: 120 }, keepNext: true, keepLines: true, children: [new TextRun({ text, underline: {} })] });
}

export function plainParagraph(children: ParagraphChild[] | string): Paragraph {
  return new Paragraph({ children: typeof children === 'string' ? [new TextRun(children)] : children });
}
