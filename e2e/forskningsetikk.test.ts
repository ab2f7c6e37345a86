// A regional komité for medisinsk og helsefaglig forskningsetikk set up through the product's own settings from the «Regional
// komité for medisinsk og helsefaglig forskningsetikk (REK)» preset (the REK referater of 2009–2015: REK nord, sør-øst, vest,
// midt; domain/committeePresets.ts `forskningsetikk`). The secretary makes the first meeting, whose «Dagsorden» opens «1
// Godkjenning av innkalling og dagsorden», «2 Erklæring om habilitet», adds a søknad with its REK number as the arkivreferanse
// («2026/1234-1») and an orienteringssak; the søknad is numbered «2026/1234» by its arkivsak (conventions.archiveNumbered), as
// REK vest's «2014/805 … Dokumentnummer: 2014/805-1 Prosjektsøknad», the orienteringssak «3». She previews and sends the
// innkalling; in the side panel records who met (each member's fagområde in the «Representerer» column, as the referater's
// «Stilling»), one member inhabil in the søknad, as REK midt's «erklærte seg inhabil i sak 2015/1181», the komité's vedtak, and
// makes the «Referat». The next meeting opens with the referat of the last, as REK vest's «Referat fra REK-møtet 8. mai 2014».
// Names and the søknad are made up for the test. What each step showed is written to out/forskningsetikk-log.json with the
// screenshots, out/forskningsetikk-innkalling.docx and out/forskningsetikk-protokoll.docx.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderInnkallingDocx } from '../src/documents/docx/innkallingDocx';
import { docxParagraphs } from '../src/documents/testing/docxText';
import { startCommitteeWalk, type CommitteeWalk } from './support/committeeWalk';
import { screenshotPath } from './support/screenshots';
import { ROOT } from './support/workspaceHarness';

const NAME = 'REK nordvest';
const SOKNAD = 'Søvn hos pasienter etter hjerteoperasjon';
const DECISION = 'Komiteen godkjenner prosjektet.';
const log: Record<string, unknown> = {};

/** The komité's members, each with the fagområde the referater print as «Stilling», and its sekretariat. */
const MEMBERS = [
  { name: 'Anne Fjeld', email: 'anne.fjeld@rek.example.no', organisation: 'Leder medisin' },
  { name: 'Bjørn Lia', email: 'bjorn.lia@rek.example.no', organisation: 'Jus personvern' },
  { name: 'Cecilie Moe', email: 'cecilie.moe@rek.example.no', organisation: 'Lekrepresentasjon' },
  { name: 'Dag Nes', email: 'dag.nes@rek.example.no', organisation: 'Etikk' },
] as const;

describe('a REK: its dagsorden opened by the innkalling and habilitet, a søknad numbered by its REK number «2026/1234», an inhabilitet, a Referat', () => {
  let walk: CommitteeWalk;

  beforeAll(async () => {
    walk = await startCommitteeWalk({ name: NAME, slug: 'forskningsetikk' });
  }, 300_000);
  afterAll(async () => walk?.close(log));

  it('the secretary creates it from the preset with its members and their fagområde', async () => {
    const context = await walk.harness.newContext();
    const page = await context.newPage();
    const form = await walk.newCommitteeForm(page, { preset: 'Regional komité for medisinsk og helsefaglig forskningsetikk (REK)', shortName: 'REK', organisation: 'Universitetet i Nordvest' });
    expect(await form.getByLabel('Saksnummerformat').inputValue()).toBe('{N}');
    expect(await form.getByRole('checkbox', { name: /^Gi en sak med arkivreferanse arkivsakens nummer som saksnummer/ }).isChecked()).toBe(true);
    await walk.addMembers(form, MEMBERS);
    await form.getByLabel('Verv for Anne Fjeld').selectOption({ label: 'Møteleder' });
    log.form = await form.innerText();
    await page.screenshot({ path: screenshotPath('forskningsetikk-settings-new.png'), fullPage: true });
    const created = await walk.createCommittee(page, form);
    log.committee = created;
    expect(created?.conventions).toMatchObject({ minutes: 'referat', archiveNumbered: true, approvalRow: false, closingRows: 'ingen', attendanceTable: true, agendaHeading: 'dagsorden' });
    await context.close();
  }, 300_000);

  it('the secretary makes the meeting, adds a søknad with its REK number and an orienteringssak, previews the innkalling and sends it', async () => {
    const context = await walk.harness.newContext();
    await context.clock.install({ time: new Date('2026-05-20T08:00:00+02:00') });
    const page = await context.newPage();
    const agenda = await walk.newMeeting(page, { date: '2026-06-04', starts: '09:30', ends: '16:00', place: 'Labbygget' });
    await walk.addRow(page, SOKNAD, { kind: 'Prosjektsøknad', archiveRef: '2026/1234-1' });
    await walk.addRow(page, 'Orienteringssaker', { kind: 'Orienteringssak' });
    await page.getByRole('button', { name: `Rediger 2026/1234 ${SOKNAD}` }).click();
    const proposal = page.getByRole('group', { name: 'Forslag til vedtak', exact: true });
    await proposal.getByRole('button', { name: 'Legg til punkt' }).click();
    await proposal.getByRole('textbox', { name: 'Punkt 1' }).fill(DECISION);
    await page.getByRole('button', { name: 'Lukk', exact: true }).click();
    await walk.saved(page);
    log.agenda = await agenda.innerText();
    // REK nord's «Til dagsorden 1. Godkjenning av innkalling og dagsorden 2. Erklæring om habilitet», the søknad by its REK number.
    expect(log.agenda).toMatch(/^1\s*Godkjenning av innkalling og dagsorden[\s\S]*^2\s*Erklæring om habilitet[\s\S]*^2026\/1234\s*Søvn hos pasienter[\s\S]*^3\s*Orienteringssaker/m);
    expect(log.agenda).not.toMatch(/Eventuelt|Oppsummering/);
    await page.screenshot({ path: screenshotPath('forskningsetikk-agenda.png'), fullPage: true });

    log.preview = await walk.preview(page, /Orienteringssaker/);
    await page.screenshot({ path: screenshotPath('forskningsetikk-preview.png'), fullPage: true });
    expect(log.preview).toMatch(/^Dagsorden$/m);
    expect(log.preview).toMatch(/2026\/1234[\s\S]*Prosjektsøknad[\s\S]*Søvn hos pasienter etter hjerteoperasjon/);
    expect(log.preview).toMatch(/Forslag til vedtak:?\s*Komiteen godkjenner prosjektet\./);
    await page.keyboard.press('Escape');

    await walk.send(await walk.openSendDialog(page));
    await walk.status('noticeSent');

    // The innkalling as the workspace makes it, from what was stored, for a person to look at.
    const committee = await walk.committee();
    const meeting = await walk.meeting();
    if (!committee || !meeting) throw new Error('komiteen eller møtet ble ikke lagret');
    const innkalling = await renderInnkallingDocx({ committee, meeting });
    mkdirSync(path.join(ROOT, 'out'), { recursive: true });
    writeFileSync(path.join(ROOT, 'out/forskningsetikk-innkalling.docx'), innkalling);
    log.innkalling = (await docxParagraphs(innkalling)).join('\n');
    expect(log.innkalling).toMatch(/2026\/1234\nProsjektsøknad/);
    await context.close();
  }, 400_000);

  it('the secretary records who met, an inhabilitet in the søknad and the komité\'s vedtak, and makes the referat', async () => {
    const held = await walk.meeting();
    const soknad = held?.items.find((item) => item.title === SOKNAD);
    expect(soknad?.caseNumber).toBe('2026/1234');
    const page = await walk.openSidePanel(await walk.harness.newContext(), held?.id ?? '');
    await walk.startMeeting(page);
    await walk.recordAttendance(page, { present: ['Anne Fjeld', 'Bjørn Lia', 'Cecilie Moe'], absent: [{ name: 'Dag Nes' }] });
    log.attendanceTab = await page.getByTestId('attendance').innerText();

    await page.getByRole('tab', { name: 'Dagsorden' }).click();
    await walk.setCurrent(page, soknad?.id ?? '');
    // Bjørn Lia inhabil in the søknad, as REK midt's «… erklærte seg inhabil i sak 2015/1181, og deltok derfor ikke i vurderingen».
    await page.getByRole('tab', { name: /^Oppmøte/ }).click();
    await page.getByRole('button', { name: 'Legg til inhabilitet' }).click();
    const entry = page.getByTestId('disqualifications').getByRole('listitem').first();
    await entry.getByLabel('Hvem er inhabil').selectOption('Bjørn Lia');
    await entry.getByLabel('Møtets vedtak').selectOption({ label: 'Inhabil' });
    await entry.getByLabel('Grunnlag').fill('forvaltningsloven § 6 andre ledd');
    await page.getByRole('tab', { name: 'Dagsorden' }).click();
    const conclusion = page.getByTestId('conclusion');
    await conclusion.getByRole('button', { name: 'Legg til punkt' }).click();
    await conclusion.getByRole('textbox', { name: 'Punkt 1' }).fill(DECISION);
    log.sidePanelSak = await page.locator('body').innerText();
    await page.screenshot({ path: screenshotPath('forskningsetikk-side-panel-sak.png'), fullPage: true });
    await walk.markTreated(page);
    const recorded = await walk.meeting();
    expect(recorded?.items.find((item) => item.title === SOKNAD)?.conclusion).toEqual([DECISION]);

    const { minutes, text } = await walk.endAndMakeMinutes(page);
    log.referat = text;
    log.fileName = minutes.fileName;
    expect(text).toMatch(/^Referat REK nordvest 04\.06\.26$/m);
    expect(text).toMatch(/2026\/1234[\s\S]*Prosjektsøknad[\s\S]*Vedtak:\nKomiteen godkjenner prosjektet\./);
    expect(text).toMatch(/Bjørn Lia[\s\S]*Jus personvern/);
    expect(text).toMatch(/Forfall[\s\S]*Dag Nes/);
    expect(text).toMatch(/Bjørn Lia[^\n]*inhabil/i);
    await page.context().close();
  }, 400_000);

  it('the next meeting opens with the innkalling, habilitet and the last referat, numbered 1 to 3', async () => {
    const context = await walk.harness.newContext();
    await context.clock.install({ time: new Date('2026-08-10T08:00:00+02:00') });
    const page = await context.newPage();
    const agenda = await walk.newMeeting(page, { date: '2026-08-20', starts: '09:30', ends: '16:00', place: 'Labbygget' });
    log.nextAgenda = await agenda.innerText();
    expect(log.nextAgenda).toMatch(/^1\s*Godkjenning av innkalling og dagsorden[\s\S]*^2\s*Erklæring om habilitet[\s\S]*^3\s*Referat fra møte i REK nordvest 04\.06\.2026/m);
    await page.screenshot({ path: screenshotPath('forskningsetikk-next-agenda.png'), fullPage: true });
    await context.close();
  }, 300_000);
});
