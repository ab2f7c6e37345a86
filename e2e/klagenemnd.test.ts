// A kommunal klagenemnd (forvaltningsloven § 28 andre ledd; or the klagenemnd for eiendomsskatt), whose saker are klagesaker
// from private parties: the party's name is exempt (offl. § 13 jf. fvl. § 13), the sak treated in a lukket møte (koml. § 11-5),
// the nemnd's vedtak one of «Klagen tas til følge / tas delvis til følge / tas ikke til følge», and a member often inhabil
// (fvl. § 6). Set up through the product's settings from the «Klagenemnd» preset (its three outcome buttons filled in), with
// «Nye saker merkes unntatt offentlighet» and its hjemmel typed once. The secretary adds two klagesaker (one with a public title
// without the party's name, one without) and one open orientering, sends the innkalling, records in the side panel that a member
// is inhabil and steps out, writes the vedtak with an outcome button and a begrunnelse after it, and makes the møteprotokoll.
// What each step showed is written to out/klagenemnd-log.json with the screenshots and out/klagenemnd-protokoll.docx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hiddenTexts, leaksIn, PUBLIC_VIEWER, publicVersion } from '../src/domain/confidentiality';
import { graph, passwordToken } from '../tenant/testing/tenantClient';
import { pickPerson, startCommitteeWalk, type CommitteeWalk } from './support/committeeWalk';
import { screenshotPath } from './support/screenshots';
import { SECRETARY_UPN } from './support/workspaceHarness';

const NAME = 'Klagenemnda i Nordfjell kommune';
const BASIS = 'offl. § 13 jf. fvl. § 13 første ledd nr. 1';
const CLOSED = 'koml. § 11-5';
const OUTCOMES = ['Klagen tas til følge.', 'Klagen tas delvis til følge.', 'Klagen tas ikke til følge.'];
const LOAN = 'Klage fra Ola Nordmann på avslag om startlån';
const LOAN_PUBLIC = 'Klage på avslag om startlån';
const TAX = 'Klage fra Kari Hansen på eiendomsskattetakst for gnr. 12 bnr. 34';
const OPEN = 'Orientering om klagesaker behandlet i 2026';
const REASON = 'Nemnda finner ikke at klagen inneholder nye opplysninger som gir grunnlag for å endre vedtaket.';
const log: Record<string, unknown> = {};

describe('a klagenemnd: klagesaker with the party exempt, an inhabil member stepping out, and the vedtak written with an outcome button', () => {
  let walk: CommitteeWalk;

  beforeAll(async () => {
    walk = await startCommitteeWalk({ name: NAME, slug: 'klagenemnd' });
  }, 300_000);
  afterAll(async () => walk?.close(log));

  it('the secretary creates it from the «Klagenemnd» preset, whose outcome buttons are filled in, and says once that new saker are exempt and closed', async () => {
    const context = await walk.harness.newContext();
    const page = await context.newPage();
    const form = await walk.newCommitteeForm(page, { preset: /^Klagenemnd/, shortName: 'Klagenemnd', organisation: 'Nordfjell kommune' });
    expect(await form.getByRole('textbox', { name: /^Utfallsknapper i referentens panel/ }).inputValue()).toBe(OUTCOMES.join('\n'));
    await pickPerson(page, form.getByRole('combobox', { name: /^Fast møteleder/ }), 'Renate', 'Renate Solstad');
    const members = form.getByRole('combobox', { name: /^Faste medlemmer/ });
    await pickPerson(page, members, 'Renate', 'Renate Solstad');
    await pickPerson(page, members, 'Andreas', 'Andreas Aass-Engstrøm');
    await pickPerson(page, members, 'Kristin', 'Kristin Liset');
    await form.getByRole('checkbox', { name: 'Nye saker merkes unntatt offentlighet' }).check();
    await form.getByRole('combobox', { name: 'Hjemmel for nye saker' }).fill(BASIS);
    await form.getByRole('combobox', { name: 'Nye saker behandles i lukket møte' }).selectOption({ label: CLOSED });
    await page.screenshot({ path: screenshotPath('klagenemnd-settings-new.png'), fullPage: true });
    await walk.createCommittee(page, form);
    await expect.poll(async () => (await walk.committee())?.conventions?.outcomes, { timeout: 20_000 }).toEqual(OUTCOMES);
    const created = await walk.committee();
    log.committee = created;
    expect(created?.conventions?.outcomes).toEqual(OUTCOMES);
    expect(created?.confidentiality?.newItems).toEqual({ exempt: { basis: BASIS }, closedMeeting: { basis: CLOSED } });
    await context.close();
  }, 300_000);

  it('the secretary adds two klagesaker (the party named only in the real title) and one open orientering, and sends the innkalling', async () => {
    const context = await walk.harness.newContext();
    await context.clock.install({ time: new Date('2026-12-01T08:00:00+01:00') });
    const page = await context.newPage();
    await walk.newMeeting(page, { date: '2026-12-10', starts: '13:00', ends: '15:00', place: 'Nordfjell rådhus, formannskapssalen' });
    const marking = page.getByRole('region', { name: 'Offentlighet' });

    await page.getByRole('button', { name: 'Legg til sak' }).click();
    await page.getByRole('textbox', { name: 'Tittel', exact: true }).fill(LOAN);
    await page.getByRole('checkbox', { name: 'Klagesak', exact: true }).check();
    // Nothing typed on the sak's marking: the committee's default made it exempt and closed; the public title leaves the party out.
    expect(await marking.getByRole('checkbox', { name: 'Saken er unntatt offentlighet' }).isChecked()).toBe(true);
    await marking.getByRole('textbox', { name: /Offentlig tittel/ }).fill(LOAN_PUBLIC);
    log.markingAsCreated = await marking.innerText();
    await page.screenshot({ path: screenshotPath('klagenemnd-sak-unntatt.png'), fullPage: true });
    await page.getByRole('button', { name: 'Lukk', exact: true }).click();
    await walk.addRow(page, TAX, { kind: 'Klagesak' });
    await page.getByRole('button', { name: 'Legg til sak' }).click();
    await page.getByRole('textbox', { name: 'Tittel', exact: true }).fill(OPEN);
    await marking.getByRole('checkbox', { name: 'Saken er unntatt offentlighet' }).uncheck();
    await marking.getByRole('checkbox', { name: 'Saken behandles i lukket møte' }).uncheck();
    await page.getByRole('button', { name: 'Lukk', exact: true }).click();
    await walk.saved(page);

    const stored = await walk.meeting();
    log.stored = stored?.items.map((item) => [item.title, item.kinds ?? [], item.confidentiality ?? null]);
    const byTitle = (title: string) => stored?.items.find((item) => item.title === title);
    expect(byTitle(LOAN)?.confidentiality).toEqual({ exempt: { basis: BASIS, publicTitle: LOAN_PUBLIC }, closedMeeting: { basis: CLOSED } });
    expect(byTitle(TAX)?.confidentiality).toEqual({ exempt: { basis: BASIS }, closedMeeting: { basis: CLOSED } });
    expect(byTitle(OPEN)?.confidentiality).toBeUndefined();
    log.saksliste = stored?.items.map((item) => [item.caseNumber ?? '', item.title, item.kinds ?? [], item.confidentiality ?? null]);

    log.preview = await walk.preview(page, /klagesaker behandlet/);
    await page.screenshot({ path: screenshotPath('klagenemnd-preview.png'), fullPage: true });
    await page.keyboard.press('Escape');
    await walk.send(await walk.openSendDialog(page));
    await walk.status('noticeSent');

    // The one event every invitee gets is the public view: neither party is named in it.
    const committee = await walk.committee();
    const meeting = await walk.meeting();
    if (committee === undefined || meeting === undefined) throw new Error('committee or meeting missing');
    const token = await passwordToken(walk.harness.tenant, SECRETARY_UPN, ['Calendars.ReadWrite']);
    const events = (await graph(walk.harness.tenant, token, '/me/events?$top=100')).json() as { value: { subject: string; body: { content: string } }[] };
    const body = events.value.find((event) => event.subject.includes(NAME))?.body.content ?? '';
    log.invitationBody = body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(leaksIn(body, hiddenTexts({ committee, meeting }, PUBLIC_VIEWER))).toEqual([]);
    expect(log.invitationBody).toContain(LOAN_PUBLIC);
    expect(log.invitationBody).not.toMatch(/Ola Nordmann|Kari Hansen/);
    await context.close();
  }, 400_000);

  it('the referent records a member inhabil in the first klagesak, writes «Klagen tas ikke til følge.» with a begrunnelse, and makes the møteprotokoll', async () => {
    const held = await walk.meeting();
    const loan = held?.items.find((item) => item.title === LOAN)?.id ?? '';
    const page = await walk.openSidePanel(await walk.harness.newContext(), held?.id ?? '');
    await walk.startMeeting(page);
    await walk.setCurrent(page, loan);

    // Andreas Aass-Engstrøm is inhabil in the klagesak (fvl. § 6) and steps out.
    await page.getByRole('tab', { name: 'Oppmøte' }).click();
    await page.getByTestId('attendance').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Legg til inhabilitet' }).click();
    const entry = page.getByTestId('disqualifications').getByRole('listitem').first();
    await entry.getByLabel('Hvem er inhabil').selectOption('Andreas Aass-Engstrøm');
    await entry.getByLabel('Møtets vedtak').selectOption({ label: 'Inhabil' });
    await entry.getByLabel('Grunnlag').fill('forvaltningsloven § 6 første ledd bokstav b');
    await page.keyboard.press('Tab');
    log.attendanceTab = await page.getByTestId('attendance').innerText();
    await page.getByRole('tab', { name: 'Saksliste' }).click();
    const recorder = page.getByTestId('item-recorder');
    await recorder.or(page.getByTestId(`agenda-item-${loan}`)).first().waitFor({ timeout: 30_000 });
    if (!(await recorder.isVisible())) await page.getByTestId(`agenda-item-${loan}`).click();
    // The inhabilitet stands where the sak is treated, in front of the referent.
    log.disqualificationNotice = await page.getByTestId('disqualification-notice').innerText();

    // The committee's outcome buttons sit beside «Som innstilt» and «Tatt til orientering»; a press writes the outcome first.
    await page.getByRole('button', { name: 'Klagen tas ikke til følge.' }).click();
    const conclusion = page.getByTestId('conclusion');
    await conclusion.getByRole('button', { name: 'Legg til punkt' }).click();
    await conclusion.getByRole('textbox', { name: 'Punkt 2' }).fill(REASON);
    log.sidePanelSak = await page.locator('body').innerText();
    await page.screenshot({ path: screenshotPath('klagenemnd-side-panel-sak.png'), fullPage: true });
    await walk.markTreated(page);
    const recorded = await walk.meeting();
    expect(recorded?.items.find((item) => item.id === loan)?.conclusion).toEqual(['Klagen tas ikke til følge.', REASON]);
    expect(recorded?.disqualifications).toEqual([{ itemId: loan, person: 'Andreas Aass-Engstrøm', decision: 'disqualified', ground: 'forvaltningsloven § 6 første ledd bokstav b' }]);

    const { text } = await walk.endAndMakeMinutes(page);
    log.moteprotokoll = text;
    expect(text).toMatch(/^Møteprotokoll/m);
    expect(text).toContain(LOAN);
    expect(text).toContain('Andreas Aass-Engstrøm');
    expect(text).toMatch(/Klagen tas ikke til følge\.\s*Nemnda finner ikke/);

    // The public version prints neither party's name nor the vedtak of an exempt klagesak.
    const committee = await walk.committee();
    const after = await walk.meeting();
    if (committee === undefined || after === undefined) throw new Error('committee or meeting missing');
    const open = publicVersion({ committee, meeting: after });
    log.publicVersion = open.meeting.items.map((item) => [item.caseNumber ?? '', item.title, item.conclusion]);
    expect(JSON.stringify(open)).not.toMatch(/Ola Nordmann|Kari Hansen/);
    expect(leaksIn(JSON.stringify(open), hiddenTexts({ committee, meeting: after }, PUBLIC_VIEWER))).toEqual([]);
    await page.context().close();
  }, 400_000);
});
