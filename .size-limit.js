// Budgets for each page's initial JavaScript, gzip (`npm run size`; issue 14). The files are the
// page's initial chunks as webpack's stats name them (content-hashed), which tools/bundleSize.ts
// writes to out/size/pages.json after a production build; chunks loaded later by `import()` (docx,
// the rich-text editor, MSAL, the Graph side, themes, nn/en catalogues) do not count. A page over
// its budget fails CI.
import { existsSync, readFileSync } from 'node:fs';

const PAGES_FILE = 'out/size/pages.json';

/**
 * entry → page, goal (issue 14) and the limit CI enforces. Every page meets its goal since
 * 2026-12-01 (third session of the day), so every limit is the goal: a ratchet that may shrink,
 * never grow. Measured on the merged code (gzip): workspace 368.7 kB, tab config 237.6, side panel 181.0,
 * stage 179.7, Outlook 200.8 (before that day's cuts: 395.9, 278.8, 309.5, 248.2, 234.2). The
 * cuts: the Graph side by import() beside the host's start-up, one Fluent theme per chunk,
 * nynorsk/English catalogues per locale (tools/catalogueSplitLoader.mjs), and the side panel's and
 * the stage's screens as a chunk fetched from the start (since 2026-12-02 with React and Fluent, evaluated once
 * the first reads are sent: src/ui/shared/startInHalves.ts; `npm run bench -- coldLoad` prints what the HTML preloads too).
 * `npm run size:why` shows what a page is made of. A new screen or heavy library loads by import().
 * "kB" is 1,000 bytes.
 */
export const BUDGETS = {
  workspace: { page: 'workspace.html (arbeidsflate / workspace)', goal: '400 kB', limit: '400 kB' },
  tabConfig: { page: 'config.html (oppsett / tab config)', goal: '250 kB', limit: '250 kB' },
  sidePanel: { page: 'sidepanel.html (sidepanel / side panel)', goal: '250 kB', limit: '250 kB' },
  stage: { page: 'stage.html (møteskjerm / stage)', goal: '200 kB', limit: '200 kB' },
  outlook: { page: 'outlook.html (Outlook-rute / Outlook pane)', goal: '250 kB', limit: '250 kB' },
};

if (!existsSync(PAGES_FILE)) throw new Error(`${PAGES_FILE} mangler: kjør «npm run size». / Missing: run «npm run size».`);
const { files } = JSON.parse(readFileSync(PAGES_FILE, 'utf8'));
const missing = Object.keys(BUDGETS).filter((entry) => !files[entry]);
const unbudgeted = Object.keys(files).filter((entry) => !BUDGETS[entry]);
if (missing.length > 0 || unbudgeted.length > 0) {
  throw new Error(`Sider uten bygg: ${missing.join(', ') || '–'}; sider uten budsjett: ${unbudgeted.join(', ') || '–'} (.size-limit.js). / Pages not built or without a budget.`);
}

export default Object.entries(BUDGETS).map(([entry, { page, goal, limit }]) => ({
  name: goal === limit ? page : `${page}, mål / goal ${goal}`,
  path: files[entry].map((file) => `out/size/${file}`),
  limit,
  gzip: true,
}));
