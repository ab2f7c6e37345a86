// The styre of a state høgskole set up through the product's own settings from the «Styret ved et universitet eller en
// høgskole» preset, its proposer named in the settings: S-saker «S-sak 02/26» beside O-saker «O-sak 01/26», each
// series through the year, under «Vedtakssaker» and «Orienteringssaker» headings, a «Møteinnkalling», the first sak
// approving «dagsorden og habilitet», «Høgskoledirektørens forslag til vedtak» (as Høgskolen i Gjøvik's styresaker head
// it), «Eventuelt» last. The styresekretær makes the meeting, sends the innkalling, records the vedtak in the side panel
// and makes the protokoll. What each step showed is written to out/universitetsstyre-log.json with the screenshots and
// out/universitetsstyre-protokoll.docx, for a person to look at.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { docxParagraphs } from '../src/documents/testing/docxText';
import { openSignedIn } from './support/appHarness';
import { fixture, openWorkspace, ROOT, screenshotPath, SECRETARY_UPN, startWorkspaceHarness, type WorkspaceHarness } from './support/workspaceHarness';

const NAME = 'Styret ved Høgskolen i Nordfjell';
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

describe('a høgskole\'s styre set up through the settings: S-saker beside O-saker, «Høgskoledirektørens forslag til vedtak»', () => {
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
    writeFileSync(path.join(ROOT, 'out/universitetsstyre-log.json'), JSON.stringify(log, null, 2));
    await harness?.close();
  });

  it('the styresekretær creates it from the preset and names who proposes: S-sak {NN}/{YY}, O-sak {NN}/{YY}, «Høgskoledirektørens»', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await openWorkspace(page, harness.appUrl);
    await page.getByRole('button', { name: 'Innstillinger for møteorganet' }).click();
    await page.getByRole('button', { name: 'Nytt møteorgan' }).click();
    const form = page.getByRole('form', { name: 'Nytt møteorgan' });
    await form.getByRole('combobox', { name: /Start fra en mal/ }).click();
    await page.getByRole('option', { name: 'Styret ved et universitet eller en høgskole' }).click();
    await form.getByLabel('Navn på møteorganet').fill(NAME);
    await form.getByLabel('Kortnavn (brukes i filnavn)').fill('HiN-styret');
    await form.getByLabel('Hører til (organisasjon)').fill('Høgskolen i Nordfjell');
    expect(await form.getByLabel('Saksnummerformat').inputValue()).toBe('S-sak {NN}/{YY}');
    await form.getByRole('textbox', { name: /^Forslaget er fra \(i genitiv\)/ }).fill('Høgskoledirektørens');
    await pick(page, form.getByRole('combobox', { name: /^Fast møteleder/ }), 'Per Christian', /Per Christian Voss[\s\S]*Direktør/);
    const members = form.getByRole('combobox', { name: /^Faste medlemmer/ });
    await pick(page, members, 'Per Christian', /Per Christian Voss[\s\S]*Direktør/);
    await pick(page, members, 'Andreas', /Andreas Aass-Engstrøm[\s\S]*Fagdirektør/);
    await pick(page, members, 'Renate', /Renate Solstad[\s\S]*Rådgiver/);
    log.kinds = await form.locator('fieldset').filter({ hasText: 'Sakstyper' }).innerText();
    expect(await form.getByText(/^Eksempel: O-sak \d\d\/\d\d$/).count()).toBe(1);
    await page.screenshot({ path: screenshotPath('universitetsstyre-settings-new.png'), fullPage: true });
    await form.getByRole('button', { name: 'Opprett møteorganet' }).click();
    await page.getByRole('heading', { name: `Innstillinger for ${NAME}` }).waitFor({ timeout: 20_000 });
    const created = await committee();
    log.committee = created;
    expect(created?.caseNumberFormat).toBe('S-sak {NN}/{YY}');
    expect(created?.conventions).toMatchObject({ minutes: 'protokoll', proposal: 'forslagTilVedtak', notice: 'moteinnkalling', closingRows: 'eventuelt', kindsUnderNumber: false, proposalBy: 'Høgskoledirektørens' });
    await context.close();
  }, 300_000);

  it('the styresekretær prepares the sakskart under vedtaks- and orienteringssaker headings and sends it', async () => {
    const context = await harness.newContext();
    await context.clock.install({ time: new Date('2026-12-01T08:00:00+01:00') });
    const page = await context.newPage();
    await openWorkspace(page, harness.appUrl);
    await page.getByRole('combobox', { name: /Møteorgan/ }).first().click();
    await page.getByRole('option', { name: NAME }).click();
    await page.getByRole('button', { name: 'Nytt møte' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Dato').fill('2026-12-16');
    await dialog.getByLabel('Starter').fill('09:00');
    await dialog.getByLabel('Slutter').fill('15:00');
    await dialog.getByLabel('Sted').fill('Styrerommet, Høgskolen i Nordfjell');
    await dialog.getByRole('button', { name: 'Opprett møtet' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    const agenda = page.getByRole('list', { name: 'Saksliste' });
    await agenda.waitFor({ timeout: 30_000 });
    await expect.poll(() => agenda.innerText(), { timeout: 15_000 }).toMatch(/S-sak 01\/26[\s\S]*Godkjenning av dagsorden og habilitet[\s\S]*Eventuelt/);

    await addRow(page, 'Vedtakssaker', { heading: true });
    await addRow(page, 'Budsjett 2027', { kind: 'Vedtakssak' });
    await addRow(page, 'Orienteringssaker', { heading: true });
    await addRow(page, 'Virksomhetsrapport 2. tertial 2026', { kind: 'Orienteringssak' });
    await expect.poll(() => page.locator('[data-save-state]').getAttribute('data-save-state'), { timeout: 30_000 }).toBe('saved');
    log.agenda = await agenda.innerText();
    expect(log.agenda).toMatch(/S-sak 01\/26[\s\S]*Vedtakssaker[\s\S]*S-sak 02\/26[\s\S]*Budsjett 2027[\s\S]*Orienteringssaker[\s\S]*O-sak 01\/26[\s\S]*Virksomhetsrapport[\s\S]*Eventuelt/);
    await page.screenshot({ path: screenshotPath('universitetsstyre-agenda.png'), fullPage: true });
    const stored = await meeting();
    expect(stored?.theme).toBe(`Møteinnkalling ${NAME}`);
    expect(stored?.items.find((item) => item.title === 'Budsjett 2027')?.caseNumber).toBe('S-sak 02/26');

    // The sak's proposal field is named as the committee names the proposal.
    await page.getByRole('button', { name: /Rediger S-sak 02\/26 Budsjett 2027/ }).click();
    await page.getByText('Høgskoledirektørens forslag til vedtak').first().waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Lukk', exact: true }).click();

    await page.getByRole('button', { name: 'Forhåndsvis innkallingen' }).click();
    const preview = page.frameLocator('iframe[title^="Forhåndsvisning"]');
    await expect.poll(() => preview.locator('body').innerText(), { timeout: 20_000 }).toMatch(/O-sak 01\/26/);
    log.preview = await preview.locator('body').innerText();
    expect(log.preview).toMatch(/^Møteinnkalling/m);
    expect(log.preview).toMatch(/Godkjenning av dagsorden og habilitet[\s\S]*Høgskoledirektørens forslag til vedtak:?\s*Dagsorden og habilitet godkjennes\./);
    expect(log.preview).not.toMatch(/S-sak 02\/26\s*Vedtakssak/);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Send innkalling' }).click();
    const send = page.getByRole('alertdialog');
    await expect.poll(() => send.innerText()).toMatch(/Mottakere \(\d+\)/);
    await send.getByRole('button', { name: 'Send', exact: true }).click();
    await send.waitFor({ state: 'detached', timeout: 120_000 });
    await expect.poll(async () => (await meeting())?.status, { timeout: 30_000 }).toBe('noticeSent');
    await context.close();
  }, 400_000);

  it('the styresekretær records the vedtak in the side panel under «Høgskoledirektørens forslag til vedtak» and makes the protokoll', async () => {
    const held = await meeting();
    const context = await harness.newContext();
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 900 });
    const side = new URL('/sidepanel.html', harness.appUrl);
    side.search = new URLSearchParams({ meeting: held?.id ?? '', upn: SECRETARY_UPN }).toString();
    await openSignedIn(page, side.href, page.getByTestId('agenda-list'));
    await page.getByTestId('start-meeting').click({ timeout: 60_000 });
    await expect.poll(() => page.getByTestId('meeting-status').textContent(), { timeout: 20_000 }).toBe('Møtet pågår');
    const budget = held?.items.find((item) => item.title === 'Budsjett 2027');
    await page.getByTestId(`agenda-item-${budget?.id ?? ''}`).click();
    await page.getByTestId('set-current').click();
    const conclusion = page.getByTestId('conclusion');
    await conclusion.getByRole('button', { name: 'Legg til punkt' }).click();
    await conclusion.getByRole('textbox', { name: 'Punkt 1' }).fill('Styret vedtar budsjett 2027 for Høgskolen i Nordfjell.');
    log.sidePanelSak = await page.locator('body').innerText();
    expect(log.sidePanelSak).toMatch(/S-sak 02\/26[\s\S]*Høgskoledirektørens forslag til vedtak[\s\S]*Vedtak/);
    await page.screenshot({ path: screenshotPath('universitetsstyre-side-panel-sak.png'), fullPage: true });
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
    expect(minutes?.fileName).toMatch(/^Protokoll /);
    if (!minutes) throw new Error('protokollen ble ikke registrert på møtet');
    const bytes = new Uint8Array(await repository.downloadDocument(minutes));
    mkdirSync(path.join(ROOT, 'out'), { recursive: true });
    writeFileSync(path.join(ROOT, 'out/universitetsstyre-protokoll.docx'), bytes);
    const text = (await docxParagraphs(bytes)).join('\n');
    log.protokoll = text;
    expect(text).toMatch(/^Protokoll/m);
    expect(text).toMatch(/S-sak 02\/26[\s\S]*Styret vedtar budsjett 2027/);
    expect(text).toMatch(/O-sak 01\/26/);
    expect(text).not.toMatch(/[Ss]ak S-sak /);
    await context.close();
  }, 400_000);
});
