import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousAxeViolations } from './support/axe';
import { fixture, openWorkspace, screenshotPath, seedBefore2026, SECRETARY_UPN, startWorkspaceHarness, type WorkspaceHarness } from './support/workspaceHarness';

async function blockingViolations(page: Page): Promise<string[]> {
  const { violations } = await seriousAxeViolations(page);
  return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => `${node.html.slice(0, 200)} ${node.failureSummary ?? ''}`).slice(0, 5).join(' | ')}`);
}

describe('the decision register in the workspace', () => {
  let harness: WorkspaceHarness;
  const pm2024 = fixture('pm-2024').meeting;

  beforeAll(async () => {
    harness = await startWorkspaceHarness();
    const { committee } = await seedBefore2026(harness);
    const repository = harness.repositoryAs(SECRETARY_UPN);
    // The 2024 meeting as held, with its referat in its folder: the register links to it.
    const minutes = await repository.uploadDocument(committee, pm2024, 'Referat PM 30.05.24.docx', new TextEncoder().encode('Referat fra partnerskapsmøtet 30.05.2024'));
    await repository.saveMeeting({ ...pm2024, committeeId: committee.id, minutes });
  }, 240_000);
  afterAll(async () => harness?.close());

  it('finds a word of a 2024 konklusjon, links to the referat and the meeting, exports it, and is axe clean', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await openWorkspace(page, harness.appUrl);
    await page.getByRole('button', { name: 'Vedtaksregister' }).click();
    const form = page.getByRole('search', { name: 'Søk i vedtaksregisteret' });
    await form.getByLabel('Fritekst').fill('myndighet');
    await form.getByLabel('Fritekst').press('Enter');
    const results = page.getByRole('list', { name: 'Vedtaksregister' });
    const hit = results.getByRole('listitem');
    await expect.poll(() => hit.count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => hit.first().innerText()).toContain('Sak 2024.4 Handlingsplan for Helsefelleskapet i Vestfold 2025');
    const text = await hit.first().innerText();
    expect(text).toContain('Strategisk samarbeidsutvalg (SSU) gis myndighet');
    expect(text).toContain('30.05.2024');
    expect(await page.getByRole('status').first().innerText()).toContain('1 treff vist');
    const minutesLink = hit.first().getByRole('link', { name: 'Åpne referatet' });
    expect(await minutesLink.getAttribute('href')).toMatch(/^https:\/\/localhost:\d+\/.*Referat/);
    const sakLink = hit.first().getByRole('link', { name: 'Åpne saken i møtet' });
    expect(await sakLink.getAttribute('href')).toContain(`#meeting=${pm2024.id}`);
    await page.screenshot({ path: screenshotPath('workspace-register.png'), fullPage: true });
    expect(await blockingViolations(page)).toEqual([]);

    // The export for the annual report: CSV that Norwegian Excel opens (BOM, semicolons).
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned CSV' }).click()]);
    // saveAs, not path(): the browser is the run's shared Chromium, connected to remotely (support/sharedChromium.ts).
    const file = join(mkdtempSync(join(tmpdir(), 'motebok-register-')), download.suggestedFilename());
    await download.saveAs(file);
    const csv = readFileSync(file, 'utf8');
    expect(csv.startsWith('\uFEFFSaksnummer;Tittel;')).toBe(true);
    expect(csv).toContain('2024.4;Handlingsplan for Helsefelleskapet i Vestfold 2025;');

    // A word in no konklusjon: said so, not an empty list.
    await form.getByLabel('Fritekst').fill('budsjettsprekk');
    await form.getByRole('button', { name: 'Søk' }).click();
    await expect.poll(() => page.getByText('Ingen konklusjoner passer søket.').count(), { timeout: 30_000 }).toBe(1);
    await context.close();
  }, 180_000);

  it('lists a year by the keyboard alone, in the dark theme, axe clean', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await openWorkspace(page, harness.appUrl, '?theme=dark');
    await page.getByRole('button', { name: 'Vedtaksregister' }).focus();
    await page.keyboard.press('Enter');
    const form = page.getByRole('search', { name: 'Søk i vedtaksregisteret' });
    await form.getByRole('combobox', { name: 'År' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: '2024' }).waitFor();
    // Type-ahead, as a keyboard user picks an option in a long list.
    await page.keyboard.type('2024');
    await page.keyboard.press('Enter');
    expect(await form.getByRole('combobox', { name: 'År' }).innerText()).toContain('2024');
    await form.getByRole('button', { name: 'Søk' }).focus();
    await page.keyboard.press('Enter');
    const hits = page.getByRole('list', { name: 'Vedtaksregister' }).getByRole('listitem');
    await expect.poll(() => hits.count(), { timeout: 30_000 }).toBe(pm2024.items.filter((item) => item.conclusion.length > 0).length);
    expect(await blockingViolations(page)).toEqual([]);
    await context.close();
  }, 180_000);
});
