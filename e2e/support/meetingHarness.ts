// Test harness for the meeting browser tests: an in-process local tenant on a free port, the app
// built against it and served over HTTPS on another free port, and Debian's Chromium. Everything
// lives in a temp directory, so parallel test files and other developers never collide.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTenant, type RunningTenant } from '../../tenant/server';
import { ensureDevCertificate } from '../../tenant/devCert';
import { parseMeetingFile } from '../../src/domain/meetingFile';
import type { MeetingFile } from '../../src/domain/model';
import { createGraphClientFactory, type GraphClientFactory } from '../../src/graph/graphClient';
import { SharePointMeetingRepository } from '../../src/graph/sharePointMeetingRepository';
import { fetchTrusting, passwordTokenProvider } from '../../src/graph/testing/nodeTenantAccess.testutil';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export const PEOPLE = {
  referent: 'hilde.kari.maugesten@siv.example.no',
  chair: 'per.christian.voss@siv.example.no',
  participant: 'kristin.liset@siv.example.no',
} as const;

export interface MeetingHarness {
  /** Graph as one of the tenant's users, from Node (password grant): seeding and checking results. */
  graphAs(upn: string): GraphClientFactory;
  repositoryAs(upn: string): SharePointMeetingRepository;
  tenant: RunningTenant;
  appUrl: string;
  browser: Browser;
  dataDir: string;
  /** A fresh browser profile (own cookies and sessionStorage): one per person in the meeting. */
  newContext(): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** Fails loudly rather than skipping: the browser tests need Debian's chromium. */
export function assertChromiumInstalled(): void {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium mangler (${CHROMIUM_PATH}). Installer pakken "chromium" (apt-get install chromium).`);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

async function serveDirectory(dir: string, key: string, cert: string): Promise<{ url: string; server: Server }> {
  const server = createServer({ key, cert }, (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'https://localhost').pathname);
    const full = path.resolve(dir, `.${pathname === '/' ? '/workspace.html' : pathname}`);
    if (!full.startsWith(dir) || !existsSync(full) || !statSync(full).isFile()) {
      res.statusCode = 404;
      res.end('Not found');
      return;
    }
    res.setHeader('Content-Type', TYPES[path.extname(full)] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-store');
    res.end(readFileSync(full));
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const address: string | AddressInfo | null = server.address();
  if (address === null || typeof address === 'string') throw new Error('Appserveren fikk ingen port');
  return { url: `https://localhost:${address.port}`, server };
}

async function buildApp(outDir: string, tenant: RunningTenant, dataDir: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'e2e/support/buildMeetingSurfaces.mjs')], {
      cwd: ROOT,
      env: {
        ...process.env,
        MOTEBOK_OUT_DIR: outDir,
        MOTEBOK_AUTHORITY: tenant.info.authority,
        MOTEBOK_GRAPH_BASE_URL: tenant.info.graphBaseUrl,
        TENANT_DATA: dataDir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`webpack feilet (${code}):\n${output.slice(-4000)}`))));
  });
}

export async function startMeetingHarness(): Promise<MeetingHarness> {
  assertChromiumInstalled();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'motebok-meeting-e2e-'));
  const tenant = await startTenant({ port: 0, dataDir, quiet: true, reset: true });
  const outDir = path.join(dataDir, 'dist');
  await buildApp(outDir, tenant, dataDir);
  const certificate = await ensureDevCertificate(dataDir);
  const app = await serveDirectory(outDir, certificate.key, certificate.cert);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const info = tenant.info;
  const certificatePath = info.certificatePath;
  const fetchImpl = fetchTrusting(certificatePath);
  const factories = new Map<string, GraphClientFactory>();
  const graphAs = (upn: string): GraphClientFactory => {
    const user = info.users.find((u) => u.userPrincipalName === upn);
    if (!user) throw new Error(`Ingen bruker ${upn} i den lokale tenanten`);
    const existing = factories.get(upn);
    if (existing) return existing;
    const tokenProvider = passwordTokenProvider({ authority: info.authority, clientId: info.clientId, certificatePath, username: upn, password: user.password }, fetchImpl);
    const factory = createGraphClientFactory({ config: { graphBaseUrl: info.graphBaseUrl }, tokenProvider, fetch: fetchImpl });
    factories.set(upn, factory);
    return factory;
  };
  return {
    graphAs,
    repositoryAs: (upn) => new SharePointMeetingRepository({ clients: graphAs(upn), siteId: info.siteId }),
    tenant,
    appUrl: app.url,
    browser,
    dataDir,
    newContext: () => browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1400, height: 900 }, locale: 'nb-NO' }),
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => app.server.close(() => resolve()));
      await tenant.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Signs in through the local tenant's sign-in page whenever MSAL opens it (a popup from a side
 * panel or stage iframe) — what a person does once per browser session. Several windows of one
 * browser may act as different people: `who` picks the user from the window that opened the popup.
 */
export function signInPopups(context: BrowserContext, who: (opener: Page | null) => string): void {
  context.on('page', (popup: Page) => {
    void (async () => {
      const upn = who(await popup.opener());
      await popup.waitForLoadState('domcontentloaded').catch(() => undefined);
      const button = popup.getByRole('button', { name: new RegExp(upn.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i') });
      await button.click({ timeout: 15_000 }).catch(() => undefined);
    })();
  });
}

export function simulatorUrl(harness: MeetingHarness, options: { user: 'referent' | 'chair' | 'participant'; meeting?: string; theme?: string; locale?: string; panel?: 'open' | 'closed' }): string {
  const url = new URL('/_tenant/meeting/', harness.tenant.url);
  url.searchParams.set('app', harness.appUrl);
  url.searchParams.set('user', options.user);
  if (options.meeting) url.searchParams.set('meeting', options.meeting);
  if (options.theme) url.searchParams.set('theme', options.theme);
  if (options.locale) url.searchParams.set('locale', options.locale);
  if (options.panel) url.searchParams.set('panel', options.panel);
  return url.href;
}

export function fixture(name: 'pm-2024' | 'pm-2025' | 'pm-2026'): MeetingFile {
  return parseMeetingFile(JSON.parse(readFileSync(path.join(ROOT, 'fixtures/meetings', `${name}.json`), 'utf8')));
}

/**
 * Stores the 2026 seed meeting as the secretariat leaves it after sending the innkalling: status
 * noticeSent, planned minutes per item (the stage shows time against them).
 */
export async function seedNoticeSentMeeting(harness: MeetingHarness): Promise<MeetingFile> {
  const file = fixture('pm-2026');
  const repository = harness.repositoryAs(PEOPLE.referent);
  await repository.ensureProvisioned();
  await repository.saveCommittee(file.committee);
  const meeting = { ...file.meeting, status: 'noticeSent' as const, items: file.meeting.items.map((item) => ({ ...item, plannedMinutes: item.plannedMinutes ?? 10 })) };
  await repository.saveMeeting(meeting);
  return { committee: file.committee, meeting };
}
