import { describe, expect, it } from 'vitest';
import { markReady, READY_MARK } from './readyMark';

function fakePerformance() {
  const marks: string[] = [];
  return {
    marks,
    mark: (name: string) => {
      marks.push(name);
      return undefined as unknown as PerformanceMark;
    },
    getEntriesByName: (name: string) => marks.filter((mark) => mark === name).map((mark) => ({ name: mark }) as PerformanceEntry),
  };
}

describe('markReady', () => {
  it('sets the ready mark the first time a surface is ready', () => {
    const perf = fakePerformance();
    markReady(perf);
    expect(perf.marks).toEqual([READY_MARK]);
  });

  it('keeps the first ready moment when the surface becomes ready again', () => {
    const perf = fakePerformance();
    markReady(perf);
    markReady(perf);
    expect(perf.marks).toEqual([READY_MARK]);
  });
});
