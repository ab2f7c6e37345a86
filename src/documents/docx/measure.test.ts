import { describe, expect, it } from 'vitest';
import { CELL_MARGINS, columnWidthFor, estimatedLines, LINES_PER_PAGE, textWidth, wordWidthFor } from './measure';
import { CONTENT_WIDTH } from './page';

describe('text measures for table layout', () => {
  it('sizes a column for its widest text, bold counted wider, within the bounds given', () => {
    const names = ['Per Christian Voss', 'Kine Andenæs Wintervoll', 'Guro Winsvold'].map((text) => ({ text }));
    const width = columnWidthFor(names, 0.1, 0.5);
    expect(width).toBeGreaterThan(textWidth('Kine Andenæs Wintervoll') + CELL_MARGINS);
    expect(textWidth('Ansvar', true)).toBeGreaterThan(textWidth('Ansvar'));
    expect(columnWidthFor([{ text: 'x' }], 0.12, 0.2)).toBe(Math.round(CONTENT_WIDTH * 0.12));
    expect(columnWidthFor([{ text: 'Helsefellesskapet i Vestfold '.repeat(4) }], 0.12, 0.2)).toBe(Math.round(CONTENT_WIDTH * 0.2));
  });

  it('sizes a column for its longest word, not its longest line, within the bounds given', () => {
    const texts = [{ text: 'Godkjenning av referat' }, { text: 'Orienteringssak' }];
    const width = wordWidthFor(texts, 0.1, 0.5);
    expect(width).toBeGreaterThan(textWidth('Orienteringssak') + CELL_MARGINS);
    expect(width).toBeLessThan(columnWidthFor(texts, 0.1, 0.5));
    expect(wordWidthFor([{ text: 'Sak 1', bold: true }], 0.12, 0.3)).toBe(Math.round(CONTENT_WIDTH * 0.12));
    expect(wordWidthFor([{ text: 'Helsefellesskapsorienteringssaksbehandling' }], 0.12, 0.28)).toBe(Math.round(CONTENT_WIDTH * 0.28));
  });

  it('counts wrapped lines per paragraph and "\\n" as a line break', () => {
    const line = 'Strategisk samarbeidsutvalg';
    const room = textWidth(line) + CELL_MARGINS;
    expect(estimatedLines([line], room)).toBe(1);
    expect(estimatedLines([line.repeat(2)], room)).toBe(2);
    expect(estimatedLines([line, `${line}\n${line}`, ''], room)).toBe(4);
    expect(LINES_PER_PAGE).toBeGreaterThan(40);
    expect(LINES_PER_PAGE).toBeLessThan(60);
  });
});
