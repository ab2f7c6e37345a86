// The styre of a municipally owned aksjeselskap set up through the product's own settings from the «Styret i et kommunalt eid
// aksjeselskap (AS)» preset: the styreleder and two members chosen by the owner kommune, from outside the company's directory,
// one employee-elected member inside it. Daglig leder's secretariat (aksjeloven § 6-21: daglig leder prepares the saker with
// the styreleder) makes the styremøte, numbered «1/2026» through the year, its saker under «Beslutningssaker» and
// «Orienteringssaker», «Eventuelt» last; sends the innkalling; in the side panel records who met and the vedtak; makes the
// protokoll, which every member who took part signs (§ 6-29), so no sak of the next meeting approves it. Its meetings are not
// public by its law. What each step showed is written to out/aksjeselskap-log.json with the screenshots and
// out/aksjeselskap-protokoll.docx, for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickPerson, startCommitteeWalk, type CommitteeWalk } from './support/committeeWalk';
import { screenshotPath } from './support/screenshots';

const NAME = 'Styret i Nordfjell Havn AS';
const log: Record<string, unknown> = {};

/** Chosen by the owner's generalforsamling: people of the kommune, outside the company's directory. */
const OWNER_MEMBERS = [
  { name: 'Kari Nordmann', email: 'kari.nordmann@nordfjell.example.no', organisation: 'Nordfjell kommune' },
  { name: 'Ola Berg', email: 'ola.berg@nordfjell.example.no', organisation: 'Nordfjell kommune' },
  { name: 'Siri Lund', email: 'siri.lund@nordfjell.example.no', organisation: 'Nordfjell kommune' },
] as const;

describe('a municipally owned AS\'s styre set up through the settings: members from the owner kommune, «Møte 1/2026», the protokoll signed by all who met', () => {
  let walk: CommitteeWalk;

  beforeAll(async () => {
    walk = await startCommitteeWalk({ name: NAME, slug: 'aksjeselskap' });
  }, 300_000);
  afterAll(async () => walk?.close(log));

  it('daglig leder\'s secretariat creates it from the preset with the owner\'s members, an employee-elected member and the styreleder as møteleder', async () => {
    const context = await walk.harness.newContext();
    const page = await context.newPage();
    const form = await walk.newCommitteeForm(page, { preset: 'Styret i et kommunalt eid aksjeselskap (AS)', shortName: 'Havnestyret', organisation: 'Nordfjell Havn AS' });
    expect(await form.getByLabel('Saksnummerformat').inputValue()).toBe('Sak {N}/{YY}');
    // Not public by its law: the preset unticks it; numbered through the year: ticked.
    expect(await form.getByRole('checkbox', { name: 'Møtene er åpne for allmennheten' }).isChecked()).toBe(false);
    expect(await form.getByRole('checkbox', { name: /^Nummerer møtene gjennom året/ }).isChecked()).toBe(true);
    await walk.addMembers(form, OWNER_MEMBERS);
    await pickPerson(page, form.getByRole('combobox', { name: /^Faste medlemmer/ }), 'Renate', 'Renate Solstad');
    await form.getByLabel('Verv for Kari Nordmann').selectOption({ label: 'Møteleder' });
    log.memberRoles = await form.getByTestId('member-roles').innerText();
    log.kinds = await form.locator('fieldset').filter({ hasText: 'Sakstyper' }).innerText();
    await page.screenshot({ path: screenshotPath('aksjeselskap-settings-new.png'), fullPage: true });
    const created = await walk.createCommittee(page, form);
    log.committee = created;
    expect(created?.conventions).toMatchObject({ minutes: 'protokoll', conclusion: 'vedtak', proposal: 'forslagTilVedtak', minutesApproval: 'signedByAll', closingRows: 'eventuelt', kindsUnderNumber: false, meetingsNumbered: true, recordOnline: true });
    expect(created?.confidentiality).toMatchObject({ publicMeetings: false });
    expect(created?.defaultChair?.name).toBe('Kari Nordmann');
    await context.close();
  }, 300_000);

  it('the secretariat prepares styremøte 1/2026 under beslutnings- and orienteringssaker headings and sends the innkalling', async () => {
    const context = await walk.harness.newContext();
    await context.clock.install({ time: new Date('2026-04-08T08:00:00+02:00') });
    const page = await context.newPage();
    const agenda = await walk.newMeeting(page, { date: '2026-04-20', starts: '09:00', ends: '12:00', place: 'Havnekontoret, møterom Kaia' });
    await expect.poll(() => agenda.innerText(), { timeout: 15_000 }).toMatch(/Sak 1\/26[\s\S]*Godkjenning av innkalling og dagsorden[\s\S]*Eventuelt/);
    expect((await walk.meeting())?.meetingNumber).toBe('1/2026');

    await walk.addRow(page, 'Beslutningssaker', { heading: true });
    await walk.addRow(page, 'Årsregnskap og årsberetning 2025', { kind: 'Beslutningssak' });
    await walk.addRow(page, 'Investering i ny kaifront, forprosjekt', { kind: 'Beslutningssak' });
    await walk.addRow(page, 'Orienteringssaker', { heading: true });
    await walk.addRow(page, 'Daglig leders orientering om drift og økonomi', { kind: 'Orienteringssak' });
    await walk.saved(page);
    log.agenda = await agenda.innerText();
    expect(log.agenda).toMatch(/Beslutningssaker[\s\S]*Sak 2\/26[\s\S]*Årsregnskap[\s\S]*Sak 3\/26[\s\S]*kaifront[\s\S]*Orienteringssaker[\s\S]*Sak 4\/26[\s\S]*Eventuelt/);
    await page.screenshot({ path: screenshotPath('aksjeselskap-agenda.png'), fullPage: true });

    log.preview = await walk.preview(page, /Sak 4\/26/);
    // The meeting's number among the innkalling's facts.
    expect(log.preview).toMatch(/Møte\s*1\/2026/);
    expect(log.preview).toMatch(/Godkjenning av innkalling og dagsorden[\s\S]*Forslag til vedtak:?\s*Innkalling og dagsorden godkjennes\./);
    expect(log.preview).not.toMatch(/Sak 2\/26\s*Beslutningssak/);
    await page.keyboard.press('Escape');

    const send = await walk.openSendDialog(page);
    log.sendDialog = await send.innerText();
    await page.screenshot({ path: screenshotPath('aksjeselskap-send-dialog.png') });
    await walk.send(send);
    await walk.status('noticeSent');
    await context.close();
  }, 400_000);

  it('the secretariat records who met, daglig leder beside the board, the vedtak, and makes the protokoll every member present signs', async () => {
    const held = await walk.meeting();
    const page = await walk.openSidePanel(await walk.harness.newContext(), held?.id ?? '');
    await walk.startMeeting(page);

    await page.getByRole('tab', { name: 'Oppmøte' }).click();
    await page.getByTestId('attendance').waitFor({ timeout: 30_000 });
    for (const person of ['Kari Nordmann', 'Ola Berg', 'Renate Solstad']) await page.getByLabel(`Status for ${person}`).selectOption({ label: 'Til stede' });
    await page.getByLabel('Status for Siri Lund').selectOption({ label: 'Forfall' });
    await page.getByLabel('Legg til deltaker som ikke er fast medlem').fill('Nina Dahl');
    await page.getByLabel('Rolle for deltakeren').selectOption({ label: 'Administrasjonen' });
    await page.getByRole('button', { name: 'Legg til', exact: true }).first().click();
    log.attendanceTab = await page.getByTestId('attendance').innerText();
    await page.screenshot({ path: screenshotPath('aksjeselskap-side-panel-attendance.png'), fullPage: true });

    await page.getByRole('tab', { name: 'Saksliste' }).click();
    await walk.setCurrent(page, held?.items.find((item) => item.title === 'Årsregnskap og årsberetning 2025')?.id ?? '');
    const conclusion = page.getByTestId('conclusion');
    await conclusion.getByRole('button', { name: 'Legg til punkt' }).click();
    await conclusion.getByRole('textbox', { name: 'Punkt 1' }).fill('Styret fastsetter årsregnskap og årsberetning for 2025 og legger dem fram for generalforsamlingen.');
    log.sidePanelSak = await page.locator('body').innerText();
    expect(log.sidePanelSak).toMatch(/Sak 2\/26[\s\S]*Vedtak/);
    await page.screenshot({ path: screenshotPath('aksjeselskap-side-panel-sak.png'), fullPage: true });
    await walk.markTreated(page);

    const { minutes, text, afterTab } = await walk.endAndMakeMinutes(page);
    log.afterTab = afterTab;
    expect(minutes.fileName).toMatch(/^Protokoll /);
    log.protokoll = text;
    expect(text).toMatch(/^Protokoll/m);
    expect(text).toMatch(/Møte\s*1\/2026/);
    // How the board dealt with its saker (§ 6-29): the meeting had a Teams link, so said under date and place.
    expect(text).toMatch(/Havnekontoret, møterom Kaia\s*Teams-møte\s*Møtet kunne også følges på Teams\./);
    expect(text).toMatch(/Sak 2\/26[\s\S]*Styret fastsetter årsregnskap/);
    // Signed by every member who took part (aksjeloven § 6-29), the møteleder first; not by the one with forfall, nor daglig leder.
    const signing = text.slice(text.lastIndexOf('\nUnderskrift'));
    log.signing = signing;
    expect(signing).toMatch(/Kari Nordmann[\s\S]*Ola Berg[\s\S]*Renate Solstad/);
    expect(signing).not.toMatch(/Siri Lund|Nina Dahl/);
    await page.context().close();
  }, 400_000);
});
