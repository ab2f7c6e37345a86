/**
 * When the Graph side (`services.ts`' `import()` of the chunk `graph`, with valibot and the row
 * schemas) is evaluated: at once on every page, except where the entry says to wait for something
 * first. Its files are fetched from the page's HTML either way; only their evaluation waits.
 *
 * The workspace in Teams (`hostChunksFirst.ts`) has it wait for teams-js: its HTML serves the browser
 * too, so teams-js is asked for only by the entry, and the Graph side, preloaded from the HTML, was
 * there first and evaluated first — about 60 ms of main thread (compile and the modules' top level,
 * a cold-load profile) before teams-js could even begin Teams' handshake, which every later step
 * waits for (h/boot54: entry → teams-js evaluated +169 ms, the Graph side evaluated before it; h/work55
 * in docs/performance-history.md). Now the handshake's round trips to Teams run while the Graph side
 * is evaluated, and the services (after the handshake) need it only then.
 */
let before: Promise<unknown> | undefined;

/** The entry's: the Graph side is evaluated once `first` settles (fulfilled or not). Before `services.ts` is evaluated. */
export function evaluateGraphSideAfter(first: Promise<unknown>): void {
  before = first;
}

/** What the Graph side waits for before it is evaluated, if anything (`services.ts`). */
export function graphSideWaitsFor(): Promise<unknown> | undefined {
  return before;
}
