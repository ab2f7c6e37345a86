import { describe, expect, it } from 'vitest';
import { pointOps } from './NumberedPointsEditor';

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
