// A body unlike the seeds': a hospital trust's arbeidsmiljøutvalg (AMU), set up through the product's
// own settings from the «Arbeidsmiljøutvalg» preset: saker numbered «AMU-sak 3/26», the
// record a «Referat» approved in the next meeting, the employer side and the employee side as the
// attendance list's role groups (filled by the preset), the bedriftshelsetjeneste as an observer without vote (its organisation typed), the leder's
// office moved to the other side (as it alternates each year). The secretary then prepares a meeting
// with the standing first sak, a personnel sak unntatt offentlighet with a vedlegg and «Eventuelt»,
// previews and sends the innkalling. What each step showed is written to out/amu-log.json with the
// screenshots, for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { animationsSettled } from './support/axe';
import { pickPerson, startCommitteeWalk, type CommitteeWalk } from './support/committeeWalk';
import { openSignedIn } from './support/appHarness';
import { screenshotPath } from './support/screenshots';

const NAME = 'Arbeidsmiljøutvalget ved Sykehuset i Vestfold';
const EXEMPT = 'Oppfølging av sykefravær hos en navngitt ansatt';
const PUBLIC_TITLE = 'Personalsak – unntatt offentlighet';
const log: Record<string, unknown> = {};

describe('an arbeidsmiljøutvalg set up through the settings: its own numbers, sides and offices', () => {
  let walk: CommitteeWalk;

  beforeAll(async () => {
    walk = await startCommitteeWalk({ name: NAME, slug: 'amu' });
  }, 300_000);
  afterAll(async () => walk?.close(log));

  it('the secretary creates it: «AMU-sak {N}/{YY}», Referat, two sides as role groups, the bedriftshelsetjeneste without vote, one leder', async () => {
    const context = await walk.harness.newContext();
    const page = await context.newPage();
    const form = await walk.newCommitteeForm(page, { preset: /^Arbeidsmiljøutvalg/, shortName: 'AMU', organisation: 'Sykehuset i Vestfold HF' });
    // The preset's numbers and sides, nothing typed.
    expect(await form.getByLabel('Saksnummerformat').inputValue()).toBe('AMU-sak {N}/{YY}');
    expect(await form.getByText(/^Eksempel: AMU-sak 3\/\d\d$/).count()).toBe(1);
    // Last year's leder, from the employer side, is the standing møteleder.
    await pickPerson(page, form.getByRole('combobox', { name: /^Fast møteleder/ }), 'Per Christian', 'Per Christian Voss');
    const members = form.getByRole('combobox', { name: /^Faste medlemmer/ });
    await pickPerson(page, members, 'Per Christian', 'Per Christian Voss');
    await pickPerson(page, members, 'Andreas', 'Andreas Aass-Engstrøm');
    await pickPerson(page, members, 'Christian Reissig', 'Christian Reissig');
    await pickPerson(page, members, 'Renate', 'Renate Solstad');
    await pickPerson(page, members, 'Erik', 'Erik Nordberg');
    // A chosen person's tag says what a click on it does: the møteleder's is «Fjern Per Christian Voss».
    const chair = form.getByRole('listbox', { name: 'Fast møteleder', exact: true });
    expect(await chair.getByRole('option', { name: 'Fjern Per Christian Voss', exact: true }).count()).toBe(1);
    expect(await form.getByLabel(/^Rollegrupper i oppmøtelisten/).inputValue()).toBe('Arbeidsgiversiden\nArbeidstakersiden\nBedriftshelsetjenesten');
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
    // Picked from the directory, whose basic profile gives no organisation: the secretary types the one the protokoll prints.
    await form.getByLabel('Organisasjon for Erik Nordberg').fill('Nordfjell bedriftshelsetjeneste');
    // What the documents print after every name: the organisation, chosen rather than left to the documents' default.
    await form.getByRole('combobox', { name: 'Skriv etter navnet i dokumentene' }).click();
    await page.getByRole('option', { name: 'Organisasjon', exact: true }).click();
    // Last year's leder came from the employer side; this year the office goes to the employee side,
    // and the standing møteleder with it.
    await form.getByLabel('Verv for Per Christian Voss').selectOption({ label: 'Møteleder' });
    await form.getByLabel('Verv for Christian Reissig').selectOption({ label: 'Møteleder' });
    // The standing first sak approves «innkalling og saksliste».
    await form.getByRole('combobox', { name: 'Første sak i et nytt møte heter' }).click();
    await page.getByRole('option', { name: 'Godkjenning av innkalling og saksliste' }).click();
    log.memberRoles = await form.getByTestId('member-roles').innerText();
    await page.screenshot({ path: screenshotPath('amu-settings-new.png'), fullPage: true });
    const created = await walk.createCommittee(page, form);
    log.committee = created;
    expect(created?.caseNumberFormat).toBe('AMU-sak {N}/{YY}');
    expect(created?.conventions).toMatchObject({ minutes: 'referat', conclusion: 'vedtak', minutesApproval: 'nextMeeting', agenda: 'saksliste' });
    // Not a folkevalgt organ: not public, no kommuneloven § 11-5 (committeePresets.ts).
    expect(created?.confidentiality).toMatchObject({ publicMeetings: false });
    expect(created?.confidentiality?.closedMeetingBases ?? []).toEqual([]);
    // One leder: the office moved to Christian Reissig, and the meetings' standing chair with it.
    expect(created?.members.filter((member) => member.chairRole === 'chair').map((member) => member.name)).toEqual(['Christian Reissig']);
    expect(created?.defaultChair?.name).toBe('Christian Reissig');
    expect(created?.members.find((member) => member.name === 'Erik Nordberg')).toMatchObject({ role: 'observer', group: 'Bedriftshelsetjenesten', organisation: 'Nordfjell bedriftshelsetjeneste' });
    expect(created?.personDetails).toBe('organisation');
    await context.close();
  }, 300_000);

  it('the secretary prepares the meeting: the standing first sak, a personnel sak unntatt offentlighet with a vedlegg, Eventuelt; previews and sends it', async () => {
    const context = await walk.harness.newContext();
    // Prepared and sent before the meeting (17 December 2026): the checks before sending refuse a
    // meeting whose date has passed, so the walk must not depend on the machine's clock.
    await context.clock.install({ time: new Date('2026-12-01T08:00:00+01:00') });
    const page = await context.newPage();
    const agenda = await walk.newMeeting(page, { date: '2026-12-17', starts: '12:00', ends: '14:00', place: 'Møterom Tønsberg, bygg 20' });
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

    await walk.addRow(page, 'Eventuelt');
    await walk.saved(page);
    log.agenda = await agenda.innerText();
    expect(log.agenda).toMatch(/AMU-sak 1\/26[\s\S]*AMU-sak 2\/26[\s\S]*AMU-sak 3\/26[\s\S]*Eventuelt/);
    await page.screenshot({ path: screenshotPath('amu-agenda.png'), fullPage: true });

    log.preview = await walk.preview(page, /Eventuelt/);

    const send = await walk.openSendDialog(page);
    log.sendDialog = await send.innerText();
    await animationsSettled(page);
    await page.screenshot({ path: screenshotPath('amu-send-dialog.png') });
    expect(log.sendDialog).toMatch(/Vedlegg 1 - AMU-sak 2-26 Notat/);
    await walk.send(send);
    await walk.status('noticeSent');
    log.afterSend = await page.locator('body').innerText();
    expect(log.afterSend).not.toMatch(/[Ss]ak AMU-sak/);
    await page.screenshot({ path: screenshotPath('amu-after-send.png'), fullPage: true });

    // A sak changed after the send goes out as an update, the change named by its number once.
    await page.getByRole('button', { name: /Rediger AMU-sak 3\/26 Eventuelt/ }).click();
    await page.getByRole('textbox', { name: 'Tittel' }).fill('Eventuelt – meldte saker');
    await page.getByRole('button', { name: 'Lukk', exact: true }).click();
    await walk.saved(page);
    const update = await walk.openSendDialog(page, 'Send oppdatert innkalling');
    await expect.poll(() => update.innerText()).toMatch(/Endringer siden forrige utsending[\s\S]*AMU-sak 3\/26/);
    log.updateDialog = await update.innerText();
    expect(log.updateDialog).not.toMatch(/[Ss]ak AMU-sak/);
    await walk.send(update);
    await expect.poll(() => page.getByText(/Versjon 2/).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await context.close();
  }, 400_000);

  it('the secretary records in the side panel, the stage shows the sak, the protokoll is made and approved', async () => {
    const held = await walk.meeting();
    const context = await walk.harness.newContext();
    const page = await walk.openSidePanel(context, held?.id ?? '');
    const first = held?.items[0];
    await walk.startMeeting(page);
    await walk.setCurrent(page, first?.id ?? '');
    await page.getByTestId('as-proposed').click();
    log.sidePanelSak = await page.locator('body').innerText();
    await page.screenshot({ path: screenshotPath('amu-side-panel-sak.png'), fullPage: true });
    await walk.markTreated(page);

    const stagePage = await context.newPage();
    await stagePage.setViewportSize({ width: 1280, height: 720 });
    const stage = new URL('/stage.html', walk.harness.appUrl);
    stage.search = new URLSearchParams({ meeting: held?.id ?? '' }).toString();
    await openSignedIn(stagePage, stage.href, stagePage.getByTestId('stage-title'));
    await expect.poll(() => stagePage.getByTestId('stage-number').innerText(), { timeout: 30_000 }).toBe('AMU-sak 1/26');
    log.stage = await stagePage.locator('body').innerText();
    expect(log.stage).toContain('Vedtak');
    await stagePage.screenshot({ path: screenshotPath('amu-stage.png') });
    await stagePage.close();

    const { minutes, text, afterTab } = await walk.endAndMakeMinutes(page);
    log.afterTab = afterTab;
    expect(minutes.fileName).toMatch(/^Referat /);
    log.protokoll = text;
    expect(text).toMatch(/^Referat/m);
    expect(text).toContain('AMU-sak 1/26');
    expect(text).not.toMatch(/[Ss]ak AMU-sak/);
    await page.getByTestId('approve-referat').click();
    const approve = page.getByRole('alertdialog');
    await approve.waitFor();
    log.approveDialog = await approve.innerText();
    await approve.getByRole('button', { name: /^Marker som godkjent/ }).click();
    await walk.status('minutesApproved');
    log.afterApprove = await page.locator('body').innerText();
    await page.screenshot({ path: screenshotPath('amu-side-panel-approved.png'), fullPage: true });
    await context.close();
  }, 400_000);
});
