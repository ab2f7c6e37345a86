// Harness for the workspace browser tests: the local tenant in-process on a free port with a temp
// data dir, the workspace built against it (webpack, env config) and served over HTTPS on another
// free port, Debian's Chromium, and Graph access as any tenant user from Node to seed and verify.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
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

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
export const SCREENSHOTS = path.join(ROOT, 'docs/screenshots');

/** The secretary who prepares the meeting in the tests (a site writer in the local tenant). */
export const SECRETARY_UPN = 'hilde.kari.maugesten@siv.example.no';

export interface TenantUser {
  id: string;
  userPrincipalName: string;
  mail: string;
  displayName: string;
  /** Guests (the municipalities) are invited by mail at their own addresses; only members have a calendar here. */
  userType: 'Member' | 'Guest';
  password: string;
}

export interface WorkspaceHarness {
  tenant: RunningTenant;
  appUrl: string;
  browser: Browser;
  users: TenantUser[];
  graphAs(upn: string): GraphClientFactory;
  repositoryAs(upn: string): SharePointMeetingRepository;
  newContext(options?: { upn?: string }): Promise<BrowserContext>;
  /** Every URL any page of any context (popups too) asked for, in order: nothing may leave the machine. */
  requestedUrls: string[];
  close(): Promise<void>;
}

/** Requests that stay on this machine: the app, the local tenant, data:, blob: and about: URLs. */
export function isLocalRequest(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || protocol === 'about:' || hostname === 'localhost' || hostname === '127.0.0.1';
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
};

export async function serveDirectory(dir: string, key: string, cert: string): Promise<{ url: string; server: Server }> {
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
  const address = server.address();
  const port = typeof address === 'object' && address ? (address satisfies AddressInfo).port : 0;
  return { url: `https://localhost:${port}`, server };
}

/** Builds the given surfaces against the tenant (configuration through the environment, as `npm run build`). */
export async function buildSurfaces(surfaces: string[], outDir: string, tenant: RunningTenant, dataDir: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'e2e/support/buildSurfaces.mjs')], {
      cwd: ROOT,
      env: {
        ...process.env,
        MOTEBOK_SURFACES: surfaces.join(','),
        MOTEBOK_OUT_DIR: outDir,
        MOTEBOK_AUTHORITY: tenant.info.authority,
        MOTEBOK_GRAPH_BASE_URL: tenant.info.graphBaseUrl,
        MOTEBOK_SITE_ID: tenant.info.siteId,
        MOTEBOK_CLIENT_ID: tenant.info.clientId,
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

export async function startWorkspaceHarness(): Promise<WorkspaceHarness> {
  assertChromiumInstalled();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'motebok-workspace-e2e-'));
  const tenant = await startTenant({ port: 0, dataDir, quiet: true, reset: true });
  const outDir = path.join(dataDir, 'dist');
  await buildSurfaces(['workspace'], outDir, tenant, dataDir);
  const certificate = await ensureDevCertificate(dataDir);
  const app = await serveDirectory(outDir, certificate.key, certificate.cert);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const info = tenant.info;
  const fetchImpl = fetchTrusting(info.certificatePath);
  const factories = new Map<string, GraphClientFactory>();
  const graphAs = (upn: string): GraphClientFactory => {
    const user = info.users.find((candidate) => candidate.userPrincipalName === upn);
    if (!user) throw new Error(`Ingen bruker ${upn} i den lokale tenanten`);
    const existing = factories.get(upn);
    if (existing) return existing;
    const tokenProvider = passwordTokenProvider({ authority: info.authority, clientId: info.clientId, certificatePath: info.certificatePath, username: upn, password: user.password }, fetchImpl);
    const factory = createGraphClientFactory({ config: { graphBaseUrl: info.graphBaseUrl }, tokenProvider, fetch: fetchImpl });
    factories.set(upn, factory);
    return factory;
  };
  const requestedUrls: string[] = [];
  return {
    tenant,
    appUrl: app.url,
    requestedUrls,
    browser,
    users: info.users,
    graphAs,
    repositoryAs: (upn) => new SharePointMeetingRepository({ clients: graphAs(upn), siteId: info.siteId }),
    async newContext(options = {}) {
      const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
      signInPopupsAs(context, options.upn ?? SECRETARY_UPN);
      context.on('request', (request) => requestedUrls.push(request.url()));
      return context;
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => app.server.close(() => resolve()));
      await tenant.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Picks the user on the local tenant's sign-in page whenever MSAL opens it in a popup. */
export function signInPopupsAs(context: BrowserContext, upn: string): void {
  context.on('page', (popup: Page) => {
    void (async () => {
      await popup.waitForLoadState('domcontentloaded').catch(() => undefined);
      const escaped = upn.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      await popup
        .getByRole('button', { name: new RegExp(escaped, 'i') })
        .click({ timeout: 15_000 })
        .catch(() => undefined);
    })();
  });
}

/** Opens the workspace and gets past sign-in: the popup opens by itself or behind "Logg inn". */
export async function openWorkspace(page: Page, appUrl: string, query = ''): Promise<void> {
  await page.goto(`${appUrl}/workspace.html${query}`);
  const ready = page.getByRole('button', { name: 'Nytt møte' });
  const signIn = page.getByRole('button', { name: 'Logg inn' });
  await ready.or(signIn).first().waitFor({ timeout: 60_000 });
  if (await signIn.isVisible()) {
    await signIn.click();
    await ready.waitFor({ timeout: 60_000 });
  }
}

export function fixture(name: 'pm-2024' | 'pm-2025' | 'pm-2026'): MeetingFile {
  return parseMeetingFile(JSON.parse(readFileSync(path.join(ROOT, 'fixtures/meetings', `${name}.json`), 'utf8')));
}

/**
 * What the site holds before the 2026 meeting is prepared: the committee and the 2025 meeting,
 * held, with its minutes approved and stored in its folder (so the new meeting's Referatsak links them).
 */
export async function seedBefore2026(harness: WorkspaceHarness): Promise<MeetingFile> {
  const { committee } = fixture('pm-2026');
  const previous = fixture('pm-2025').meeting;
  const repository = harness.repositoryAs(SECRETARY_UPN);
  await repository.ensureProvisioned();
  await repository.saveCommittee(committee);
  const minutesBytes = new TextEncoder().encode('Referat fra partnerskapsmøtet 05.06.2025');
  const minutes = await repository.uploadDocument(committee, previous, 'Referat PM 05.06.25.docx', minutesBytes);
  const meeting = { ...previous, status: 'minutesApproved' as const, minutes, minutesApprovedAt: '2025-09-01T10:00:00.000Z' };
  await repository.saveMeeting(meeting);
  return { committee, meeting };
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, name);
}
