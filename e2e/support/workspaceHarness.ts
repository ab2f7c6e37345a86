// Harness for the workspace browser tests: the app harness (tenant, build, HTTPS, Chromium, Graph as
// any user) for the workspace, with the secretary signed in, and every request recorded.
import type { BrowserContext, Page } from 'playwright-core';
import type { Committee, MeetingFile } from '../../src/domain/model';
import { createGraphServices } from '../../src/graph/graphServices';
import { fetchTrusting, passwordTokenProvider } from '../../src/graph/testing/nodeTenantAccess';
import { fixture, signInPopups, startAppHarness, type AppHarness } from './appHarness';

export { assertChromiumInstalled, CHROMIUM_ARGS, CHROMIUM_PATH, fixture, ROOT, serveDirectory, type TenantUser } from './appHarness';
export { screenshotPath } from './screenshots';

/** The secretary who prepares the meeting in the tests (a site writer in the local tenant). */
export const SECRETARY_UPN = 'hilde.kari.maugesten@siv.example.no';

export interface WorkspaceHarness extends AppHarness {
  newContext(options?: { upn?: string }): Promise<BrowserContext>;
  /** Every URL any page of any context (popups too) asked for, in order: nothing may leave the machine. */
  requestedUrls: string[];
}

/** Requests that stay on this machine: the app, the local tenant, data:, blob: and about: URLs. */
export function isLocalRequest(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || protocol === 'about:' || hostname === 'localhost' || hostname === '127.0.0.1';
}

export async function startWorkspaceHarness(): Promise<WorkspaceHarness> {
  const app = await startAppHarness('motebok-workspace-e2e-');
  const requestedUrls: string[] = [];
  return {
    ...app,
    requestedUrls,
    async newContext(options = {}) {
      const context = await app.browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
      signInPopupsAs(context, options.upn ?? SECRETARY_UPN);
      context.on('request', (request) => requestedUrls.push(request.url()));
      return context;
    },
  };
}

/** Picks the user on the local tenant's sign-in page whenever MSAL opens it in a popup. */
export function signInPopupsAs(context: BrowserContext, upn: string): void {
  signInPopups(context, () => upn);
}

/** Opens the workspace and gets past sign-in: "Logg inn" opens the popup, which `signInPopupsAs` answers. */
export async function openWorkspace(page: Page, appUrl: string, query = ''): Promise<void> {
  await page.goto(`${appUrl}/workspace.html${query}`);
  const ready = page.getByRole('button', { name: 'Nytt møte' });
  const signIn = page.getByRole('button', { name: 'Logg inn' });
  await ready.or(signIn).first().waitFor({ timeout: 60_000 });
  if (await signIn.isVisible()) {
    await signIn.click();
    await ready.waitFor({ timeout: 60_000 });
    // Start the test from a page as it loads for someone already signed in (silent; focus at the top).
    await page.reload();
    await ready.waitFor({ timeout: 60_000 });
  }
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

/** «Klargjør SharePoint-området» / «Rett tilgangene» as the secretary: the lists and folders get the committees' permissions. */
export async function repairAsSecretary(harness: AppHarness, committees: Committee[]): Promise<void> {
  const info = harness.tenant.info;
  const secretary = info.users.find((user) => user.userPrincipalName === SECRETARY_UPN);
  const fetchImpl = fetchTrusting(info.certificatePath);
  const tokens = passwordTokenProvider({ authority: info.authority, clientId: info.clientId, certificatePath: info.certificatePath, username: SECRETARY_UPN, password: secretary?.password ?? '' }, fetchImpl);
  const site = { graphBaseUrl: info.graphBaseUrl, siteId: info.siteId, sharedMailbox: undefined };
  await createGraphServices(site, tokens, { fetch: fetchImpl }).sitePermissions.repair(committees);
}
