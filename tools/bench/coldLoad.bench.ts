/**
 * Cold-load ratios (issue 14): the side panel, the stage and the workspace against a reference page
 * (`reference/main.tsx`: React 19 + Fluent's FluentProvider with a Button and a Textarea +
 * teams-js), and against a floor page (`floor/main.tsx`: the reference plus the least any Møtebok
 * page must do to show a meeting with the fixed stack — the app's config, MSAL through its
 * `createAuth` (nested app auth when framed, the standard application from the carried-over sign-in
 * when not), a silent token for the storage scopes, the app's Graph client and one request for the
 * meeting's row, its title on the page), all built together in production mode with the app's own
 * webpack configuration, served by the same static host (below), hosted as `npm start` hosts them: the
 * side panel and the stage in the local tenant's Teams meeting simulator, the workspace as the Teams
 * personal tab it is (`manifest.template.json` staticTabs: `/workspace.html`) in the tenant's personal app
 * simulator (`tenant/simulator/personal/`: frame context `content`, no meeting, nested app auth), the
 * reference and the floor standing in the same frame each time (the floor in the personal tab is told
 * the meeting by `?meeting=`, as a personal tab is in no meeting); and, so that nothing is hidden, the
 * workspace opened as a page of its own in a plain browser (`workspaceBrowser`: MSAL's standard
 * application, the less common and heavier path; the reference and the floor opened on their own too).
 * For each page it prints page/reference (the goal's ratio), floor/reference (what the stack itself
 * costs over the reference) and page/floor (what Møtebok adds); a floor run that does not show the
 * seeded meeting's title is an error, not a figure.
 *
 * Runs alternate (reference, floor, page, reference, floor, page …), each in a browser of its own on a new,
 * empty profile (`freshContext`: a profile, as a user's, so the pages' preconnect hints act): an empty
 * HTTP cache, no IndexedDB drafts, no connection open. Only the sign-in is carried over (the tenant's session cookie and
 * MSAL's sessionStorage entries from one sign-in at the start), as Teams signs its apps in silently
 * (both simulators play a Teams client with nested app authentication, `naa=1`: the side panel, the
 * stage and the workspace's tab load MSAL's nested part only);
 * MSAL's authority metadata is held in memory and is not carried over.
 *
 * "Ready" is the page's own User Timing mark (`src/ui/shared/readyMark.ts`), read from the page's
 * own clock (the frame's navigation start in the simulator). The bench learns it from a tiny init
 * script, the same on the reference, the floor and the page, that says the mark's time on the
 * console (`readyAnnouncement.ts`); the driver evaluates nothing in the page before it (a
 * `waitForFunction` first compiled Playwright's injected script in the frame: a main-thread task of
 * about 200 ms inside the measured window, until 2026-12-02). Resource Timing, the other marks and the
 * floor's title are read after ready:
 * - side panel: the konklusjon editor of the active sak is editable (her panel opens on the running
 *   meeting's active sak since h/surfaces44; where a build shows the saksliste first, a script in the
 *   page clicks the sak the moment it is there, as she would, no test-driver delay);
 * - stage: the active sak is shown;
 * - workspace (in Teams and in a browser): the open meeting's saksliste is shown, the page opened at
 *   its committee's address with the meeting named (`?committee=…#meeting=…`).
 * Goal: side panel and stage ≤ 1.3 × reference, the workspace in Teams (its personal tab) ≤ 1.5 ×; the
 * browser row has no goal of its own. `MOTEBOK_BENCH_RUNS` (default 5)
 * sets the runs of each; `MOTEBOK_BENCH_TRACE=1` prints the requests of the last run of each page and of its floor, from the page's own Resource Timing, beside the tenant's request log;
 * `MOTEBOK_BENCH_NET_LOG=<folder>` writes Chromium's net log of each run there;
 * `MOTEBOK_BENCH_SURFACES=workspace,workspaceBrowser` (comma-separated: sidePanel, stage, workspace, workspaceBrowser) measures only those pages;
 * `MOTEBOK_BENCH_PROFILE=1` writes a Chrome performance trace (CDP Tracing, with JavaScript samples) of
 * each page's last run, from before it is opened to its ready announcement, to out/bench/cold-load/<surface>.trace.json (and of the reference and the floor beside it, <surface>.reference.trace.json, <surface>.floor.trace.json), for the browser's performance panel;
 * `MOTEBOK_BENCH_HOST_PROCESS=1` gives the meeting simulator a renderer process of its own, as Teams' page is
 * another site than the app's (`HOST_PROCESS` below; without it the simulator answers teams-js on the page's main thread);
 * `MOTEBOK_BENCH_UNMINIFIED=1` builds without minifying, so a trace names functions (slower pages: not for the figures);
 * `MOTEBOK_BENCH_REUSE_BUILD=1` reuses the last build in out/bench/cold-load (the build bakes in the
 * tenant's port, which it keeps) — for looking into a page, not for the figures.
 *
 * The static host (`e2e/support/staticServer.ts`, `staticHost.mjs`) stands in for the app's real one
 * (Azure Static Web Apps, a CDN, SharePoint): HTTP/2 over TLS, text gzip-compressed once at start, no
 * cache, in a process of its own — a real host is on another machine. Served from this process, as
 * until 2026-12-02, its responses waited behind the local tenant's Graph, the simulator and
 * Playwright's driver on one event loop, and HTTP/1.1 let Chrome open only 6 connections to it: the
 * stage's chunks got their first byte up to 0.6 s after they were asked for, which is not what a
 * page waits for in production. The reference, the floor and the pages are all served by it.
 * The local tenant (Graph, the sign-in, the meeting simulator, Fluid's local service) runs in a
 * process of its own too (`tenant/tenantProcess.ts`), as Graph is on another machine: in this process,
 * as until 2026-12-05, Playwright's driver stalled its event loop by 66–120 ms while the page's
 * Graph requests were in flight (the side panel's `GET /me` took 80 ms on the page's clock for 14 ms
 * of the tenant's own time). The seed, the sign-in and the request log reach it over HTTPS.
 * For each kind it prints how the host served the app origin's requests made before ready (Resource
 * Timing: the longest a request was queued before it was sent, and the longest it then waited for its
 * first byte, median and worst over the runs). `MOTEBOK_BENCH_TRACE=1` also prints, per kind, this process's event-loop delay during the runs
 * (`monitorEventLoopDelay`) and, for the last page run, each request's Resource Timing (sent, first
 * byte, connection, protocol) with the loop's stalls on the page's clock.
 *
 * It also prints the start-up JavaScript of every page of this build, the reference and the floor
 * included (gzip, initial + what the HTML preloads, as `npm run size` measures it, with
 * `tools/bundleSize.ts`) against the budgets in `.size-limit.js`, and for each page the medians of
 * its start-up marks (src/ui/shared/startupMarks.ts).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance as nodePerformance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import webpack, { type Configuration, type StatsCompilation } from 'webpack';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Frame, type Page } from 'playwright-core';
import { freePort } from '../../e2e/support/appBuild';
import { CHROMIUM_ARGS, CHROMIUM_PATH, assertChromiumInstalled, trustCertificateArgs } from '../../e2e/support/chromium';
import { serveDirectory } from '../../e2e/support/staticServer';
import type { RunningTenant } from '../../tenant/server';
import { startTenantProcess } from '../../tenant/tenantProcess';
import { ensureDevCertificate } from '../../tenant/devCert';
import { MOTEBOK_CLIENT_ID, SITE_ID, TENANT_ID } from '../../tenant/seed';
import { parseMeetingFile } from '../../src/domain/meetingFile';
import { createGraphClientFactory } from '../../src/graph/graphClient';
import { meetingFields } from '../../src/graph/listRows';
import { SharePointMeetingRepository } from '../../src/graph/sharePointMeetingRepository';
import { fetchTrusting, passwordTokenProvider } from '../../src/graph/testing/nodeTenantAccess';
import { READY_MARK, START_SEQUENCE } from '../../src/ui/shared/startupMarks';
import { browserOnlyScripts, chunkGroupScripts, initialScripts, pageSizes, PAGES_FILE, preloadedScripts } from '../bundleSize';
import { StartupPreloadPlugin } from '../startupPreloadPlugin.mjs';
import type { FetchLike } from '../../src/graph/middleware/fetchMiddleware';
import type { LoggedRequest } from '../../tenant/http/faults';
import { defineSuite } from './harness';
import { playwrightScriptsInTrace, readyAnnouncerScript, waitForReadyAnnouncement } from './readyAnnouncement';
import { retryingHungSteps, withinDeadline } from './stepDeadline';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const RUNS = Math.max(1, Number(process.env.MOTEBOK_BENCH_RUNS ?? 5));
const TRACE = process.env.MOTEBOK_BENCH_TRACE === '1';
const REFERENT = 'hilde.kari.maugesten@siv.example.no';
const PROFILE = process.env.MOTEBOK_BENCH_PROFILE === '1';
/**
 * The meeting simulator and the app are two ports of one host (`localhost`), so one site: Chromium
 * puts the simulator's page and the framed page in one renderer process, on one main thread, and the
 * simulator's answers to teams-js queue behind the page's own tasks. Teams is another site than the
 * app's host, so a framed page in Teams has a process of its own. With this, every origin gets its
 * own process (Chromium's strict origin isolation), as in Teams; the reference and the floor too.
 */
const HOST_PROCESS = process.env.MOTEBOK_BENCH_HOST_PROCESS === '1';
const HOST_PROCESS_ARGS = ['--enable-features=StrictOriginIsolation'];
const READY_TIMEOUT_MS = 90_000;
/** A driver step after ready (reading the marks, closing the context) takes milliseconds; past this it hung (`stepDeadline.ts`). */
const STEP_MS = 60_000;
/** How many times a run whose driver hung is started again, in a fresh browser, before the bench stops and says what hung. */
const HUNG_RETRIES = 2;
/**
 * Chromium's net log of each cold run into this folder (`--log-net-log`, one file a run, numbered):
 * which connections were opened, by what, and which request used them.
 */
const NET_LOG_DIR = process.env.MOTEBOK_BENCH_NET_LOG;
const BUILD_DIR = path.join(ROOT, 'out/bench/cold-load');
const BUILD_FILE = path.join(BUILD_DIR, 'build.json');

type Surface = 'sidePanel' | 'stage' | 'workspace' | 'workspaceBrowser';
/** The goal applies to the workspace as the Teams personal tab it is; the same page opened on its own in a browser is shown beside it, with no goal of its own. */
const GOALS: Record<Surface, number | undefined> = { sidePanel: 1.3, stage: 1.3, workspace: 1.5, workspaceBrowser: undefined };
const NAMES: Record<Surface, string> = {
  sidePanel: 'sidepanel / side panel',
  stage: 'møteskjerm / stage',
  workspace: 'arbeidsflate i Teams / tab',
  workspaceBrowser: 'arbeidsflate, nettleser',
};
const SURFACES = surfacesToMeasure(process.env.MOTEBOK_BENCH_SURFACES);

/** The pages named in `MOTEBOK_BENCH_SURFACES` (all three when it is unset); an unknown name is an error, not a silent skip. */
function surfacesToMeasure(value: string | undefined): Surface[] {
  const all = Object.keys(GOALS) as Surface[];
  if (!value) return all;
  const named = value.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = named.filter((name) => !all.includes(name as Surface));
  if (unknown.length > 0) throw new Error(`MOTEBOK_BENCH_SURFACES: ukjent side ${unknown.join(', ')} (kjente: ${all.join(', ')})`);
  return all.filter((surface) => named.includes(surface));
}

interface World {
  appUrl: string;
  tenantUrl: string;
  meetingId: string;
  committeeId: string;
  currentItemId: string;
  /** The seeded meeting's title as its row holds it: what the floor page must show. */
  meetingTitle: string;
  browser: Browser;
  /** The browser's flags, for each run's browser of its own (`freshContext`). */
  browserArgs: string[];
  /** A fetch that trusts the tenant's certificate: its request log around a traced run. */
  tenantFetch: FetchLike;
  signIn: { cookies: Awaited<ReturnType<BrowserContext['storageState']>>; session: [string, string][] };
}

/** The app and the reference page, one production build with the app's webpack configuration, against the tenant on `tenantPort`. */
async function build(outDir: string, tenantPort: number): Promise<StatsCompilation> {
  const origin = `https://localhost:${tenantPort}`;
  // As e2e/support/appBuild.ts: set explicitly, so a developer's .env cannot point the build elsewhere.
  Object.assign(process.env, {
    MOTEBOK_OUT_DIR: outDir,
    MOTEBOK_AUTHORITY: `${origin}/${TENANT_ID}`,
    MOTEBOK_GRAPH_BASE_URL: `${origin}/v1.0`,
    MOTEBOK_SITE_ID: SITE_ID,
    MOTEBOK_CLIENT_ID,
    TENANT_PORT: String(tenantPort),
  });
  const module = (await import(pathToFileURL(path.join(ROOT, 'webpack.config.js')).href)) as { default: (env: object, argv: { mode: string }) => Promise<Configuration> };
  const config = await module.default({}, { mode: 'production' });
  const sidePanelPage = (config.plugins ?? []).find((plugin): plugin is HtmlWebpackPlugin => plugin instanceof HtmlWebpackPlugin && plugin.userOptions.filename === 'sidepanel.html');
  if (!sidePanelPage) throw new Error('coldLoad: webpack.config.js har ingen sidepanel.html');
  config.entry = { ...(config.entry as Record<string, string>), reference: './tools/bench/reference/main.tsx', floor: './tools/bench/floor/main.tsx' };
  // The reference and the floor page: the same template and security policy as the side panel's
  // page. The floor's HTML preloads MSAL (createAuth's `import()`), as the pages' HTML preload theirs.
  config.plugins = [
    ...(config.plugins ?? []),
    // The reference asks Graph nothing, so it gets no connection hint to it; the floor reads Graph as the pages do, so it keeps the side panel's.
    new HtmlWebpackPlugin({ ...sidePanelPage.userOptions, filename: 'reference.html', chunks: ['reference'], title: 'Referanse', preconnect: [] }),
    new HtmlWebpackPlugin({ ...sidePanelPage.userOptions, filename: 'floor.html', chunks: ['floor'], title: 'Golv' }),
    // As the side panel and the stage: MSAL's nested part from the HTML, its standard application
    // named for a plain browser (preloaded by the page once it knows it is not framed).
    new StartupPreloadPlugin({ 'floor.html': ['msal-nested'] }, { 'floor.html': ['msal'] }),
  ];
  if (process.env.MOTEBOK_BENCH_UNMINIFIED === '1') config.optimization = { ...config.optimization, minimize: false };
  config.devtool = false; // source maps change nothing the browser loads; skipping them saves build time
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error || !stats) return reject(error ?? new Error('webpack ga ingen statistikk'));
      if (stats.hasErrors()) return reject(new Error(stats.toString('errors-only')));
      resolve(stats.toJson({ all: false, entrypoints: true, chunkGroups: true }));
    });
  });
}

/** The 2026 seed meeting under way: the referent treats its first sak, so every surface has an active sak to show. */
async function seed(tenant: RunningTenant): Promise<Pick<World, 'meetingId' | 'committeeId' | 'currentItemId' | 'meetingTitle'>> {
  const info = tenant.info;
  const user = info.users.find((candidate) => candidate.userPrincipalName === REFERENT);
  if (!user) throw new Error(`coldLoad: ingen bruker ${REFERENT} i tenanten`);
  const fetchImpl = fetchTrusting(info.certificatePath);
  const tokenProvider = passwordTokenProvider(
    { authority: info.authority, clientId: info.clientId, certificatePath: info.certificatePath, username: REFERENT, password: user.password },
    fetchImpl,
  );
  const repository = new SharePointMeetingRepository({
    clients: createGraphClientFactory({ config: { graphBaseUrl: info.graphBaseUrl }, tokenProvider, fetch: fetchImpl }),
    siteId: info.siteId,
  });
  const file = parseMeetingFile(JSON.parse(readFileSync(path.join(ROOT, 'fixtures/meetings/pm-2026.json'), 'utf8')));
  const current = file.meeting.items.find((item) => item.caseNumber !== null && !item.closing);
  if (!current) throw new Error('coldLoad: seed-møtet har ingen nummerert sak');
  await repository.ensureProvisioned();
  await repository.saveCommittee(file.committee);
  const meeting = { ...file.meeting, status: 'inProgress' as const, currentItemId: current.id, itemStartedAt: { [current.id]: new Date().toISOString() } };
  await repository.saveMeeting(meeting);
  return { meetingId: file.meeting.id, committeeId: file.committee.id, currentItemId: current.id, meetingTitle: String(meetingFields(meeting).Title) };
}

function simulatorUrl(world: Pick<World, 'tenantUrl' | 'appUrl' | 'meetingId'>, extra: Record<string, string>): string {
  const url = new URL('/_tenant/meeting/', world.tenantUrl);
  url.searchParams.set('app', world.appUrl);
  url.searchParams.set('user', 'referent');
  url.searchParams.set('meeting', world.meetingId);
  // Today's Teams clients offer nested app authentication: the app's MSAL asks the host for tokens.
  url.searchParams.set('naa', '1');
  for (const [key, value] of Object.entries(extra)) url.searchParams.set(key, value);
  return url.href;
}

/** The local tenant's personal app simulator with `tab` (a path below the app) as the static tab's address, as the referent, with nested app auth. */
function personalTabUrl(world: Pick<World, 'tenantUrl' | 'appUrl'>, tab: string): string {
  const url = new URL('/_tenant/personal/', world.tenantUrl);
  url.searchParams.set('app', world.appUrl);
  url.searchParams.set('user', 'referent');
  url.searchParams.set('naa', '1');
  url.searchParams.set('tab', tab);
  return url.href;
}

/** One sign-in, as a person does once (the tenant's sign-in popup): its cookie and MSAL's session entries are what each cold run starts with. */
async function signInOnce(world: Omit<World, 'signIn'>): Promise<World['signIn']> {
  const context = await world.browser.newContext();
  try {
    context.on('page', (popup) => {
      void popup
        .getByRole('button', { name: /maugesten/i })
        .click({ timeout: 30_000 })
        .catch(() => undefined);
    });
    const page = await withinDeadline(context.newPage(), STEP_MS, 'innlogging: context.newPage()');
    await page.goto(simulatorUrl(world, {}));
    const frame = await appFrame(page, world.appUrl, '/sidepanel.html');
    // Her panel shows the running meeting's active sak (since 2026-12-05), an older build the saksliste: signed in either way.
    await frame.getByTestId('item-recorder').or(frame.getByTestId('agenda-list')).first().waitFor({ timeout: READY_TIMEOUT_MS });
    const session = await withinDeadline(frame.evaluate(() => Object.entries(sessionStorage)), STEP_MS, 'innlogging: sessionStorage');
    return { cookies: await withinDeadline(context.storageState(), STEP_MS, 'innlogging: context.storageState()'), session: session.filter(([key]) => !key.includes('authority-metadata')) };
  } finally {
    await withinDeadline(context.close(), STEP_MS, 'innlogging: context.close()');
  }
}

async function appFrame(page: Page, appUrl: string, pathname: string): Promise<Frame> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const frame = page.frames().find((candidate) => candidate.url().startsWith(appUrl + pathname));
    if (frame) return frame;
    await page.waitForTimeout(20);
  }
  throw new Error(`coldLoad: ${pathname} kom aldri i simulatoren`);
}

interface RunResult {
  ms: number;
  /** The page's start-up marks (src/ui/shared/startupMarks.ts) and the end of its HTML's response, on its own clock. */
  phases: Record<string, number>;
  requests: ResourceLine[];
  /** The bench process's event loop during the run: its delay (p99, max) and its stalls, on the page's clock. */
  loop: { p99: number; max: number; stalls: { at: number; ms: number }[] };
  /** With MOTEBOK_BENCH_TRACE=1, the page's and the floor's runs: what the tenant logged (ms from just before the page was opened), the inner requests of a $batch included, with the tenant's own time for each. */
  tenantLog: { start: number; ms: number; method: string; path: string; status: number; inBatch: boolean }[];
}

/** One request from the page's own Resource Timing: when it started, waited for a connection, was sent, got its first byte and ended (page clock, ms). */
interface ResourceLine {
  start: number;
  /** connectEnd − connectStart: 0 on a reused connection (or a new HTTP/2 stream). */
  connect: number;
  requestStart: number;
  responseStart: number;
  end: number;
  protocol: string;
  url: string;
  bytes: number;
}

/**
 * Watches the bench process's event loop during one run (Playwright's driver runs on it; the
 * static host and the tenant did, until they got processes of their own): `monitorEventLoopDelay` for the
 * distribution, and a 5 ms ticker for when the loop stalled (epoch ms, so that they can be put on
 * the page's clock).
 */
function watchEventLoop(): { stop: () => { p99: number; max: number; stalls: { epoch: number; ms: number }[] } } {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  const stalls: { epoch: number; ms: number }[] = [];
  const tick = 5;
  let last = nodePerformance.now();
  const timer = setInterval(() => {
    const now = nodePerformance.now();
    if (now - last > tick + 20) stalls.push({ epoch: nodePerformance.timeOrigin + last + tick, ms: now - last - tick });
    last = now;
  }, tick);
  return {
    stop: () => {
      clearInterval(timer);
      histogram.disable();
      return { p99: histogram.percentile(99) / 1e6, max: histogram.max / 1e6, stalls };
    },
  };
}

/** What a cold run loads where the surface would be: the reference page, the floor page, or the surface's own page. */
type Kind = 'reference' | 'floor' | 'page';
const KIND_NAMES: Record<Kind, string> = { reference: 'referansesiden', floor: 'golvsiden', page: 'siden' };

/** One cold load in a fresh context: the ready mark's time on the page's own clock. */
async function coldRun(world: World, surface: Surface, kind: Kind, profileTo?: string): Promise<RunResult> {
  const { context, close } = await withinDeadline(freshContext(world, `${surface}-${kind}`), STEP_MS, 'launchPersistentContext()');
  try {
    // A string, not a function: tsx would put its own helpers into a function's source, which the page lacks.
    const setup = {
      origin: new URL(world.appUrl).origin,
      session: world.signIn.session,
      clickItem: surface === 'sidePanel' && kind === 'page' ? world.currentItemId : '',
    };
    await context.addInitScript(`(() => {
      const setup = ${JSON.stringify(setup)};
      if (location.origin !== setup.origin) return;
      if (sessionStorage.length === 0) for (const [key, value] of setup.session) sessionStorage.setItem(key, value);
      if (!setup.clickItem || !location.pathname.endsWith('/sidepanel.html')) return;
      // The referent opens the active sak the moment the agenda shows it (a build whose panel opens on the saksliste).
      const observer = new MutationObserver(() => {
        const button = document.querySelector('[data-testid="agenda-item-' + setup.clickItem + '"]');
        if (!button) return;
        observer.disconnect();
        button.click();
      });
      document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true }));
    })();`);
    // The same on the reference, the floor and the page: the ready mark's time, said on the console
    // (readyAnnouncement.ts). Nothing of Playwright's is evaluated in the page before it is ready.
    await context.addInitScript(readyAnnouncerScript(setup.origin, READY_MARK));
    const page = context.pages()[0] ?? (await withinDeadline(context.newPage(), STEP_MS, 'context.newPage()'));
    const loopWatch = watchEventLoop();
    const consoleLines: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') consoleLines.push(`${message.type()}: ${message.text().slice(0, 300)}`);
    });
    page.on('pageerror', (error) => consoleLines.push(`pageerror: ${error.message.slice(0, 300)}`));
    const tracing = profileTo ? await context.newCDPSession(page) : undefined;
    const traceChunks: unknown[] = [];
    if (tracing) {
      tracing.on('Tracing.dataCollected', (event: { value: unknown[] }) => traceChunks.push(...event.value));
      await tracing.send('Tracing.start', {
        transferMode: 'ReportEvents',
        traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'v8.execute', 'blink.user_timing', 'loading', 'latencyInfo', 'disabled-by-default-v8.cpu_profiler', 'v8'] },
      });
    }
    // The reference and the floor stand where the surface would: framed by the meeting simulator as its
    // side panel or stage (which names the meeting to the floor), framed by the personal app simulator as
    // the workspace's tab (`?meeting=` names it: a personal tab is in no meeting), or opened on their own
    // as the workspace in a plain browser is.
    const standIn = kind === 'page' ? undefined : `/${kind}.html`;
    const logTenant = TRACE && kind !== 'reference';
    if (logTenant) await world.tenantFetch(`${world.tenantUrl}/_tenant/requests`, { method: 'DELETE' });
    const opened = Date.now();
    const pagePath = standIn ?? (surface === 'sidePanel' ? '/sidepanel.html' : surface === 'stage' ? '/stage.html' : '/workspace.html');
    // The workspace with the seeded meeting open: its committee's tab address (`?committee=`, as a committee's tab has it) and `#meeting=`, the same in Teams and in a browser.
    const workspaceAddress = `/workspace.html?committee=${encodeURIComponent(world.committeeId)}#meeting=${encodeURIComponent(world.meetingId)}`;
    const standInAddress = `${standIn ?? ''}?meeting=${encodeURIComponent(world.meetingId)}`;
    // Listening before the page is opened; until the announcement the driver only waits (no
    // evaluate, locator or waitForFunction: each would first evaluate Playwright's own scripts in
    // the frame, on the main thread the page is measured on).
    const announcement = waitForReadyAnnouncement(
      (onText) => {
        const listener = (message: ConsoleMessage) => {
          if (message.type() === 'debug') onText(message.text());
        };
        page.on('console', listener);
        return () => page.off('console', listener);
      },
      { pathname: pagePath, label: `coldLoad: ${kind === 'page' ? surface : KIND_NAMES[kind]}`, timeoutMs: READY_TIMEOUT_MS },
    );
    let ms: number;
    try {
      if (surface === 'workspaceBrowser') {
        await page.goto(`${world.appUrl}${kind === 'page' ? workspaceAddress : standInAddress}`);
      } else if (surface === 'workspace') {
        await page.goto(personalTabUrl(world, kind === 'page' ? workspaceAddress : standInAddress));
      } else {
        // The stage's address as the side panel shares it (`stageUrlFor`: the meeting and its committee).
        const stagePage = standIn ?? `/stage.html?meeting=${encodeURIComponent(world.meetingId)}&committee=${encodeURIComponent(world.committeeId)}`;
        await page.goto(simulatorUrl(world, surface === 'sidePanel' ? (standIn ? { sidePanel: standIn } : {}) : { panel: 'closed', stage: stagePage }));
      }
      ms = await announcement.ready;
    } catch (error) {
      announcement.cancel();
      throw new Error(`${error instanceof Error ? error.message : String(error)}; konsollen sa:\n${consoleLines.slice(-15).join('\n')}`, { cause: error });
    }
    if (tracing && profileTo) {
      // Ended at ready, before the driver evaluates anything in the page, so the trace holds the page's work alone.
      const complete = new Promise<void>((resolve) => tracing.once('Tracing.tracingComplete', () => resolve()));
      await withinDeadline(tracing.send('Tracing.end').then(() => complete), STEP_MS, 'Tracing.end');
      writeFileSync(profileTo, JSON.stringify({ traceEvents: traceChunks }));
      // The check that the figure holds the page's work alone: the trace ends at ready.
      const driverWork = playwrightScriptsInTrace(traceChunks);
      if (driverWork.length > 0) throw new Error(`coldLoad: Playwrights egne skript (${driverWork.join(', ')}) kjørte i siden før den var klar (${path.relative(ROOT, profileTo)}); tallet ville tatt med driverens arbeid`);
    }
    const frame = surface === 'workspaceBrowser' ? page.mainFrame() : await appFrame(page, world.appUrl, pagePath);
    if (kind === 'floor') {
      // The floor is only a floor if it did its work: the seeded meeting's title, read through Graph, on the page.
      const shown = await frame.locator('h1').textContent();
      if (shown !== world.meetingTitle) throw new Error(`coldLoad: golvsiden viste «${shown ?? ''}», ikke møtet «${world.meetingTitle}»`);
    }
    const phases = await withinDeadline(frame.evaluate((names) => {
      const found: Record<string, number> = {};
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      if (navigation) found['html'] = navigation.responseEnd;
      for (const name of names) {
        const mark = performance.getEntriesByName(name, 'mark')[0];
        if (mark) found[name] = mark.startTime;
      }
      return found;
    }, START_SEQUENCE), STEP_MS, 'frame.evaluate(merkene)');
    // The page's own Resource Timing (its clock, what it waited for), read after the ready mark: a
    // listener in the driver would put the driver's work into the run it measures.
    const loop = loopWatch.stop();
    const requests: ResourceLine[] = await withinDeadline(frame.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map((entry) => entry as PerformanceResourceTiming)
            .map((entry) => ({
              start: entry.startTime,
              connect: entry.connectEnd - entry.connectStart,
              requestStart: entry.requestStart,
              responseStart: entry.responseStart,
              end: entry.responseEnd,
              protocol: entry.nextHopProtocol,
              url: entry.name,
              bytes: entry.transferSize,
            })),
    ), STEP_MS, 'frame.evaluate(Resource Timing)');
    const timeOrigin = await withinDeadline(frame.evaluate(() => performance.timeOrigin), STEP_MS, 'frame.evaluate(timeOrigin)');
    const stalls = loop.stalls.map((stall) => ({ at: stall.epoch - timeOrigin, ms: stall.ms })).filter((stall) => stall.at > -50 && stall.at < ms);
    const tenantLog = logTenant ? tenantLogSince(opened, (await withinDeadline(world.tenantFetch(`${world.tenantUrl}/_tenant/requests`).then((answer) => answer.json()), STEP_MS, 'leietakerens logg')) as { value: LoggedRequest[] }) : [];
    return { ms, phases, requests: requests.sort((a, b) => a.start - b.start), loop: { p99: loop.p99, max: loop.max, stalls }, tenantLog };
  } finally {
    await withinDeadline(close(), STEP_MS, 'context.close()');
  }
}

let netLogs = 0;

/**
 * A cold context for one run, signed in (the sign-in's cookie): a browser of its own, with the bench's
 * flags, on a new empty profile on disk (`launchPersistentContext`), removed after the run. Still cold
 * (no cache, no connection open), but a profile as a user's Chrome or Teams has one: in Playwright's
 * off-the-record contexts Chromium never acted on the pages' `<link rel=preconnect>` to Graph (h/fast46's
 * net log), on a profile it opens that connection while the page starts, and the first preflight uses
 * it (h/fast47's net log; docs/performance-history.md, «The side panel's opening in one Graph request, and the bench on a fresh profile»).
 */
async function freshContext(world: World, name: string): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const options = { viewport: { width: 1400, height: 900 }, locale: 'nb-NO' };
  const profile = mkdtempSync(path.join(os.tmpdir(), 'motebok-coldload-profile-'));
  const netLog = NET_LOG_DIR ? [`--log-net-log=${path.join(NET_LOG_DIR, `${String((netLogs += 1)).padStart(2, '0')}-${name}.json`)}`] : [];
  const args = [...world.browserArgs, ...netLog];
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args, headless: true, ...options });
  await context.addCookies(world.signIn.cookies.cookies);
  // What the sign-in left in localStorage, as `storageState` gives it to an off-the-record context.
  const stored = world.signIn.cookies.origins.map((entry) => ({ origin: entry.origin, items: entry.localStorage.map((item) => [item.name, item.value]) }));
  if (stored.some((entry) => entry.items.length > 0)) {
    await context.addInitScript(`(() => { for (const entry of ${JSON.stringify(stored)}) if (location.origin === entry.origin && localStorage.length === 0) for (const [key, value] of entry.items) localStorage.setItem(key, value); })();`);
  }
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The tenant's request log as offsets from `opened` (node's clock, just before the page was opened); each entry is logged when it ends. */
function tenantLogSince(opened: number, log: { value: LoggedRequest[] }): RunResult['tenantLog'] {
  return log.value
    .map((entry) => ({
      start: Date.parse(entry.time) - entry.durationMs - opened,
      ms: entry.durationMs,
      method: entry.method,
      path: entry.path,
      status: entry.status,
      inBatch: entry.batch !== undefined,
    }))
    .sort((a, b) => a.start - b.start);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * The median moment of each start-up mark over the runs (page clock, ms), and the step from the one
 * before: where a page's time goes, without a profiler that slows what it measures.
 */
function phaseLine(label: string, runs: readonly Pick<RunResult, 'phases'>[]): string {
  const names = ['html', ...START_SEQUENCE].filter((name) => runs.some((run) => run.phases[name] !== undefined));
  let previous = 0;
  const parts = names.map((name) => {
    const at = median(runs.map((run) => run.phases[name]).filter((value): value is number => value !== undefined));
    const part = `${name.replace(/^motebok:/, '')} ${at.toFixed(0)} (+${(at - previous).toFixed(0)})`;
    previous = at;
    return part;
  });
  return `   ${label.padEnd(22)} medianer, ms på sidens klokke (+ steg) / medians: ${parts.join(' · ')}`;
}

function waterfall(surface: string, run: RunResult): string[] {
  // Resource Timing gives 0 for a cross-origin response's detail without Timing-Allow-Origin (the tenant's): shown as –.
  const at = (value: number) => (value > 0 ? value.toFixed(0).padStart(6) : '     –');
  return [
    `   forespørsler, siste kjøring av ${surface}, sidens egen Resource Timing (ms på sidens klokke: start, sendt (requestStart), første byte (responseStart), ferdig; kobling ms, protokoll, kB, adresse) / requests of the last run:`,
    ...run.requests.map((request) => {
      const url = new URL(request.url);
      return `   ${request.start.toFixed(0).padStart(6)} ${at(request.requestStart)} ${at(request.responseStart)} ${at(request.end)} ${request.connect > 0 ? request.connect.toFixed(0).padStart(5) : '    –'} ${(request.protocol || '–').padEnd(8)} ${(request.bytes / 1000).toFixed(1).padStart(7)}  ${url.port} ${url.pathname}${url.search.slice(0, 90)}`;
    }),
    `   benkprosessens hendelsesløkke i kjøringen / the bench process's event loop during the run: p99 ${run.loop.p99.toFixed(0)} ms, maks ${run.loop.max.toFixed(0)} ms; stans > 20 ms (ved ms på sidens klokke: varighet) / stalls: ${run.loop.stalls.map((stall) => `${stall.at.toFixed(0)}: ${stall.ms.toFixed(0)}`).join(', ') || 'ingen / none'}`,
    `   tenantens logg, samme kjøring (start ms fra like før siden ble åpnet, tenantens egen tid ms, status; ↳ = del av en $batch) / the tenant's log, same run:`,
    ...run.tenantLog.map((entry) => `   ${entry.start.toFixed(0).padStart(6)} ${entry.ms.toFixed(1).padStart(7)} ${String(entry.status).padStart(4)}  ${entry.inBatch ? '↳ ' : ''}${entry.method} ${entry.path.slice(0, 140)}`),
  ];
}

/**
 * How the static host served one kind's runs: for the app origin's requests made before ready, the
 * longest a request waited to be sent (requestStart − start: Chrome queueing it for a connection) and
 * the longest it waited for its first byte once sent (responseStart − requestStart: the host), each
 * the median over the runs of each run's longest, and the worst run.
 */
function hostLine(label: string, runs: readonly RunResult[], appOrigin: string): string {
  const perRun = runs.map((run) => {
    const own = run.requests.filter((request) => new URL(request.url).origin === appOrigin && request.start < run.ms && request.requestStart > 0);
    return {
      queued: Math.max(0, ...own.map((request) => request.requestStart - request.start)),
      waited: Math.max(0, ...own.map((request) => request.responseStart - request.requestStart)),
      protocol: [...new Set(own.map((request) => request.protocol))].join('+'),
    };
  });
  const queued = perRun.map((run) => run.queued);
  const waited = perRun.map((run) => run.waited);
  return `   ${label.padEnd(22)} statisk vert / static host (${perRun[0]?.protocol ?? '–'}): lengst i kø før sending median ${median(queued).toFixed(0)} ms (verst ${Math.max(...queued).toFixed(0)}), lengst til første byte etter sending median ${median(waited).toFixed(0)} ms (verst ${Math.max(...waited).toFixed(0)}) / longest queued, longest to first byte once sent`;
}

/** The event loop's delay over all runs of one kind: median of each run's p99 and max, and the worst max. */
function loopLine(label: string, runs: readonly RunResult[]): string {
  const maxes = runs.map((run) => run.loop.max);
  return `   ${label.padEnd(22)} hendelsesløkka / event loop: p99 median ${median(runs.map((run) => run.loop.p99)).toFixed(0)} ms, maks median ${median(maxes).toFixed(0)} ms, verst ${Math.max(...maxes).toFixed(0)} ms`;
}

/** Initial JavaScript per page of this build, gzip level 9 as size-limit measures it, against `.size-limit.js`. */
async function sizeLines(stats: StatsCompilation, outDir: string): Promise<string[]> {
  const sizes = pageSizes(initialScripts(stats), outDir);
  // .size-limit.js reads out/size/pages.json when imported; without a `npm run size` build there is nothing to import.
  let budgets: Record<string, { goal: string; limit: string }> = {};
  try {
    budgets = ((await import(pathToFileURL(path.join(ROOT, '.size-limit.js')).href)) as { BUDGETS: typeof budgets }).BUDGETS;
  } catch {
    budgets = {};
  }
  const reference = sizes['reference'] ?? 0;
  // What each page's HTML preloads besides (its start-up chunks): not initial JavaScript, but fetched
  // and evaluated before the page is ready, so it is printed beside it.
  const { SURFACES } = (await import(pathToFileURL(path.join(ROOT, 'webpack.config.js')).href)) as { SURFACES: Record<string, { page: string; teamsChunks?: string[]; referentChunks?: string[] }> };
  const htmlOf = (entry: string) => readFileSync(path.join(outDir, SURFACES[entry]?.page ?? `${entry}.html`), 'utf8');
  const preloaded = pageSizes(
    Object.fromEntries(Object.keys(sizes).map((entry) => [entry, entry === 'reference' ? [] : preloadedScripts(htmlOf(entry))])),
    outDir,
  );
  // A page that runs in Teams and in a browser fetches more per host (tools/bundleSize.ts, `startupPerHost`), and the
  // side panel more for the referent, whom this bench measures (`startupWithRole`): printed below its line.
  const perHost = (entry: string): string[] => {
    const { teamsChunks, referentChunks } = SURFACES[entry] ?? {};
    if (!teamsChunks && !referentChunks) return [];
    const common = new Set([...preloadedScripts(htmlOf(entry)), ...initialScripts(stats)[entry] ?? []]);
    const extra = {
      ...(teamsChunks ? { browser: browserOnlyScripts(htmlOf(entry)), teams: chunkGroupScripts(stats, teamsChunks) } : {}),
      ...(referentChunks ? { referent: chunkGroupScripts(stats, referentChunks) } : {}),
    };
    return Object.entries(extra).map(([host, files]) => {
      const bytes = pageSizes({ [host]: [...new Set(files)].filter((file) => !common.has(file)) }, outDir)[host] ?? 0;
      const total = (sizes[entry] ?? 0) + (preloaded[entry] ?? 0) + bytes;
      const budget = budgets[`${entry}@${host}`];
      return `     ${`@${host}`.padEnd(8)} + ${(bytes / 1000).toFixed(1).padStart(6)} kB = ${(total / 1000).toFixed(1).padStart(6)} kB  ${budget ? `oppstart: mål / start-up goal ${budget.goal}, CI ${budget.limit}` : ''}`;
    });
  };
  return [
    `Første JavaScript per side (gzip, dette bygget) / initial JS per page${Object.keys(budgets).length === 0 ? ` (budsjettene leses når ${path.relative(ROOT, PAGES_FILE)} finnes: «npm run size»)` : ''}; + det siden forhåndslaster / + what its HTML preloads (start-up chunks):`,
    ...Object.entries(sizes).map(([entry, bytes]) => {
      const budget = budgets[entry];
      const against = entry === 'reference' ? 'referansesiden' : entry === 'floor' ? 'golvsiden (referansen + MSAL, Graph-klienten, ett møte) / floor page' : budget ? `oppstart: mål / start-up goal ${budget.goal}, CI ${budget.limit}` : '–';
      const withPreloaded = entry === 'reference' ? '' : `  + ${((preloaded[entry] ?? 0) / 1000).toFixed(1).padStart(6)} kB = ${((bytes + (preloaded[entry] ?? 0)) / 1000).toFixed(1).padStart(6)} kB`;
      return [`   ${entry.padEnd(10)} ${(bytes / 1000).toFixed(1).padStart(6)} kB${withPreloaded}  ${entry === 'reference' ? '' : `${(bytes / reference).toFixed(2)} × ref  `}${against}`, ...perHost(entry)];
    }).flat(),
  ];
}

async function run(): Promise<string[]> {
  assertChromiumInstalled();
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'motebok-coldload-'));
  const lines: string[] = [];
  try {
    const outDir = path.join(BUILD_DIR, 'dist');
    let built: { tenantPort: number; stats: StatsCompilation };
    if (process.env.MOTEBOK_BENCH_REUSE_BUILD === '1' && existsSync(BUILD_FILE)) {
      built = JSON.parse(readFileSync(BUILD_FILE, 'utf8')) as typeof built;
      lines.push(`forrige produksjonsbygg brukt om igjen (${path.relative(ROOT, BUILD_DIR)}); ${RUNS} kalde kjøringer av hver, vekselvis referanse, golv og side`);
    } else {
      const tenantPort = await freePort();
      const buildStarted = Date.now();
      built = { tenantPort, stats: await build(outDir, tenantPort) };
      mkdirSync(BUILD_DIR, { recursive: true });
      writeFileSync(BUILD_FILE, JSON.stringify(built));
      lines.push(`produksjonsbygg (app + referanse + golv): ${((Date.now() - buildStarted) / 1000).toFixed(0)} s; ${RUNS} kalde kjøringer av hver, vekselvis referanse, golv og side`);
    }
    const { tenantPort, stats } = built;
    if (HOST_PROCESS) lines.push('simulatoren i en egen renderprosess, som Teams / the simulator in a renderer process of its own, as Teams is (MOTEBOK_BENCH_HOST_PROCESS=1)');
    const dataDir = path.join(workDir, 'tenant');
    const certificate = await ensureDevCertificate(dataDir);
    const app = await serveDirectory(outDir, certificate.key, certificate.cert);
    const tenant = await startTenantProcess({ port: tenantPort, dataDir, quiet: true, reset: true, appUrl: app.url, liveService: true });
    // The dev certificate trusted as a real host's is, so the HTTP cache works as it does for a user (`trustCertificateArgs`).
    const args = [...CHROMIUM_ARGS, ...trustCertificateArgs(certificate.cert), ...(HOST_PROCESS ? HOST_PROCESS_ARGS : [])];
    const launch = () => chromium.launch({ executablePath: CHROMIUM_PATH, args, headless: true });
    let browser = await launch();
    const hangs: string[] = [];
    const closing: Promise<unknown>[] = [];
    // A run whose driver hung or lost the page side of a step is run again (`stepDeadline.ts`): each run has a browser of its own (`freshContext`).
    const noteHang = (what: string, hang: { message: string }) => {
      hangs.push(`   ${what}: ${hang.message}; kjørt på nytt i en ny nettleser / run again in a fresh browser`);
    };
    // The sign-in's browser is shared: after a hang there it is replaced, while the hung one closes.
    const freshBrowser = async (what: string, hang: { message: string }) => {
      noteHang(what, hang);
      closing.push(withinDeadline(browser.close(), STEP_MS, 'browser.close()').catch((error: unknown) => hangs.push(`   ${String(error)}`)));
      browser = await launch();
      if (world) world.browser = browser;
    };
    let world: World | undefined;
    try {
      const seeded = await seed(tenant);
      const tenantFetch = fetchTrusting(tenant.info.certificatePath);
      const partial = { appUrl: app.url, tenantUrl: tenant.url, browser, browserArgs: args, tenantFetch, ...seeded };
      const signIn = await retryingHungSteps(() => signInOnce({ ...partial, browser }), HUNG_RETRIES, (hang) => freshBrowser('innlogging / sign-in', hang));
      const measured: World = (world = { ...partial, browser, signIn });
      lines.push(
        'side                       referanse ms   golv ms   side ms   side/ref  golv/ref  side/golv   mål (side/ref)',
        '   (medianer; golv/ref = det stakken selv koster over referansen, side/golv = det Møtebok legger til / medians; floor/ref = what the stack itself costs, page/floor = what Møtebok adds)',
      );
      for (const surface of SURFACES) {
        const runs: Record<Kind, RunResult[]> = { reference: [], floor: [], page: [] };
        for (let i = 0; i < RUNS; i += 1) {
          // Alternating within each round (reference, floor, page), so a slow spell of the machine falls on all three.
          for (const kind of ['reference', 'floor', 'page'] as const) {
            const traceFile = kind === 'page' ? `${surface}.trace.json` : `${surface}.${kind}.trace.json`;
            const profileTo = PROFILE && i === RUNS - 1 ? path.join(BUILD_DIR, traceFile) : undefined;
            runs[kind].push(await retryingHungSteps(() => coldRun(measured, surface, kind, profileTo), HUNG_RETRIES, async (hang) => noteHang(`${surface} ${KIND_NAMES[kind]}, kjøring ${i + 1}`, hang)));
          }
        }
        const times = (kind: Kind) => runs[kind].map((run) => run.ms);
        const [reference, floor, page] = (['reference', 'floor', 'page'] as const).map((kind) => median(times(kind))) as [number, number, number];
        const ratio = page / reference;
        const goal = GOALS[surface];
        const verdict = goal === undefined ? '(intet eget mål / no goal of its own)' : ratio <= goal ? 'innenfor målet' : 'OVER MÅLET';
        lines.push(
          `${NAMES[surface].padEnd(26)} ${reference.toFixed(0).padStart(12)} ${floor.toFixed(0).padStart(9)} ${page.toFixed(0).padStart(9)}   ${ratio.toFixed(2).padStart(5)} ×  ${(floor / reference).toFixed(2).padStart(5)} ×  ${(page / floor).toFixed(2).padStart(5)} ×   ${goal === undefined ? '     –' : `≤ ${goal} ×`}  ${verdict}`,
          `   kjøringer, ms / runs: referanse ${times('reference').map((t) => t.toFixed(0)).join(', ')} · golv ${times('floor').map((t) => t.toFixed(0)).join(', ')} · side ${times('page').map((t) => t.toFixed(0)).join(', ')}`,
        );
        lines.push(phaseLine('referanse / reference', runs.reference), phaseLine('golv / floor', runs.floor), phaseLine('side / page', runs.page));
        const last = runs.page[runs.page.length - 1];
        const lastFloor = runs.floor[runs.floor.length - 1];
        lines.push(...(['reference', 'floor', 'page'] as const).map((kind) => hostLine(kind === 'page' ? 'side / page' : kind === 'floor' ? 'golv / floor' : 'referanse / reference', runs[kind], measured.appUrl)));
        if (TRACE) lines.push(loopLine('referanse / reference', runs.reference), loopLine('golv / floor', runs.floor), loopLine('side / page', runs.page));
        if (TRACE && lastFloor) lines.push(...waterfall(`${surface} (golv / floor)`, lastFloor));
        if (TRACE && last) lines.push(...waterfall(surface, last));
        if (PROFILE) lines.push(`   ytelsesspor / performance trace: ${path.relative(ROOT, path.join(BUILD_DIR, `${surface}.trace.json`))}`);
      }
      if (hangs.length > 0) lines.push('', 'kjøringer der driveren hang / runs whose driver hung:', ...hangs);
      lines.push('', ...(await sizeLines(stats, outDir)));
    } finally {
      await withinDeadline(browser.close(), STEP_MS, 'browser.close()').catch(() => undefined);
      await Promise.all(closing);
      await app.close();
      await tenant.close();
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  return lines;
}

export default defineSuite({
  name: 'Kald lasting mot referansesiden / cold load against the reference page',
  input: `referanse: React 19 + FluentProvider (Button, Textarea) + teams-js; golv: referansen + MSAL, Graph-klienten og én lesing av møtet; produksjonsbygg; ${RUNS} kalde kjøringer hver; mål: sidepanel og møteskjerm ≤ 1,3 ×, arbeidsflaten i Teams (personlig fane) ≤ 1,5 × referansen; arbeidsflaten i nettleser vises ved siden av`,
  cases: [],
  report: run,
});
