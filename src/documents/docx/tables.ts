import { Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import { CONTENT_WIDTH } from './page';
import { TABLE_BORDERS, type BodyElement } from './richTextDocx';

export type CellContent = string | readonly string[] | readonly BodyElement[];

function isStringArray(content: readonly string[] | readonly BodyElement[]): content is readonly string[] {
  return content.every((entry) => typeof entry === 'string');
}

/** A cell's paragraphs; a table cell must end with a paragraph or Word reports the file as damaged. */
export function cellChildren(content: CellContent, bold = false): BodyElement[] {
  const elements: BodyElement[] =
    typeof content === 'string'
      ? [new Paragraph({ children: [new TextRun({ text: content, bold })] })]
      : isStringArray(content)
        ? content.map((text) => new Paragraph({ children: [new TextRun({ text, bold })] }))
        : [...content];
  if (elements.length === 0 || !(elements[elements.length - 1] instanceof Paragraph)) elements.push(new Paragraph({}));
  return elements;
}

function widths(fractions: readonly number[]): number[] {
  return fractions.map((f) => Math.round(CONTENT_WIDTH * f));
}

/**
 * The label/value block at the top of the innkalling and the referat ("Til", "Tema", "Dato/sted" …).
 * A layout table without borders, as in the seeds; labels are bold.
 */
export function factsTable(rows: readonly (readonly [string, CellContent])[]): Table {
  const [labelWidth, valueWidth] = widths([0.2, 0.8]);
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [labelWidth ?? 0, valueWidth ?? 0],
    borders: { top: { style: 'none', size: 0, color: 'FFFFFF' }, bottom: { style: 'none', size: 0, color: 'FFFFFF' }, left: { style: 'none', size: 0, color: 'FFFFFF' }, right: { style: 'none', size: 0, color: 'FFFFFF' }, insideHorizontal: { style: 'none', size: 0, color: 'FFFFFF' }, insideVertical: { style: 'none', size: 0, color: 'FFFFFF' } },
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          children: [
            new TableCell({ width: { size: labelWidth ?? 0, type: WidthType.DXA }, children: cellChildren(label, true) }),
            new TableCell({ width: { size: valueWidth ?? 0, type: WidthType.DXA }, children: cellChildren(value) }),
          ],
        }),
    ),
  });
}

/**
 * A bordered table with a repeating header row (marked as header for screen readers and repeated
 * on every page), column widths as fractions of the text width.
 */
export function gridTable(headers: readonly string[], fractions: readonly number[], rows: readonly (readonly CellContent[])[]): Table {
  const columnWidths = widths(fractions);
  const cell = (content: CellContent, column: number, bold = false): TableCell =>
    new TableCell({ width: { size: columnWidths[column] ?? 0, type: WidthType.DXA }, children: cellChildren(content, bold) });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths,
    borders: TABLE_BORDERS,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((header, column) => cell(header, column, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((content, column) => cell(content, column)) })),
    ],
  });
}

export function boldParagraph(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, bold: true })] });
}

/** "Forslag til konklusjon:" underlined, as in the seeds. */
export function underlinedLabel(text: string): Paragraph {
  return new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text, underline: {} })] });
}

export function plainParagraph(children: ParagraphChild[] | string): Paragraph {
  return new Paragraph({ children: typeof children === 'string' ? [new TextRun(children)] : children });
}
