// One bundle per surface (workspace, tab config, side panel, stage, Outlook pane), each with its own
// HTML page from one template. Configuration is fixed at build time: `configFromEnv(process.env)`
// (src/config) becomes `__MOTEBOK_CONFIG__`, so a bundle never talks to two tenants.
//
//   npm start          → webpack serve (HTTPS, the local tenant's dev certificate) + tenant + seeding
//   npm run build      → production bundle in dist/ (office.js from Microsoft's CDN, the one CDN reference)
//   npm run build:dev  → development bundle in dist/ (office.js copied next to the app, teams-js's
//                        valid-origins list served by the app: no CDN in development)
//
// Environment: APP_PORT (3000), TENANT_DATA (.local-tenant), MOTEBOK_OUT_DIR (dist), the
// MOTEBOK_* variables of src/config/configFromEnv.ts; `.env` is read with dotenv.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import dotenv from 'dotenv';
import webpack from 'webpack';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import { tsImport } from 'tsx/esm/api';
import { VALID_ORIGINS_PATH } from './src/hosts/teams/devValidOriginsLoader.mjs';
import { StartupPreloadPlugin } from './tools/startupPreloadPlugin.mjs';
import { GriffelPageCssPlugin, GRIFFEL_CSS_MODULE_LOADER, GRIFFEL_EXTRACTION_LOADER } from './tools/griffelPageCssPlugin.mjs';
import { CompileHintsPlugin } from './tools/compileHintsPlugin.mjs';
import { TeamsThemeCssPlugin } from './tools/teamsThemeCss.mjs';
import { TeamsJsDebugPlugin } from './tools/teamsJsDebugPlugin.mjs';

export { GRIFFEL_EXTRACTION_LOADER };

const root = path.dirname(fileURLToPath(import.meta.url));
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_DIST = path.join(root, 'node_modules/@microsoft/office-js/dist');
// office.js opens this page of Microsoft's in a hidden frame for its telemetry, 3 s after loading.
const OFFICE_TELEMETRY_FRAME = 'https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html';
const TEAMS_JS_ESM = path.join(root, 'node_modules/@microsoft/teams-js/dist/esm/packages/teams-js/src');
const MSAL_BROWSER_DIST = path.join(root, 'node_modules/@azure/msal-browser/dist');
/** What teams-js gets in place of its bundled `debug` (tools/teamsJsDebugPlugin.mjs). */
const TEAMS_JS_DEBUG = path.join(root, 'src/hosts/teams/teamsJsDebug.ts');
/** The Graph client's ES modules, free of side effects though its package does not say so (the rule below). */
export const GRAPH_CLIENT_ES = /[\\/]node_modules[\\/]@microsoft[\\/]microsoft-graph-client[\\/]lib[\\/]es[\\/]/;
/**
 * The layers that do nothing when a module loads, built as free of side effects (the rule below): the pure layers
 * (src/domain, src/documents; ARCHITECTURE.md) and src/graph, src/config, src/auth and src/hosts, whose modules only
 * declare what a page calls. Their TypeScript only: the Outlook simulator's prelude (a script served as it is) and
 * the loader beside teams-js's wrapper are not bundled.
 */
export const SIDE_EFFECT_FREE_LAYERS = /[\\/]src[\\/](domain|documents|graph|config|auth|hosts)[\\/].*\.tsx?$/;
const NESTED_APP = path.join(root, 'src/auth/nestedApp.ts');
const DEV_VALID_ORIGINS_LOADER = path.join(root, 'src/hosts/teams/devValidOriginsLoader.mjs');
// Catalogues compiled at build time (ICU MessageFormat → Lingui's compiled form, so no page ships the
// compiler) and per locale: a surface's messages.ts keeps nb/nn/en in one object, the bundle keeps
// only bokmål up front and fetches nynorsk or English by import() (see the loader). Every module of
// src/ui passes through it; one without a top-level `const nb`/`nn`/`en` is returned unread.
const CATALOGUE_SPLIT_LOADER = path.join(root, 'tools/catalogueSplitLoader.mjs');
/** teams-js's start log made without the page's first Intl date format (tools/teamsJsStartLogLoader.mjs). */
const TEAMS_JS_START_LOG_LOADER = path.join(root, 'tools/teamsJsStartLogLoader.mjs');
const UI_MODULES = /[\\/]src[\\/]ui[\\/].*\.tsx?$/;
// Development only: the Outlook pane's opt-out of office.js blanking a frame Outlook did not open,
// so the local tenant's appointment simulator can host it (src/hosts/outlook/simulatorPrelude.js).
const SIMULATOR_PRELUDE = path.join(root, 'src/hosts/outlook/simulatorPrelude.js');
const SIMULATOR_PRELUDE_PATH = '/simulator-prelude.js';

/**
 * Griffel's build-time transform, for the app's own code (Fluent's packages ship theirs already
 * transformed): `makeStyles`/`makeResetStyles` from '@fluentui/react-components' become
 * `__styles`/`__resetStyles` with the class names and CSS rules computed here, so the browser does
 * not resolve style objects on first render (issue 14: cold load). In every build (production,
 * development, `npm start`, the browser tests); vitest's jsdom tests keep the run-time path.
 * `makeStaticStyles` stays at run time: '@fluentui/react-components' exports no `__staticStyles`.
 */
export const GRIFFEL_LOADER = {
  loader: '@griffel/webpack-loader',
  options: {
    modules: [{ moduleSource: '@fluentui/react-components', importName: 'makeStyles', resetImportName: 'makeResetStyles', staticImportName: null }],
  },
};

/**
 * Fluent's packages (and the app's code once GRIFFEL_LOADER has run) keep only class maps in the
 * JavaScript: their CSS rules go to each page's style sheet (tools/griffelPageCssPlugin.mjs), so
 * Griffel inserts nothing at run time. In every build, like GRIFFEL_LOADER: production, development,
 * `npm start`, the browser tests and the benches all load the styles the way the app ships them.
 * Only Fluent's packages in node_modules call `__styles`; the loader passes a file without it unread.
 */
const FLUENT_PACKAGES = /[\\/]node_modules[\\/]@fluentui[\\/]/;

/**
 * `import()` chunks kept whole rather than split by what they share with other chunks (see `optimization`
 * below). The stage's problem bars too (`problem-bars`, ui/shared/lateProblemBars.tsx, and `unreadable-rows`):
 * split, the MessageBar, Button and Link they bring (the stage's screens have none) re-cut the Fluent
 * chunks the tab config and the Outlook pane start with into more, smaller files (2.6 kB gzip more).
 * The side panel's recorder (`side-panel-recorder`, ui/sidePanel/recorderChunk.ts) too, for the same
 * reason: the referent fetches it whole the moment the panel knows she records.
 */
const WHOLE_CHUNKS = new Set(['workspace', 'workspace-app', 'sidePanel', 'stage', 'side-panel-app', 'side-panel-recorder', 'stage-app', 'graph', 'msal', 'msal-nested', 'richTextEditor', 'problem-bars', 'unreadable-rows']);

/**
 * A splitChunks cache group (`optimization` below) for the modules `chunk` (kept whole) shares with
 * any of `withChunks` (screens kept whole, fetched beside it at start): one chunk named `name`, fetched
 * with each of them, rather than a copy of each module in each. Only modules of `chunk` are moved, so
 * every page that fetches the new chunk needs all of it (it fetches `chunk` at start anyway).
 * @param {string} name @param {string} chunk @param {string[]} withChunks
 */
export function sharedAtStartup(name, chunk, withChunks) {
  const pair = new Set([chunk, ...withChunks]);
  return {
    [name]: {
      name,
      chunks: (candidate) => pair.has(candidate.name ?? ''),
      test: (module, { chunkGraph }) => [...chunkGraph.getModuleChunksIterable(module)].some((owner) => owner.name === chunk),
      minChunks: 2,
      // By the chunks that hold a module, not also by which of its exports each page uses: otherwise a
      // module the Graph side and a page's screens each use in part (confidentiality, attachments)
      // counts as two and keeps a copy in each. Every page that fetches `chunk` has all its exports anyway.
      usedExports: false,
      // Below valibot's and teams-js's groups, which keep their modules in files of their own.
      priority: -5,
      enforce: true,
    },
  };
}

/**
 * The surfaces: entry name → [source, page, page title]. `startupChunks`: the webpackChunkName of
 * each `import()` the page makes as it starts, preloaded from its HTML (tools/startupPreloadPlugin.mjs).
 * `browserChunks`: those it makes at start only in a plain browser (the sign-in gate), named in its
 * HTML and preloaded by the entry once the host says "browser" (src/ui/shared/browserChunks.ts).
 * `teamsChunks`: for a page that runs in Teams and in a plain browser (the workspace), those its entry
 * fetches first thing inside Teams (teams-js, MSAL's nested app auth: src/ui/shared/hostChunksFirst.ts,
 * which also preloads the browser's chunks first thing in a browser). Such a page's HTML preloads only
 * what both hosts need, so neither downloads the other's code, and `npm run size` counts its start-up
 * once per host (tools/bundleSize.ts; its test checks that `teamsChunks` names exactly the `import()`s
 * hostChunksFirst.ts reaches). teams-js is preloaded by the pages that run only in Teams.
 * `faces`: a module whose `stageFacesHtml()` is markup its HTML lays out unseen while the page waits for its scripts,
 * so the view's first layout does not open its faces (src/ui/stage/stageType.ts).
 * `compileHintChunks`: the start-up chunks evaluated after the host's handshake has begun, which V8 is
 * told to compile whole while they download (tools/compileHintsPlugin.mjs): not the entry or teams-js,
 * nor the rich-text editor (fetched after the start: ui/shared/LazyRichTextEditor.tsx); and the referent's
 * recorder, evaluated on her way to ready. Not MSAL's standard application (`msal`): hinted for the
 * workspace in a plain browser, its step to the services came out longer, not shorter (README: h/coldws, 2026-12-03 evening).
 * `referentChunks` (the side panel): the `import()`s the page makes once it knows the signed-in person
 * records (ui/sidePanel/recorderChunk.ts: the recorder), never for a member. Not preloaded from the HTML
 * (members would download them too) but named in it (`<meta name=motebok-referent-chunks>`,
 * tools/startupPreloadPlugin.mjs), so the panel downloads all their files at once the moment it knows she
 * records (`preloadReferentChunks`). Not the rich-text editor: the recorder shows each sak's møtebehandling
 * in the editor's box until the editor's chunk, fetched once the panel is idle after the recorder's first
 * paint, takes its place (LazyRichTextEditor.tsx). Counted: `npm run size` budgets the page's start-up
 * (everyone's) and `<entry>@referent`, the start-up and these (tools/bundleSize.ts, whose test checks that
 * the list names exactly the `import()`s recorderChunk.ts makes).
 */
export const SURFACES = {
  workspace: { entry: './src/ui/workspace/main.tsx', page: 'workspace.html', title: 'Møtebok', startupChunks: ['graph', 'workspace-app'], compileHintChunks: ['graph', 'workspace-app'], browserChunks: ['msal', 'sign-in'], teamsChunks: ['teams-js', 'msal-nested'] },
  tabConfig: { entry: './src/ui/tabConfig/main.tsx', page: 'config.html', title: 'Møtebok – oppsett' },
  sidePanel: { entry: './src/ui/sidePanel/main.tsx', page: 'sidepanel.html', title: 'Møtebok – referent', startupChunks: ['teams-js', 'msal-nested', 'graph', 'side-panel-app'], compileHintChunks: ['graph', 'side-panel-app', 'side-panel-recorder'], browserChunks: ['sign-in', 'msal'], referentChunks: ['side-panel-recorder'] },
  stage: { entry: './src/ui/stage/main.tsx', page: 'stage.html', title: 'Møtebok – møteskjerm', faces: './src/ui/stage/stageType.ts', startupChunks: ['teams-js', 'msal-nested', 'graph', 'stage-app'], compileHintChunks: ['graph', 'stage-app'], browserChunks: ['sign-in', 'msal'] },
  outlook: { entry: './src/ui/outlook/main.tsx', page: 'outlook.html', title: 'Møtebok for Outlook', officeJs: true, startupChunks: ['msal-nested'] },
};

async function securityHeadersModule() {
  return tsImport('./src/config/securityHeaders.ts', import.meta.url);
}

async function connectionHintsModule() {
  return tsImport('./src/config/connectionHints.ts', import.meta.url);
}

async function appConfig(env) {
  // configFromEnv is TypeScript (shared with the app's tests); tsx loads it without a build step.
  const { configFromEnv, buildTargetSummary } = await tsImport('./src/config/configFromEnv.ts', import.meta.url);
  try {
    return { config: configFromEnv(env), summary: (config) => buildTargetSummary(env, config) };
  } catch (error) {
    // The person running the build needs the message naming the variable, not webpack-cli's stack trace.
    if (error?.name === 'ConfigError') error.stack = `${error.name}: ${error.message}`;
    throw error;
  }
}

async function devCertificate() {
  const dataDir = path.resolve(root, process.env.TENANT_DATA ?? '.local-tenant');
  const devCertPath = path.join(root, 'tenant/devCert.ts');
  if (!fs.existsSync(devCertPath)) return undefined;
  const { ensureDevCertificate } = await tsImport('./tenant/devCert.ts', import.meta.url);
  return ensureDevCertificate(dataDir);
}

/**
 * teams-js's own list of valid Teams origins (what its CDN serves), as JSON. The package ships it
 * as an ES module (artifactsForCDN/validDomains.json.js) with no imports, so it is loaded as one.
 */
async function teamsValidOriginsJson() {
  const source = fs.readFileSync(path.join(TEAMS_JS_ESM, 'artifactsForCDN/validDomains.json.js'), 'utf8');
  const list = await import(`data:text/javascript,${encodeURIComponent(source)}`);
  if (!Array.isArray(list.default?.validOrigins)) throw new Error('teams-js: artifactsForCDN/validDomains.json.js has no validOrigins list');
  return JSON.stringify({ validOrigins: list.default.validOrigins });
}

/** Development copy of an office.js file: no telemetry frame on Microsoft's host (nothing leaves the machine). */
function withoutOfficeTelemetry(content) {
  const text = content.toString('utf8');
  return text.includes(OFFICE_TELEMETRY_FRAME) ? Buffer.from(text.split(OFFICE_TELEMETRY_FRAME).join('about:blank'), 'utf8') : content;
}

/** Adds one generated file to the output (also in webpack serve's memory). */
class EmitFilePlugin {
  constructor(filename, content) {
    this.filename = filename;
    this.content = content;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('EmitFilePlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'EmitFilePlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset(this.filename, new webpack.sources.RawSource(this.content));
      });
    });
  }
}

/**
 * @param {Record<string, string | boolean>} _cliEnv webpack --env values (unused)
 * @param {{ mode?: string }} argv
 */
export default async function webpackConfig(_cliEnv = {}, argv = {}) {
  dotenv.config({ path: path.join(root, '.env'), quiet: true });
  const production = (argv.mode ?? process.env.NODE_ENV) === 'production';
  const serving = process.env.WEBPACK_SERVE === 'true';
  const outDir = path.resolve(root, process.env.MOTEBOK_OUT_DIR ?? 'dist');
  const port = Number(process.env.APP_PORT ?? 3000);
  const { config, summary } = await appConfig(process.env);
  // A production build says which tenant it is for, so a bundle built for the local test tenant is not deployed by mistake.
  if (production && !serving) console.log(summary(config));
  const officeJsSrc = production ? OFFICE_JS_CDN : '/office-js/office.js';
  const headers = await securityHeadersModule();
  const { connectionHints } = await connectionHintsModule();
  const hostedPages = Object.values(SURFACES).map((surface) => ({ path: `/${surface.page}`, officeJs: Boolean(surface.officeJs) }));
  // Source maps of a production build are kept beside the output folder, never deployed with the app.
  const sourceMapDir = `${path.basename(outDir)}-sourcemaps`;

  const pages = await Promise.all(Object.entries(SURFACES).map(async ([name, surface]) => {
    // The Graph origin from every page's <head>; the authority's too on the page that runs in a plain browser as
    // well as in Teams (the workspace: `teamsChunks`), where MSAL's standard application signs in
    // (src/config/connectionHints.ts; both are in the policy's connect-src).
    const hints = connectionHints(config, { browserSignIn: Boolean(surface.teamsChunks) });
    return new HtmlWebpackPlugin({
      template: path.join(root, 'src/ui/shared/page.html'),
      filename: surface.page,
      chunks: [name],
      title: surface.title,
      officeJs: surface.officeJs ? officeJsSrc : '',
      // Development only: lets the local tenant's appointment simulator frame the pane (see the file).
      officeJsPrelude: surface.officeJs && !production ? SIMULATOR_PRELUDE_PATH : '',
      // Content-Security-Policy script sources: eval only for development source maps (and office.js,
      // which may need it); Microsoft's CDN only on the Outlook page of the production build.
      scriptSrc: ["'self'", ...(!production || surface.officeJs ? ["'unsafe-eval'"] : []), ...(production && surface.officeJs ? [new URL(OFFICE_JS_CDN).origin] : [])].join(' '),
      // Production: the same policy as the hosting headers (src/config/securityHeaders.ts), less
      // frame-ancestors, which a meta tag cannot carry. Development keeps the looser template policy.
      contentSecurityPolicy: production ? headers.contentSecurityPolicy(config, { forHeader: false, officeJs: Boolean(surface.officeJs) }) : undefined,
      preconnect: hints,
      // The faces the page's view draws, laid out unseen while the page waits for its scripts (src/ui/stage/stageType.ts).
      faces: surface.faces ? (await tsImport(surface.faces, import.meta.url)).stageFacesHtml() : '',
      inject: 'body',
    });
  }));

  /** @type {import('webpack').Configuration & { devServer?: import('webpack-dev-server').Configuration }} */
  const webpackConfiguration = {
    mode: production ? 'production' : 'development',
    context: root,
    entry: Object.fromEntries(Object.entries(SURFACES).map(([name, surface]) => [name, surface.entry])),
    output: {
      path: outDir,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      sourceMapFilename: production ? `../${sourceMapDir}/[file].map` : '[file].map',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].chunk.js',
      publicPath: '/',
      clean: true,
    },
    // hidden-source-map: maps are written (for debugging a reported stack) but the bundles do not point to them.
    devtool: production ? 'hidden-source-map' : 'eval-cheap-module-source-map',
    resolve: {
      extensions: ['.tsx', '.ts', '.js', '.mjs'],
      // Live Share's local mode would require() this for a token; src/hosts/teams/liveShareChannel.ts
      // passes its own, so the package is neither installed nor bundled.
      alias: {
        '@fluidframework/test-client-utils': false,
        // MSAL's nested-app classes past its package exports (src/auth/nestedApp.ts; tsconfig `paths`
        // and vitest.config.ts map the same name): the nested path without MSAL's standard application.
        'msal-browser-internals': MSAL_BROWSER_DIST,
      },
    },
    module: {
      rules: [
        // Runs before esbuild: it rewrites the TypeScript source (production and development alike,
        // so the browser tests exercise the same path).
        { test: UI_MODULES, exclude: /\.test\.tsx?$/, enforce: 'pre', loader: CATALOGUE_SPLIT_LOADER },
        {
          test: /\.[jt]sx?$/,
          exclude: /node_modules/,
          // Loaders run last to first: esbuild strips types (`npm run typecheck` is the type check),
          // then Griffel's build-time transform (GRIFFEL_LOADER) resolves the app's styles, then
          // Griffel's extraction moves their CSS rules out of the JavaScript (FLUENT_PACKAGES).
          use: [GRIFFEL_EXTRACTION_LOADER, GRIFFEL_LOADER, { loader: 'esbuild-loader', options: { target: 'es2022', jsx: 'automatic' } }],
        },
        { test: /\.m?js$/, include: FLUENT_PACKAGES, loader: GRIFFEL_EXTRACTION_LOADER },
        // The Graph client's package declares no `sideEffects`, and its modules assign static fields to their
        // own classes at top level (`RetryHandler.RETRY_STATUS_CODES = …`) and fill their enums in IIFEs, which
        // webpack must take for side effects: every module its index re-exports stayed in the Graph side's
        // chunk, the large-file upload tasks (about 1.6 kB gzip) too, on every page's start-up. None touches
        // anything but its own exports (tools/graphClientSideEffects.test.ts reads every module),
        // so only what src imports is bundled, and the upload tasks go with graph/uploadSession.ts's chunk.
        { test: GRAPH_CLIENT_ES, sideEffects: false },
        // The layers that do nothing at load too: a module of theirs is bundled for the exports a page uses, not
        // because a module it uses imports it for another page's needs. Without it the Outlook pane started with the
        // protokoll's attendance lines and shares (domain/attendance.ts, shareholding.ts, attendanceWording.ts:
        // documents/meetingFacts.ts imports them for the Word documents, the invite body it uses needs none) and the
        // minutes mail the documents' index re-exports (docs/performance-history.md, h/cold41). Their top level only
        // declares (tools/sideEffectFreeLayers.test.ts).
        { test: SIDE_EFFECT_FREE_LAYERS, sideEffects: false },
        // MSAL's nested app auth (src/auth/nestedApp.ts, chunk "msal-nested") in a layer of its own: the
        // layer passes to everything it imports, so the MSAL modules it uses are its own instances, not
        // those of MSAL's standard application (chunk "msal", the browser's sign-in). Shared, they could not
        // be concatenated, and each kept its wrapper, imports and export getters (12 kB minified, with
        // webpack's tree-shaking inside concatenated modules 13 kB gzip in all); now the chunk is one
        // module (checked by `npm run size`: CONCATENATED_CHUNKS in tools/bundleSize.ts). MSAL's code is
        // unchanged; a page that loads both chunks (Teams without nested app auth) has MSAL's common part twice.
        { test: NESTED_APP, layer: 'msal-nested' },
        // The `<module>.griffel.css` each extracted module imports: rules kept for its page's sheet.
        { test: /\.griffel\.css$/, type: 'javascript/auto', loader: GRIFFEL_CSS_MODULE_LOADER },
        // Development: teams-js asks the app itself for its valid-origins list, not Microsoft's CDN
        // (no request leaves the machine in development and tests); production keeps the CDN.
        ...(!production ? [{ test: path.join(TEAMS_JS_ESM, 'internal/constants.js'), loader: DEV_VALID_ORIGINS_LOADER }] : []),
        // Production and development alike, so the browser tests run what ships.
        { test: path.join(TEAMS_JS_ESM, 'public/app/app.js'), loader: TEAMS_JS_START_LOG_LOADER },
      ],
    },
    plugins: [
      new webpack.DefinePlugin({ __MOTEBOK_CONFIG__: JSON.stringify(config) }),
      ...pages,
      new GriffelPageCssPlugin({ filename: (entry, hash) => (production ? `${entry}.${hash}.css` : `${entry}.css`) }),
      // Fluent's Teams themes as style sheets made here, not JavaScript: light linked from every page,
      // dark and high contrast fetched when the host asks (src/ui/shared/themes.ts).
      new TeamsThemeCssPlugin({ filename: (name, hash) => (production ? `theme-${name}.${hash}.css` : `theme-${name}.css`) }),
      new StartupPreloadPlugin(
        Object.fromEntries(Object.values(SURFACES).filter((surface) => surface.startupChunks).map((surface) => [surface.page, surface.startupChunks])),
        Object.fromEntries(Object.values(SURFACES).filter((surface) => surface.browserChunks).map((surface) => [surface.page, surface.browserChunks])),
        Object.fromEntries(Object.values(SURFACES).filter((surface) => surface.referentChunks).map((surface) => [surface.page, surface.referentChunks])),
        // Fetched at high priority, with the entry: the host's handshake runs it before anything else.
        ['teams-js'],
      ),
      new CompileHintsPlugin(Object.values(SURFACES).flatMap((surface) => surface.compileHintChunks ?? [])),
      // teams-js's bundled `debug` (its developer logging, off unless localStorage.debug names it) replaced by
      // silent loggers, in every build: 2.2 kB gzip less on each page that runs in Teams (the plugin's file says
      // why nothing else changes, and fails the build if teams-js uses `debug` otherwise).
      new TeamsJsDebugPlugin({ esmDir: TEAMS_JS_ESM, replacement: TEAMS_JS_DEBUG }),
      ...(!production ? [new EmitFilePlugin(VALID_ORIGINS_PATH.replace(/^\//, ''), await teamsValidOriginsJson())] : []),
      ...(!production ? [new EmitFilePlugin(SIMULATOR_PRELUDE_PATH.replace(/^\//, ''), fs.readFileSync(SIMULATOR_PRELUDE))] : []),
      // The hosting configuration with the security headers (docs/drift.md §6).
      ...(production
        ? [
            new EmitFilePlugin('staticwebapp.config.json', `${JSON.stringify(headers.staticWebAppConfig(config, hostedPages), null, 2)}\n`),
            new EmitFilePlugin('_headers', headers.genericHeadersFile(config, hostedPages)),
          ]
        : []),
      ...(!production && !serving
        ? [
            new CopyWebpackPlugin({
              // office.js loads its host and locale scripts relative to itself: copy the top level and the
              // locales Møtebok speaks (Outlook only), not all 86 MB.
              patterns: [
                {
                  from: '{office,o15apptofilemappingtable,es6-promise,outlook*}.js',
                  context: OFFICE_JS_DIST,
                  to: 'office-js',
                  globOptions: { ignore: ['**/*.debug.js'] },
                  transform: withoutOfficeTelemetry,
                },
                ...['en-us', 'nb-no', 'nn-no'].map((locale) => ({
                  from: path.join(OFFICE_JS_DIST, locale),
                  to: `office-js/${locale}`,
                  noErrorOnMissing: true,
                })),
              ],
            }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [{ from: path.join(root, 'assets'), to: 'assets', noErrorOnMissing: true, globOptions: { ignore: ['**/.gitkeep'] } }],
      }),
    ],
    // React, Fluent and friends once for all five pages rather than five times. The workspace's
    // screens (`workspace-app`) stay one file, though: split by what they share with the other pages'
    // chunks they were 18 files, each a request queued on the start-up path (6 connections per host
    // over HTTP/1.1; `npm run bench -- coldLoad`, issue 14). Their copy of what they share is theirs. (One split
    // of their own: React DOM, `workspaceReactDom` below, so the two compile side by side.)
    optimization: {
      splitChunks: {
        chunks: (chunk) => !WHOLE_CHUNKS.has(chunk.name ?? ''),
        cacheGroups: {
          // valibot is in the Graph side and in each surface's screens: one file for both, not a copy in each.
          valibot: { test: /[\\/]node_modules[\\/]valibot[\\/]/, name: 'valibot', chunks: 'async', enforce: true },
          // teams-js is fetched only inside Teams (the `import()` chunk "teams-js", hosts/teams/
          // loadTeamsJs.ts) and also used by the side panel's stage sharing: one file for both,
          // not a copy in each. Its own name: webpack will not fill the import()'s chunk from others.
          // With teams-js, the silent stand-in for its bundled `debug` (TEAMS_JS_DEBUG), which only teams-js imports.
          teamsJs: {
            test: (module) => /[\\/]node_modules[\\/]@microsoft[\\/]teams-js[\\/]/.test(module.resource ?? '') || module.resource === TEAMS_JS_DEBUG,
            name: 'teams-js-lib',
            chunks: 'async',
            enforce: true,
          },
          // Chunks kept whole that a page fetches side by side at start each had their own copy of
          // what they share: the domain code of the Graph side and of a page's screens (src/domain:
          // conventions, confidentiality, the model …) twice on the stage and the side panel, the
          // editor's icons and LengthCountdown twice on the referent's side panel (the recorder and the
          // editor it fetches). One file for each pair instead, fetched with both (`sharedAtStartup`; its
          // test in tools/bundleSize.test.ts). The recorder's modules the Graph side has too go to
          // graph-shared, which every page with the Graph side fetches anyway.
          ...sharedAtStartup('graph-shared', 'graph', ['stage-app', 'side-panel-app', 'side-panel-recorder', 'workspace-app']),
          ...sharedAtStartup('editor-shared', 'richTextEditor', ['side-panel-recorder']),
          // The plain browser's sign-in screen and the workspace's screens, fetched side by side at start, share Fluent's
          // card and text modules (too few bytes for webpack's own split since tabster left the screens, h/cold53): one file.
          ...sharedAtStartup('sign-in-shared', 'sign-in', ['workspace-app']),
          // React DOM (and its scheduler), 207 of the workspace's screens' 388 kB, in a file of its own fetched with them:
          // V8 compiles each start-up file whole on a worker thread as it streams (`compileHintChunks`), one file a
          // thread, and the screens' one file took 154–290 ms of one worker on a loaded 2-core machine (h/work57); as
          // two files the two compile side by side. Only the workspace: the other pages' screens keep their own copy.
          workspaceReactDom: {
            test: /[\\/]node_modules[\\/](react-dom|scheduler)[\\/]/,
            name: 'workspace-react-dom',
            chunks: (chunk) => chunk.name === 'workspace-app',
            enforce: true,
          },
        },
      },
    },
    // Layers: MSAL's nested part apart from its standard application (the rule for NESTED_APP above).
    experiments: { layers: true },
    performance: { hints: false },
    stats: 'errors-warnings',
  };

  if (serving) {
    const cert = await devCertificate();
    webpackConfiguration.devServer = {
      port,
      host: 'localhost',
      server: cert ? { type: 'https', options: { key: cert.key, cert: cert.cert } } : 'https',
      // office.js is served from node_modules rather than copied into memory (its top-level scripts
      // without the telemetry frame, as in build:dev).
      static: [{ directory: OFFICE_JS_DIST, publicPath: '/office-js', watch: false }],
      setupMiddlewares(middlewares) {
        middlewares.unshift({
          name: 'office-js-without-telemetry',
          path: '/office-js',
          middleware(req, res, next) {
            const name = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\//, '');
            const file = path.join(OFFICE_JS_DIST, name);
            if (!/^[\w.-]+\.js$/.test(name) || !fs.existsSync(file)) return next();
            res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
            res.end(withoutOfficeTelemetry(fs.readFileSync(file)));
          },
        });
        return middlewares;
      },
      headers: { 'Cache-Control': 'no-store' },
      historyApiFallback: false,
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false } },
      open: false,
      onListening(server) {
        const address = server.server?.address();
        const actualPort = typeof address === 'object' && address ? address.port : port;
        console.log(`\nMøtebok: https://localhost:${actualPort}/workspace.html\n`);
      },
    };
  }
  return webpackConfiguration;
}
