import { CONTENT_WIDTH, PAGE_HEIGHT, PAGE_MARGIN } from './page';

/**
 * Rough text metrics for laying out tables before Word or LibreOffice does. Widths are for 11 pt
 * body text in DejaVu Sans, the widest font a reader is likely to get in Calibri's place (Linux and
 * LibreOffice without Microsoft's fonts): a column sized with it also holds the text in Calibri.
 * Units are twips (1/20 pt); advance widths are in 1/1000 em.
 */

const FONT_SIZE_TWIPS = 220;
/** Word's default cell margins, left and right (0.19 cm each). */
export const CELL_MARGINS = 2 * 108;

const NARROW = new Set([...'iljIft.,:;!|\'()[]']);
const SPACE_LIKE = new Set([...' -/']);
const WIDE = new Set([...'mwMWÆæ']);

function advance(char: string): number {
  if (NARROW.has(char)) return 330;
  if (SPACE_LIKE.has(char)) return 350;
  if (WIDE.has(char)) return 950;
  if (char === 'r') return 420;
  if (/[0-9]/.test(char)) return 640;
  if (char !== char.toLowerCase()) return 720;
  return 620;
}

/** Width of one line of text at 11 pt, in twips. Bold is about a tenth wider. */
export function textWidth(text: string, bold = false): number {
  const em = [...text].reduce((sum, char) => sum + advance(char), 0);
  return Math.ceil(((em * FONT_SIZE_TWIPS) / 1000) * (bold ? 1.1 : 1));
}

export interface MeasuredText {
  text: string;
  bold?: boolean;
}

/** Estimates are averages per character class: a tenth more keeps an unlucky word from wrapping. */
const SLACK = 1.1;

/**
 * The width a column needs so that none of its texts wraps (a name stays on one line), clamped
 * to [min, max] as fractions of the text width.
 */
export function columnWidthFor(texts: readonly MeasuredText[], min: number, max: number): number {
  const widest = Math.max(0, ...texts.map(({ text, bold }) => textWidth(text, bold) * SLACK));
  return Math.round(Math.min(CONTENT_WIDTH * max, Math.max(CONTENT_WIDTH * min, widest + CELL_MARGINS)));
}

/**
 * The width a column needs so that no word of its texts is broken: Word and LibreOffice wrap at spaces and break inside a
 * word only when the word cannot fit a line (a sakstype «Orienteringssak» read «Orienteringssa / k»). Clamped to
 * [min, max] as fractions of the text width, so a runaway word cannot starve the columns beside it.
 */
export function wordWidthFor(texts: readonly MeasuredText[], min: number, max: number): number {
  return columnWidthFor(
    texts.flatMap(({ text, bold }) => text.split(/\s+/).map((word) => ({ text: word, bold }))),
    min,
    max,
  );
}

/** Lines of body text on one page: 11 pt at single spacing (about 1.17 × size) plus paragraph spacing. */
export const LINES_PER_PAGE = Math.floor((PAGE_HEIGHT - 2 * PAGE_MARGIN) / (FONT_SIZE_TWIPS * 1.17 + 20));

/** Lines the paragraphs take in a column of the given width (twips), wrapping by width. */
export function estimatedLines(paragraphs: readonly string[], columnWidth: number): number {
  const room = Math.max(1, columnWidth - CELL_MARGINS);
  return paragraphs.reduce((lines, paragraph) => lines + paragraph.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(textWidth(line) / room)), 0), 0);
}
