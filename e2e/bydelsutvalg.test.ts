// An Oslo bydelsutvalg set up through the product's own settings from the «Bydelsutvalg» preset (St. Hanshaugen's
// møteinnkalling 5/10, Østensjø's 6/12, Grünerløkka's 6/13, Sagene's møtebok of 11.12.2014): members with their party, a
// personal vara. The secretariat makes the meeting, whose «Sakskart» opens with «Åpen halvtime» unnumbered and «Sak 1/26
// Godkjenning av innkalling og sakskart», types the bydelsdirektør's forslag til vedtak, previews the «Møteinnkalling» and sends
// it; in the side panel records who met, the vara, a unanimous vote, and makes the protokoll: the meeting's number, who met in
// tables with each one's party, «Åpen halvtime» by what was said in it, «Bydelsdirektørens forslag til vedtak:», «Votering:», «Enstemmig vedtatt.», «Vedtak:». What
// each step showed is written to out/bydelsutvalg-log.json with the screenshots and out/bydelsutvalg-protokoll.docx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCommitteeWalk, type CommitteeWalk } from './support/committeeWalk';
import { screenshotPath } from './support/screenshots';

const NAME = 'Bydelsutvalget i Bydel Østensjø';
const SAK = 'Søknad om støtte til TV-aksjonen';
const log: Record<string, unknown> = {};

/** The members, each with the party they represent; Per Hansen is Kari Nordmann's vara. */
const MEMBERS = [
  { name: 'Kari Nordmann', email: 'kari.nordmann@ostensjo.example.no', organisation: 'A' },
  { name: 'Per Hansen', email: 'per.hansen@ostensjo.example.no', organisation: 'A' },
  { name: 'Ola Berg', email: 'ola.berg@ostensjo.example.no', organisation: 'H' },
  { name: 'Siri Lund', email: 'siri.lund@ostensjo.example.no', organisation: 'SV' },
] as const;

describe('an Oslo bydelsutvalg: «Åpen halvtime» and the sakskart, the bydelsdirektør\'s forslag, the members\' parties, a unanimous vote', () => {
  let walk: CommitteeWalk;

  beforeAll(async () => {
    walk = await startCommitteeWalk({ name: NAME, slug: 'bydelsutvalg' });
  }, 300_000);
  afterAll(async () => walk?.close(log));

  it('the secretariat creates it from the preset with the members, their parties and a personal vara', async () => {
    const context = await walk.harness.newContext();
    const page = await context.newPage();
    const form = await walk.newCommitteeForm(page, { preset: 'Bydelsutvalg eller kommunedelsutvalg (kommuneloven § 5-8)', shortName: 'BU', organisation: 'Oslo kommune Bydel Østensjø' });
    expect(await form.getByLabel('Saksnummerformat').inputValue()).toBe('Sak {N}/{YY}');
    expect(await form.getByRole('combobox', { name: 'Listen over sakene heter' }).innerText()).toBe('Sakskart');
    await walk.addMembers(form, MEMBERS);
    await form.getByLabel('Rolle for Per Hansen').selectOption({ label: 'Varamedlem' });
    await form.getByLabel('Per Hansen er personlig vara for').selectOption({ label: 'Kari Nordmann' });
    await form.getByLabel('Verv for Siri Lund').selectOption({ label: 'Møteleder' });
    await page.screenshot({ path: screenshotPath('bydelsutvalg-settings-new.png'), fullPage: true });
    const created = await walk.createCommittee(page, form);
    log.committee = created;
    expect(created?.conventions).toMatchObject({ proposalBy: 'Bydelsdirektørens', openingRows: [{ title: 'Åpen halvtime' }], agendaHeading: 'sakskart', meetingsNumbered: true, voting: true });
    expect(created?.confidentiality).toMatchObject({ closedMeetingBases: ['koml. § 11-5'] });
    await context.close();
  }, 300_000);

  it('the secretariat makes the meeting, its sakskart opened by «Åpen halvtime», types the bydelsdirektør\'s forslag, previews the møteinnkalling and sends it', async () => {
    const context = await walk.harness.newContext();
    await context.clock.install({ time: new Date('2026-10-01T08:00:00+02:00') });
    const page = await context.newPage();
    const agenda = await walk.newMeeting(page, { date: '2026-10-15', starts: '18:00', ends: '21:00', place: 'Bølerlia 2' });
    expect(await agenda.getAttribute('aria-label')).toBe('Sakskart');
    await walk.addRow(page, SAK, { kind: 'Vedtakssak' });
    await page.getByRole('button', { name: `Rediger Sak 2/26 ${SAK}` }).click();
    const proposal = page.getByRole('group', { name: 'Bydelsdirektørens forslag til vedtak', exact: true });
    await proposal.getByRole('button', { name: 'Legg til punkt' }).click();
    await proposal.getByRole('textbox', { name: 'Punkt 1' }).fill('Bydelsutvalget gir kr 5 000 til TV-aksjonen.');
    await page.getByRole('button', { name: 'Lukk', exact: true }).click();
    await walk.saved(page);
    log.agenda = await agenda.innerText();
    expect(log.agenda).toMatch(/Åpen halvtime[\s\S]*Sak 1\/26\s*Godkjenning av innkalling og sakskart[\s\S]*Sak 2\/26\s*Søknad om støtte til TV-aksjonen[\s\S]*Eventuelt/);
    expect(log.agenda).not.toMatch(/Sak \d+\/26\s*Åpen halvtime/);
    await page.screenshot({ path: screenshotPath('bydelsutvalg-agenda.png'), fullPage: true });

    log.preview = await walk.preview(page, /TV-aksjonen/);
    await page.screenshot({ path: screenshotPath('bydelsutvalg-preview.png'), fullPage: true });
    expect(log.preview).toMatch(/^Møteinnkalling Bydelsutvalget i Bydel Østensjø/m);
    expect(log.preview).toMatch(/^Sakskart$/m);
    expect(log.preview).toMatch(/Bydelsdirektørens forslag til vedtak/);
    expect(log.preview).toMatch(/torsdag 15\. oktober 2026/);
    await page.keyboard.press('Escape');

    const send = await walk.openSendDialog(page);
    log.sendDialog = await send.innerText();
    await walk.send(send);
    await walk.status('noticeSent');
    await context.close();
  }, 400_000);

  it('the secretariat records who met, the vara, a unanimous vote, and makes the protokoll', async () => {
    const held = await walk.meeting();
    const page = await walk.openSidePanel(await walk.harness.newContext(), held?.id ?? '');
    await walk.startMeeting(page);

    await walk.recordAttendance(page, { present: ['Ola Berg', 'Siri Lund'], absent: [{ name: 'Kari Nordmann', vara: 'Per Hansen' }] });
    log.attendanceTab = await page.getByTestId('attendance').innerText();

    await page.getByRole('tab', { name: 'Sakskart' }).click();
    // «Åpen halvtime» is recorded by what was said in it, as Grünerløkka's protokoll 7/10 («Det var møtt 12 personer …»).
    await walk.setCurrent(page, held?.items.find((item) => item.title === 'Åpen halvtime')?.id ?? '');
    await page.getByTestId('proceedings').getByRole('textbox').fill('Det var møtt 12 personer til åpen halvtime.');
    await walk.markTreated(page);
    await page.getByRole('button', { name: 'Tilbake til sakskartet' }).click();
    await walk.setCurrent(page, held?.items.find((item) => item.title === SAK)?.id ?? '');
    await page.getByRole('button', { name: 'Legg til votering' }).click();
    await page.getByRole('group', { name: 'Votering 1' }).getByRole('checkbox', { name: 'Enstemmig' }).check();
    const conclusion = page.getByTestId('conclusion');
    await conclusion.getByRole('button', { name: 'Legg til punkt' }).click();
    await conclusion.getByRole('textbox', { name: 'Punkt 1' }).fill('Bydelsutvalget gir kr 5 000 til TV-aksjonen.');
    log.sidePanelSak = await page.locator('body').innerText();
    await page.screenshot({ path: screenshotPath('bydelsutvalg-side-panel-sak.png'), fullPage: true });
    await walk.markTreated(page);

    const { minutes, text } = await walk.endAndMakeMinutes(page);
    log.protokoll = text;
    log.fileName = minutes.fileName;
    expect(text).toMatch(/^Protokoll fra møte i Bydelsutvalget i Bydel Østensjø 15\.10\.26$/m);
    expect(text).toMatch(/^Møte\s*1\/2026$/m);
    expect(text).toMatch(/Navn\s*Funksjon\s*Representerer/);
    expect(text).toMatch(/Ola Berg[\s\S]*\bH\b/);
    // Its record is what was said: no «Ingen vedtak registrert.» under it; «Eventuelt», where nothing was, says so.
    expect(text).toMatch(/Åpen halvtime\nDet var møtt 12 personer til åpen halvtime\.\nSak 1\/26\s*Godkjenning av innkalling og sakskart/);
    expect(text).toMatch(/Eventuelt\nIngen vedtak registrert\./);
    expect(text).toMatch(/Sak 2\/26[\s\S]*Bydelsdirektørens forslag til vedtak:[\s\S]*Votering:[\s\S]*Enstemmig vedtatt\.[\s\S]*Vedtak:\nBydelsutvalget gir kr 5 000 til TV-aksjonen\./);
    expect(text).not.toMatch(/[Ss]aksliste|[Dd]agsorden/);
    await page.context().close();
  }, 400_000);
});
