import { BorderStyle, ExternalHyperlink, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import { pointsNumbered } from '../../domain/conclusionPoints';
import type { Conventions } from '../../domain/conventions';
import { safeLinkUrl } from '../../domain/safeUrl';
import { listItemParts, type Block, type Inline, type ListBlock, type RichText } from '../../domain/richText';
import { BULLET_LIST, NUMBERED_LIST, type ListInstances } from './numbering';
import { CONTENT_WIDTH } from './page';

/** What a table cell or the page body holds. */
export type BodyElement = Paragraph | Table;

/**
 * Paragraph properties a caller adds to every paragraph it builds. `keepNext` on every paragraph of
 * a table row keeps that row on the page of the next one (Word and LibreOffice alike).
 */
export interface ParagraphKeep {
  keepNext?: boolean;
}


/** A run of text. A "\n" inside a run is a line break (Shift+Enter in the editor). */
function textRuns(inline: Inline, extra: { style?: string } = {}): TextRun[] {
  return inline.text.split('\n').map(
    (segment, index) =>
      new TextRun({
        text: segment,
        break: index > 0 ? 1 : undefined,
        bold: inline.bold,
        italics: inline.italic,
        underline: inline.underline ? {} : undefined,
        ...extra,
      }),
  );
}

export function inlineChildren(line: readonly Inline[]): ParagraphChild[] {
  return line.flatMap((inline): ParagraphChild[] => {
    // The schema already refuses other schemes; checked again because a document is the last stop.
    if (inline.href !== undefined && safeLinkUrl(inline.href) !== undefined) {
      return [new ExternalHyperlink({ link: inline.href, children: textRuns(inline, { style: 'Hyperlink' }) })];
    }
    return textRuns(inline);
  });
}

export function numberedParagraphs(lines: readonly (readonly Inline[])[], lists: ListInstances, keep: ParagraphKeep = {}): Paragraph[] {
  return listParagraphs({ type: 'numberedList', items: lines.map((line) => [...line]) }, lists, keep);
}

/**
 * A list and its sub-lists as numbered paragraphs: each (sub-)list takes its own instance so it
 * counts from 1, and its paragraphs carry their nesting as the Word list level.
 */
export function listParagraphs(list: ListBlock, lists: ListInstances, keep: ParagraphKeep = {}, level = 0): Paragraph[] {
  const instance = lists.take();
  const reference = list.type === 'bulletList' ? BULLET_LIST : NUMBERED_LIST;
  return list.items.flatMap((item) => {
    const { content, list: sub } = listItemParts(item);
    const paragraph = new Paragraph({ ...keep, children: inlineChildren(content), numbering: { reference, level, instance } });
    return sub ? [paragraph, ...listParagraphs(sub, lists, keep, level + 1)] : [paragraph];
  });
}

const thinBorder = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;
export const TABLE_BORDERS = {
  top: thinBorder,
  bottom: thinBorder,
  left: thinBorder,
  right: thinBorder,
  insideHorizontal: thinBorder,
  insideVertical: thinBorder,
} as const;

/**
 * Column widths in proportion to the longest text of each column (within bounds), so a label
 * column of a grant table is not squeezed to the width of a number column.
 */
function columnWidths(rows: readonly (readonly (readonly Inline[])[])[], columns: number): number[] {
  const weights = Array.from({ length: columns }, (_, column) => {
    const longest = Math.max(0, ...rows.map((row) => (row[column] ?? []).reduce((sum, inline) => sum + inline.text.length, 0)));
    return Math.min(45, Math.max(8, longest));
  });
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => Math.round((CONTENT_WIDTH * weight) / total));
}

function richTable(block: Extract<Block, { type: 'table' }>): Table {
  const columns = Math.max(1, ...block.rows.map((row) => row.length));
  const widths = columnWidths(block.rows, columns);
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: TABLE_BORDERS,
    rows: block.rows.map((row, rowIndex) => {
      const isHeader = block.header === true && rowIndex === 0;
      const cells = Array.from({ length: columns }, (_, column) => row[column] ?? []);
      return new TableRow({
        tableHeader: isHeader,
        children: cells.map(
          (line, column) =>
            new TableCell({
              width: { size: widths[column] ?? 0, type: WidthType.DXA },
              children: [new Paragraph({ children: inlineChildren(isHeader ? line.map((i) => ({ ...i, bold: true })) : line) })],
            }),
        ),
      });
    }),
  });
}

/** Maps the block model to Word paragraphs, lists and tables. */
export function richTextToDocx(richText: RichText, lists: ListInstances, keep: ParagraphKeep = {}): BodyElement[] {
  return richText.flatMap((block): BodyElement[] => {
    switch (block.type) {
      case 'paragraph':
        return [new Paragraph({ ...keep, children: inlineChildren(block.content) })];
      case 'bulletList':
      case 'numberedList':
        return listParagraphs(block, lists, keep);
      case 'table':
        // Word needs a paragraph between two adjacent tables or it merges them.
        return [richTable(block), new Paragraph({ ...keep })];
    }
  });
}

/** A konklusjon's or proposal's points: numbered, or each a paragraph, as the domain decides (`pointsNumbered`). */
export function conclusionPoints(points: readonly string[], lists: ListInstances, conventions: Conventions | undefined, keep: ParagraphKeep = {}): Paragraph[] {
  const lines = points.map((text) => [{ text }]);
  if (!pointsNumbered(points, conventions)) return lines.map((line) => new Paragraph({ ...keep, children: inlineChildren(line) }));
  return numberedParagraphs(lines, lists, keep);
}
