/**
 * The parts of teams-js the start of a Teams page uses, as one module to `import()`: importing
 * teams-js's whole namespace by `import()` would keep every export of the package (about 52 kB gzip
 * instead of 14), since webpack cannot tell which of a namespace's exports are used.
 * `liveShare` and `LiveShareHost` (teams-js's `liveShareHost.js`, 1.8 kB unminified) cost next to nothing
 * beside `app`: the modules they need, `app` needs too (h/tjs56). teams-js's start log is built without
 * a local time (tools/teamsJsStartLogLoader.mjs): it was the page's first Intl format, ICU's set-up on the
 * handshake's path.
 */
export { app, liveShare, LiveShareHost } from '@microsoft/teams-js';
