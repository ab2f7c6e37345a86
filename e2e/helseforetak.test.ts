// The styre of a helseforetak set up through the product's own settings from the «Styret i et helseforetak»
// preset, with no code of its own: styresaker «Sak 02/2026» through the year, the first approving «innkalling og
// saksliste», the saker grouped under «Vedtakssaker», «Orienteringssaker» and «Referatsaker» headings, «Forslag
// til vedtak» in the innkalling, a protokoll the members sign. The styresekretær makes the meeting, sends the
// innkalling, records the vedtak in the side panel and makes the protokoll. What each step showed is written to
// out/helseforetak-log.json with the screenshots and out/helseforetak-protokoll.docx, for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickPerson, startCommitteeWalk, type CommitteeWalk } from './support/committeeWalk';
import { screenshotPath } from './support/screenshots';

const NAME = 'Styret for Helse Nordfjell HF';
const log: Record<string, unknown> = {};

describe('a helseforetak\'s styre set up through the settings: styresaker «Sak NN/YYYY» grouped under vedtaks-, orienterings- and referatsaker', () => {
  let walk: CommitteeWalk;

  beforeAll(async () => {
    walk = await startCommitteeWalk({ name: NAME, slug: 'helseforetak' });
  }, 300_000);
  afterAll(async () => walk?.close(log));

  it('the styresekretær creates it from the preset: Sak {NN}/{YYYY}, Forslag til vedtak, a protokoll the members sign', async () => {
    const context = await walk.harness.newContext();
    const page = await context.newPage();
    const form = await walk.newCommitteeForm(page, { preset: 'Styret i et helseforetak', shortName: 'HN-styret', organisation: 'Helse Nordfjell HF' });
    expect(await form.getByLabel('Saksnummerformat').inputValue()).toBe('Sak {NN}/{YYYY}');
    await pickPerson(page, form.getByRole('combobox', { name: /^Fast møteleder/ }), 'Per Christian', 'Per Christian Voss');
    const members = form.getByRole('combobox', { name: /^Faste medlemmer/ });
    await pickPerson(page, members, 'Per Christian', 'Per Christian Voss');
    await pickPerson(page, members, 'Andreas', 'Andreas Aass-Engstrøm');
    await pickPerson(page, members, 'Renate', 'Renate Solstad');
    log.kinds = await form.locator('fieldset').filter({ hasText: 'Sakstyper' }).innerText();
    await page.screenshot({ path: screenshotPath('helseforetak-settings-new.png'), fullPage: true });
    const created = await walk.createCommittee(page, form);
    log.committee = created;
    expect(created?.caseNumberFormat).toBe('Sak {NN}/{YYYY}');
    expect(created?.conventions).toMatchObject({ minutes: 'protokoll', proposal: 'forslagTilVedtak', background: 'saksutredning', agenda: 'saksliste', minutesApproval: 'signed', kindsUnderNumber: false });
    await context.close();
  }, 300_000);

  it('the styresekretær prepares the saksliste under vedtaks-, orienterings- and referatsaker headings and sends it', async () => {
    const context = await walk.harness.newContext();
    await context.clock.install({ time: new Date('2026-12-01T08:00:00+01:00') });
    const page = await context.newPage();
    const agenda = await walk.newMeeting(page, { date: '2026-12-16', starts: '09:00', ends: '15:00', place: 'Styrerommet, Nordfjell sykehus' });
    await expect.poll(() => agenda.innerText(), { timeout: 15_000 }).toMatch(/Sak 01\/2026[\s\S]*Godkjenning av innkalling og saksliste/);

    await walk.addRow(page, 'Vedtakssaker', { heading: true });
    await walk.addRow(page, 'Budsjett 2027', { kind: 'Vedtakssak' });
    await walk.addRow(page, 'Orienteringssaker', { heading: true });
    await walk.addRow(page, 'Virksomhetsrapport november 2026', { kind: 'Orientering' });
    await walk.addRow(page, 'Referatsaker', { heading: true });
    await walk.addRow(page, 'Protokoll fra møte i brukerutvalget 18.11.2026', { kind: 'Referatsaker' });
    await walk.saved(page);
    log.agenda = await agenda.innerText();
    expect(log.agenda).toMatch(/Sak 01\/2026[\s\S]*Vedtakssaker[\s\S]*Sak 02\/2026[\s\S]*Budsjett 2027[\s\S]*Orienteringssaker[\s\S]*Sak 03\/2026[\s\S]*Referatsaker[\s\S]*Sak 04\/2026/);
    await page.screenshot({ path: screenshotPath('helseforetak-agenda.png'), fullPage: true });
    const stored = await walk.meeting();
    const budget = stored?.items.find((item) => item.title === 'Budsjett 2027');
    expect(budget?.caseNumber).toBe('Sak 02/2026');

    log.preview = await walk.preview(page, /Sak 04\/2026/);
    expect(log.preview).toMatch(/Godkjenning av innkalling og saksliste[\s\S]*Innkalling og saksliste godkjennes\./);
    expect(log.preview).toMatch(/Forslag til vedtak/);
    // Number and title only, the saker grouped under the headings: no «Vedtakssak» under «Sak 02/2026».
    expect(log.preview).not.toMatch(/Sak 02\/2026\s*Vedtakssak/);
    await page.keyboard.press('Escape');

    await walk.send(await walk.openSendDialog(page));
    await walk.status('noticeSent');
    await context.close();
  }, 400_000);

  it('the styresekretær records the vedtak in the side panel and makes the protokoll, with the members\' signatures', async () => {
    const held = await walk.meeting();
    const context = await walk.harness.newContext();
    const page = await walk.openSidePanel(context, held?.id ?? '');
    await walk.startMeeting(page);
    const budget = held?.items.find((item) => item.title === 'Budsjett 2027');
    await walk.setCurrent(page, budget?.id ?? '');
    const conclusion = page.getByTestId('conclusion');
    await conclusion.getByRole('button', { name: 'Legg til punkt' }).click();
    await conclusion.getByRole('textbox', { name: 'Punkt 1' }).fill('Styret vedtar budsjett 2027 for Helse Nordfjell HF.');
    log.sidePanelSak = await page.locator('body').innerText();
    expect(log.sidePanelSak).toMatch(/Sak 02\/2026[\s\S]*Forslag til vedtak[\s\S]*Vedtak/);
    await page.screenshot({ path: screenshotPath('helseforetak-side-panel-sak.png'), fullPage: true });
    await walk.markTreated(page);

    const { minutes, text } = await walk.endAndMakeMinutes(page);
    expect(minutes.fileName).toMatch(/^Protokoll /);
    log.protokoll = text;
    expect(text).toMatch(/^Protokoll/m);
    expect(text).toMatch(/Sak 02\/2026[\s\S]*Styret vedtar budsjett 2027/);
    expect(text).not.toMatch(/[Ss]ak Sak /);
    expect(text).not.toMatch(/Sak 04\/2026\nReferatsaker/);
    await context.close();
  }, 400_000);
});
