/**
 * teams-js's `app` module logs, as it is evaluated, «teamsjs instance is version …, starting at <ISO> UTC
 * (<local> local)», the local time made by `new Date().toLocaleString()`. The log goes nowhere (teams-js's
 * `debug` is the silent stand-in, `teamsJsDebug.ts`), but its arguments are made all the same, and on a
 * fresh page that is the page's first Intl date format: ICU's set-up (time zone, calendar, patterns),
 * 13–90 ms of main thread in a throw-away Chromium page, in the middle of the handshake's path — the
 * meeting pages format no date before they are ready (issue 14: cold load; docs/performance-history.md,
 * h/tjs56).
 *
 * So while teams-js's modules are evaluated (`teamsSdk.ts` imports this first and calls `releaseDateLocale`
 * in its body, after them), `Date.prototype.toLocaleString` called as the log calls it (no locales, no
 * options) answers with the ISO time instead: no Intl. Called with locales or options it is the
 * browser's own. Nothing else runs in between (module evaluation is synchronous); a microtask puts the
 * browser's own back even if teams-js's evaluation threw.
 */
const browserToLocaleString = Date.prototype.toLocaleString;

function withoutIntl(this: Date, ...args: Parameters<Date['toLocaleString']>): string {
  if (args[0] !== undefined || args[1] !== undefined) return browserToLocaleString.apply(this, args);
  return Number.isNaN(this.getTime()) ? 'Invalid Date' : this.toISOString();
}

/** Puts the browser's `toLocaleString` back (once; not over what someone else put there since). */
export function releaseDateLocale(): void {
  if (Date.prototype.toLocaleString === withoutIntl) Date.prototype.toLocaleString = browserToLocaleString;
}

Date.prototype.toLocaleString = withoutIntl;
queueMicrotask(releaseDateLocale);
