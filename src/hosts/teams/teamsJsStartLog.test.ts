import { afterEach, expect, it, vi } from 'vitest';

// The browser's own, as each test found it (a test replaces it with a counting one before the module is evaluated).
const browsers = Date.prototype.toLocaleString;
afterEach(() => {
  Date.prototype.toLocaleString = browsers;
  vi.useRealTimers();
  vi.resetModules();
});

/**
 * webpack evaluates a chunk's modules in one go, so the hold's safety net (a microtask) waits for the release in
 * `teamsSdk.ts`' body; vitest's module runner awaits each import, so the tests that look at the hold keep
 * microtasks queued until they let them run.
 */
function holdMicrotasks(): void {
  vi.useFakeTimers({ toFake: ['queueMicrotask'] });
}

/** Counts the calls of `Date.prototype.toLocaleString` from now, the way the page's own would answer them. */
function countLocaleStrings(): unknown[][] {
  const calls: unknown[][] = [];
  Date.prototype.toLocaleString = function counted(this: Date, ...args: Parameters<Date['toLocaleString']>) {
    calls.push(args);
    return browsers.apply(this, args);
  };
  return calls;
}

it("evaluates teams-js without formatting a local date, and leaves the page's toLocaleString as it was", async () => {
  vi.resetModules();
  holdMicrotasks();
  const calls = countLocaleStrings();
  const counted = Date.prototype.toLocaleString;
  const sdk = await import('./teamsSdk');
  expect(typeof sdk.app.initialize).toBe('function');
  // teams-js's start log asked for its local time: the hold answered it, not Intl.
  expect(calls).toEqual([]);
  expect(Date.prototype.toLocaleString).toBe(counted);
  new Date(0).toLocaleString();
  expect(calls).toEqual([[]]);
});

it('answers toLocaleString with the ISO time while held', async () => {
  vi.resetModules();
  holdMicrotasks();
  const calls = countLocaleStrings();
  const counted = Date.prototype.toLocaleString;
  const { releaseDateLocale } = await import('./teamsJsStartLog');
  expect(new Date(Date.UTC(2026, 11, 7, 11, 30)).toLocaleString()).toBe('2026-12-07T11:30:00.000Z');
  expect(calls).toEqual([]);
  releaseDateLocale();
  expect(Date.prototype.toLocaleString).toBe(counted);
});

it('gives the browser its own back after the task that evaluated it, even without a release, and never over a later replacement', async () => {
  vi.resetModules();
  countLocaleStrings();
  const counted = Date.prototype.toLocaleString;
  const { releaseDateLocale } = await import('./teamsJsStartLog');
  await Promise.resolve();
  expect(Date.prototype.toLocaleString).toBe(counted);
  const later = () => 'someone else';
  Date.prototype.toLocaleString = later;
  releaseDateLocale();
  expect(Date.prototype.toLocaleString).toBe(later);
});
