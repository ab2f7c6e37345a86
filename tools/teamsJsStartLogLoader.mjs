// teams-js's `app` module logs, as it is evaluated, «teamsjs instance is version %s, starting at %s UTC (%s local)»,
// the local time made by `(new Date).toLocaleString()`. The log goes nowhere — teams-js's `debug` is the silent stand-in
// (tools/teamsJsDebugPlugin.mjs, src/hosts/teams/teamsJsDebug.ts) — but its arguments are made all the same, and on a
// fresh page that is the page's first Intl date format: ICU's set-up (time zone, calendar, patterns), 13–90 ms of main
// thread in Chromium, before teams-js can send the host its `initialize` (issue 14: cold load; h/tjs56 in
// docs/performance-history.md). This loader, for that one file, makes the argument the empty string. It stops the build
// unless the file holds that log call exactly once and formats a local time nowhere else, so a teams-js release that
// logs otherwise is looked at, not silently changed.

/** The start log's call with its local time, as teams-js's ES build writes it (its own minified names aside). */
const START_LOG = /("teamsjs instance is version %s, starting at %s UTC \(%s local\)",[\w$]+,\(new Date\)\.toISOString\(\),)\(new Date\)\.toLocaleString\(\)\)/g;

/**
 * teams-js's `app.js` without its start log's local time.
 * @param {string} source
 * @returns {string}
 */
export function withoutLocalStartTime(source) {
  const calls = [...source.matchAll(START_LOG)].length;
  const localTimes = source.split('toLocaleString').length - 1;
  if (calls !== 1 || localTimes !== 1) {
    throw new Error(
      `teamsJsStartLogLoader: teams-js's app.js has ${calls} start log(s) with a local time and ${localTimes} toLocaleString call(s), ` +
        'not one of each; see tools/teamsJsStartLogLoader.mjs.',
    );
  }
  return source.replace(START_LOG, '$1"")');
}

/** @param {string} source */
export default function teamsJsStartLogLoader(source) {
  return withoutLocalStartTime(source);
}
