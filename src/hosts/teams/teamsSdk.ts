/**
 * The parts of teams-js the start of a Teams page uses, as one module to `import()`: importing
 * teams-js's whole namespace by `import()` would keep every export of the package (about 52 kB gzip
 * instead of 14), since webpack cannot tell which of a namespace's exports are used.
 */
export { app, liveShare, LiveShareHost } from '@microsoft/teams-js';
