import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT, startWorkspaceHarness, type WorkspaceHarness } from './support/workspaceHarness';

/*
 * Signing in to the workspace in a plain browser, as a new user after `npm start`: no window
 * on page load, a "Logg inn" button that says what happens, the tenant's sign-in page in a popup,
 * a closed popup reported within 2 s, the signed-in user with "Logg ut", a reload that does not
 * ask again. Screenshots of the sign-in screen per theme go to test-results/ (ignored).
 */
const SECRETARY = 'hilde.kari.maugesten@siv.example.no';
const SHOTS = path.join(ROOT, 'test-results', 'signIn');

async function blockingAxeViolations(page: Page): Promise<string[]> {
  const { violations } = await seriousAxeViolations(page);
  return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html.slice(0, 160)).join(' | ')}`);
}

describe('signing in to the workspace in a plain browser', () => {
  let harness: WorkspaceHarness;
  let context: BrowserContext;
  let page: Page;
  const popups: Page[] = [];

  beforeAll(async () => {
    harness = await startWorkspaceHarness();
    mkdirSync(SHOTS, { recursive: true });
    // Not harness.newContext(): that one answers every sign-in popup by itself; here the test does.
    context = await harness.browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 800 }, locale: 'nb-NO' });
    context.on('page', (opened) => popups.push(opened));
    page = await context.newPage();
    popups.length = 0;
  }, 240_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('opens no window on page load; "Logg inn" says a window will open', async () => {
    await page.goto(`${harness.appUrl}/workspace.html`);
    const button = page.getByRole('button', { name: 'Logg inn' });
    await button.waitFor({ timeout: 60_000 });
    expect(await page.getByText(/åpnes et nytt vindu med påloggingssiden til Microsoft eller virksomheten din/).count()).toBe(1);
    await page.waitForTimeout(1_500);
    expect(popups).toEqual([]);
    expect(await blockingAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'sign-in-default.png') });
  }, 90_000);

  it('opens the tenant sign-in page when "Logg inn" is clicked, and reports the window closed within 2 seconds', async () => {
    const opened = context.waitForEvent('page');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    const popup = await opened;
    await popup.waitForLoadState('domcontentloaded');
    await popup.getByRole('heading', { name: 'Logg på – lokal tenant' }).waitFor({ timeout: 15_000 });
    expect(new URL(popup.url()).origin).toBe(harness.tenant.url);
    expect(await page.getByText(/Et påloggingsvindu er åpnet/).count()).toBe(1);

    const closedAt = Date.now();
    await popup.close();
    await page.getByRole('alert').filter({ hasText: 'Påloggingsvinduet ble lukket før du var logget inn' }).waitFor({ timeout: 2_000 });
    expect(Date.now() - closedAt).toBeLessThan(2_000);
    expect(await page.getByRole('button', { name: 'Logg inn' }).isEnabled()).toBe(true);
    expect(await blockingAxeViolations(page)).toEqual([]);
  }, 60_000);

  it('shows the signed-in user with "Logg ut" after signing in, and a reload does not ask again', async () => {
    const opened = context.waitForEvent('page');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    const popup = await opened;
    await popup.getByRole('button', { name: new RegExp(SECRETARY.replace(/\./g, '\\.')) }).click({ timeout: 15_000 });
    const account = page.getByRole('region', { name: 'Innlogget bruker' });
    await account.getByText('Logget inn som Hilde Kari Maugesten').waitFor({ timeout: 30_000 });
    expect(await account.getByRole('button', { name: 'Logg ut' }).count()).toBe(1);
    // The workspace itself is there (the site has no Møtebok lists yet).
    await page.getByRole('button', { name: 'Klargjør SharePoint-området' }).waitFor({ timeout: 30_000 });
    expect(await blockingAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'signed-in-default.png') });

    const windowsBefore = popups.length;
    await page.reload();
    await account.getByText('Logget inn som Hilde Kari Maugesten').waitFor({ timeout: 30_000 });
    expect(popups.length).toBe(windowsBefore);
  }, 90_000);

  it('signs out with "Logg ut" and shows "Logg inn" again', async () => {
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.getByText('Du er logget ut.').waitFor({ timeout: 10_000 });
    expect(await page.getByRole('button', { name: 'Logg inn' }).count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Innlogget bruker' }).count()).toBe(0);
  }, 30_000);

  for (const theme of ['dark', 'contrast'] as const) {
    it(`shows the sign-in screen without axe violations in the ${theme} theme`, async () => {
      const themed = await context.newPage();
      await themed.goto(`${harness.appUrl}/workspace.html?theme=${theme}`);
      await themed.getByRole('button', { name: 'Logg inn' }).waitFor({ timeout: 60_000 });
      expect(await themed.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      expect(await blockingAxeViolations(themed)).toEqual([]);
      await themed.screenshot({ path: path.join(SHOTS, `sign-in-${theme}.png`) });
      await themed.close();
    }, 90_000);
  }
});
