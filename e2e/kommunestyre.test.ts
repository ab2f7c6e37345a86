// A kommunestyre set up through the product's own settings from the «Kommunestyre / formannskap» preset,
// with no code of its own: politiske saker numbered «PS 2/26», referatsaker «RS 1/26» and delegerte
// vedtak «DS 1/26» in series of their own, each under its own heading in one saksliste. The secretary
// makes the meeting, sends the innkalling, records in the side panel and makes the møteprotokoll. What each
// step showed is written to out/kommunestyre-log.json with the screenshots, for a person to look at.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { docxParagraphs } from '../src/documents/testing/docxText';
import { openSignedIn } from './support/appHarness';
import { fixture, openWorkspace, ROOT, screenshotPath, SECRETARY_UPN, startWorkspaceHarness, type WorkspaceHarness } from './support/workspaceHarness';

const NAME = 'Kommunestyret i Nordfjell kommune';
const log: Record<string, unknown> = {};

async function pick(page: Page, combobox: Locator, typed: string, option: RegExp): Promise<void> {
  await combobox.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

/** A new row at the end of the saksliste: its title, its row kind, its sakstype. */
async function addRow(page: Page, title: string, options: { heading?: boolean; kind?: string } = {}): Promise<void> {
  await page.getByRole('button', { name: 'Legg til sak' }).click();
  await page.getByRole('textbox', { name: 'Tittel' }).fill(title);
  if (options.heading) await page.getByRole('radio', { name: 'Overskrift' }).check();
  if (options.kind !== undefined) await page.getByRole('checkbox', { name: options.kind, exact: true }).check();
  await page.getByRole('button', { name: 'Lukk', exact: true }).click();
}

describe('a kommunestyre set up through the settings: PS, RS and DS numbered in their own series in one saksliste', () => {
  let harness: WorkspaceHarness;

  const committee = async () => (await harness.repositoryAs(SECRETARY_UPN).listCommittees()).find((entry) => entry.value.name === NAME)?.value;
  const meeting = async () => (await harness.repositoryAs(SECRETARY_UPN).listMeetings((await committee())?.id ?? ''))[0]?.value;

  beforeAll(async () => {
    harness = await startWorkspaceHarness();
    const repository = harness.repositoryAs(SECRETARY_UPN);
    await repository.ensureProvisioned();
    await repository.saveCommittee(fixture('pm-2026').committee);
  }, 300_000);
  afterAll(async () => {
    mkdirSync(path.join(ROOT, 'out'), { recursive: true });
    writeFileSync(path.join(ROOT, 'out/kommunestyre-log.json'), JSON.stringify(log, null, 2));
    await harness?.close();
  });

  it('the secretary creates it from the preset: PS {N}/{YY}, referatsaker in RS {N}/{YY}, delegerte vedtak in DS {N}/{YY}', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await openWorkspace(page, harness.appUrl);
    await page.getByRole('button', { name: 'Innstillinger for møteorganet' }).click();
    await page.getByRole('button', { name: 'Nytt møteorgan' }).click();
    const form = page.getByRole('form', { name: 'Nytt møteorgan' });
    await form.getByRole('combobox', { name: /Start fra en mal/ }).click();
    await page.getByRole('option', { name: /^Kommunestyre/ }).click();
    await form.getByLabel('Navn på møteorganet').fill(NAME);
    await form.getByLabel('Kortnavn (brukes i filnavn)').fill('KST');
    await form.getByLabel('Hører til (organisasjon)').fill('Nordfjell kommune');
    expect(await form.getByLabel('Saksnummerformat').inputValue()).toBe('PS {N}/{YY}');
    // The ordfører leads; representatives from the directory (options picked by name and job title, as in amu.test.ts).
    await pick(page, form.getByRole('combobox', { name: /^Fast møteleder/ }), 'Per Christian', /Per Christian Voss[\s\S]*Direktør/);
    const members = form.getByRole('combobox', { name: /^Faste medlemmer/ });
    await pick(page, members, 'Per Christian', /Per Christian Voss[\s\S]*Direktør/);
    await pick(page, members, 'Andreas', /Andreas Aass-Engstrøm[\s\S]*Fagdirektør/);
    await pick(page, members, 'Renate', /Renate Solstad[\s\S]*Rådgiver/);
    // The preset's series are there to see and change, each with its example.
    log.kinds = await form.locator('fieldset').filter({ hasText: 'Sakstyper' }).innerText();
    expect(log.kinds).toMatch(/Eksempel: RS 3\/\d\d[\s\S]*Eksempel: DS 3\/\d\d/);
    await page.screenshot({ path: screenshotPath('kommunestyre-settings-new.png'), fullPage: true });
    await form.getByRole('button', { name: 'Opprett møteorganet' }).click();
    await page.getByRole('heading', { name: `Innstillinger for ${NAME}` }).waitFor({ timeout: 20_000 });
    const created = await committee();
    log.committee = created;
    expect(created?.caseNumberFormat).toBe('PS {N}/{YY}');
    expect(created?.conventions?.itemKinds.filter((kind) => kind.caseNumberFormat !== undefined).map((kind) => [kind.id, kind.caseNumberFormat])).toEqual([
      ['Referatsaker', 'RS {N}/{YY}'],
      ['Delegerte vedtak', 'DS {N}/{YY}'],
    ]);
    await context.close();
  }, 300_000);

  it('the secretary prepares the saksliste: politiske saker, referatsaker and delegerte vedtak under headings, each series by itself; sends it', async () => {
    const context = await harness.newContext();
    // Prepared and sent before the meeting: the checks before sending refuse a meeting whose date has passed.
    await context.clock.install({ time: new Date('2026-12-01T08:00:00+01:00') });
    const page = await context.newPage();
    await openWorkspace(page, harness.appUrl);
    await page.getByRole('combobox', { name: /Møteorgan/ }).first().click();
    await page.getByRole('option', { name: NAME }).click();
    await page.getByRole('button', { name: 'Nytt møte' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Dato').fill('2026-12-17');
    await dialog.getByLabel('Starter').fill('18:00');
    await dialog.getByLabel('Slutter').fill('21:00');
    await dialog.getByLabel('Sted').fill('Kommunestyresalen');
    await dialog.getByRole('button', { name: 'Opprett møtet' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    const agenda = page.getByRole('list', { name: 'Saksliste' });
    await agenda.waitFor({ timeout: 30_000 });
    await expect.poll(() => agenda.innerText(), { timeout: 15_000 }).toMatch(/PS 1\/26/);

    await addRow(page, 'Budsjett 2027 og økonomiplan 2027–2030', { kind: 'Vedtakssak' });
    await addRow(page, 'Interpellasjon om trygg skolevei på Bakkeløkka', { kind: 'Interpellasjon' });
    await addRow(page, 'Referatsaker', { heading: true });
    await addRow(page, 'Protokoll fra eldrerådet 12.11.2026', { kind: 'Referatsaker' });
    await addRow(page, 'Brev fra Statsforvalteren om tilsyn', { kind: 'Referatsaker' });
    await addRow(page, 'Delegerte vedtak', { heading: true });
    await addRow(page, 'Delegerte vedtak i plan- og byggesaker, oktober', { kind: 'Delegerte vedtak' });
    await expect.poll(() => page.locator('[data-save-state]').getAttribute('data-save-state'), { timeout: 30_000 }).toBe('saved');
    log.agenda = await agenda.innerText();
    expect(log.agenda).toMatch(
      /PS 1\/26[\s\S]*PS 2\/26[\s\S]*Budsjett[\s\S]*PS 3\/26[\s\S]*Interpellasjon[\s\S]*Referatsaker[\s\S]*RS 1\/26[\s\S]*eldrerådet[\s\S]*RS 2\/26[\s\S]*Statsforvalteren[\s\S]*DS 1\/26[\s\S]*byggesaker/,
    );
    await page.screenshot({ path: screenshotPath('kommunestyre-agenda.png'), fullPage: true });
    const stored = await meeting();
    expect(stored?.items.map((item) => item.caseNumber).filter((number) => number !== null)).toEqual(['PS 1/26', 'PS 2/26', 'PS 3/26', 'RS 1/26', 'RS 2/26', 'DS 1/26']);

    await page.getByRole('button', { name: 'Forhåndsvis innkallingen' }).click();
    const preview = page.frameLocator('iframe[title^="Forhåndsvisning"]');
    await expect.poll(() => preview.locator('body').innerText(), { timeout: 20_000 }).toMatch(/DS 1\/26/);
    log.preview = await preview.locator('body').innerText();
    expect(log.preview).toMatch(/RS 1\/26[\s\S]*RS 2\/26/);

    await page.getByRole('button', { name: 'Send innkalling' }).click();
    const send = page.getByRole('alertdialog');
    await expect.poll(() => send.innerText()).toMatch(/Mottakere \(\d+\)/);
    log.sendDialog = await send.innerText();
    await send.getByRole('button', { name: 'Send', exact: true }).click();
    await send.waitFor({ state: 'detached', timeout: 120_000 });
    await expect.poll(async () => (await meeting())?.status, { timeout: 30_000 }).toBe('noticeSent');

    // A referatsak that came in after the notice takes the next number of its own series, not of the politiske saker.
    await addRow(page, 'Årsmelding fra kontrollutvalget', { kind: 'Referatsaker' });
    await expect.poll(() => page.locator('[data-save-state]').getAttribute('data-save-state'), { timeout: 30_000 }).toBe('saved');
    await expect.poll(async () => (await meeting())?.items.find((item) => item.title.startsWith('Årsmelding'))?.caseNumber, { timeout: 30_000 }).toBe('RS 3/26');
    log.afterSend = await agenda.innerText();
    await page.screenshot({ path: screenshotPath('kommunestyre-after-send.png'), fullPage: true });
    await context.close();
  }, 400_000);

  it('the secretary records a referatsak in the side panel and makes the møteprotokoll, each sak under its own number', async () => {
    const held = await meeting();
    const context = await harness.newContext();
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 900 });
    const side = new URL('/sidepanel.html', harness.appUrl);
    side.search = new URLSearchParams({ meeting: held?.id ?? '', upn: SECRETARY_UPN }).toString();
    await openSignedIn(page, side.href, page.getByTestId('agenda-list'));
    log.sidePanelAgenda = await page.getByTestId('agenda-list').innerText();
    expect(log.sidePanelAgenda).toMatch(/RS 1\/26/);
    await page.getByTestId('start-meeting').click({ timeout: 60_000 });
    await expect.poll(() => page.getByTestId('meeting-status').textContent(), { timeout: 20_000 }).toBe('Møtet pågår');
    const referatsak = held?.items.find((item) => item.caseNumber === 'RS 1/26');
    await page.getByTestId(`agenda-item-${referatsak?.id ?? ''}`).click();
    await page.getByTestId('set-current').click();
    await page.getByTestId('noted').click();
    log.sidePanelSak = await page.locator('body').innerText();
    expect(log.sidePanelSak).toContain('RS 1/26');
    await page.screenshot({ path: screenshotPath('kommunestyre-side-panel-sak.png'), fullPage: true });
    await page.getByTestId('mark-treated').click();
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state'), { timeout: 20_000 }).toBe('saved');

    await page.getByRole('button', { name: 'Tilbake til sakslisten' }).click();
    await page.getByTestId('end-meeting').click();
    await page.getByTestId('confirm-end-meeting-confirm').click();
    await expect.poll(() => page.getByTestId('meeting-status').textContent(), { timeout: 20_000 }).toBe('Møtet er holdt');
    await page.getByTestId('tab-after').click();
    await page.getByTestId('generate-referat').click();
    await page.getByTestId('referat-stored').waitFor({ timeout: 90_000 });
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state'), { timeout: 20_000 }).toBe('saved');
    const repository = harness.repositoryAs(SECRETARY_UPN);
    const minutes = (await repository.getMeeting(held?.id ?? ''))?.value.minutes;
    expect(minutes?.fileName).toMatch(/^Møteprotokoll /);
    if (!minutes) throw new Error('møteprotokollen ble ikke registrert på møtet');
    const bytes = new Uint8Array(await repository.downloadDocument(minutes));
    mkdirSync(path.join(ROOT, 'out'), { recursive: true });
    writeFileSync(path.join(ROOT, 'out/kommunestyre-protokoll.docx'), bytes);
    const text = (await docxParagraphs(bytes)).join('\n');
    log.protokoll = text;
    expect(text).toMatch(/^Møteprotokoll/m);
    expect(text).toMatch(/PS 2\/26[\s\S]*RS 1\/26[\s\S]*Tatt til orientering[\s\S]*DS 1\/26/);
    expect(text).not.toMatch(/[Ss]ak (PS|RS|DS) /);
    await context.close();
  }, 400_000);
});
