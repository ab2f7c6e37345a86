import { useEffect } from 'react';
import { markOnce, READY_MARK } from './startupMarks';

export { READY_MARK };

/**
 * The moment a surface is ready for its person, as a User Timing mark in production too (see
 * startupMarks.ts for what "ready" is on each surface and the marks before it). `npm run bench --
 * coldLoad` reads it from each page and from the reference page (`tools/bench/reference/`), so both
 * are measured by the same clock.
 */
export function markReady(perf: Pick<Performance, 'mark' | 'getEntriesByName'> | undefined = globalThis.performance): void {
  markOnce(READY_MARK, perf);
}

/** Sets the ready mark once `ready` is true, after React has put the view on the page. */
export function useReadyMark(ready: boolean): void {
  useEffect(() => {
    if (ready) markReady();
  }, [ready]);
}
