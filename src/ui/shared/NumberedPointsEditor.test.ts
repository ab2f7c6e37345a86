import { describe, expect, it } from 'vitest';
import { fitHeights, pointOps } from './NumberedPointsEditor';

describe('numbered conclusion points', () => {
  const points = ['Første', 'Andre', 'Tredje'];

  it('adds an empty point at the end and removes by position', () => {
    expect(pointOps.add(points)).toEqual(['Første', 'Andre', 'Tredje', '']);
    expect(pointOps.remove(points, 1)).toEqual(['Første', 'Tredje']);
  });

  it('moves a point up or down one place and not past the ends', () => {
    expect(pointOps.move(points, 2, -1)).toEqual(['Første', 'Tredje', 'Andre']);
    expect(pointOps.move(points, 0, 1)).toEqual(['Andre', 'Første', 'Tredje']);
    expect(pointOps.move(points, 0, -1)).toEqual(points);
    expect(pointOps.move(points, 2, 1)).toEqual(points);
  });

  it('edits one point without touching the others', () => {
    expect(pointOps.edit(points, 1, 'Endret')).toEqual(['Første', 'Endret', 'Tredje']);
    expect(points).toEqual(['Første', 'Andre', 'Tredje']);
  });
});

describe('fitting the points to their text', () => {
  /** A textarea that records what is done to it, and whose scrollHeight is its text's. */
  function field(name: string, contentHeight: number, log: string[]): HTMLTextAreaElement {
    let height = '';
    const style = {
      get height() {
        return height;
      },
      set height(value: string) {
        height = value;
        log.push(`write ${name} ${value}`);
      },
    };
    return {
      style,
      get scrollHeight() {
        log.push(`read ${name}`);
        return contentHeight;
      },
    } as unknown as HTMLTextAreaElement;
  }

  it('gives each point the height of its text', () => {
    const log: string[] = [];
    const fields = [field('a', 32, log), null, field('b', 80, log)];
    fitHeights(fields);
    expect(fields.map((input) => input?.style.height)).toEqual(['32px', undefined, '80px']);
  });

  it('makes every write before any read, so the browser lays the page out once, not once per point', () => {
    const log: string[] = [];
    fitHeights([field('a', 32, log), field('b', 80, log), field('c', 20, log)]);
    const firstRead = log.findIndex((entry) => entry.startsWith('read'));
    const lastRead = log.findLastIndex((entry) => entry.startsWith('read'));
    expect(log.slice(0, firstRead)).toEqual(['write a auto', 'write b auto', 'write c auto']);
    expect(log.slice(firstRead, lastRead + 1)).toEqual(['read a', 'read b', 'read c']);
    expect(log.slice(lastRead + 1)).toEqual(['write a 32px', 'write b 80px', 'write c 20px']);
  });
});
