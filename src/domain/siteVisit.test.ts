import { describe, expect, it } from 'vitest';
import { siteVisitLine } from './siteVisit';

describe('siteVisitLine', () => {
  it('words a befaring as one line for the meeting card, the documents and an update alike: its time, the place trimmed, what it is about on one line', () => {
    expect(siteVisitLine({ start: '09:00', place: ' Leines skole ', about: 'Gang- og sykkelsti\n (sak PS 3/26)\n' })).toBe('kl. 09.00, Leines skole – Gang- og sykkelsti (sak PS 3/26)');
    expect(siteVisitLine({ place: 'Leines skole' })).toBe('Leines skole');
    expect(siteVisitLine({ start: '08:30', place: 'Leines skole', about: ' ' })).toBe('kl. 08.30, Leines skole');
  });
});
