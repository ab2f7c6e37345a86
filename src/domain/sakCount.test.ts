import { describe, expect, it } from 'vitest';
import { anItem } from './testing/builders';
import { sakPosition } from './sakCount';

describe('sakPosition', () => {
  const items = [
    anItem('approval'),
    { ...anItem('heading'), row: 'heading' as const },
    anItem('a'),
    { ...anItem('eventuelt'), row: 'unnumbered' as const },
    anItem('b'),
    { ...anItem('closing'), closing: true },
  ];

  it('counts the numbered saker only: not the heading, the unnumbered row or the closing row', () => {
    expect(sakPosition(items, 'b')).toEqual({ position: 3, passed: 3, total: 3 });
    expect(sakPosition(items, 'a')).toEqual({ position: 2, passed: 2, total: 3 });
  });

  it('gives a row that is no sak no position, only how many saker lie behind it', () => {
    expect(sakPosition(items, 'eventuelt')).toEqual({ passed: 2, total: 3 });
    expect(sakPosition(items, 'closing')).toEqual({ passed: 3, total: 3 });
    expect(sakPosition(items, undefined)).toEqual({ passed: 0, total: 3 });
  });
});
