import { describe, expect, it } from 'vitest';
import { pointLines, pointsNumbered } from './conclusionPoints';

describe('how a konklusjon’s points print', () => {
  it('numbers several points and leaves one point as its text, blank points not counted', () => {
    expect(pointsNumbered(['Klagen tas ikke til følge.'], undefined)).toBe(false);
    expect(pointsNumbered(['Klagen tas ikke til følge.', '  '], undefined)).toBe(false);
    expect(pointsNumbered(['Søknaden imøtekommes.', 'Tore Landstad rykker inn.'], {})).toBe(true);
    expect(pointLines(['Søknaden imøtekommes.', 'Tore Landstad rykker inn.'], undefined)).toEqual(['1. Søknaden imøtekommes.', '2. Tore Landstad rykker inn.']);
    expect(pointLines(['Klagen tas ikke til følge.'], undefined)).toEqual(['Klagen tas ikke til følge.']);
  });

  it('prints several points as paragraphs without numbers for a committee that writes running text', () => {
    const runningText = { runningText: true };
    expect(pointsNumbered(['Klagen tas ikke til følge.', 'Vedtaket er endelig.'], runningText)).toBe(false);
    expect(pointLines(['Klagen tas ikke til følge.', 'Vedtaket er endelig.'], runningText)).toEqual(['Klagen tas ikke til følge.', 'Vedtaket er endelig.']);
  });
});
