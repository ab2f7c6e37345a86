import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SurfaceStart, SurfaceStartOptions } from './surfaceStart';
import { afterFirstReads, FIRST_READS_WAIT_MS } from './afterFirstReads';

/** Screens that count their renders. */
function countedScreens() {
  const shown: HTMLElement[] = [];
  return { screens: { show: (container: HTMLElement) => void shown.push(container) }, shown };
}

const container = {} as HTMLElement;
const options = {} as SurfaceStartOptions;
const start = {} as SurfaceStart;

/** A read the test answers (or fails) when it says. */
function pendingRead() {
  let answer: () => void = () => undefined;
  let fail: () => void = () => undefined;
  const read = new Promise<void>((resolve, reject) => {
    answer = resolve;
    fail = () => reject(new Error('offline'));
  });
  return { read, answer, fail };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a surface’s screens after its first reads', () => {
  it('render once the meeting’s reads have answered, so the first render has the meeting, not "Henter møtet …" (or the workspace’s «Laster …») first', async () => {
    const { screens, shown } = countedScreens();
    const { read, answer } = pendingRead();
    afterFirstReads(screens, () => read).show(container, options, start);
    await vi.advanceTimersByTimeAsync(FIRST_READS_WAIT_MS - 1);
    expect(shown).toHaveLength(0);
    answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual([container]);
    await vi.advanceTimersByTimeAsync(FIRST_READS_WAIT_MS);
    expect(shown).toHaveLength(1);
  });

  it('render after the short wait when the reads take longer, and only once when they come', async () => {
    const { screens, shown } = countedScreens();
    const { read, answer } = pendingRead();
    afterFirstReads(screens, () => read).show(container, options, start);
    await vi.advanceTimersByTimeAsync(FIRST_READS_WAIT_MS);
    expect(shown).toHaveLength(1);
    answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toHaveLength(1);
  });

  it('render when a read fails (the screen says why), and at once when none was started (the services failed)', async () => {
    const failing = countedScreens();
    const { read, fail } = pendingRead();
    afterFirstReads(failing.screens, () => read).show(container, options, start);
    fail();
    await vi.advanceTimersByTimeAsync(0);
    expect(failing.shown).toHaveLength(1);

    const none = countedScreens();
    afterFirstReads(none.screens, () => undefined).show(container, options, start);
    expect(none.shown).toHaveLength(1);
  });
});
