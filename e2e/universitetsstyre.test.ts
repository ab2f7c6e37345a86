// The styre of a state høgskole set up through the product's own settings from the «Styret ved et universitet eller en
// høgskole» preset, its proposer named in the settings: S-saker «S-sak 02/26» beside O-saker «O-sak 01/26», each
// series through the year, under «Vedtakssaker» and «Orienteringssaker» headings, a «Møteinnkalling», the first sak
// approving «dagsorden og habilitet», «Høgskoledirektørens forslag til vedtak» (as Høgskolen i Gjøvik's styresaker head
// it), «Eventuelt» the last numbered sak (chosen in the settings). The styresekretær makes the meeting, sends the innkalling, records the vedtak in the side panel
// and makes the protokoll. What each step showed is written to out/universitetsstyre-log.json with the screenshots and
// out/universitetsstyre-protokoll.docx, for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickPerson, startCommitteeWalk, type CommitteeWalk } from './support/committeeWalk';
import { screenshotPath } from './support/screenshots';

const NAME = 'Styret ved Høgskolen i Nordfjell';
const log: Record<string, unknown> = {};

describe('a høgskole\'s styre set up through the settings: S-saker beside O-saker, «Høgskoledirektørens forslag til vedtak»', () => {
  let walk: CommitteeWalk;

  beforeAll(async () => {
    walk = await startCommitteeWalk({ name: NAME, slug: 'universitetsstyre' });
  }, 300_000);
  afterAll(async () => walk?.close(log));

  it('the styresekretær creates it from the preset and names who proposes: S-sak {NN}/{YY}, O-sak {NN}/{YY}, «Høgskoledirektørens»', async () => {
    const context = await walk.harness.newContext();
    const page = await context.newPage();
    const form = await walk.newCommitteeForm(page, { preset: 'Styret ved et universitet eller en høgskole', shortName: 'HiN-styret', organisation: 'Høgskolen i Nordfjell' });
    expect(await form.getByLabel('Saksnummerformat').inputValue()).toBe('S-sak {NN}/{YY}');
    await form.getByRole('textbox', { name: /^Forslaget er fra \(i genitiv\)/ }).fill('Høgskoledirektørens');
    // «Eventuelt» numbered as the last sak, as Molde's sakskart («46/15 Eventuelt») and UiO's protokoll («O-sak 1 Eventuelt») print it.
    await form.getByRole('checkbox', { name: '«Eventuelt» som siste nummererte sak' }).check();
    await pickPerson(page, form.getByRole('combobox', { name: /^Fast møteleder/ }), 'Per Christian', 'Per Christian Voss');
    const members = form.getByRole('combobox', { name: /^Faste medlemmer/ });
    await pickPerson(page, members, 'Per Christian', 'Per Christian Voss');
    await pickPerson(page, members, 'Andreas', 'Andreas Aass-Engstrøm');
    await pickPerson(page, members, 'Renate', 'Renate Solstad');
    log.kinds = await form.locator('fieldset').filter({ hasText: 'Sakstyper' }).innerText();
    expect(await form.getByText(/^Eksempel: O-sak \d\d\/\d\d$/).count()).toBe(1);
    await page.screenshot({ path: screenshotPath('universitetsstyre-settings-new.png'), fullPage: true });
    const created = await walk.createCommittee(page, form);
    log.committee = created;
    expect(created?.caseNumberFormat).toBe('S-sak {NN}/{YY}');
    expect(created?.conventions).toMatchObject({ minutes: 'protokoll', proposal: 'forslagTilVedtak', notice: 'moteinnkalling', closingRows: 'eventuelt', closingNumbered: true, kindsUnderNumber: false, proposalBy: 'Høgskoledirektørens' });
    await context.close();
  }, 300_000);

  it('the styresekretær prepares the sakskart under vedtaks- and orienteringssaker headings and sends it', async () => {
    const context = await walk.harness.newContext();
    await context.clock.install({ time: new Date('2026-12-01T08:00:00+01:00') });
    const page = await context.newPage();
    const agenda = await walk.newMeeting(page, { date: '2026-12-16', starts: '09:00', ends: '15:00', place: 'Styrerommet, Høgskolen i Nordfjell' });
    await expect.poll(() => agenda.innerText(), { timeout: 15_000 }).toMatch(/S-sak 01\/26[\s\S]*Godkjenning av dagsorden og habilitet[\s\S]*S-sak 02\/26\s*Eventuelt/);

    await walk.addRow(page, 'Vedtakssaker', { heading: true });
    await walk.addRow(page, 'Budsjett 2027', { kind: 'Vedtakssak' });
    await walk.addRow(page, 'Orienteringssaker', { heading: true });
    await walk.addRow(page, 'Virksomhetsrapport 2. tertial 2026', { kind: 'Orienteringssak' });
    await walk.saved(page);
    log.agenda = await agenda.innerText();
    // The numbered «Eventuelt» stays the last sak, its number after the saker added before it.
    expect(log.agenda).toMatch(/S-sak 01\/26[\s\S]*Vedtakssaker[\s\S]*S-sak 02\/26[\s\S]*Budsjett 2027[\s\S]*Orienteringssaker[\s\S]*O-sak 01\/26[\s\S]*Virksomhetsrapport[\s\S]*S-sak 03\/26\s*Eventuelt/);
    await page.screenshot({ path: screenshotPath('universitetsstyre-agenda.png'), fullPage: true });
    const stored = await walk.meeting();
    expect(stored?.theme).toBe(`Møteinnkalling ${NAME}`);
    expect(stored?.items.find((item) => item.title === 'Budsjett 2027')?.caseNumber).toBe('S-sak 02/26');

    // The sak's proposal field is named as the committee names the proposal.
    await page.getByRole('button', { name: /Rediger S-sak 02\/26 Budsjett 2027/ }).click();
    await page.getByText('Høgskoledirektørens forslag til vedtak').first().waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Lukk', exact: true }).click();

    log.preview = await walk.preview(page, /O-sak 01\/26/);
    expect(log.preview).toMatch(/^Møteinnkalling/m);
    expect(log.preview).toMatch(/Godkjenning av dagsorden og habilitet[\s\S]*Høgskoledirektørens forslag til vedtak:?\s*Dagsorden og habilitet godkjennes\./);
    expect(log.preview).not.toMatch(/S-sak 02\/26\s*Vedtakssak/);
    await page.keyboard.press('Escape');

    await walk.send(await walk.openSendDialog(page));
    await walk.status('noticeSent');
    await context.close();
  }, 400_000);

  it('the styresekretær records the vedtak in the side panel under «Høgskoledirektørens forslag til vedtak» and makes the protokoll', async () => {
    const held = await walk.meeting();
    const page = await walk.openSidePanel(await walk.harness.newContext(), held?.id ?? '');
    await walk.startMeeting(page);
    await walk.setCurrent(page, held?.items.find((item) => item.title === 'Budsjett 2027')?.id ?? '');
    const conclusion = page.getByTestId('conclusion');
    await conclusion.getByRole('button', { name: 'Legg til punkt' }).click();
    await conclusion.getByRole('textbox', { name: 'Punkt 1' }).fill('Styret vedtar budsjett 2027 for Høgskolen i Nordfjell.');
    log.sidePanelSak = await page.locator('body').innerText();
    expect(log.sidePanelSak).toMatch(/S-sak 02\/26[\s\S]*Høgskoledirektørens forslag til vedtak[\s\S]*Vedtak/);
    await page.screenshot({ path: screenshotPath('universitetsstyre-side-panel-sak.png'), fullPage: true });
    await walk.markTreated(page);

    const { minutes, text } = await walk.endAndMakeMinutes(page);
    expect(minutes.fileName).toMatch(/^Protokoll /);
    log.protokoll = text;
    expect(text).toMatch(/^Protokoll/m);
    expect(text).toMatch(/S-sak 02\/26[\s\S]*Styret vedtar budsjett 2027/);
    expect(text).toMatch(/O-sak 01\/26/);
    expect(text).not.toMatch(/[Ss]ak S-sak /);
    await page.context().close();
  }, 400_000);
});
