// The layers of ARCHITECTURE.md, enforced here rather than by goodwill.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const uiAndHostSdks = [
  { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'Domain and documents are pure: no React.' },
  { group: ['@fluentui/*', '@tiptap/*', '@dnd-kit/*'], message: 'Domain and documents are pure: no UI libraries.' },
  { group: ['@microsoft/teams-js', '@microsoft/office-js'], message: 'Host SDKs belong in src/hosts.' },
  { group: ['@azure/msal-browser', '@azure/msal-node'], message: 'Sign-in belongs in src/auth.' },
  { group: ['@microsoft/microsoft-graph-client', '@microsoft/microsoft-graph-types'], message: 'Graph belongs in src/graph.' },
  { group: ['**/ui/**', '**/hosts/**', '**/graph/**', '**/auth/**'], message: 'Inner layers do not import outer ones.' },
  { group: ['**/tenant/**'], message: 'The local tenant is a development tool; src never imports it.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.local-tenant/**', 'out/**', 'coverage/**'] },
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
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      // Tokens never go to localStorage (see src/auth).
      'no-restricted-properties': ['error', { object: 'window', property: 'localStorage', message: 'Never localStorage: tokens and drafts use sessionStorage/IndexedDB through helpers.' }],
      'no-restricted-globals': ['error', { name: 'localStorage', message: 'Never localStorage.' }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/tenant/**', '../../tenant/*'], message: 'The local tenant is a development tool; src never imports it.' }] }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...uiAndHostSdks, { group: ['**/documents/**'], message: 'Domain is the core: it imports nothing from documents.' }, { group: ['docx', 'dompurify', 'idb'], message: 'Domain is pure.' }] }],
    },
  },
  {
    files: ['src/documents/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: uiAndHostSdks }] },
  },
  {
    files: ['src/graph/**/*.ts', 'src/auth/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['react', 'react-dom', '@fluentui/*'], message: 'Gateways have no UI.' },
        { group: ['**/ui/**'], message: 'Gateways do not import UI.' },
        { group: ['**/tenant/**'], message: 'src never imports the local tenant.' },
      ] }],
    },
  },
  {
    files: ['src/hosts/teams/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/hosts/outlook/**', '@microsoft/office-js'], message: 'Teams and Outlook hosts never import each other.' }, { group: ['**/ui/**'], message: 'Hosts build a HostContext; they do not import screens.' }] }] },
  },
  {
    files: ['src/hosts/outlook/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/hosts/teams/**', '@microsoft/teams-js'], message: 'Teams and Outlook hosts never import each other.' }, { group: ['**/ui/**'], message: 'Hosts build a HostContext; they do not import screens.' }] }] },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [
      { group: ['@microsoft/teams-js', '@microsoft/office-js'], message: 'Screens never call host SDKs: use the HostContext from src/hosts.' },
      { group: ['@microsoft/microsoft-graph-client'], message: 'Screens never call Graph: use the repository from src/graph.' },
      { group: ['**/tenant/**'], message: 'src never imports the local tenant.' },
    ] }] },
  },
  {
    files: ['tenant/**/*.ts'],
    ignores: ['tenant/simulator/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/src/ui/**', '**/src/hosts/**', '**/src/graph/**', '**/src/auth/**'], message: 'The local tenant is independent of the app (it may use src/domain for seeding).' }] }] },
  },
  {
    // The simulators play Teams and Outlook: they share the host protocols with the hosts' test fakes
    // and the pane's development bridge, and nothing else of the app.
    files: ['tenant/simulator/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [
      { group: ['**/src/ui/**', '**/src/graph/**', '**/src/auth/**'], message: 'The simulators are independent of the app.' },
      { regex: '/src/hosts/(?!teams/testing/teamsHostProtocol$|outlook/simulatorProtocol$)', message: 'The simulators use only the host protocols (src/hosts/teams/testing/teamsHostProtocol.ts, src/hosts/outlook/simulatorProtocol.ts).' },
    ] }] },
  },
);
