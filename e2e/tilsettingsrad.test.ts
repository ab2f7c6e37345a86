// A tilsettingsråd, whose saker are nearly all unntatt offentlighet (offentleglova § 25 første ledd: «dokument i sak
// om tilsetjing»; the søkjarliste is public, § 25 andre ledd) and treated in a lukket møte (kommuneloven § 11-5: a sak
// about an arbeidstakers tjenstlige forhold). Set up through the product's settings from the «Kommunestyre / formannskap»
// preset, with «Nye saker merkes unntatt offentlighet» and its hjemmel typed once, and new saker in a lukket møte by the
// preset's koml. § 11-5. The secretary adds two tilsettingssaker (each starts exempt and closed, nothing typed) and one
// open orientering (unmarked on the sak), says the rektor's vedtak is public («Vedtaket er offentlig»: who is appointed is
// public), sends the innkalling, records a vedtak in the side panel and makes the møteprotokoll. What the innkalling carried is checked against the one rule (`hiddenTexts` for the public view). What
// each step showed is written to out/tilsettingsrad-log.json with the screenshots and out/tilsettingsrad-protokoll.docx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hiddenTexts, leaksIn, PUBLIC_VIEWER, publicVersion } from '../src/domain/confidentiality';
import { graph, passwordToken } from '../tenant/testing/tenantClient';
import { pickPerson, startCommitteeWalk, type CommitteeWalk } from './support/committeeWalk';
import { screenshotPath } from './support/screenshots';
import { SECRETARY_UPN } from './support/workspaceHarness';

const NAME = 'Tilsettingsrådet for grunnskolen';
const BASIS = 'offl. § 25 første ledd';
const CLOSED = 'koml. § 11-5';
const RECTOR = 'Tilsetting av rektor ved Nordfjell skole – innstilling';
const RECTOR_PUBLIC = 'Tilsetting av rektor ved Nordfjell skole';
const INSPECTOR = 'Tilsetting av inspektør ved Sjøvik skole – tre søkere intervjuet';
const OPEN = 'Orientering om rekrutteringssituasjonen i skolene';
const log: Record<string, unknown> = {};

describe('a tilsettingsråd: new saker start unntatt offentlighet and in a lukket møte by the committee’s own default', () => {
  let walk: CommitteeWalk;

  beforeAll(async () => {
    walk = await startCommitteeWalk({ name: NAME, slug: 'tilsettingsrad' });
  }, 300_000);
  afterAll(async () => walk?.close(log));

  it('the secretary creates it and says once that new saker are exempt by offl. § 25 and treated in a lukket møte', async () => {
    const context = await walk.harness.newContext();
    const page = await context.newPage();
    const form = await walk.newCommitteeForm(page, { preset: 'Kommunestyre / formannskap', shortName: 'Tilsetting', organisation: 'Nordfjell kommune' });
    await pickPerson(page, form.getByRole('combobox', { name: /^Fast møteleder/ }), 'Renate', 'Renate Solstad');
    const members = form.getByRole('combobox', { name: /^Faste medlemmer/ });
    await pickPerson(page, members, 'Renate', 'Renate Solstad');
    await pickPerson(page, members, 'Andreas', 'Andreas Aass-Engstrøm');
    await form.getByRole('checkbox', { name: 'Nye saker merkes unntatt offentlighet' }).check();
    await form.getByRole('combobox', { name: 'Hjemmel for nye saker' }).fill(BASIS);
    await form.getByRole('combobox', { name: 'Nye saker behandles i lukket møte' }).selectOption({ label: CLOSED });
    log.newItemsSettings = await form.locator('fieldset').filter({ hasText: 'Nye saker' }).innerText();
    await page.screenshot({ path: screenshotPath('tilsettingsrad-settings-new.png'), fullPage: true });
    const created = await walk.createCommittee(page, form);
    log.committee = created;
    expect(created?.confidentiality?.newItems).toEqual({ exempt: { basis: BASIS }, closedMeeting: { basis: CLOSED } });
    await context.close();
  }, 300_000);

  it('the secretary adds two tilsettingssaker that start exempt and closed, unmarks the one open sak, and sends the innkalling', async () => {
    const context = await walk.harness.newContext();
    await context.clock.install({ time: new Date('2026-12-01T08:00:00+01:00') });
    const page = await context.newPage();
    await walk.newMeeting(page, { date: '2026-12-10', starts: '09:00', ends: '11:00', place: 'Nordfjell rådhus, møterom 2' });
    const marking = page.getByRole('region', { name: 'Offentlighet' });

    await page.getByRole('button', { name: 'Legg til sak' }).click();
    await page.getByRole('textbox', { name: 'Tittel', exact: true }).fill(RECTOR);
    // Nothing typed on the sak: the committee's default marked it, with its hjemmel chosen, and closed the meeting for it.
    expect(await marking.getByRole('checkbox', { name: 'Saken er unntatt offentlighet' }).isChecked()).toBe(true);
    expect(await marking.getByRole('combobox', { name: 'Hjemmel' }).first().inputValue()).toBe(BASIS);
    expect(await marking.getByRole('checkbox', { name: 'Saken behandles i lukket møte' }).isChecked()).toBe(true);
    await marking.getByRole('textbox', { name: /Offentlig tittel/ }).fill(RECTOR_PUBLIC);
    // Who is appointed is public though the tilsettingssak's documents are exempt: the public protokoll prints the vedtak.
    await marking.getByRole('checkbox', { name: 'Vedtaket er offentlig' }).check();
    log.markingAsCreated = await marking.innerText();
    await page.screenshot({ path: screenshotPath('tilsettingsrad-sak-unntatt.png'), fullPage: true });
    await page.getByRole('button', { name: 'Lukk', exact: true }).click();

    await walk.addRow(page, INSPECTOR);
    await page.getByRole('button', { name: 'Legg til sak' }).click();
    await page.getByRole('textbox', { name: 'Tittel', exact: true }).fill(OPEN);
    await marking.getByRole('checkbox', { name: 'Saken er unntatt offentlighet' }).uncheck();
    await marking.getByRole('checkbox', { name: 'Saken behandles i lukket møte' }).uncheck();
    await page.getByRole('button', { name: 'Lukk', exact: true }).click();
    await walk.saved(page);

    const stored = await walk.meeting();
    const byTitle = (title: string) => stored?.items.find((item) => item.title === title)?.confidentiality;
    expect(byTitle(RECTOR)).toEqual({ exempt: { basis: BASIS, publicTitle: RECTOR_PUBLIC, decisionPublic: true }, closedMeeting: { basis: CLOSED } });
    expect(byTitle(INSPECTOR)).toEqual({ exempt: { basis: BASIS }, closedMeeting: { basis: CLOSED } });
    expect(byTitle(OPEN)).toBeUndefined();
    // The fixed rows of the preset's template are not new saker: they stay open.
    const walked = new Set([RECTOR, INSPECTOR, OPEN]);
    log.fixedRows = stored?.items.filter((item) => !walked.has(item.title)).map((item) => [item.title, item.confidentiality ?? null]);
    expect(stored?.items.filter((item) => item.confidentiality !== undefined)).toHaveLength(2);

    log.preview = await walk.preview(page, /rekrutteringssituasjonen/);
    expect(log.preview).toContain(`Unntatt offentlighet, ${BASIS}`);
    expect(log.preview).toContain(`Behandles i lukket møte, ${CLOSED}`);
    await page.keyboard.press('Escape');
    await walk.send(await walk.openSendDialog(page));
    await walk.status('noticeSent');

    // The one event every invitee gets is rendered from the public view: no real title of a tilsettingssak in it.
    const committee = await walk.committee();
    const meeting = await walk.meeting();
    if (committee === undefined || meeting === undefined) throw new Error('committee or meeting missing');
    const token = await passwordToken(walk.harness.tenant, SECRETARY_UPN, ['Calendars.ReadWrite']);
    const events = (await graph(walk.harness.tenant, token, '/me/events?$top=100')).json() as { value: { subject: string; body: { content: string } }[] };
    const invitation = events.value.find((event) => event.subject.includes(NAME));
    expect(invitation, 'innkallingen').toBeDefined();
    const body = invitation?.body.content ?? '';
    log.invitationBody = body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(leaksIn(body, hiddenTexts({ committee, meeting }, PUBLIC_VIEWER))).toEqual([]);
    expect(log.invitationBody).toContain(RECTOR_PUBLIC);
    expect(log.invitationBody).toContain(OPEN);
    expect(log.invitationBody).not.toContain(INSPECTOR);
    await context.close();
  }, 400_000);

  it('the secretary records the vedtak of a tilsettingssak in the side panel and makes the møteprotokoll', async () => {
    const held = await walk.meeting();
    const page = await walk.openSidePanel(await walk.harness.newContext(), held?.id ?? '');
    await walk.startMeeting(page);
    await walk.setCurrent(page, held?.items.find((item) => item.title === RECTOR)?.id ?? '');
    const conclusion = page.getByTestId('conclusion');
    await conclusion.getByRole('button', { name: 'Legg til punkt' }).click();
    await conclusion.getByRole('textbox', { name: 'Punkt 1' }).fill('Tilsettingsrådet tilsetter søker nr. 1 i innstillingen som rektor ved Nordfjell skole.');
    log.sidePanelSak = await page.locator('body').innerText();
    await page.screenshot({ path: screenshotPath('tilsettingsrad-side-panel-sak.png'), fullPage: true });
    await walk.markTreated(page);

    const { text } = await walk.endAndMakeMinutes(page);
    log.moteprotokoll = text;
    // The full protokoll (for the secretariat and the members) has the real titles and the vedtak.
    expect(text).toMatch(/^Møteprotokoll/m);
    expect(text).toContain(RECTOR);
    expect(text).toContain('tilsetter søker nr. 1');
    // …and the møtebok says which saker were treated in a lukket møte and are exempt, with the hjemler; the open one says neither.
    expect(text).toMatch(new RegExp(`PS 2/26\\s*${RECTOR}\\s*Behandlet i lukket møte, ${CLOSED}\\s*Unntatt offentlighet, ${BASIS}`));
    expect(text).toMatch(/PS 3\/26[\s\S]*Behandlet i lukket møte[\s\S]*PS 4\/26/);
    expect(text.slice(text.indexOf('PS 4/26'))).not.toContain('lukket møte');
    // The public version prints the vedtak the secretary said is public, and nothing else exempt of either tilsettingssak.
    const committee = await walk.committee();
    const recorded = await walk.meeting();
    if (committee === undefined || recorded === undefined) throw new Error('committee or meeting missing');
    const open = publicVersion({ committee, meeting: recorded });
    expect(open.meeting.items.find((item) => item.title === RECTOR_PUBLIC)?.conclusion).toEqual(['Tilsettingsrådet tilsetter søker nr. 1 i innstillingen som rektor ved Nordfjell skole.']);
    expect(leaksIn(JSON.stringify(open), hiddenTexts({ committee, meeting: recorded }, PUBLIC_VIEWER))).toEqual([]);
    await page.context().close();
  }, 400_000);
});
