/**
 * The parts of teams-js the start of a Teams page uses, as one module to `import()`: importing
 * teams-js's whole namespace by `import()` would keep every export of the package (about 52 kB gzip
 * instead of 14), since webpack cannot tell which of a namespace's exports are used.
 * `liveShare` and `LiveShareHost` (teams-js's `liveShareHost.js`, 1.8 kB unminified) cost next to nothing
 * beside `app`: the modules they need, `app` needs too (h/tjs56).
 */
// First, so it is evaluated before teams-js's modules: their start log's local time made without Intl (see the file).
import { releaseDateLocale } from './teamsJsStartLog';

export { app, liveShare, LiveShareHost } from '@microsoft/teams-js';

// A module's body runs after every module it imports: teams-js is evaluated by now.
releaseDateLocale();
