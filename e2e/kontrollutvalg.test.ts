// A body unlike the seeds': a municipality's kontrollutvalg, set up through the product's own settings
// from the «Kontrollutvalg» preset, its secretary a guest from another organisation (a
// kontrollutvalgssekretariat), a leader and a nestleder among its members. The secretariat makes a
// meeting with a forvaltningsrevisjonsrapport and a sak unntatt offentlighet; the screens, the
// innkalling and the protokoll speak the committee's words (Møteprotokoll, Vedtak, Forslag til vedtak).
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSignedIn } from './support/appHarness';
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
    // The site owner gives the new secretariat its rights: «Rett tilgangene» (the secretary from outside has none yet).
    await page.getByRole('button', { name: 'Tilbake til møtene' }).click().catch((error: unknown) => (log.backError = String(error)));
    await page.reload();
    await page.getByRole('button', { name: 'Rett tilgangene' }).click({ timeout: 60_000 }).catch((error: unknown) => (log.hildeRepairError = String(error)));
    await page.waitForTimeout(10_000);
    log.hildeAfterRepair = await page.locator('body').innerText();
    await page.screenshot({ path: screenshotPath('kontrollutvalg-hilde-repair.png'), fullPage: true });
    await context.close();
  }, 240_000);

  it('lets the secretary from outside prepare a meeting in the workspace', async () => {
    const guro = harness.users.find((user) => user.mail?.startsWith('guro.winsvold'));
    const upn = guro?.userPrincipalName ?? '';
    const context = await harness.newContext({ upn });
    const page = await context.newPage();
    const step = async (name: string, run: () => Promise<unknown>) => {
      try {
        await run();
        log[`step ${name}`] = 'ok';
      } catch (error) {
        log[`step ${name}`] = String(error).slice(0, 600);
      }
      log[`text ${name}`] = (await page.locator('body').innerText().catch(() => '')).slice(0, 5000);
      await page.screenshot({ path: screenshotPath(`kontrollutvalg-${name}.png`), fullPage: true }).catch(() => undefined);
    };
    await step('01-open', () => openWorkspace(page, harness.appUrl));
    await step('03-new-meeting', async () => {
      await page.getByRole('button', { name: 'Nytt møte' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Dato').fill('2026-03-12');
      await dialog.getByLabel('Starter').fill('09:00');
      await dialog.getByLabel('Slutter').fill('12:00');
      await page.waitForTimeout(1500);
      log.newMeetingDialog = await dialog.innerText();
      await dialog.getByRole('button', { name: 'Opprett møtet' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByRole('list', { name: 'Saksliste' }).waitFor({ timeout: 30_000 });
    });
    await step('04-sak-rapport', async () => {
      await page.getByRole('button', { name: 'Legg til sak' }).click();
      await page.getByRole('textbox', { name: 'Tittel' }).fill('Forvaltningsrevisjonsrapport – Barnevern');
      await page.getByRole('checkbox', { name: 'Vedtakssak' }).check();
      await page.getByRole('button', { name: 'Legg til punkt' }).click();
      await page.getByRole('textbox', { name: 'Punkt 1' }).fill('Kontrollutvalget tar rapporten til orientering og legger den fram for kommunestyret.');
      log.itemEditor = await page.locator('body').innerText();
      await page.getByRole('button', { name: 'Lukk', exact: true }).click();
    });
    await step('05-sak-unntatt', async () => {
      await page.getByRole('button', { name: 'Legg til sak' }).click();
      await page.getByRole('textbox', { name: 'Tittel' }).fill('Henvendelse om forhold ved en navngitt ansatt');
      await page.getByRole('checkbox', { name: 'Vedtakssak' }).check();
      const marking = page.getByRole('region', { name: 'Offentlighet' });
      await marking.getByRole('checkbox', { name: 'Saken er unntatt offentlighet' }).check();
      log.hjemler = await marking.getByRole('combobox', { name: 'Hjemmel' }).innerText();
      await marking.getByRole('combobox', { name: 'Hjemmel' }).selectOption({ index: 1 });
      await marking.getByRole('textbox', { name: /Offentlig tittel/ }).fill('Henvendelse – unntatt offentlighet');
      log.marking = await marking.innerText();
      await page.getByRole('button', { name: 'Lukk', exact: true }).click();
      await expect.poll(() => page.locator('[data-save-state]').getAttribute('data-save-state'), { timeout: 30_000 }).toBe('saved');
    });
    await step('06-preview', async () => {
      await page.getByRole('button', { name: 'Forhåndsvis innkallingen' }).click();
      const preview = page.frameLocator('iframe[title^="Forhåndsvisning"]');
      await expect.poll(() => preview.locator('body').innerText()).toMatch(/Forvaltningsrevisjonsrapport/);
      log.preview = await preview.locator('body').innerText();
    });
    await step('07-send', async () => {
      await page.getByRole('button', { name: 'Send innkalling' }).click();
      const dialog = page.getByRole('alertdialog');
      await page.waitForTimeout(2000);
      log.sendDialog = await dialog.innerText();
      await dialog.getByRole('button', { name: 'Send', exact: true }).click();
      await page.waitForTimeout(10_000);
    });
    const meetings = await harness.repositoryAs(SECRETARY_UPN).listMeetings((await harness.repositoryAs(SECRETARY_UPN).listCommittees()).find((entry) => entry.value.name === NAME)?.value.id ?? '');
    log.meetings = meetings.map((entry) => entry.value);
    await context.close();
  }, 400_000);

  it('shows the meeting to a member with an English UI in the side panel', async () => {
    const ole = harness.users.find((user) => user.mail?.startsWith('ole.martin.berge'));
    const committee = (await harness.repositoryAs(SECRETARY_UPN).listCommittees()).find((entry) => entry.value.name === NAME)?.value;
    const meeting = (await harness.repositoryAs(SECRETARY_UPN).listMeetings(committee?.id ?? ''))[0]?.value;
    const context = await harness.newContext({ upn: ole?.userPrincipalName ?? '' });
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 900 });
    const side = new URL('/sidepanel.html', harness.appUrl);
    side.search = new URLSearchParams({ meeting: meeting?.id ?? '', upn: ole?.userPrincipalName ?? '', locale: 'en-US' }).toString();
    await openSignedIn(page, side.href, page.getByTestId('agenda-list').or(page.getByTestId('read-only')).first()).catch((error: unknown) => (log.oleError = String(error)));
    await page.waitForTimeout(5000);
    log.oleSidePanel = await page.locator('body').innerText();
    await page.screenshot({ path: screenshotPath('kontrollutvalg-side-panel-en.png'), fullPage: true });
    const items = page.locator('[data-testid^="agenda-item-"]');
    for (let index = 0; index < (await items.count()); index++) {
      await items.nth(index).click().catch(() => undefined);
      await page.waitForTimeout(1500);
      log[`oleItem${index}`] = await page.locator('body').innerText();
      await page.screenshot({ path: screenshotPath(`kontrollutvalg-side-panel-en-${index}.png`), fullPage: true });
      await page.goBack().catch(() => undefined);
      await page.goto(side.href);
      await page.waitForTimeout(3000);
    }
    await context.close();
  }, 400_000);
});
