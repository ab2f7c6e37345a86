/**
 * What teams-js gets instead of its bundled copy of the `debug` package (issue 14: 2.2 kB gzip, with
 * `ms`, on every page that runs in Teams). teams-js uses `debug` for one thing: developer logging,
 * written to the console only when someone sets `localStorage.debug` to a pattern that names it
 * (`teamsJs*`); it never reads a logger's result and never logs otherwise. Here every logger is
 * silent, so that opt-in is gone and nothing else: no message, state or behaviour of teams-js depends
 * on it. (Nor does teams-js's copy of `debug` read `localStorage` any more, which Møtebok avoids.)
 *
 * `tools/teamsJsDebugPlugin.mjs` puts this module in place of teams-js's `debug/src/browser.js` at
 * build time and fails the build unless teams-js imports from it exactly what this module exports
 * (`b`, rollup's name in teams-js's build: `SILENT_DEBUG_EXPORTS` there, which this module's test holds
 * to it), so a teams-js release that uses more of `debug` stops
 * the build rather than breaking in the browser.
 */

/** A `debug` logger: callable, `extend` makes a child (teams-js's only uses); never enabled. */
export interface SilentLogger {
  (...args: unknown[]): void;
  extend(namespace: string): SilentLogger;
  readonly enabled: false;
  readonly namespace: string;
}

function silentLogger(namespace: string): SilentLogger {
  return Object.assign((..._args: unknown[]): void => undefined, {
    extend: (child: string) => silentLogger(`${namespace}:${child}`),
    enabled: false as const,
    namespace,
  });
}

/** `debug(namespace)`, with the `formatArgs` teams-js wraps (never called: nothing is logged). */
const debug = Object.assign((namespace: string): SilentLogger => silentLogger(namespace), {
  formatArgs(_args: unknown[]): void {},
});

/** The module as teams-js imports it: `import { b as t } from '…/debug/src/browser.js'`, then `t.debug`. */
export const b = { debug };
