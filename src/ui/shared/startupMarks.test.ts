// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { HostContext } from '../../hosts/hostContext';
import { browserHostContext } from '../../hosts/browserHostContext';
import { markReady } from './readyMark';
import type { Services } from './services';
import { beginSurface } from './surfaceStart';
import { markOnce, READY_MARK, START_SEQUENCE, STARTUP_MARKS } from './startupMarks';

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

/** The start-up marks the page has set, in the order it set them. */
function marksSet(): string[] {
  return performance
    .getEntriesByType('mark')
    .filter((entry) => START_SEQUENCE.includes(entry.name))
    .map((entry) => entry.name);
}

afterEach(() => performance.clearMarks());

describe('markReady', () => {
  it('sets the ready mark the first time a surface is ready', () => {
    const perf = fakePerformance();
    markReady(perf);
    expect(perf.marks).toEqual([READY_MARK]);
  });

  it('keeps the first ready moment when the surface becomes ready again', () => {
    const perf = fakePerformance();
    markReady(perf);
    markOnce(READY_MARK, perf);
    expect(perf.marks).toEqual([READY_MARK]);
  });
});

describe('the start-up marks of beginSurface', () => {
  const host: HostContext = browserHostContext(window);

  it('marks the entry, the host answering and the services existing, in that order', async () => {
    const start = beginSurface({ initializeHost: async () => host, createServices: async () => ({}) as Services });
    expect(marksSet()).toEqual([STARTUP_MARKS.entry]);
    await start.services;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(marksSet()).toEqual([STARTUP_MARKS.entry, STARTUP_MARKS.host, STARTUP_MARKS.services]);
  });

  it('sets no later mark when the host never answers, so a failed start does not look like a slow one', async () => {
    const start = beginSurface({ initializeHost: () => Promise.reject(new Error('no host')), createServices: async () => ({}) as Services });
    await start.services.catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(marksSet()).toEqual([STARTUP_MARKS.entry]);
  });

  it('keeps the first moments when a retry starts the surface again', async () => {
    const first = beginSurface({ initializeHost: async () => host, createServices: async () => ({}) as Services });
    await first.services;
    await new Promise((resolve) => setTimeout(resolve, 0));
    const firstHost = performance.getEntriesByName(STARTUP_MARKS.host, 'mark')[0]?.startTime;
    const again = beginSurface({ initializeHost: async () => host, createServices: async () => ({}) as Services });
    await again.services;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(performance.getEntriesByName(STARTUP_MARKS.host, 'mark')).toHaveLength(1);
    expect(performance.getEntriesByName(STARTUP_MARKS.host, 'mark')[0]?.startTime).toBe(firstHost);
  });
});
