// What every browser test stands on: the local tenant in-process with a temp data dir, on the port
// the app was built against (the build happens once per run, in appBuild.ts), the built app served
// over HTTPS on a free port, Debian's Chromium, and Graph as any tenant user from Node to seed and
// verify. The workspace and meeting harnesses add their own people and seeds on top.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { assertChromiumInstalled, CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { serveDirectory } from './staticServer';
import type { AppBuild } from './appBuild';
import { startTenant, type RunningTenant } from '../../tenant/server';
import type { TenantInfoUser } from '../../tenant/core';
import { ensureDevCertificate } from '../../tenant/devCert';
import { parseMeetingFile } from '../../src/domain/meetingFile';
import type { MeetingFile } from '../../src/domain/model';
import { createGraphClientFactory, type GraphClientFactory } from '../../src/graph/graphClient';
import { SharePointMeetingRepository } from '../../src/graph/sharePointMeetingRepository';
import { fetchTrusting, passwordTokenProvider } from '../../src/graph/testing/nodeTenantAccess';

export { assertChromiumInstalled, CHROMIUM_ARGS, CHROMIUM_PATH, serveDirectory };

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Guests (the municipalities) are invited by mail at their own addresses; only members have a calendar here. */
export type TenantUser = TenantInfoUser;

export interface AppHarness {
  tenant: RunningTenant;
  appUrl: string;
  browser: Browser;
  dataDir: string;
  users: TenantUser[];
  /** Graph as one of the tenant's users, from Node (password grant): seeding and checking results. */
  graphAs(upn: string): GraphClientFactory;
  repositoryAs(upn: string): SharePointMeetingRepository;
  close(): Promise<void>;
}

/**
 * A fresh tenant on the port the app was built against (see appBuild.ts, which builds once per run),
 * the built app over HTTPS on a free port, and Chromium.
 */
export async function startAppHarness(tempPrefix: string): Promise<AppHarness> {
  assertChromiumInstalled();
  const build: AppBuild | undefined = inject('appBuild');
  if (!build) throw new Error('Appen er ikke bygget: nettlesertestene kjøres i vitest-prosjektet «browser» (globalSetup e2e/support/appBuild.ts).');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), tempPrefix));
  // The run's one certificate (appBuild.ts made it), which ensureDevCertificate finds and reuses.
  for (const file of ['localhost-cert.pem', 'localhost-key.pem']) copyFileSync(path.join(build.certificateDir, file), path.join(dataDir, file));
  const certificate = await ensureDevCertificate(dataDir);
  // The app's server first, so the tenant knows where the app runs (as `npm start` tells it APP_PORT)
  // and its simulators frame the app from there.
  const app = await serveDirectory(build.dir, certificate.key, certificate.cert);
  const tenantOptions = { port: build.tenantPort, dataDir, quiet: true, reset: true, appUrl: app.url, liveService: true };
  const tenant = await startTenant(tenantOptions).catch((error: unknown) => {
    throw new Error(`Den lokale tenanten kunne ikke starte på port ${build.tenantPort}, som appen ble bygget mot for denne kjøringen: ${String(error)}`);
  });
  if (tenant.info.authority !== build.authority) throw new Error(`Tenanten svarer for ${tenant.info.authority}, men appen ble bygget mot ${build.authority}`);
  const browser = await connectChromium();
  const info = tenant.info;
  const fetchImpl = fetchTrusting(info.certificatePath);
  const factories = new Map<string, GraphClientFactory>();
  const graphAs = (upn: string): GraphClientFactory => {
    const user = info.users.find((candidate) => candidate.userPrincipalName === upn);
    if (!user) throw new Error(`Ingen bruker ${upn} i den lokale tenanten`);
    const existing = factories.get(upn);
    if (existing) return existing;
    const tokenProvider = passwordTokenProvider(
      { authority: info.authority, clientId: info.clientId, certificatePath: info.certificatePath, username: upn, password: user.password },
      fetchImpl,
    );
    const factory = createGraphClientFactory({ config: { graphBaseUrl: info.graphBaseUrl }, tokenProvider, fetch: fetchImpl });
    factories.set(upn, factory);
    return factory;
  };
  return {
    tenant,
    appUrl: app.url,
    browser,
    dataDir,
    users: info.users,
    graphAs,
    repositoryAs: (upn) => new SharePointMeetingRepository({ clients: graphAs(upn), siteId: info.siteId }),
    async close() {
      await browser.close();
      await app.close();
      await tenant.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The run's one Chromium (sharedChromium.ts launched it): a connection of this file's own, whose
 * `close()` closes the contexts it made and leaves the browser to the next file.
 */
export async function connectChromium(): Promise<Browser> {
  assertChromiumInstalled();
  const endpoint: string | undefined = inject('chromiumEndpoint');
  if (!endpoint) throw new Error('Ingen delt Chromium: nettlesertestene kjøres i vitest-prosjektet «browser» (globalSetup e2e/support/sharedChromium.ts).');
  return chromium.connect(endpoint);
}

/**
 * Signs in through the local tenant's sign-in page whenever MSAL opens it in a popup — what a person
 * does once per browser session. `who` picks the user from the window that opened the popup, so
 * several windows of one browser may act as different people.
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

export function fixture(name: 'pm-2024' | 'pm-2025' | 'pm-2026'): MeetingFile {
  return parseMeetingFile(JSON.parse(readFileSync(path.join(ROOT, 'fixtures/meetings', `${name}.json`), 'utf8')));
}

/**
 * Opens a surface in a plain browser and gets past sign-in when it asks: the sign-in button (in any
 * language) opens the popup, which `signInPopups` answers; then waits for `ready`. In the same tab a
 * second visit is signed in silently (MSAL's session cache), so the button is not shown again.
 */
export async function openSignedIn(page: Page, url: string, ready: Locator): Promise<void> {
  await page.goto(url);
  const signIn = page.getByTestId('sign-in');
  await ready.or(signIn).first().waitFor({ timeout: 60_000 });
  if (await signIn.isVisible()) {
    await signIn.click();
    await ready.waitFor({ timeout: 60_000 });
  }
}

/** Every text the page shows, its frames' included: what a leak check reads (confidentiality tests). */
export async function shownText(page: Page): Promise<string> {
  const texts = await Promise.all(page.frames().map((frame) => frame.locator('body').innerText().catch(() => '')));
  return texts.join('\n');
}
