// A menighetsråd of Den norske kirke set up through the product's own settings from the «Menighetsråd eller kirkelig
// fellesråd» preset, its saker prefixed «MR-sak» as some menighetsråd write them (Sola's «MR-sak», Randaberg's «MR sak
// 14/2017»): «Godkjenning av innkalling og saksliste» first, vedtaks-, orienterings- and referatsaker under headings,
// «Forslag til vedtak», «Eventuelt» last, and the record a «Møteprotokoll». The daglig leder (the rådet's secretary) makes
// the meeting, sends the innkalling, records the vedtak in the side panel and makes the møteprotokoll. What each step showed
// is written to out/menighetsrad-log.json with the screenshots and out/menighetsrad-protokoll.docx, for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickPerson, startCommitteeWalk, type CommitteeWalk } from './support/committeeWalk';
import { screenshotPath } from './support/screenshots';

const NAME = 'Nordfjell menighetsråd';
const log: Record<string, unknown> = {};

describe('a menighetsråd set up through the settings: «MR-sak 2/26», «Forslag til vedtak», a møteprotokoll', () => {
  let walk: CommitteeWalk;

  beforeAll(async () => {
    walk = await startCommitteeWalk({ name: NAME, slug: 'menighetsrad' });
  }, 300_000);
  afterAll(async () => walk?.close(log));

  it('the daglig leder creates it from the preset and prefixes its saker «MR-sak»', async () => {
    const context = await walk.harness.newContext();
    const page = await context.newPage();
    const form = await walk.newCommitteeForm(page, { preset: 'Menighetsråd eller kirkelig fellesråd', shortName: 'Nordfjell MR', organisation: 'Den norske kirke i Nordfjell' });
    expect(await form.getByLabel('Saksnummerformat').inputValue()).toBe('Sak {N}/{YY}');
    await form.getByLabel('Saksnummerformat').fill('MR-sak {N}/{YY}');
    await pickPerson(page, form.getByRole('combobox', { name: /^Fast møteleder/ }), 'Renate', 'Renate Solstad');
    const members = form.getByRole('combobox', { name: /^Faste medlemmer/ });
    await pickPerson(page, members, 'Renate', 'Renate Solstad');
    await pickPerson(page, members, 'Andreas', 'Andreas Aass-Engstrøm');
    await pickPerson(page, members, 'Per Christian', 'Per Christian Voss');
    log.kinds = await form.locator('fieldset').filter({ hasText: 'Sakstyper' }).innerText();
    await page.screenshot({ path: screenshotPath('menighetsrad-settings-new.png'), fullPage: true });
    const created = await walk.createCommittee(page, form);
    log.committee = created;
    expect(created?.caseNumberFormat).toBe('MR-sak {N}/{YY}');
    expect(created?.conventions).toMatchObject({ minutes: 'moteprotokoll', proposal: 'forslagTilVedtak', agenda: 'saksliste', closingRows: 'eventuelt', kindsUnderNumber: false });
    await context.close();
  }, 300_000);

  it('the daglig leder prepares the saksliste under vedtaks- and orienteringssaker headings and sends the innkalling', async () => {
    const context = await walk.harness.newContext();
    await context.clock.install({ time: new Date('2026-12-01T08:00:00+01:00') });
    const page = await context.newPage();
    const agenda = await walk.newMeeting(page, { date: '2026-12-10', starts: '19:00', ends: '21:30', place: 'Nordfjell menighetshus' });
    await expect.poll(() => agenda.innerText(), { timeout: 15_000 }).toMatch(/MR-sak 1\/26[\s\S]*Godkjenning av innkalling og saksliste[\s\S]*Eventuelt/);

    await walk.addRow(page, 'Vedtakssaker', { heading: true });
    await walk.addRow(page, 'Offerliste 1. halvår 2027', { kind: 'Vedtakssak' });
    await walk.addRow(page, 'Orienteringssaker', { heading: true });
    await walk.addRow(page, 'Orientering fra daglig leder og sokneprest', { kind: 'Orienteringssak' });
    await walk.addRow(page, 'Protokoll fra Nordfjell kirkelige fellesråd 12.11.2026', { kind: 'Referatsaker' });
    await walk.saved(page);
    log.agenda = await agenda.innerText();
    expect(log.agenda).toMatch(/MR-sak 1\/26[\s\S]*Vedtakssaker[\s\S]*MR-sak 2\/26[\s\S]*Offerliste[\s\S]*Orienteringssaker[\s\S]*MR-sak 3\/26[\s\S]*MR-sak 4\/26[\s\S]*fellesråd[\s\S]*Eventuelt/);
    await page.screenshot({ path: screenshotPath('menighetsrad-agenda.png'), fullPage: true });
    const stored = await walk.meeting();
    expect(stored?.theme).toBe(`Innkalling ${NAME}`);

    log.preview = await walk.preview(page, /MR-sak 4\/26/);
    expect(log.preview).toMatch(/^Innkalling/m);
    expect(log.preview).toMatch(/Godkjenning av innkalling og saksliste[\s\S]*Forslag til vedtak:?\s*Innkalling og saksliste godkjennes\./);
    expect(log.preview).not.toMatch(/MR-sak 2\/26\s*Vedtakssak/);
    await page.keyboard.press('Escape');

    await walk.send(await walk.openSendDialog(page));
    await walk.status('noticeSent');
    await context.close();
  }, 400_000);

  it('the daglig leder records the vedtak in the side panel and makes the møteprotokoll', async () => {
    const held = await walk.meeting();
    const page = await walk.openSidePanel(await walk.harness.newContext(), held?.id ?? '');
    await walk.startMeeting(page);
    await walk.setCurrent(page, held?.items.find((item) => item.title === 'Offerliste 1. halvår 2027')?.id ?? '');
    const conclusion = page.getByTestId('conclusion');
    await conclusion.getByRole('button', { name: 'Legg til punkt' }).click();
    await conclusion.getByRole('textbox', { name: 'Punkt 1' }).fill('Menighetsrådet vedtar offerlisten for 1. halvår 2027 slik den er lagt fram.');
    log.sidePanelSak = await page.locator('body').innerText();
    expect(log.sidePanelSak).toMatch(/MR-sak 2\/26[\s\S]*Vedtak/);
    await page.screenshot({ path: screenshotPath('menighetsrad-side-panel-sak.png'), fullPage: true });
    await walk.markTreated(page);

    const { minutes, text, afterTab } = await walk.endAndMakeMinutes(page);
    log.afterTab = afterTab;
    expect(minutes.fileName).toMatch(/^Møteprotokoll /);
    log.moteprotokoll = text;
    expect(text).toMatch(/^Møteprotokoll/m);
    expect(text).toMatch(/MR-sak 2\/26[\s\S]*Menighetsrådet vedtar offerlisten/);
    expect(text).toMatch(/MR-sak 4\/26/);
    expect(text).not.toMatch(/[Ss]ak MR-sak /);
    await page.context().close();
  }, 400_000);
});
