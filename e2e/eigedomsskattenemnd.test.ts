// A kommune's sakkunnige nemnd for eigedomsskatt in nynorsk, set up through the product's own settings from the «Sakkunnig
// nemnd eller klagenemnd for eigedomsskatt (nynorsk)» preset (Hjartdal kommune's møteinnkallingar for Sakkunnig nemnd and
// Sakkunnig klagenemnd, 2015–2016), its documents in nynorsk, the secretary's screens in bokmål (as e2e/regionrad.test.ts). The secretary makes the first meeting, whose «Sakliste» has no sak
// approving the innkalling and no «Eventuelt», adds a klage on a takst numbered «001/26» and the referatsaker, types the
// tilråding, previews the «Møteinnkalling for …» with Møtedato, Møtestad and Møtetid on rows of their own and sends it; in the side
// panel records who met and the nemnd's vedtak with an outcome button and a grunngjeving, and makes the «Møtebok». The next
// meeting opens with «001/26 Godkjenning av møtebok frå møte i …», as Hjartdal's «003/16 GODKJENNING AV MØTEBOK», and its PDF of
// the papers is «Saksdokument», not a second «Møtebok» (domain/packWord.ts `packWordIdOf`). What each
// step showed is written to out/eigedomsskattenemnd-log.json with the screenshots and out/eigedomsskattenemnd-protokoll.docx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMeeting, fillNewMeeting, startCommitteeWalk, type CommitteeWalk } from './support/committeeWalk';
import { screenshotPath } from './support/screenshots';

const NAME = 'Sakkunnig nemnd for eigedomsskatt';
const KLAGE = '69/16 - Klage 2026 på eigedomsskattetakst';
const OUTCOME = 'Klaga vert ikkje teken til følgje.';
const REASON = 'Nemnda finn ikkje at klaga gjev grunnlag for å endra taksten.';
const log: Record<string, unknown> = {};
/** Bokmål forms whose nynorsk differs, as they would leak into a nynorsk document. */
const BOKMAAL = /\b(ikke|fra|godkjennes|tatt til orientering|Sted|saken|vedtatt|Saksliste)\b/;

/** The nemnd's three members and the kommune's sekretær for it. */
const MEMBERS = [
  { name: 'Olav Øyen', email: 'olav.oyen@hjartdal.example.no' },
  { name: 'Kari Lio', email: 'kari.lio@hjartdal.example.no' },
  { name: 'Nils Bø', email: 'nils.bo@hjartdal.example.no' },
] as const;

describe('a sakkunnig nemnd for eigedomsskatt in nynorsk: «001/26» through the year, no approval of the innkalling, a klage decided by an outcome button, the møtebok approved in the next meeting', () => {
  let walk: CommitteeWalk;

  beforeAll(async () => {
    walk = await startCommitteeWalk({ name: NAME, slug: 'eigedomsskattenemnd' });
  }, 300_000);
  afterAll(async () => walk?.close(log));

  it('the secretary creates it from the preset with its three members, the leiar its møteleiar', async () => {
    const context = await walk.harness.newContext();
    const page = await context.newPage();
    const form = await walk.newCommitteeForm(page, { preset: 'Sakkyndig nemnd eller klagenemnd for eiendomsskatt (nynorsk)', shortName: 'SNE', organisation: 'Hjartdal kommune' });
    expect(await form.getByLabel('Saksnummerformat').inputValue()).toBe('{NNN}/{YY}');
    expect(await form.getByRole('radio', { name: 'Nynorsk' }).isChecked()).toBe(true);
    await walk.addMembers(form, MEMBERS);
    await form.getByLabel('Verv for Olav Øyen').selectOption({ label: 'Møteleder' });
    log.form = await form.innerText();
    await page.screenshot({ path: screenshotPath('eigedomsskattenemnd-settings-new.png'), fullPage: true });
    const created = await walk.createCommittee(page, form);
    log.committee = created;
    expect(created?.languageForm).toBe('nn');
    expect(created?.conventions).toMatchObject({ minutes: 'motebok', proposal: 'tilraading', approvalRow: false, closingRows: 'ingen', factsApart: true, outcomes: [expect.any(String), expect.any(String), OUTCOME] });
    expect(created?.confidentiality).toMatchObject({ closedMeetingBases: ['koml. § 11-5'] });
    await context.close();
  }, 300_000);

  it('the secretary makes the meeting, adds a klage and the referatsaker, types the tilråding, previews the møteinnkalling and sends it', async () => {
    const context = await walk.harness.newContext();
    await context.clock.install({ time: new Date('2026-02-20T08:00:00+01:00') });
    const page = await context.newPage();
    // The first meeting has no row of the template's (no approval row, no «Eventuelt», no møtebok before it): its list is empty,
    // which the workspace says, so the walk's `newMeeting`, which waits for rows, is done by hand.
    await walk.openWorkspace(page);
    await page.getByRole('combobox', { name: /Møteorgan/ }).first().click();
    await page.getByRole('option', { name: NAME }).click();
    await createMeeting(await fillNewMeeting(page, { date: '2026-03-03', starts: '09:00', ends: '15:00', place: 'Kommunehuset' }));
    await page.getByText('Sakslisten er tom.').waitFor({ timeout: 30_000 });
    const agenda = page.getByRole('list', { name: 'Saksliste' });
    await walk.addRow(page, KLAGE, { kind: 'Klagesak' });
    await walk.addRow(page, 'Referatsaker', { kind: 'Referatsaker' });
    await page.getByRole('button', { name: `Rediger 001/26 ${KLAGE}` }).click();
    const proposal = page.getByRole('group', { name: 'Tilråding', exact: true });
    await proposal.getByRole('button', { name: 'Legg til punkt' }).click();
    await proposal.getByRole('textbox', { name: 'Punkt 1' }).fill(OUTCOME);
    await page.getByRole('button', { name: 'Lukk', exact: true }).click();
    await walk.saved(page);
    log.agenda = await agenda.innerText();
    // Hjartdal's sakliste: the klager and the referatsaker numbered through the year, nothing approving the innkalling, no «Eventuelt».
    expect(log.agenda).toMatch(/001\/26\s*69\/16 - Klage 2026 på eigedomsskattetakst[\s\S]*002\/26\s*Referatsaker/);
    expect(log.agenda).not.toMatch(/Godkjenning av innkalling|Eventuelt|Oppsummering/);
    await page.screenshot({ path: screenshotPath('eigedomsskattenemnd-agenda.png'), fullPage: true });

    log.preview = await walk.preview(page, /Referatsaker/);
    await page.screenshot({ path: screenshotPath('eigedomsskattenemnd-preview.png'), fullPage: true });
    // «Møteinnkalling for …», as Hjartdal's innkallingar head theirs (the preset's `notice: 'moteinnkallingFor'`).
    expect(log.preview).toMatch(/^Møteinnkalling for Sakkunnig nemnd for eigedomsskatt/m);
    expect(log.preview).toMatch(/Møtestad\s*Kommunehuset/);
    expect(log.preview).toMatch(/Møtedato\s*03\.03\.2026/);
    expect(log.preview).toMatch(/^Sakliste$/m);
    expect(log.preview).toMatch(/Tilråding:?\s*Klaga vert ikkje teken til følgje\./);
    expect(log.preview).not.toMatch(BOKMAAL);
    await page.keyboard.press('Escape');

    await walk.send(await walk.openSendDialog(page));
    await walk.status('noticeSent');
    await context.close();
  }, 400_000);

  it('the secretary records who met, the klage decided by an outcome button and its grunngjeving, and makes the møtebok', async () => {
    const held = await walk.meeting();
    const page = await walk.openSidePanel(await walk.harness.newContext(), held?.id ?? '');
    await walk.startMeeting(page);
    await walk.recordAttendance(page, { present: ['Olav Øyen', 'Kari Lio'], absent: [{ name: 'Nils Bø' }] });
    log.attendanceTab = await page.getByTestId('attendance').innerText();

    await page.getByRole('tab', { name: /^Sak(s)?liste$/ }).click();
    await walk.setCurrent(page, held?.items.find((item) => item.title === KLAGE)?.id ?? '');
    // The preset's outcome buttons, in the committee's nynorsk, sit beside the referent's own.
    await page.getByRole('button', { name: OUTCOME }).click();
    const conclusion = page.getByTestId('conclusion');
    await conclusion.getByRole('button', { name: 'Legg til punkt' }).click();
    await conclusion.getByRole('textbox', { name: 'Punkt 2' }).fill(REASON);
    log.sidePanelSak = await page.locator('body').innerText();
    await page.screenshot({ path: screenshotPath('eigedomsskattenemnd-side-panel-sak.png'), fullPage: true });
    await walk.markTreated(page);
    const recorded = await walk.meeting();
    expect(recorded?.items.find((item) => item.title === KLAGE)?.conclusion).toEqual([OUTCOME, REASON]);

    const { minutes, text } = await walk.endAndMakeMinutes(page);
    log.motebok = text;
    log.fileName = minutes.fileName;
    expect(text).toMatch(/^Møtebok Sakkunnig nemnd for eigedomsskatt 03\.03\.26$/m);
    expect(text).toMatch(/Møtestad\s*Kommunehuset/);
    expect(text).toMatch(/Møtehandsaming og vedtak/);
    expect(text).toMatch(/001\/26[\s\S]*Tilråding:\nKlaga vert ikkje teken til følgje\.[\s\S]*Vedtak:\nKlaga vert ikkje teken til følgje\.\nNemnda finn ikkje/);
    expect(text).toMatch(/Forfall[\s\S]*Nils Bø/);
    expect(text).not.toMatch(BOKMAAL);
    await page.context().close();
  }, 400_000);

  it('the next meeting opens with the møtebok approved as its first sak, «001/27 Godkjenning av møtebok frå møte i …»', async () => {
    const context = await walk.harness.newContext();
    await context.clock.install({ time: new Date('2027-01-05T08:00:00+01:00') });
    const page = await context.newPage();
    const agenda = await walk.newMeeting(page, { date: '2027-01-12', starts: '09:00', ends: '15:00', place: 'Kommunehuset' });
    log.nextAgenda = await agenda.innerText();
    expect(log.nextAgenda).toMatch(/^001\/27\s*Godkjenning av møtebok frå møte i Sakkunnig nemnd for eigedomsskatt 03\.03\.2026/m);
    expect(log.nextAgenda).not.toMatch(/Godkjenning av innkalling|Eventuelt/);
    // Its record is the «Møtebok», so the PDF of the papers before the meeting is not one too: «Saksdokument», in its nynorsk.
    await page.getByRole('button', { name: 'Lag saksdokument (PDF)' }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('button', { name: /^Lag møtebok/i }).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('eigedomsskattenemnd-next-agenda.png'), fullPage: true });
    await context.close();
  }, 300_000);
});
