import { describe, expect, it } from 'vitest';
import { removedUnits } from './removedWords';

const second = 'SSU får mandat til å vedta mål og strategi.';
const his = `${second} Strategien legges fram for styret.`;
const para = (...lines: string[]) => lines.map((text) => ({ type: 'paragraph' as const, content: [{ text }] }));

describe('removedUnits: what someone else took out of the text he saved', () => {
  it('names his konklusjon point, as he saved it, when the sentence he added to it is gone', () => {
    expect(removedUnits('conclusion', ['Tas til orientering.', second], ['Tas til orientering.', his], ['Tas til orientering.', `${second} Fristen er 1. oktober.`])).toEqual([his]);
  });

  it('keeps quiet when his words still stand, with other words written around them, moved to another point or spaced otherwise', () => {
    const base = ['Tas til orientering.', second];
    const mine = ['Tas til orientering.', his];
    expect(removedUnits('conclusion', base, mine, ['Tas til orientering.', `${second} Fristen er 1. oktober. Strategien legges fram for styret.`])).toEqual([]);
    expect(removedUnits('conclusion', base, mine, ['Strategien  legges fram\nfor styret.', 'Tas til orientering.'])).toEqual([]);
  });

  it('judges per point: words that stand split over two points are not his sentence', () => {
    expect(removedUnits('conclusion', [], ['Strategien legges fram for styret.'], ['Strategien legges', 'fram for styret.'])).toEqual(['Strategien legges fram for styret.']);
  });

  it('counts a word he changed inside a point as his whole word, and finds it gone when it was changed back', () => {
    const mine = ['SSU får fullt mandat til å vedta mål og strategi.'];
    expect(removedUnits('conclusion', [second], mine, [second])).toEqual(mine);
    expect(removedUnits('conclusion', [second], mine, ['SSU får fullt mandat.'])).toEqual([]);
  });

  it('has nothing to tell about points he left as they were or only shortened', () => {
    expect(removedUnits('conclusion', ['A er godkjent.', 'B er utsatt.'], ['A er godkjent.', 'B er utsatt.'], [])).toEqual([]);
    expect(removedUnits('conclusion', ['A er godkjent og B er utsatt.'], ['A er godkjent.'], ['Noe annet.'])).toEqual([]);
  });

  it('reads a møtebehandling line by line from its rich text', () => {
    const base = para('Saken ble lagt fram.');
    const mine = para('Saken ble lagt fram.', 'Kommunene ba om en ny orientering.');
    expect(removedUnits('proceedings', base, mine, para('Saken ble lagt fram av daglig leder.'))).toEqual(['Kommunene ba om en ny orientering.']);
    expect(removedUnits('proceedings', base, mine, para('Saken ble lagt fram.', 'Kommunene ba om en ny orientering.', 'Ingen merknader.'))).toEqual([]);
  });
});
