import { useEffect } from 'react';

/**
 * The moment a surface is ready for its person, as a User Timing mark in production too (one
 * `performance.mark`, once per page: cheap). `npm run bench -- coldLoad` reads it from each page and
 * from the reference page (`tools/bench/reference/`), so both are measured by the same clock:
 * - side panel: the konklusjon editor of the active sak is shown and editable;
 * - stage: the active sak is shown;
 * - workspace: the open meeting's saksliste is shown.
 * It also shows in the browser's performance panel, for anyone tracing a slow start.
 */
export const READY_MARK = 'motebok:ready';

/** Sets the ready mark unless the page has set it already (the first ready moment is the one that counts). */
export function markReady(perf: Pick<Performance, 'mark' | 'getEntriesByName'> | undefined = globalThis.performance): void {
  if (!perf || perf.getEntriesByName(READY_MARK, 'mark').length > 0) return;
  perf.mark(READY_MARK);
}

/** Sets the ready mark once `ready` is true, after React has put the view on the page. */
export function useReadyMark(ready: boolean): void {
  useEffect(() => {
    if (ready) markReady();
  }, [ready]);
}
