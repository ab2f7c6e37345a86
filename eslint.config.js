// The layers of ARCHITECTURE.md, enforced here rather than by goodwill.
//
// eslint-plugin-boundaries classifies every file by the folder it is in and every import by the
// file it resolves to (through index files, `.tsx`, relative or not), so a rule cannot be dodged by
// how an import is spelled. One `boundaries/dependencies` rule holds the whole table: nothing is
// allowed unless a policy below allows it, external packages included (`checkAllOrigins`).
// lint-probes/ holds deliberately wrong files that lint-probes/layerRules.test.ts lints with this
// config, so a rule that stops holding fails a test.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

// Each folder of the table is one element. Order matters: the host folders come before
// `src/hosts`, whose own files (hostContext.ts, browserHostContext.ts) are shared by both hosts.
const elements = [
  ['domain', 'src/domain'],
  ['documents', 'src/documents'],
  ['config', 'src/config'],
  ['auth', 'src/auth'],
  ['graph', 'src/graph'],
  ['teamsHost', 'src/hosts/teams'],
  ['outlookHost', 'src/hosts/outlook'],
  ['hosts', 'src/hosts'],
  ['ui', 'src/ui'],
  ['tenant', 'tenant'],
  ['tools', 'tools'],
  ['e2e', 'e2e'],
  ['fixtures', 'fixtures'],
].map(([type, pattern]) => ({ type, pattern, partialMatch: false }));

// Test code: tests, their helpers and fakes. It follows its folder's layer rules, and may also use
// the test runner, Node and the test tools (and the local tenant, in process).
const testFiles = ['**/*.test.{ts,tsx}', '**/testing/**'];

const layer = (...types) => ({ element: { type: types } });
const packages = (...sources) => ({ module: { origin: 'external', source: sources } });
const node = { module: { origin: 'core' } };

const policies = [
  // Layer by layer, exactly the table in ARCHITECTURE.md (a layer's tests included).
  { from: layer('domain'), allow: { to: packages('valibot') } },
  { from: layer('documents'), allow: { to: [layer('domain'), packages('docx', 'pdf-lib', 'write-excel-file')] } },
  // zod only for appConfig.test.ts, whose yardstick is the zod schema the plain parser replaced.
  { from: layer('config'), allow: { to: packages('valibot', 'zod') } },
  { from: layer('auth'), allow: { to: [layer('domain', 'config'), packages('@azure/msal-browser', 'msal-browser-internals')] } },
  {
    from: layer('graph'),
    allow: { to: [layer('domain', 'documents', 'config', 'auth'), packages('valibot', '@microsoft/microsoft-graph-client', '@microsoft/microsoft-graph-types')] },
  },
  { from: layer('hosts'), allow: { to: layer('domain', 'hosts') } },
  { from: layer('teamsHost'), allow: { to: [layer('domain', 'hosts'), packages('@microsoft/teams-js', '@microsoft/live-share')] } },
  // office.js is a global script (see `Office` below), so the Outlook host imports no package.
  { from: layer('outlookHost'), allow: { to: layer('domain', 'hosts') } },
  {
    from: layer('ui'),
    allow: {
      to: [
        layer('domain', 'documents', 'config', 'auth', 'graph', 'hosts', 'teamsHost', 'outlookHost', 'ui'),
        packages('react', 'react-dom', '@fluentui/*', 'prosemirror-*', '@dnd-kit/*', '@lingui/core', '@lingui/message-utils', 'idb', 'valibot'),
      ],
    },
  },
  // The local tenant imitates Graph on its own: Node, its own packages and the domain's shapes.
  { from: layer('tenant'), allow: { to: [layer('domain'), node, { module: { origin: 'external' } }] } },
  // The simulators play Teams and Outlook to the real surfaces: they also speak the host protocols,
  // the same files the hosts' test fakes and the pane's development bridge use, and nothing else.
  {
    from: { element: { type: 'tenant' }, file: { path: '**/tenant/simulator/**' } },
    allow: { to: { file: { path: ['**/src/hosts/teams/testing/teamsHostProtocol.ts', '**/src/hosts/outlook/simulatorProtocol.ts'] } } },
  },
  // Command-line tools, browser tests and fixture checks drive everything.
  { from: layer('tools', 'e2e', 'fixtures'), allow: { to: { module: { origin: ['local', 'external', 'core'] } } } },

  // Test code in src may also use the test runner, Node, the test tools and the seed meetings in
  // fixtures/; the Graph layer's tests run against the local tenant in process.
  {
    from: { element: { type: ['domain', 'documents', 'config', 'auth', 'graph', 'hosts', 'teamsHost', 'outlookHost', 'ui'] }, file: { categories: 'test' } },
    allow: { to: [layer('fixtures'), node, packages('vitest', '@testing-library/*', 'fake-indexeddb', 'jsdom', 'jszip', 'office-addin-mock', 'undici', '@azure/msal-node')] },
  },
  { from: { element: { type: 'graph' }, file: { categories: 'test' } }, allow: { to: layer('tenant') } },
  // The documents' tests build domain values with the model's schemas (`v.parse(Schema, …)`, a method of the schema under zod).
  { from: { element: { type: 'documents' }, file: { categories: 'test' } }, allow: { to: packages('valibot') } },
];

// Never localStorage (tokens live in MSAL's session cache, drafts in IndexedDB); office.js is a
// global script, so only the Outlook host may touch `Office`. Both lists are whole in every block
// that sets them, because a later block replaces a rule's options rather than adding to them.
const noLocalStorage = { name: 'localStorage', message: 'Never localStorage: tokens and drafts use sessionStorage/IndexedDB through helpers.' };
const noOffice = { name: 'Office', message: 'office.js belongs in src/hosts/outlook: screens use the HostContext.' };
// src validates with valibot, whose functions a bundler keeps one by one: zod (even its mini API, about
// 12 kB gzip with its English locale) would come back on every page (issue 14). tenant/, tools/ and e2e/
// are not shipped and may keep zod's classic API.
const zodInSrc = "src validates with valibot (import * as v from 'valibot': v.optional(x), v.pipe(v.string(), v.minLength(1)) …), not zod (issue 14).";
const noZod = {
  paths: [{ name: 'zod', message: zodInSrc }],
  patterns: [{ group: ['zod/*'], message: zodInSrc }],
};
// One way to load a view's chunk: loadableView fetches it once, renders it without suspending once it is
// here, and forgets a failed fetch (tried again when the view is next shown, asked for, or the connection
// returns). React's lazy() keeps a failed fetch until the page is reloaded and suspends even for a chunk
// already here (React's 300 ms reveal throttle). Only loadableView.tsx itself uses lazy().
const lazyOutsideLoadableView =
  "A view in a chunk of its own goes through loadableView (src/ui/shared/loadableView.tsx): const { View, preload } = loadableView(() => import(/* webpackChunkName: \"…\" */ './X').then((module) => module.X)). React's lazy() keeps a failed fetch until a reload.";
const noReactLazy = { name: 'react', importNames: ['lazy'], message: lazyOutsideLoadableView };
const noReactDotLazy = { object: 'React', property: 'lazy', message: lazyOutsideLoadableView };

// One way to ask before an action that cannot be undone: ConfirmDialog (src/ui/shared/ConfirmDialog.tsx: «Avbryt» first,
// Escape, the focus back on the opener; `busy`, `closeLabel` for an action that runs in it). Fluent's Dialog is built on
// only there and in the dialogs that are no confirmation (a form, a picker), named in the block that allows them.
const handBuiltDialog =
  'Ask before an irreversible action with ConfirmDialog (src/ui/shared/ConfirmDialog.tsx; in the side panel sidePanel/ConfirmDialog.tsx): confirmIcon, busy, closeLabel. A form or a picker that is no confirmation is named in eslint.config.js.';
const noFluentDialog = [
  { name: '@fluentui/react-components', importNames: ['Dialog'], message: handBuiltDialog },
  { name: '@fluentui/react-dialog', message: handBuiltDialog },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.local-tenant/**', 'out/**', 'coverage/**', 'lint-probes/*/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Long lines do not come back (a codemod once left schemas of 300 characters on one line, and
    // some 260 lines of code past 160 characters had gathered; they were folded by hand). Strings,
    // template literals, regular expressions, URLs and comments do not count: a Norwegian message or
    // a test's expected text is kept whole on its line (so it can be searched for as the user sees
    // it), and comments are prose; without these exceptions hundreds more lines would be broken
    // mid-sentence.
    // Core's max-len is deprecated in favour of @stylistic/max-len (same options) but stays until
    // ESLint 11, so no plugin is added for it.
    files: ['**/*.{ts,tsx,js,mjs}'],
    rules: {
      'max-len': ['error', { code: 160, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreComments: true }],
    },
  },
  {
    files: ['{src,tenant,tools,e2e,fixtures}/**/*.{ts,tsx,js,mjs}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'boundaries/files': [{ category: 'test', pattern: testFiles }],
      // Besides import, export, require and import(): a type written as `import('../ui/…').Services`.
      'boundaries/additional-dependency-nodes': [{ selector: 'TSImportType > Literal', kind: 'type', name: 'import-type' }],
      'import/resolver': { typescript: { project: 'tsconfig.json' }, node: true },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', checkAllOrigins: true, checkUnknownLocals: true, policies }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx,js,mjs}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-properties': ['error', { object: 'window', property: 'localStorage', message: noLocalStorage.message }, noReactDotLazy],
      'no-restricted-globals': ['error', noLocalStorage, noOffice],
      'no-restricted-imports': ['error', { ...noZod, paths: [...noZod.paths, noReactLazy, ...noFluentDialog] }],
    },
  },
  {
    // The one confirmation, and the dialogs that are none: «Nytt møte» (a form) and «Hent sak fra et annet utvalg» (a picker, «Lukk» only).
    files: ['src/ui/shared/ConfirmDialog.tsx', 'src/ui/workspace/NewMeetingDialog.tsx', 'src/ui/workspace/CarryCaseDialog.tsx'],
    rules: { 'no-restricted-imports': ['error', { ...noZod, paths: [...noZod.paths, noReactLazy] }] },
  },
  {
    // The one mechanism for a view's chunk is built on React's lazy().
    files: ['src/ui/shared/loadableView.tsx'],
    rules: { 'no-restricted-imports': ['error', noZod] },
  },
  {
    files: ['src/hosts/outlook/**/*.{ts,tsx,js,mjs}'],
    rules: { 'no-restricted-globals': ['error', noLocalStorage] },
  },
  {
    // Its yardstick is the zod schema the plain configuration parser replaced (kept to hold it to zod's formats); not shipped.
    files: ['src/config/appConfig.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },

);
