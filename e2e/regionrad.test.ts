// A regionråd in nynorsk set up through the product's own settings from the «Regionråd (nynorsk)» preset (Regionrådet
// Nordhordland's protokoll of 7.11.2014, the styre for Osloregionen's referat of 20.03.2007): its ordførarar typed with the
// kommune each represents, the rådmann as the administration. The secretariat, its screens in bokmål, makes the meeting
// («Sak 1/26 Godkjenning av innkalling og sakliste»), previews the nynorsk «Møteinnkalling» with the meeting's number and the
// day written out and sends it; in the side panel records who met and the forfall, a vedtak, and makes the møteprotokoll: who
// met in «Namn | Funksjon | Representerer» tables, each one's kommune in its column. What each step showed is written to
// out/regionrad-log.json with the screenshots and out/regionrad-protokoll.docx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCommitteeWalk, type CommitteeWalk } from './support/committeeWalk';
import { screenshotPath } from './support/screenshots';

const NAME = 'Regionrådet Nordhordland';
const SAK = 'Fråsegn om ny E39 Vågsbotn–Klauvaneset';
const log: Record<string, unknown> = {};

/** The ordførarar, each representing a kommune, and the rådmann of the host kommune. */
const MEMBERS = [
  { name: 'Jon Fjellstad', email: 'jon.fjellstad@alver.example.no', organisation: 'Alver kommune' },
  { name: 'Kari Vik', email: 'kari.vik@austrheim.example.no', organisation: 'Austrheim kommune' },
  { name: 'Siv Bakke', email: 'siv.bakke@osteroy.example.no', organisation: 'Osterøy kommune' },
  { name: 'Odd Lie', email: 'odd.lie@alver.example.no', organisation: 'Alver kommune' },
] as const;

describe('a regionråd in nynorsk: its meetings numbered, the day written out, who met by the kommune each represents', () => {
  let walk: CommitteeWalk;

  beforeAll(async () => {
    walk = await startCommitteeWalk({ name: NAME, slug: 'regionrad' });
  }, 300_000);
  afterAll(async () => walk?.close(log));

  it('the secretariat creates it from the preset with the ordførarar and the kommune each represents', async () => {
    const context = await walk.harness.newContext();
    const page = await context.newPage();
    const form = await walk.newCommitteeForm(page, { preset: 'Regionråd (nynorsk)', shortName: 'RR', organisation: 'Regionrådet Nordhordland' });
    expect(await form.getByLabel('Saksnummerformat').inputValue()).toBe('Sak {N}/{YY}');
    await walk.addMembers(form, MEMBERS);
    await form.getByLabel('Rolle for Odd Lie').selectOption({ label: 'Administrasjonen' });
    await form.getByLabel('Verv for Jon Fjellstad').selectOption({ label: 'Møteleder' });
    await page.screenshot({ path: screenshotPath('regionrad-settings-new.png'), fullPage: true });
    const created = await walk.createCommittee(page, form);
    log.committee = created;
    expect(created?.languageForm).toBe('nn');
    expect(created?.conventions).toMatchObject({ meetingsNumbered: true, datesWritten: true, attendanceTable: true, notice: 'moteinnkalling', agenda: 'saksliste' });
    await context.close();
  }, 300_000);

  it('the secretariat makes the meeting, previews the nynorsk møteinnkalling with its number and day, and sends it', async () => {
    const context = await walk.harness.newContext();
    await context.clock.install({ time: new Date('2026-10-20T08:00:00+02:00') });
    const page = await context.newPage();
    const agenda = await walk.newMeeting(page, { date: '2026-11-06', starts: '09:00', ends: '14:30', place: 'Knarvik, kommunestyresalen' });
    await walk.addRow(page, SAK, { kind: 'Vedtakssak' });
    await walk.saved(page);
    log.agenda = await agenda.innerText();
    expect(log.agenda).toMatch(/Sak 1\/26\s*Godkjenning av innkalling og sakliste[\s\S]*Sak 2\/26\s*Fråsegn om ny E39/);
    await page.screenshot({ path: screenshotPath('regionrad-agenda.png'), fullPage: true });

    log.preview = await walk.preview(page, /E39/);
    await page.screenshot({ path: screenshotPath('regionrad-preview.png'), fullPage: true });
    expect(log.preview).toMatch(/^Møteinnkalling Regionrådet Nordhordland/m);
    expect(log.preview).toMatch(/^Møte\s*1\/2026$/m);
    expect(log.preview).toMatch(/fredag 6\. november 2026/);
    expect(log.preview).toMatch(/^Sakliste$/m);
    await page.keyboard.press('Escape');

    const send = await walk.openSendDialog(page);
    await walk.send(send);
    await walk.status('noticeSent');
    await context.close();
  }, 400_000);

  it('the secretariat records who met and the forfall, a vedtak, and makes the møteprotokoll with the kommune of each', async () => {
    const held = await walk.meeting();
    const page = await walk.openSidePanel(await walk.harness.newContext(), held?.id ?? '');
    await walk.startMeeting(page);
    await walk.recordAttendance(page, { present: ['Jon Fjellstad', 'Kari Vik', 'Odd Lie'], absent: [{ name: 'Siv Bakke' }] });
    log.attendanceTab = await page.getByTestId('attendance').innerText();

    await page.getByRole('tab', { name: /^Sak(s)?liste$/ }).click();
    await walk.setCurrent(page, held?.items.find((item) => item.title === SAK)?.id ?? '');
    const conclusion = page.getByTestId('conclusion');
    await conclusion.getByRole('button', { name: 'Legg til punkt' }).click();
    await conclusion.getByRole('textbox', { name: 'Punkt 1' }).fill('Regionrådet stør trasé B for ny E39.');
    await page.screenshot({ path: screenshotPath('regionrad-side-panel-sak.png'), fullPage: true });
    await walk.markTreated(page);

    const { minutes, text } = await walk.endAndMakeMinutes(page);
    log.protokoll = text;
    log.fileName = minutes.fileName;
    expect(text).toMatch(/^Møteprotokoll Regionrådet Nordhordland 06\.11\.26$/m);
    expect(text).toMatch(/^Møte\s*1\/2026$/m);
    expect(text).toMatch(/fredag 6\. november 2026/);
    expect(text).toMatch(/Namn\s*Funksjon\s*Representerer\s*Jon Fjellstad\s*møteleiar\s*Alver kommune\s*Kari Vik\s*medlem\s*Austrheim kommune/);
    expect(text).toMatch(/Forfall[\s\S]*Siv Bakke\s*medlem\s*Osterøy kommune/);
    expect(text).toMatch(/Sak 2\/26[\s\S]*Vedtak:\nRegionrådet stør trasé B for ny E39\./);
    await page.context().close();
  }, 400_000);
});
