/**
 * teams-js's `app` module logs, as it is evaluated, «teamsjs instance is version …, starting at <ISO> UTC
 * (<local> local)», the local time made by `new Date().toLocaleString()`. The log goes nowhere (teams-js's
 * `debug` is the silent stand-in, `teamsJsDebug.ts`), but its arguments are made all the same, and on a
 * fresh page that is the page's first Intl date format: ICU's set-up (time zone, calendar, patterns),
 * 13–90 ms of main thread in a throw-away Chromium page, in the middle of the handshake's path — the
 * meeting pages format no date before they are ready (issue 14: cold load; docs/performance-history.md,
 * h/tjs56).
 *
 * So while teams-js's modules are evaluated (`teamsSdk.ts` imports this first and calls `releaseDateLocale` in
 * its body, after them), `Date.prototype.toLocaleString` is `toISOString`: no Intl. Nothing else runs in
 * between (module evaluation is synchronous, and teams-js's one call is on `new Date()`); a microtask puts
 * the browser's own back even if teams-js's evaluation threw.
 */
const browserToLocaleString = Date.prototype.toLocaleString;

/** Puts the browser's `toLocaleString` back (once; not over what someone else put there since). */
export function releaseDateLocale(): void {
  if (Date.prototype.toLocaleString === Date.prototype.toISOString) Date.prototype.toLocaleString = browserToLocaleString;
}

Date.prototype.toLocaleString = Date.prototype.toISOString;
queueMicrotask(releaseDateLocale);
