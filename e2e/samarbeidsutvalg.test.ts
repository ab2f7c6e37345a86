// The strategisk samarbeidsutvalg of a helseforetak and its kommuner set up through the product's own settings from the
// «Samarbeidsutvalg» preset (the SSU of nedre Telemark's protokoll of 19.02.2021): members from the helseforetak and the
// kommuner, each with the organisation they represent, a personal vara from Skien. The secretariat makes the meeting, whose
// list of saker is the preset's «Sakskart» (saker «Sak 01-26» …), previews the innkalling's heading and sends it; in the side
// panel records who met, the vara meeting for the member with forfall, the secretariat, and makes the referat: who took part
// in «Navn | Funksjon | Representerer» tables, the vara «for» whom he met, and «Møtet ble holdt på Teams.». What each step showed
// is written to out/samarbeidsutvalg-log.json with the screenshots and out/samarbeidsutvalg-protokoll.docx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCommitteeWalk, type CommitteeWalk } from './support/committeeWalk';
import { screenshotPath } from './support/screenshots';

const NAME = 'Strategisk samarbeidsutvalg for nedre Telemark';
const log: Record<string, unknown> = {};

/** The members, each representing a kommune or the helseforetak; Per Hansen is Kari Nordmann's vara. */
const MEMBERS = [
  { name: 'Kari Nordmann', email: 'kari.nordmann@skien.example.no', organisation: 'Skien kommune' },
  { name: 'Per Hansen', email: 'per.hansen@skien.example.no', organisation: 'Skien kommune' },
  { name: 'Ola Berg', email: 'ola.berg@porsgrunn.example.no', organisation: 'Porsgrunn kommune' },
  { name: 'Siri Lund', email: 'siri.lund@sthf.example.no', organisation: 'Sykehuset Telemark HF' },
] as const;

/** Kari Nordmann sends forfall and her vara meets; the administration's Nina Dahl is there too. */
const ATTENDANCE = { present: ['Ola Berg', 'Siri Lund'], absent: [{ name: 'Kari Nordmann', vara: 'Per Hansen' }], added: { name: 'Nina Dahl', role: 'Administrasjonen' } };

describe('a helseforetak\'s and its kommuner\'s samarbeidsutvalg: its «Sakskart», who took part in tables by whom each represents, a vara, a meeting on Teams', () => {
  let walk: CommitteeWalk;

  beforeAll(async () => {
    walk = await startCommitteeWalk({ name: NAME, slug: 'samarbeidsutvalg' });
  }, 300_000);
  afterAll(async () => walk?.close(log));

  it('the secretariat creates it from the preset with the members of each organisation and a personal vara', async () => {
    const context = await walk.harness.newContext();
    const page = await context.newPage();
    const form = await walk.newCommitteeForm(page, { preset: 'Samarbeidsutvalg', shortName: 'SSU', organisation: 'Sykehuset Telemark HF' });
    expect(await form.getByLabel('Saksnummerformat').inputValue()).toBe('Sak {NN}-{YY}');
    expect(await form.getByRole('combobox', { name: 'Listen over sakene heter' }).innerText()).toBe('Sakskart');
    await walk.addMembers(form, MEMBERS);
    await walk.makePersonalVara(form, 'Per Hansen', 'Kari Nordmann');
    await form.getByLabel('Verv for Siri Lund').selectOption({ label: 'Møteleder' });
    await page.screenshot({ path: screenshotPath('samarbeidsutvalg-settings-new.png'), fullPage: true });
    const created = await walk.createCommittee(page, form);
    log.committee = created;
    expect(created?.conventions).toMatchObject({ recordOnline: true, attendanceTable: true, agendaHeading: 'sakskart' });
    await context.close();
  }, 300_000);

  it('the secretariat makes the meeting under «Sakskart», previews the innkalling\'s heading and sends it', async () => {
    const context = await walk.harness.newContext();
    await context.clock.install({ time: new Date('2026-02-02T08:00:00+01:00') });
    const page = await context.newPage();
    const agenda = await walk.newMeeting(page, { date: '2026-02-19', starts: '12:00', ends: '15:00' });
    expect(await agenda.getAttribute('aria-label')).toBe('Sakskart');
    await walk.addRow(page, 'Tjenesteavtale om utskrivningsklare pasienter', { kind: 'Beslutning' });
    await walk.addRow(page, 'Orienteringssaker', { kind: 'Orientering' });
    await walk.saved(page);
    log.agenda = await agenda.innerText();
    // The first sak approves the list by the committee's word for it, not a «dagsorden» it has not.
    expect(log.agenda).toMatch(/Sak 01-26\s*Godkjenning av innkalling og sakskart[\s\S]*Sak 02-26\s*Tjenesteavtale[\s\S]*Sak 03-26\s*Orienteringssaker/);
    expect(log.agenda).not.toMatch(/dagsorden/i);
    log.workspace = await page.locator('body').innerText();
    expect(log.workspace).toMatch(/^Sakskart$/m);
    // On Teams with no room typed: «Teams-møte», nothing before it.
    expect(log.workspace).toMatch(/^Sted\s*Teams-møte$/m);
    await page.screenshot({ path: screenshotPath('samarbeidsutvalg-agenda.png'), fullPage: true });

    log.preview = await walk.preview(page, /Orienteringssaker/);
    await page.screenshot({ path: screenshotPath('samarbeidsutvalg-preview.png'), fullPage: true });
    expect(log.preview).toMatch(/^Innkalling Strategisk samarbeidsutvalg for nedre Telemark/m);
    expect(log.preview).toMatch(/^Sakskart$/m);
    expect(log.preview).not.toMatch(/Saksliste/);
    await page.keyboard.press('Escape');

    const send = await walk.openSendDialog(page);
    log.sendDialog = await send.innerText();
    await walk.send(send);
    await walk.status('noticeSent');
    await context.close();
  }, 400_000);

  it('the secretariat records who took part, the vara for the member with forfall, and makes the referat with its tables', async () => {
    const held = await walk.meeting();
    const page = await walk.openSidePanel(await walk.harness.newContext(), held?.id ?? '');
    log.sidePanelAgenda = await page.locator('body').innerText();
    expect(log.sidePanelAgenda).toMatch(/Sakskart/);
    await page.screenshot({ path: screenshotPath('samarbeidsutvalg-side-panel-agenda.png'), fullPage: true });
    await walk.startMeeting(page);

    await walk.recordAttendance(page, ATTENDANCE);
    log.attendanceTab = await page.getByTestId('attendance').innerText();
    await page.screenshot({ path: screenshotPath('samarbeidsutvalg-side-panel-attendance.png'), fullPage: true });

    await page.getByRole('tab', { name: 'Sakskart' }).click();
    await walk.setCurrent(page, held?.items.find((item) => item.title.startsWith('Tjenesteavtale'))?.id ?? '');
    const conclusion = page.getByTestId('conclusion');
    await conclusion.getByRole('button', { name: 'Legg til punkt' }).click();
    await conclusion.getByRole('textbox', { name: 'Punkt 1' }).fill('Samarbeidsutvalget slutter seg til tjenesteavtalen.');
    log.sidePanelSak = await page.locator('body').innerText();
    await page.screenshot({ path: screenshotPath('samarbeidsutvalg-side-panel-sak.png'), fullPage: true });
    await walk.markTreated(page);

    const { minutes, text, afterTab } = await walk.endAndMakeMinutes(page);
    log.afterTab = afterTab;
    log.protokoll = text;
    log.fileName = minutes.fileName;
    expect(text).toMatch(/Møtet ble holdt på Teams\./);
    expect(text).toMatch(/Navn\s*Funksjon\s*Representerer/);
    expect(text).toMatch(/Ola Berg[\s\S]*Porsgrunn kommune/);
    // Under the role headings the vara's row names whom he met for, as the seeds' (the «Møtte for» column is the kommunal
    // protokoll's «Møtende varamedlemmer»: attendanceHeadings 'metOrNot').
    expect(text).toMatch(/Varamedlemmer\s*Navn\s*Funksjon\s*Representerer\s*Per Hansen for Kari Nordmann\s*varamedlem\s*Skien kommune/);
    expect(text).toMatch(/Sak 01-26\s*Godkjenning av innkalling og sakskart/);
    expect(text).not.toMatch(/[Ss]aksliste|[Dd]agsorden/);
    expect(text).toMatch(/Samarbeidsutvalget slutter seg til tjenesteavtalen\./);
    await page.context().close();
  }, 400_000);
});
