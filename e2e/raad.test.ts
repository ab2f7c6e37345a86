// A municipality's eldreråd (kommuneloven § 5-12) in a nynorsk municipality, set up through the settings from the
// «Råd» preset with no code of its own, every screen in nynorsk (locale nn-NO) and every document in nynorsk
// (målform nn). The secretary makes the meeting, gives a sak going on to the kommunestyre its arkivsak number,
// sends the innkalling, records the rådet's uttale in the side panel and makes the møteprotokoll. What each
// step showed is written to out/raad-log.json with the screenshots, for a person to look at.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { docxParagraphs } from '../src/documents/testing/docxText';
import { graph, passwordToken } from '../tenant/testing/tenantClient';
import { openSignedIn } from './support/appHarness';
import { fixture, openWorkspace, ROOT, screenshotPath, SECRETARY_UPN, startWorkspaceHarness, type WorkspaceHarness } from './support/workspaceHarness';

const NAME = 'Eldrerådet i Fjordvik kommune';
const NN = '?locale=nn-NO';
const log: Record<string, unknown> = {};
/** Bokmål forms whose nynorsk differs, as they would leak into a nynorsk document or mail. */
const BOKMAAL = /\b(ikke|fra|godkjennes|tatt til orientering|Sted|saken|vedtatt)\b/i;

async function pick(page: Page, combobox: Locator, typed: string, option: RegExp): Promise<void> {
  await combobox.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

/** A new row at the end of the sakliste: its title, its sakstype, its arkivsak in the kommune's sak/arkiv system. */
async function addRow(page: Page, title: string, options: { kind?: string; archiveRef?: string } = {}): Promise<void> {
  await page.getByRole('button', { name: 'Legg til sak' }).click();
  await page.getByRole('textbox', { name: 'Tittel' }).fill(title);
  if (options.kind !== undefined) await page.getByRole('checkbox', { name: options.kind, exact: true }).check();
  if (options.archiveRef !== undefined) await page.getByRole('textbox', { name: /^Arkivreferanse/ }).fill(options.archiveRef);
  await page.getByRole('button', { name: 'Lukk', exact: true }).click();
}

describe('an eldreråd in a nynorsk municipality, set up from the «Råd» preset: nynorsk screens, documents and mail', () => {
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
    writeFileSync(path.join(ROOT, 'out/raad-log.json'), JSON.stringify(log, null, 2));
    await harness?.close();
  });

  it('the secretary creates it from the preset in nynorsk', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await openWorkspace(page, harness.appUrl, NN);
    await page.getByRole('button', { name: 'Innstillingar for møteorganet' }).click();
    await page.getByRole('button', { name: 'Nytt møteorgan' }).click();
    const form = page.getByRole('form', { name: 'Nytt møteorgan' });
    await form.getByRole('combobox', { name: /Start frå ein mal/ }).click();
    await page.getByRole('option', { name: /^Råd/ }).click();
    await form.getByLabel('Namn på møteorganet').fill(NAME);
    await form.getByLabel('Kortnamn (vert brukt i filnamn)').fill('ER');
    await form.getByLabel('Høyrer til (organisasjon)').fill('Fjordvik kommune');
    // The preset numbers the råd's saker as its sakslister in the kommune's sak/arkiv system do: PS, referatsaker RS.
    expect(await form.getByLabel('Saksnummerformat').inputValue()).toBe('PS {N}/{YY}');
    await form.getByRole('radio', { name: 'Nynorsk' }).check();
    // This kommune heads its innkallingar «Innkalling til møte i …» (the preset's «Møteinnkalling» changed in the settings).
    await form.getByRole('combobox', { name: 'Overskrifta på innkallinga byrjar' }).click();
    await page.getByRole('option', { name: 'Innkalling til møte i …' }).click();
    // A member from the directory, to receive the innkalling.
    await pick(page, form.getByRole('combobox', { name: /^Faste medlemmer/ }), 'Renate', /Renate Solstad/);
    log.form = await form.innerText();
    await page.screenshot({ path: screenshotPath('raad-settings-new.png'), fullPage: true });
    await form.getByRole('button', { name: 'Opprett møteorganet' }).click();
    await page.getByRole('heading', { name: `Innstillingar for ${NAME}` }).waitFor({ timeout: 20_000 });
    const created = await committee();
    log.committee = created;
    expect(created?.languageForm).toBe('nn');
    expect(created?.conventions).toMatchObject({ notice: 'innkallingTilMote', agenda: 'saksliste' });
    expect(created?.members.map((member) => member.name)).toEqual(['Renate Solstad']);
    await context.close();
  }, 300_000);

  it('the secretary prepares the sakliste, one sak with its arkivsak, previews and sends it', async () => {
    const context = await harness.newContext();
    await context.clock.install({ time: new Date('2026-12-01T08:00:00+01:00') });
    const page = await context.newPage();
    await openWorkspace(page, harness.appUrl, NN);
    await page.getByRole('combobox', { name: /Møteorgan/ }).first().click();
    await page.getByRole('option', { name: NAME }).click();
    await page.getByRole('button', { name: 'Nytt møte' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Dato').fill('2026-12-10');
    await dialog.getByLabel('Byrjar').fill('10:00');
    await dialog.getByLabel('Sluttar').fill('13:00');
    await dialog.getByLabel('Stad').fill('Kommunestyresalen, Fjordvik rådhus');
    await dialog.getByRole('button', { name: 'Opprett møtet' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    const agenda = page.getByRole('list', { name: /Sak/ });
    await agenda.waitFor({ timeout: 30_000 });
    log.agendaNew = await agenda.innerText();
    await addRow(page, 'Budsjett 2027 og økonomiplan 2027–2030 – uttale frå eldrerådet', { kind: 'Fråsegn', archiveRef: '24/1234' });
    await addRow(page, 'Orientering om demensplanen', { kind: 'Orientering' });
    await addRow(page, 'Protokoll frå ungdomsrådet 12.11.2026', { kind: 'Referatsaker' });
    await expect.poll(() => page.locator('[data-save-state]').getAttribute('data-save-state'), { timeout: 30_000 }).toBe('saved');
    log.agenda = await agenda.innerText();
    expect(log.agenda).toMatch(/PS 1\/26[\s\S]*Godkjenning av innkalling og sakliste[\s\S]*PS 2\/26[\s\S]*Fråsegn[\s\S]*PS 3\/26[\s\S]*RS 1\/26[\s\S]*ungdomsrådet/);
    await page.screenshot({ path: screenshotPath('raad-agenda.png'), fullPage: true });

    await page.getByRole('button', { name: 'Førehandsvis innkallinga' }).click();
    const preview = page.frameLocator('iframe[title^="Førehandsvis"]');
    await expect.poll(() => preview.locator('body').innerText(), { timeout: 20_000 }).toMatch(/24\/1234/);
    log.preview = await preview.locator('body').innerText();
    expect(log.preview).toMatch(/^Innkalling til møte i Eldrerådet i Fjordvik kommune 10\.12\.26/);
    expect(log.preview).toMatch(/PS 2\/26\s+Fråsegn\s+Arkivsak 24\/1234/);
    expect(log.preview).not.toMatch(BOKMAAL);
    await page.screenshot({ path: screenshotPath('raad-preview.png'), fullPage: true });
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Send innkalling' }).click();
    const send = page.getByRole('alertdialog');
    await expect.poll(() => send.innerText()).toMatch(/Mottakarar \(\d+\)/);
    log.sendDialog = await send.innerText();
    // The dialog in the nynorsk of the other screens (e-infinitive, «medlemmer»), not «Senda innkallinga?».
    expect(log.sendDialog).toMatch(/^Sende innkallinga\?/);
    await send.getByRole('button', { name: 'Send', exact: true }).click();
    await send.waitFor({ state: 'detached', timeout: 120_000 });
    await expect.poll(async () => (await meeting())?.status, { timeout: 30_000 }).toBe('noticeSent');
    const token = await passwordToken(harness.tenant, SECRETARY_UPN, ['Calendars.ReadWrite']);
    const events = (await graph(harness.tenant, token, '/me/events?$top=100')).json() as { value: { subject: string; body: { content: string } }[] };
    log.invite = events.value.map((event) => ({ subject: event.subject, body: event.body.content.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') }));
    // The invite's subject is the meeting's Tema, which took the committee's heading word.
    expect(events.value.map((event) => event.subject)).toContain('Innkalling til møte i Eldrerådet i Fjordvik kommune 10.12.26');
    await context.close();
  }, 400_000);

  it('the secretary records the uttale in the side panel and makes the møteprotokoll', async () => {
    const held = await meeting();
    const context = await harness.newContext();
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 900 });
    const side = new URL('/sidepanel.html', harness.appUrl);
    side.search = new URLSearchParams({ meeting: held?.id ?? '', upn: SECRETARY_UPN, locale: 'nn-NO' }).toString();
    await openSignedIn(page, side.href, page.getByTestId('agenda-list'));
    log.sidePanelAgenda = await page.getByTestId('agenda-list').innerText();
    await page.getByTestId('start-meeting').click({ timeout: 60_000 });
    await expect.poll(() => page.getByTestId('meeting-status').textContent(), { timeout: 20_000 }).toBe('Møtet går føre seg');
    const referatsak = held?.items.find((item) => item.caseNumber === 'RS 1/26');
    await page.getByTestId(`agenda-item-${referatsak?.id ?? ''}`).click();
    await page.getByTestId('set-current').click();
    await page.getByTestId('noted').click();
    log.sidePanelSak = await page.locator('body').innerText();
    expect(log.sidePanelSak).toContain('RS 1/26');
    await page.screenshot({ path: screenshotPath('raad-side-panel-sak.png'), fullPage: true });
    await page.getByTestId('mark-treated').click();
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state'), { timeout: 20_000 }).toBe('saved');
    await page.getByRole('button', { name: 'Tilbake til sakslista' }).click();
    await page.getByTestId('end-meeting').click();
    await page.getByTestId('confirm-end-meeting-confirm').click();
    await expect.poll(() => page.getByTestId('meeting-status').textContent(), { timeout: 20_000 }).toBe('Møtet er halde');
    await page.getByTestId('tab-after').click();
    log.after = await page.locator('body').innerText();
    await page.getByTestId('generate-referat').click();
    await page.getByTestId('referat-stored').waitFor({ timeout: 90_000 });
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state'), { timeout: 20_000 }).toBe('saved');
    const repository = harness.repositoryAs(SECRETARY_UPN);
    const stored = (await repository.getMeeting(held?.id ?? ''))?.value;
    const minutes = stored?.minutes;
    if (!minutes) throw new Error('møteprotokollen vart ikkje registrert på møtet');
    const bytes = new Uint8Array(await repository.downloadDocument(minutes));
    writeFileSync(path.join(ROOT, 'out/raad-protokoll.docx'), bytes);
    const text = (await docxParagraphs(bytes)).join('\n');
    log.protokoll = text;
    expect(text).toMatch(/^Protokoll Eldrerådet i Fjordvik kommune/);
    expect(text).toMatch(/PS 2\/26\nFråsegn\nArkivsak 24\/1234[\s\S]*RS 1\/26[\s\S]*Teke til orientering\./);
    expect(text).not.toMatch(BOKMAAL);
    await context.close();
  }, 400_000);
});
