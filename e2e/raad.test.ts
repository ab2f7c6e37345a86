// A municipality's eldreråd (kommuneloven § 5-12) in a nynorsk municipality, set up through the settings from the
// «Råd» preset with no code of its own, every screen in nynorsk (locale nn-NO) and every document in nynorsk
// (målform nn). The secretary makes the meeting, gives a sak going on to the kommunestyre its arkivsak number,
// sends the innkalling, records the rådet's uttale in the side panel and makes the møteprotokoll. What each
// step showed is written to out/raad-log.json with the screenshots, for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graph, passwordToken } from '../tenant/testing/tenantClient';
import { pickPerson, startCommitteeWalk, type CommitteeWalk } from './support/committeeWalk';
import { screenshotPath } from './support/screenshots';
import { SECRETARY_UPN } from './support/workspaceHarness';

const NAME = 'Eldrerådet i Fjordvik kommune';
const log: Record<string, unknown> = {};
/** Bokmål forms whose nynorsk differs, as they would leak into a nynorsk document or mail. */
const BOKMAAL = /\b(ikke|fra|godkjennes|tatt til orientering|Sted|saken|vedtatt)\b/i;

describe('an eldreråd in a nynorsk municipality, set up from the «Råd» preset: nynorsk screens, documents and mail', () => {
  let walk: CommitteeWalk;

  beforeAll(async () => {
    walk = await startCommitteeWalk({ name: NAME, slug: 'raad', language: 'nn' });
  }, 300_000);
  afterAll(async () => walk?.close(log));

  it('the secretary creates it from the preset in nynorsk', async () => {
    const context = await walk.harness.newContext();
    const page = await context.newPage();
    const form = await walk.newCommitteeForm(page, { preset: /^Råd/, shortName: 'ER', organisation: 'Fjordvik kommune' });
    // The preset numbers the råd's saker as its sakslister in the kommune's sak/arkiv system do: PS, referatsaker RS.
    expect(await form.getByLabel('Saksnummerformat').inputValue()).toBe('PS {N}/{YY}');
    await form.getByRole('radio', { name: 'Nynorsk' }).check();
    // This kommune heads its innkallingar «Innkalling til møte i …» (the preset's «Møteinnkalling» changed in the settings).
    await form.getByRole('combobox', { name: 'Overskrifta på innkallinga byrjar' }).click();
    await page.getByRole('option', { name: 'Innkalling til møte i …' }).click();
    // A member from the directory, to receive the innkalling.
    await pickPerson(page, form.getByRole('combobox', { name: /^Faste medlemmer/ }), 'Renate', 'Renate Solstad');
    log.form = await form.innerText();
    await page.screenshot({ path: screenshotPath('raad-settings-new.png'), fullPage: true });
    const created = await walk.createCommittee(page, form);
    log.committee = created;
    expect(created?.languageForm).toBe('nn');
    expect(created?.conventions).toMatchObject({ notice: 'innkallingTilMote', agenda: 'saksliste' });
    expect(created?.members.map((member) => member.name)).toEqual(['Renate Solstad']);
    await context.close();
  }, 300_000);

  it('the secretary prepares the sakliste, one sak with its arkivsak, previews and sends it', async () => {
    const context = await walk.harness.newContext();
    await context.clock.install({ time: new Date('2026-12-01T08:00:00+01:00') });
    const page = await context.newPage();
    const agenda = await walk.newMeeting(page, { date: '2026-12-10', starts: '10:00', ends: '13:00', place: 'Kommunestyresalen, Fjordvik rådhus' });
    log.agendaNew = await agenda.innerText();
    await walk.addRow(page, 'Budsjett 2027 og økonomiplan 2027–2030 – uttale frå eldrerådet', { kind: 'Fråsegn', archiveRef: '24/1234' });
    await walk.addRow(page, 'Orientering om demensplanen', { kind: 'Orientering' });
    await walk.addRow(page, 'Protokoll frå ungdomsrådet 12.11.2026', { kind: 'Referatsaker' });
    await walk.saved(page);
    log.agenda = await agenda.innerText();
    expect(log.agenda).toMatch(/PS 1\/26[\s\S]*Godkjenning av innkalling og sakliste[\s\S]*PS 2\/26[\s\S]*Fråsegn[\s\S]*PS 3\/26[\s\S]*RS 1\/26[\s\S]*ungdomsrådet/);
    // The sakliste ends with its last sak, as the råd's sakslister seen (the preset's `closingRows: 'ingen'`).
    expect(log.agenda).not.toContain('Oppsummering og avslutning');
    await page.screenshot({ path: screenshotPath('raad-agenda.png'), fullPage: true });

    log.preview = await walk.preview(page, /24\/1234/);
    expect(log.preview).toMatch(/^Innkalling til møte i Eldrerådet i Fjordvik kommune 10\.12\.26/);
    // The råd preset's saksliste has the arkivsak in a column of its own (`archiveColumn`), as Sogn og Fjordane fylkesråd for eldre's «Saksnr. Arkivsaksnr. Tittel».
    expect(log.preview).toMatch(/Saks nr\.\s+Arkivsaksnr\.\s+Sak\s+Ansvar/);
    expect(log.preview).toMatch(/PS 2\/26\s+Fråsegn\s+24\/1234\s+Budsjett 2027/);
    expect(log.preview).not.toMatch(BOKMAAL);
    await page.screenshot({ path: screenshotPath('raad-preview.png'), fullPage: true });
    await page.keyboard.press('Escape');

    const send = await walk.openSendDialog(page);
    log.sendDialog = await send.innerText();
    // The dialog in the nynorsk of the other screens (e-infinitive, «medlemmer»), not «Senda innkallinga?».
    expect(log.sendDialog).toMatch(/^Sende innkallinga\?/);
    await walk.send(send);
    await walk.status('noticeSent');
    const token = await passwordToken(walk.harness.tenant, SECRETARY_UPN, ['Calendars.ReadWrite']);
    const events = (await graph(walk.harness.tenant, token, '/me/events?$top=100')).json() as { value: { subject: string; body: { content: string } }[] };
    log.invite = events.value.map((event) => ({ subject: event.subject, body: event.body.content.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') }));
    // The invite's subject is the meeting's Tema, which took the committee's heading word.
    expect(events.value.map((event) => event.subject)).toContain('Innkalling til møte i Eldrerådet i Fjordvik kommune 10.12.26');
    await context.close();
  }, 400_000);

  it('the secretary records the uttale in the side panel and makes the møteprotokoll', async () => {
    const held = await walk.meeting();
    const context = await walk.harness.newContext();
    const page = await walk.openSidePanel(context, held?.id ?? '');
    log.sidePanelAgenda = await page.getByTestId('agenda-list').innerText();
    await walk.startMeeting(page);
    const referatsak = held?.items.find((item) => item.caseNumber === 'RS 1/26');
    await walk.setCurrent(page, referatsak?.id ?? '');
    await page.getByTestId('noted').click();
    log.sidePanelSak = await page.locator('body').innerText();
    expect(log.sidePanelSak).toContain('RS 1/26');
    await page.screenshot({ path: screenshotPath('raad-side-panel-sak.png'), fullPage: true });
    await walk.markTreated(page);
    const { text, afterTab } = await walk.endAndMakeMinutes(page);
    log.after = afterTab;
    log.protokoll = text;
    // «Møteprotokoll», as the råd's protokoller read (committeePresets.ts).
    expect(text).toMatch(/^Møteprotokoll Eldrerådet i Fjordvik kommune/);
    expect(text).toMatch(/PS 2\/26\nFråsegn\nArkivsak 24\/1234[\s\S]*RS 1\/26[\s\S]*Teke til orientering\./);
    expect(text).not.toMatch(BOKMAAL);
    await context.close();
  }, 400_000);
});
