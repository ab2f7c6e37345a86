import { useEffect } from 'react';
import { markOnce, READY_MARK } from './startupMarks';

export { READY_MARK };

let announceReady = (): void => undefined;
const readyMoment = new Promise<void>((resolve) => (announceReady = resolve));

/**
 * The moment a surface is ready for its person, as a User Timing mark in production too (see
 * startupMarks.ts for what "ready" is on each surface and the marks before it). `npm run bench --
 * coldLoad` reads it from each page and from the reference page (`tools/bench/reference/`), so both
 * are measured by the same clock.
 */
export function markReady(perf: Pick<Performance, 'mark' | 'getEntriesByName'> | undefined = globalThis.performance): void {
  markOnce(READY_MARK, perf);
  announceReady();
}

/**
 * Resolves once the surface is ready for its person (`markReady`), or `timeoutMs` after the call where
 * that moment does not come (a member's side panel, a page without one): what is not on the way to ready
 * (the problem bars' chunk) waits for it instead of taking the main thread before it (issue 14: cold load).
 */
export function afterReady(timeoutMs = 3_000): Promise<void> {
  return Promise.race([readyMoment, new Promise<void>((resolve) => setTimeout(resolve, timeoutMs))]);
}

/** Sets the ready mark once `ready` is true, after React has put the view on the page. */
export function useReadyMark(ready: boolean): void {
  useEffect(() => {
    if (ready) markReady();
  }, [ready]);
}
