// A hospital's klinisk etikkomité: its meetings are closed as a whole (not a folkevalgt organ, so kommuneloven's
// møteoffentlighet does not reach it) and its saker are about patients, so under helsepersonelloven § 21's taushetsplikt
// («opplysninger om folks legems- eller sykdomsforhold eller andre personlige forhold»,
// https://www.helsedirektoratet.no/rundskriv/helsepersonelloven-med-kommentarer/taushetsplikt-og-opplysningsrett/-21.hovedregel-om-taushetsplikt)
// and by offentleglova § 13 exempt by duty (https://pvv.org/~thomassk/jus/trygderett/rundskriv/2016/hovednummer/hovednummer-82-offentleglova/rundskriv-til-h.nr.82-kap.6-opplysningar-underlagde-teieplikt-offentleglova-13.html),
// while the journal and a saksliste with neutral titles may still be public. Unlike the tilsettingsråd and the klagenemnd walks
// (public meetings, each sak in a lukket møte), this committee says in its settings that its meetings are not public at all, and
// that new saker start exempt with its hjemmel. The secretary adds two patient saker — one presented by the treating physician,
// one with no public title — and one open sak, sends the innkalling, records in the side panel a relative who came only for the
// first sak, and makes the referat. Every text the public may get (the invitation body, the public referat rendered as the
// product renders it) is checked against `hiddenTexts`, and against the patient's, the physician's and the relative's names
// typed here — so a gap in `hiddenTexts` itself would show. What each step showed: out/closedCommittee-log.json and the screenshots.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hiddenTexts, leaksIn, PUBLIC_VIEWER, publicVersion } from '../src/domain/confidentiality';
import { renderReferatDocx } from '../src/documents';
import { docxParagraphs } from '../src/documents/testing/docxText';
import { pickPerson, startCommitteeWalk, type CommitteeWalk } from './support/committeeWalk';
import { screenshotPath } from './support/screenshots';

const NAME = 'Klinisk etikkomité ved Nordfjell sykehus';
const BASIS = 'offl. § 13 jf. hpl. § 21';
const END_OF_LIFE = 'Pasient Olav Brekke (f. 1941), medisinsk avdeling – avslutning av livsforlengende behandling';
const END_OF_LIFE_PUBLIC = 'Etisk drøfting av en pasientsak';
const TRANSFUSION = 'Foreldre avslår blodoverføring til barn på barneavdelingen';
const OPEN = 'Årsmelding for etikkomiteen 2026';
const PHYSICIAN = 'Tobias Solli Iveland';
const RELATIVE = 'Sigrun Brekke';
const ADVICE = 'Komiteen anbefaler at livsforlengende behandling avsluttes, i samråd med de pårørende.';
// Names that must never reach a public text, whatever `hiddenTexts` says.
const NEVER_PUBLIC = [/Brekke/, /blodoverføring/, new RegExp(PHYSICIAN)];
const log: Record<string, unknown> = {};

describe('a klinisk etikkomité: meetings closed as a whole, every new sak exempt by the committee’s hjemmel', () => {
  let walk: CommitteeWalk;

  beforeAll(async () => {
    walk = await startCommitteeWalk({ name: NAME, slug: 'closedCommittee' });
  }, 300_000);
  afterAll(async () => walk?.close(log));

  it('the secretary creates it, says its meetings are not public and new saker are exempt by offl. § 13 jf. hpl. § 21', async () => {
    const context = await walk.harness.newContext();
    const page = await context.newPage();
    const form = await walk.newCommitteeForm(page, { preset: 'Styringsgruppe', shortName: 'Etikkomité', organisation: 'Nordfjell sykehus HF' });
    await pickPerson(page, form.getByRole('combobox', { name: /^Fast møteleder/ }), 'Renate', 'Renate Solstad');
    const members = form.getByRole('combobox', { name: /^Faste medlemmer/ });
    await pickPerson(page, members, 'Renate', 'Renate Solstad');
    await pickPerson(page, members, 'Andreas', 'Andreas Aass-Engstrøm');
    await form.getByRole('checkbox', { name: 'Møtene er åpne for allmennheten' }).uncheck();
    await form.getByRole('checkbox', { name: 'Nye saker merkes unntatt offentlighet' }).check();
    await form.getByRole('combobox', { name: 'Hjemmel for nye saker' }).fill(BASIS);
    // A committee that never meets in public is offered no «lukket møte», neither for new saker nor on a sak.
    expect(await form.getByRole('combobox', { name: 'Nye saker behandles i lukket møte' }).count()).toBe(0);
    log.settings = await form.locator('fieldset').filter({ hasText: 'Nye saker' }).innerText();
    await page.screenshot({ path: screenshotPath('closedCommittee-settings.png'), fullPage: true });
    const created = await walk.createCommittee(page, form);
    log.committee = created?.confidentiality;
    expect(created?.confidentiality).toMatchObject({ publicMeetings: false, newItems: { exempt: { basis: BASIS } } });
    await context.close();
  }, 300_000);

  it('the secretary adds two patient saker that start exempt with nothing typed on them, one open sak, and sends the innkalling', async () => {
    const context = await walk.harness.newContext();
    await context.clock.install({ time: new Date('2026-12-01T08:00:00+01:00') });
    const page = await context.newPage();
    await walk.newMeeting(page, { date: '2026-12-10', starts: '14:00', ends: '16:00', place: 'Nordfjell sykehus, møterom Fjorden' });
    const marking = page.getByRole('region', { name: 'Offentlighet' });

    await page.getByRole('button', { name: 'Legg til sak' }).click();
    await page.getByRole('textbox', { name: 'Tittel', exact: true }).fill(END_OF_LIFE);
    await pickPerson(page, page.getByRole('combobox', { name: /^Ansvar \(presenterer\)/ }), 'Tobias', PHYSICIAN);
    expect(await marking.getByRole('checkbox', { name: 'Saken er unntatt offentlighet' }).isChecked()).toBe(true);
    expect(await marking.getByRole('combobox', { name: 'Hjemmel' }).first().inputValue()).toBe(BASIS);
    expect(await marking.getByRole('checkbox', { name: 'Saken behandles i lukket møte' }).count()).toBe(0);
    await marking.getByRole('textbox', { name: /Offentlig tittel/ }).fill(END_OF_LIFE_PUBLIC);
    log.marking = await marking.innerText();
    await page.screenshot({ path: screenshotPath('closedCommittee-sak.png'), fullPage: true });
    await page.getByRole('button', { name: 'Lukk', exact: true }).click();
    await walk.addRow(page, TRANSFUSION);
    await page.getByRole('button', { name: 'Legg til sak' }).click();
    await page.getByRole('textbox', { name: 'Tittel', exact: true }).fill(OPEN);
    await marking.getByRole('checkbox', { name: 'Saken er unntatt offentlighet' }).uncheck();
    await page.getByRole('button', { name: 'Lukk', exact: true }).click();
    await walk.saved(page);

    const stored = await walk.meeting();
    log.saksliste = stored?.items.map((item) => [item.caseNumber ?? '', item.title, item.confidentiality ?? null]);
    const byTitle = (title: string) => stored?.items.find((item) => item.title === title);
    expect(byTitle(END_OF_LIFE)?.confidentiality).toEqual({ exempt: { basis: BASIS, publicTitle: END_OF_LIFE_PUBLIC } });
    expect(byTitle(TRANSFUSION)?.confidentiality).toEqual({ exempt: { basis: BASIS } });
    expect(byTitle(OPEN)?.confidentiality).toBeUndefined();

    log.preview = await walk.preview(page, /Årsmelding/);
    await page.screenshot({ path: screenshotPath('closedCommittee-preview.png'), fullPage: true });
    await page.keyboard.press('Escape');
    await walk.send(await walk.openSendDialog(page));
    await walk.status('noticeSent');

    const committee = await walk.committee();
    const meeting = await walk.meeting();
    if (committee === undefined || meeting === undefined) throw new Error('committee or meeting missing');
    const invitation = await walk.invitation();
    const text = invitation.text;
    log.invitation = { subject: invitation.subject, body: text };
    expect(hiddenTexts({ committee, meeting }, PUBLIC_VIEWER)).toEqual(expect.arrayContaining([END_OF_LIFE, TRANSFUSION, PHYSICIAN]));
    expect(leaksIn(text, hiddenTexts({ committee, meeting }, PUBLIC_VIEWER))).toEqual([]);
    for (const name of NEVER_PUBLIC) expect(`${invitation.subject} ${text}`).not.toMatch(name);
    expect(text).toContain(END_OF_LIFE_PUBLIC);
    expect(text).toContain(`Unntatt offentlighet, ${BASIS}`);
    await context.close();
  }, 400_000);

  it('the referent shows the patient sak on the screen to the members, records a relative who came only for it and the committee’s advice, and makes the referat', async () => {
    const held = await walk.meeting();
    const first = held?.items.find((item) => item.title === END_OF_LIFE)?.id ?? '';
    const page = await walk.openSidePanel(await walk.harness.newContext(), held?.id ?? '');
    await walk.startMeeting(page);
    await page.getByRole('tab', { name: 'Oppmøte' }).click();
    await page.getByTestId('attendance').waitFor({ timeout: 30_000 });
    for (const member of ['Renate Solstad', 'Andreas Aass-Engstrøm']) await page.getByRole('combobox', { name: `Status for ${member}` }).selectOption({ label: 'Til stede' });
    // Only the members are in the room, and every meeting of this committee is closed: the patient sak may go on the screen.
    // The tab named by the committee's word for its list: the Styringsgruppe preset's «Dagsorden» (conventions.agendaHeading).
    await page.getByRole('tab', { name: 'Dagsorden' }).click();
    await walk.setCurrent(page, first);
    const reveal = page.getByRole('checkbox', { name: 'Vis på skjerm' });
    await expect.poll(() => reveal.isEnabled(), { timeout: 20_000 }).toBe(true);
    await reveal.check();
    await page.screenshot({ path: screenshotPath('closedCommittee-reveal.png'), fullPage: true });
    await expect.poll(async () => (await walk.meeting())?.stageRevealItemId, { timeout: 20_000 }).toBe(first);

    // The relative, who may not see the sak, comes in for it: the screen goes back to the public title by itself.
    await page.getByRole('tab', { name: 'Oppmøte' }).click();
    await page.getByTestId('attendance').waitFor({ timeout: 30_000 });
    await page.getByRole('textbox', { name: 'Legg til deltaker som ikke er fast medlem' }).fill(RELATIVE);
    await page.getByRole('combobox', { name: 'Møtte bare for sak' }).selectOption(first);
    await page.getByRole('button', { name: 'Legg til', exact: true }).click();
    const relative = async () => (await walk.meeting())?.attendance.find((entry) => entry.person.name === RELATIVE)?.items;
    await expect.poll(relative, { timeout: 20_000 }).toEqual([{ from: first }]);
    log.attendanceTab = await page.getByTestId('attendance').innerText();
    // The lists of saker (long titles) stay inside the 320 px panel: nothing to scroll sideways (WCAG 1.4.10).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.screenshot({ path: screenshotPath('closedCommittee-attendance.png'), fullPage: true });
    await page.getByRole('tab', { name: 'Dagsorden' }).click();
    const recorder = page.getByTestId('item-recorder');
    await recorder.or(page.getByTestId(`agenda-item-${first}`)).first().waitFor({ timeout: 30_000 });
    if (!(await recorder.isVisible())) await page.getByTestId(`agenda-item-${first}`).click();
    await expect.poll(() => reveal.isDisabled(), { timeout: 20_000 }).toBe(true);
    expect(await page.locator('body').innerText()).toContain('Noen som er til stede har ikke tilgang til saken');
    const conclusion = page.getByTestId('conclusion');
    await conclusion.getByRole('button', { name: 'Legg til punkt' }).click();
    await conclusion.getByRole('textbox', { name: 'Punkt 1' }).fill(ADVICE);
    await page.screenshot({ path: screenshotPath('closedCommittee-side-panel-sak.png'), fullPage: true });
    await walk.markTreated(page);

    const { text } = await walk.endAndMakeMinutes(page);
    log.referat = text;
    // The full referat (the committee's and the secretariat's) has it all: the patient, the physician, the relative.
    expect(text).toContain(END_OF_LIFE);
    expect(text).toContain(ADVICE);
    expect(text).toContain(RELATIVE);

    // The public referat, rendered as «Lag offentlig versjon» renders it, has none of them.
    const committee = await walk.committee();
    const after = await walk.meeting();
    if (committee === undefined || after === undefined) throw new Error('committee or meeting missing');
    const hidden = hiddenTexts({ committee, meeting: after }, PUBLIC_VIEWER);
    expect(hidden).toEqual(expect.arrayContaining([RELATIVE, PHYSICIAN, ADVICE]));
    const open = (await docxParagraphs(await renderReferatDocx(publicVersion({ committee, meeting: after })))).join('\n');
    log.publicReferat = open;
    expect(leaksIn(open, hidden)).toEqual([]);
    for (const name of NEVER_PUBLIC) expect(open).not.toMatch(name);
    expect(open).toContain(END_OF_LIFE_PUBLIC);
    expect(open).toContain(OPEN);
    await page.context().close();
  }, 400_000);
});
