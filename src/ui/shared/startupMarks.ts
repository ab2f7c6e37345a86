/**
 * User Timing marks of a surface's start, in production too (one `performance.mark` each, once per
 * page: cheap), so a slow start can be taken apart on the page's own clock, without a profiler that
 * slows what it measures. `npm run bench -- coldLoad` prints their medians (issue 14: cold load);
 * they also show in the browser's performance panel. No React in here: the marks before the screens
 * are set from the page's small entry (src/ui/shared/startInHalves.ts).
 */
export const STARTUP_MARKS = {
  /** The page's own script runs (its host SDK evaluated). */
  entry: 'motebok:entry',
  /** The host (Teams, Outlook or the browser) has answered. */
  host: 'motebok:host',
  /** MSAL and the Graph side are evaluated and the services exist: the first reads have started. */
  services: 'motebok:services',
  /** The Graph token is at hand: the first reads' fetches are out. */
  readsSent: 'motebok:reads-sent',
  /** The screens' chunk (React, Fluent, the views) is evaluated; rendering begins. */
  screens: 'motebok:screens',
} as const;

/**
 * The moment a surface is ready for its person (`useReadyMark` in readyMark.ts sets it):
 * - side panel: the konklusjon editor of the active sak is shown and editable;
 * - stage: the active sak is shown;
 * - workspace: the open meeting's saksliste is shown.
 */
export const READY_MARK = 'motebok:ready';

/**
 * Every mark in the order a start passes them, the ready mark last. Written out rather than made from
 * `STARTUP_MARKS` at run time: a literal the pages do not use is left out of their start-up code
 * (`Object.values` was kept in every page's entry).
 */
export const START_SEQUENCE: readonly string[] = [
  STARTUP_MARKS.entry,
  STARTUP_MARKS.host,
  STARTUP_MARKS.services,
  STARTUP_MARKS.readsSent,
  STARTUP_MARKS.screens,
  READY_MARK,
];

/** Sets the mark unless the page has set it already (the first moment is the one that counts). */
export function markOnce(name: string, perf: Pick<Performance, 'mark' | 'getEntriesByName'> | undefined = globalThis.performance): void {
  if (!perf || perf.getEntriesByName(name, 'mark').length > 0) return;
  perf.mark(name);
}
