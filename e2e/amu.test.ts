// A body unlike the seeds': a hospital trust's arbeidsmiljøutvalg (AMU), set up through the product's
// own settings from the «Råd» preset, with no code of its own: saker numbered «AMU-sak 3/26», the
// record a «Protokoll» approved in the next meeting, the employer side and the employee side as the
// attendance list's role groups, the bedriftshelsetjeneste as an observer without vote, the leder's
// office moved to the other side (as it alternates each year). The secretary then prepares a meeting
// with the standing first sak, a personnel sak unntatt offentlighet with a vedlegg and «Eventuelt»,
// previews and sends the innkalling. What each step showed is written to out/amu-log.json with the
// screenshots, for a person to look at.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { docxParagraphs } from '../src/documents/testing/docxText';
import { openSignedIn } from './support/appHarness';
import { fixture, openWorkspace, ROOT, screenshotPath, SECRETARY_UPN, startWorkspaceHarness, type WorkspaceHarness } from './support/workspaceHarness';

const NAME = 'Arbeidsmiljøutvalget ved Sykehuset i Vestfold';
const EXEMPT = 'Oppfølging av sykefravær hos en navngitt ansatt';
const PUBLIC_TITLE = 'Personalsak – unntatt offentlighet';
const log: Record<string, unknown> = {};

async function pick(page: Page, combobox: Locator, typed: string, option: RegExp): Promise<void> {
  await combobox.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

describe('an arbeidsmiljøutvalg set up through the settings: its own numbers, sides and offices', () => {
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
    writeFileSync(path.join(ROOT, 'out/amu-log.json'), JSON.stringify(log, null, 2));
    await harness?.close();
  });

  it('the secretary creates it: «AMU-sak {N}/{YY}», Protokoll, two sides as role groups, the bedriftshelsetjeneste without vote, one leder', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await openWorkspace(page, harness.appUrl);
    await page.getByRole('button', { name: 'Innstillinger for møteorganet' }).click();
    await page.getByRole('button', { name: 'Nytt møteorgan' }).click();
    const form = page.getByRole('form', { name: 'Nytt møteorgan' });
    await form.getByRole('combobox', { name: /Start fra en mal/ }).click();
    await page.getByRole('option', { name: /^Råd/ }).click();
    await form.getByLabel('Navn på møteorganet').fill(NAME);
    await form.getByLabel('Kortnavn (brukes i filnavn)').fill('AMU');
    await form.getByLabel('Hører til (organisasjon)').fill('Sykehuset i Vestfold HF');
    await form.getByLabel('Saksnummerformat').fill('AMU-sak {N}/{YY}');
    expect(await form.getByText(/^Eksempel: AMU-sak 3\/\d\d$/).count()).toBe(1);
    // Last year's leder, from the employer side, is the standing møteleder. (Options are picked by name
    // and job title: a chosen person's tag is an option of that name too, and clicking it removes them.)
    await pick(page, form.getByRole('combobox', { name: /^Fast møteleder/ }), 'Per Christian', /Per Christian Voss[\s\S]*Direktør/);
    const members = form.getByRole('combobox', { name: /^Faste medlemmer/ });
    await pick(page, members, 'Per Christian', /Per Christian Voss[\s\S]*Direktør/);
    await pick(page, members, 'Andreas', /Andreas Aass-Engstrøm[\s\S]*Fagdirektør/);
    await pick(page, members, 'Christian Reissig', /Christian Reissig[\s\S]*Avdelingssjef/);
    await pick(page, members, 'Renate', /Renate Solstad[\s\S]*Rådgiver/);
    await pick(page, members, 'Erik', /Erik Nordberg[\s\S]*Klinikksjef/);
    await form.getByLabel(/^Rollegrupper i oppmøtelisten/).fill('Arbeidsgiversiden\nArbeidstakersiden\nBedriftshelsetjenesten');
    for (const [name, group] of [
      ['Per Christian Voss', 'Arbeidsgiversiden'],
      ['Andreas Aass-Engstrøm', 'Arbeidsgiversiden'],
      ['Christian Reissig', 'Arbeidstakersiden'],
      ['Renate Solstad', 'Arbeidstakersiden'],
      ['Erik Nordberg', 'Bedriftshelsetjenesten'],
    ] as const) {
      await form.getByLabel(`Rollegruppe for ${name}`).selectOption({ label: group });
    }
    await form.getByLabel('Rolle for Erik Nordberg').selectOption({ label: 'Observatør' });
    // Last year's leder came from the employer side; this year the office goes to the employee side,
    // and the standing møteleder with it.
    await form.getByLabel('Verv for Per Christian Voss').selectOption({ label: 'Møteleder' });
    await form.getByLabel('Verv for Christian Reissig').selectOption({ label: 'Møteleder' });
    // The standing first sak approves «innkalling og saksliste».
    await form.getByRole('combobox', { name: 'Første sak i et nytt møte heter' }).click();
    await page.getByRole('option', { name: 'Godkjenning av innkalling og saksliste' }).click();
    log.memberRoles = await form.getByTestId('member-roles').innerText();
    await page.screenshot({ path: screenshotPath('amu-settings-new.png'), fullPage: true });
    await form.getByRole('button', { name: 'Opprett møteorganet' }).click();
    await page.getByRole('heading', { name: `Innstillinger for ${NAME}` }).waitFor({ timeout: 20_000 });
    const created = await committee();
    log.committee = created;
    expect(created?.caseNumberFormat).toBe('AMU-sak {N}/{YY}');
    expect(created?.conventions).toMatchObject({ minutes: 'protokoll', conclusion: 'vedtak', minutesApproval: 'nextMeeting', agenda: 'saksliste' });
    // One leder: the office moved to Christian Reissig, and the meetings' standing chair with it.
    expect(created?.members.filter((member) => member.chairRole === 'chair').map((member) => member.name)).toEqual(['Christian Reissig']);
    expect(created?.defaultChair?.name).toBe('Christian Reissig');
    expect(created?.members.find((member) => member.name === 'Erik Nordberg')).toMatchObject({ role: 'observer', group: 'Bedriftshelsetjenesten' });
    await context.close();
  }, 300_000);

  it('the secretary prepares the meeting: the standing first sak, a personnel sak unntatt offentlighet with a vedlegg, Eventuelt; previews and sends it', async () => {
    const context = await harness.newContext();
    // Prepared and sent before the meeting (17 December 2026): the checks before sending refuse a
    // meeting whose date has passed, so the walk must not depend on the machine's clock.
    await context.clock.install({ time: new Date('2026-12-01T08:00:00+01:00') });
    const page = await context.newPage();
    await openWorkspace(page, harness.appUrl);
    await page.getByRole('combobox', { name: /Møteorgan/ }).first().click();
    await page.getByRole('option', { name: NAME }).click();
    await page.getByRole('button', { name: 'Nytt møte' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Dato').fill('2026-12-17');
    await dialog.getByLabel('Starter').fill('12:00');
    await dialog.getByLabel('Slutter').fill('14:00');
    await dialog.getByLabel('Sted').fill('Møterom Tønsberg, bygg 20');
    await dialog.getByRole('button', { name: 'Opprett møtet' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    const agenda = page.getByRole('list', { name: 'Saksliste' });
    await agenda.waitFor({ timeout: 30_000 });
    await expect.poll(() => agenda.innerText(), { timeout: 15_000 }).toMatch(/AMU-sak 1\/26[\s\S]*Godkjenning av innkalling og saksliste/);

    await page.getByRole('button', { name: 'Legg til sak' }).click();
    await page.getByRole('textbox', { name: 'Tittel' }).fill(EXEMPT);
    await page.getByRole('checkbox', { name: 'Vedtakssak' }).check();
    const marking = page.getByRole('region', { name: 'Offentlighet' });
    await marking.getByRole('checkbox', { name: 'Saken er unntatt offentlighet' }).check();
    await marking.getByRole('combobox', { name: 'Hjemmel' }).selectOption({ label: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1' });
    await marking.getByRole('textbox', { name: /Offentlig tittel/ }).fill(PUBLIC_TITLE);
    await page.locator('input[type=file]').setInputFiles({ name: 'Notat fra personalavdelingen.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(8_000, 5) });
    await expect.poll(() => page.getByRole('link', { name: /Vedlegg 1 - AMU-sak 2\/26 Notat/ }).count(), { timeout: 30_000 }).toBe(1);
    log.exemptSak = await page.locator('main').innerText();
    await page.screenshot({ path: screenshotPath('amu-sak-unntatt.png'), fullPage: true });
    await page.getByRole('button', { name: 'Lukk', exact: true }).click();

    await page.getByRole('button', { name: 'Legg til sak' }).click();
    await page.getByRole('textbox', { name: 'Tittel' }).fill('Eventuelt');
    await page.getByRole('button', { name: 'Lukk', exact: true }).click();
    await expect.poll(() => page.locator('[data-save-state]').getAttribute('data-save-state'), { timeout: 30_000 }).toBe('saved');
    log.agenda = await agenda.innerText();
    expect(log.agenda).toMatch(/AMU-sak 1\/26[\s\S]*AMU-sak 2\/26[\s\S]*AMU-sak 3\/26[\s\S]*Eventuelt/);
    await page.screenshot({ path: screenshotPath('amu-agenda.png'), fullPage: true });

    await page.getByRole('button', { name: 'Forhåndsvis innkallingen' }).click();
    const preview = page.frameLocator('iframe[title^="Forhåndsvisning"]');
    await expect.poll(() => preview.locator('body').innerText(), { timeout: 20_000 }).toMatch(/Eventuelt/);
    log.preview = await preview.locator('body').innerText();

    await page.getByRole('button', { name: 'Send innkalling' }).click();
    const send = page.getByRole('alertdialog');
    await expect.poll(() => send.innerText()).toMatch(/Mottakere \(\d+\)/);
    log.sendDialog = await send.innerText();
    await page.waitForTimeout(600);
    await page.screenshot({ path: screenshotPath('amu-send-dialog.png') });
    expect(log.sendDialog).toMatch(/Vedlegg 1 - AMU-sak 2-26 Notat/);
    await send.getByRole('button', { name: 'Send', exact: true }).click();
    await send.waitFor({ state: 'detached', timeout: 120_000 });
    await expect.poll(async () => (await meeting())?.status, { timeout: 30_000 }).toBe('noticeSent');
    log.afterSend = await page.locator('body').innerText();
    expect(log.afterSend).not.toMatch(/[Ss]ak AMU-sak/);
    await page.screenshot({ path: screenshotPath('amu-after-send.png'), fullPage: true });

    // A sak changed after the send goes out as an update, the change named by its number once.
    await page.getByRole('button', { name: /Rediger AMU-sak 3\/26 Eventuelt/ }).click();
    await page.getByRole('textbox', { name: 'Tittel' }).fill('Eventuelt – meldte saker');
    await page.getByRole('button', { name: 'Lukk', exact: true }).click();
    await expect.poll(() => page.locator('[data-save-state]').getAttribute('data-save-state'), { timeout: 30_000 }).toBe('saved');
    await page.getByRole('button', { name: 'Send oppdatert innkalling' }).click();
    const update = page.getByRole('alertdialog');
    await expect.poll(() => update.innerText()).toMatch(/Endringer siden forrige utsending[\s\S]*AMU-sak 3\/26/);
    log.updateDialog = await update.innerText();
    expect(log.updateDialog).not.toMatch(/[Ss]ak AMU-sak/);
    await update.getByRole('button', { name: 'Send', exact: true }).click();
    await update.waitFor({ state: 'detached', timeout: 120_000 });
    await expect.poll(() => page.getByText(/Versjon 2/).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await context.close();
  }, 400_000);

  it('the secretary records in the side panel, the stage shows the sak, the protokoll is made and approved', async () => {
    const held = await meeting();
    const context = await harness.newContext();
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 900 });
    const side = new URL('/sidepanel.html', harness.appUrl);
    side.search = new URLSearchParams({ meeting: held?.id ?? '', upn: SECRETARY_UPN }).toString();
    await openSignedIn(page, side.href, page.getByTestId('agenda-list'));
    const first = held?.items[0];
    await page.getByTestId('start-meeting').click({ timeout: 60_000 });
    await expect.poll(() => page.getByTestId('meeting-status').textContent(), { timeout: 20_000 }).toBe('Møtet pågår');
    await page.getByTestId(`agenda-item-${first?.id ?? ''}`).click();
    await page.getByTestId('set-current').click();
    await page.getByTestId('as-proposed').click();
    log.sidePanelSak = await page.locator('body').innerText();
    await page.screenshot({ path: screenshotPath('amu-side-panel-sak.png'), fullPage: true });
    await page.getByTestId('mark-treated').click();
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state'), { timeout: 20_000 }).toBe('saved');

    const stagePage = await context.newPage();
    await stagePage.setViewportSize({ width: 1280, height: 720 });
    const stage = new URL('/stage.html', harness.appUrl);
    stage.search = new URLSearchParams({ meeting: held?.id ?? '' }).toString();
    await openSignedIn(stagePage, stage.href, stagePage.getByTestId('stage-title'));
    await expect.poll(() => stagePage.getByTestId('stage-number').innerText(), { timeout: 30_000 }).toBe('AMU-sak 1/26');
    log.stage = await stagePage.locator('body').innerText();
    expect(log.stage).toContain('Vedtak');
    await stagePage.screenshot({ path: screenshotPath('amu-stage.png') });
    await stagePage.close();

    await page.getByRole('button', { name: 'Tilbake til sakslisten' }).click();
    await page.getByTestId('end-meeting').click();
    await page.getByTestId('confirm-end-meeting-confirm').click();
    await expect.poll(() => page.getByTestId('meeting-status').textContent(), { timeout: 20_000 }).toBe('Møtet er holdt');
    await page.getByTestId('tab-after').click();
    log.afterTab = await page.locator('body').innerText();
    await page.getByTestId('generate-referat').click();
    await page.getByTestId('referat-stored').waitFor({ timeout: 90_000 });
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state'), { timeout: 20_000 }).toBe('saved');
    const repository = harness.repositoryAs(SECRETARY_UPN);
    const minutes = (await repository.getMeeting(held?.id ?? ''))?.value.minutes;
    expect(minutes?.fileName).toMatch(/^Protokoll /);
    if (!minutes) throw new Error('protokollen ble ikke registrert på møtet');
    const bytes = new Uint8Array(await repository.downloadDocument(minutes));
    mkdirSync(path.join(ROOT, 'out'), { recursive: true });
    writeFileSync(path.join(ROOT, 'out/amu-protokoll.docx'), bytes);
    const text = (await docxParagraphs(bytes)).join('\n');
    log.protokoll = text;
    expect(text).toMatch(/^Protokoll/m);
    expect(text).toContain('AMU-sak 1/26');
    expect(text).not.toMatch(/[Ss]ak AMU-sak/);
    await page.getByTestId('approve-referat').click();
    const approve = page.getByRole('alertdialog');
    await approve.waitFor();
    log.approveDialog = await approve.innerText();
    await approve.getByRole('button', { name: /^Marker som godkjent/ }).click();
    await expect.poll(async () => (await meeting())?.status, { timeout: 30_000 }).toBe('minutesApproved');
    log.afterApprove = await page.locator('body').innerText();
    await page.screenshot({ path: screenshotPath('amu-side-panel-approved.png'), fullPage: true });
    await context.close();
  }, 400_000);
});
