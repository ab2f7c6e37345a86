/**
 * How the cold-load bench learns a page's ready time without running anything of Playwright's in
 * the page before it (issue 14): `frame.waitForFunction` first evaluates Playwright's injected
 * script in the measured frame, and compiling it was a main-thread task of about 200 ms inside the
 * window the bench measures, on the reference and on the pages alike. Instead a tiny init script,
 * the same on every page the bench loads, watches for the ready mark with a `PerformanceObserver`
 * and says when it came with one `console.debug` line. Playwright gets console calls over the
 * DevTools protocol (`Runtime.consoleAPICalled`), so nothing is evaluated in the page for it.
 */

/** The start of the console line that announces the ready mark. */
export const READY_ANNOUNCEMENT = 'motebok-bench:ready ';

/** One announcement: which page of the app origin set the mark (its pathname) and the mark's time on that page's clock (ms). */
export interface ReadyAnnouncement {
  path: string;
  at: number;
}

/**
 * The init script's source (a string, not a function: tsx would put its own helpers into a
 * function's source, which the page lacks). It does nothing outside `origin`; in a page of it, it
 * announces `mark` once, also when the mark was set before the observer started (`buffered`).
 */
export function readyAnnouncerScript(origin: string, mark: string): string {
  return `(() => {
  if (location.origin !== ${JSON.stringify(origin)}) return;
  const mark = ${JSON.stringify(mark)};
  const debug = console.debug.bind(console);
  const observer = new PerformanceObserver((list) => {
    const entry = list.getEntriesByName(mark, 'mark')[0];
    if (!entry) return;
    observer.disconnect();
    debug(${JSON.stringify(READY_ANNOUNCEMENT)} + JSON.stringify({ path: location.pathname, at: entry.startTime }));
  });
  observer.observe({ type: 'mark', buffered: true });
})();`;
}

/** The announcement in a console line, or undefined when the line is something else. */
export function parseReadyAnnouncement(text: string): ReadyAnnouncement | undefined {
  if (!text.startsWith(READY_ANNOUNCEMENT)) return undefined;
  try {
    const value: unknown = JSON.parse(text.slice(READY_ANNOUNCEMENT.length));
    if (typeof value !== 'object' || value === null) return undefined;
    const { path, at } = value as Record<string, unknown>;
    return typeof path === 'string' && typeof at === 'number' && Number.isFinite(at) ? { path, at } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Waits for the announcement of the page at `pathname` (the first console line that announces it)
 * and gives its ready time; rejects after `timeoutMs` with what never came. `subscribe` hands each
 * console line's text to its listener and returns how to stop; call this before the page is opened.
 * `cancel` stops waiting (no timer left behind) when the run fails before the page is ready.
 */
export function waitForReadyAnnouncement(
  subscribe: (onText: (text: string) => void) => () => void,
  options: { pathname: string; label: string; timeoutMs: number },
): { ready: Promise<number>; cancel: () => void } {
  let stop: (() => void) | undefined;
  let settled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const finish = () => {
    settled = true;
    clearTimeout(timer);
    stop?.();
  };
  const ready = new Promise<number>((resolve, reject) => {
    timer = setTimeout(() => {
      finish();
      reject(new Error(`${options.label} ble aldri klar: ingen kunngjøring av klarmerket fra ${options.pathname} innen ${options.timeoutMs} ms`));
    }, options.timeoutMs);
    stop = subscribe((text) => {
      const announced = parseReadyAnnouncement(text);
      if (announced?.path !== options.pathname) return;
      finish();
      resolve(announced.at);
    });
    if (settled) stop();
  });
  // The caller awaits `ready` only once the page is open; a rejection before that is not unhandled.
  ready.catch(() => undefined);
  return { ready, cancel: finish };
}

/** Playwright's own classes, evaluated in a frame the first time the driver evaluates, waits for a function or uses a locator there. */
const PLAYWRIGHT_SCRIPTS = ['InjectedScript', 'UtilityScript'];

/**
 * Which of Playwright's own scripts ran in a Chrome trace (CDP Tracing with the CPU profiler's
 * samples), by the functions of no URL its profile names. The bench's profile trace ends at ready,
 * so anything found ran before it: the driver's work inside the measured window.
 */
export function playwrightScriptsInTrace(traceEvents: readonly unknown[]): string[] {
  const found = new Set<string>();
  for (const event of traceEvents) {
    const { name, args } = event as { name?: string; args?: { data?: { cpuProfile?: { nodes?: { callFrame?: { functionName?: string; url?: string } }[] } } } };
    if (name !== 'ProfileChunk') continue;
    for (const node of args?.data?.cpuProfile?.nodes ?? []) {
      const frame = node.callFrame;
      if (frame && !frame.url && PLAYWRIGHT_SCRIPTS.includes(frame.functionName ?? '')) found.add(frame.functionName ?? '');
    }
  }
  return [...found].sort();
}
