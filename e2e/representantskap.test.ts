// The representantskap of an interkommunalt selskap set up through the product's own settings from the «Representantskapet i
// et interkommunalt selskap (IKS)» preset: each owner kommune's representatives added as members outside the directory with
// their kommune, a personal vara from Skien among them, the owner kommuner as the attendance list's groups (as Vekst i
// Grenland IKS's protokoll lists «For Skien kommune: …»), one representative the møteleder. The IKS's secretariat makes the
// meeting («Sak 3/2026» after «Sak 2/2026 Valg av to til å undertegne protokollen» …, «Styrets innstilling», the proposer typed in the settings), a vedlegg on the årsregnskap, sends the «Innkalling til møte i»; in the side
// panel records the forfall from Skien with the vara meeting for her, the daglig leder as the administration, the two chosen
// to sign with the møteleder, the vedtak; makes the protokoll. What each step showed is written to out/representantskap-log.json
// with the screenshots and out/representantskap-protokoll.docx, for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCommitteeWalk, type CommitteeWalk } from './support/committeeWalk';
import { screenshotPath } from './support/screenshots';

const NAME = 'Representantskapet i Nordfjell Renovasjon IKS';
const log: Record<string, unknown> = {};

/** The owners' representatives, each kommune's from outside the IKS's directory; Per Hansen is Kari Nordmann's vara. */
const REPRESENTATIVES = [
  { name: 'Kari Nordmann', email: 'kari.nordmann@skien.example.no', organisation: 'Skien kommune' },
  { name: 'Per Hansen', email: 'per.hansen@skien.example.no', organisation: 'Skien kommune' },
  { name: 'Ola Berg', email: 'ola.berg@porsgrunn.example.no', organisation: 'Porsgrunn kommune' },
  { name: 'Siri Lund', email: 'siri.lund@bamble.example.no', organisation: 'Bamble kommune' },
] as const;

describe('an IKS\'s representantskap set up through the settings: representatives of the owner kommuner, a personal vara, the protokoll signed', () => {
  let walk: CommitteeWalk;

  beforeAll(async () => {
    walk = await startCommitteeWalk({ name: NAME, slug: 'representantskap' });
  }, 300_000);
  afterAll(async () => walk?.close(log));

  it('the secretariat creates it from the preset with each owner kommune\'s representatives, the kommuner as groups, a vara and a møteleder', async () => {
    const context = await walk.harness.newContext();
    const page = await context.newPage();
    const form = await walk.newCommitteeForm(page, { preset: 'Representantskapet i et interkommunalt selskap (IKS)', shortName: 'NRIKS-RS', organisation: 'Nordfjell Renovasjon IKS' });
    expect(await form.getByLabel('Saksnummerformat').inputValue()).toBe('Sak {N}/{YYYY}');
    // «STYRETS INNSTILLING» over its saker (Romsdalshalvøya Interkommunale Renovasjonsselskap IKS): the proposer named in the settings.
    await form.getByRole('textbox', { name: /^Forslaget er fra \(i genitiv\)/ }).fill('Styrets');
    await walk.addMembers(form, REPRESENTATIVES);
    await form.getByLabel(/^Rollegrupper i oppmøtelisten/).fill('Skien kommune\nPorsgrunn kommune\nBamble kommune');
    for (const person of REPRESENTATIVES) await form.getByLabel(`Rollegruppe for ${person.name}`).selectOption({ label: person.organisation });
    // Kari Nordmann's personal vara, tied to her by her e-mail (not her name).
    await walk.makePersonalVara(form, 'Per Hansen', 'Kari Nordmann');
    await form.getByLabel('Verv for Ola Berg').selectOption({ label: 'Møteleder' });
    log.memberRoles = await form.getByTestId('member-roles').innerText();
    await page.screenshot({ path: screenshotPath('representantskap-settings-new.png'), fullPage: true });
    const created = await walk.createCommittee(page, form);
    log.committee = created;
    expect(created?.conventions).toMatchObject({ minutes: 'protokoll', proposal: 'innstilling', proposalBy: 'Styrets', notice: 'innkallingTilMote', minutesApproval: 'signedByChosen', agenda: 'saksliste' });
    expect(created?.members.find((member) => member.name === 'Per Hansen')).toMatchObject({ role: 'deputy', organisation: 'Skien kommune', group: 'Skien kommune', deputyFor: 'kari.nordmann@skien.example.no' });
    expect(created?.defaultChair?.name).toBe('Ola Berg');
    await context.close();
  }, 300_000);

  it('the secretariat prepares the saksliste with the årsregnskap, the budsjett and the valg, a vedlegg, and sends the innkalling to the kommuner\'s addresses', async () => {
    const context = await walk.harness.newContext();
    await context.clock.install({ time: new Date('2026-03-20T08:00:00+01:00') });
    const page = await context.newPage();
    const agenda = await walk.newMeeting(page, { date: '2026-04-23', starts: '10:00', ends: '12:00', place: 'Skien rådhus, bystyresalen' });
    await expect.poll(() => agenda.innerText(), { timeout: 15_000 }).toMatch(/Sak 1\/2026[\s\S]*Godkjenning av innkalling og saksliste[\s\S]*Sak 2\/2026[\s\S]*Valg av to til å undertegne protokollen/);

    await page.getByRole('button', { name: 'Legg til sak' }).click();
    await page.getByRole('textbox', { name: 'Tittel' }).fill('Årsregnskap og årsberetning 2025');
    await page.getByRole('checkbox', { name: 'Vedtakssak', exact: true }).check();
    await page.locator('input[type=file]').setInputFiles({ name: 'Årsregnskap 2025.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(8_000, 5) });
    await expect.poll(() => page.getByRole('link', { name: /Vedlegg 1 - Sak 3\/2026/ }).count(), { timeout: 30_000 }).toBe(1);
    await page.getByRole('button', { name: 'Lukk', exact: true }).click();
    await walk.addRow(page, 'Budsjett 2027 og økonomiplan 2027–2030', { kind: 'Vedtakssak' });
    await walk.addRow(page, 'Valg av styre', { kind: 'Vedtakssak' });
    await walk.addRow(page, 'Orientering om arbeidet i selskapet', { kind: 'Orientering' });
    await walk.saved(page);
    log.agenda = await agenda.innerText();
    expect(log.agenda).toMatch(/Sak 3\/2026[\s\S]*Årsregnskap[\s\S]*Sak 4\/2026[\s\S]*Budsjett[\s\S]*Sak 5\/2026[\s\S]*Valg av styre[\s\S]*Sak 6\/2026[\s\S]*Orientering om arbeidet/);
    await page.screenshot({ path: screenshotPath('representantskap-agenda.png'), fullPage: true });
    expect((await walk.meeting())?.theme).toBe(`Innkalling til møte i ${NAME}`);

    log.preview = await walk.preview(page, /Orientering om arbeidet/);
    expect(log.preview).toMatch(/^Innkalling til møte i/m);
    expect(log.preview).toMatch(/Styrets innstilling/);
    await page.keyboard.press('Escape');

    const send = await walk.openSendDialog(page);
    log.sendDialog = await send.innerText();
    await page.screenshot({ path: screenshotPath('representantskap-send-dialog.png') });
    // Every representative and the vara get the innkalling, as both usually do (Kommunal Rapport, 2019).
    expect(log.sendDialog).toMatch(/Mottakere \(4\)/);
    await walk.send(send);
    await walk.status('noticeSent');
    await context.close();
  }, 400_000);

  it('the secretariat records the forfall from Skien and her vara, the daglig leder, the two who sign with the møteleder, and makes the protokoll', async () => {
    const held = await walk.meeting();
    const page = await walk.openSidePanel(await walk.harness.newContext(), held?.id ?? '');
    await walk.startMeeting(page);

    await walk.recordAttendance(page, { present: ['Ola Berg', 'Siri Lund'], absent: [{ name: 'Kari Nordmann', vara: 'Per Hansen' }], added: { name: 'Nina Dahl', role: 'Administrasjonen' } });
    await page.getByRole('button', { name: 'Legg til møtelederen' }).click();
    for (const chosen of ['Siri Lund', 'Per Hansen']) {
      await page.getByLabel('Valgt til å skrive under').selectOption(chosen);
      await page.getByRole('button', { name: 'Legg til', exact: true }).last().click();
    }
    await expect.poll(async () => (await walk.meeting())?.signatures?.length ?? 0, { timeout: 20_000 }).toBe(3);
    // The picks offered as the vedtak of the sak that chose them (Vekst i Grenland's «Sak 3 Valg av to til å undertegne protokollen»).
    await page.getByRole('button', { name: /^Før inn som vedtak i Sak 2/ }).click();
    await expect.poll(async () => (await walk.meeting())?.items.find((item) => item.title === 'Valg av to til å undertegne protokollen')?.conclusion.join(' ') ?? '', { timeout: 20_000 }).toBe(
      'Siri Lund og Per Hansen ble valgt til å undertegne protokollen sammen med møtelederen.',
    );
    log.attendanceTab = await page.getByTestId('attendance').innerText();
    await page.screenshot({ path: screenshotPath('representantskap-side-panel-attendance.png'), fullPage: true });
    const stored = await walk.meeting();
    log.attendance = stored?.attendance;
    expect(stored?.attendance.find((entry) => entry.status === 'substitute')).toMatchObject({ person: { name: 'Per Hansen', organisation: 'Skien kommune' }, substituteFor: 'Kari Nordmann', substituteForMember: 'kari.nordmann@skien.example.no' });

    await page.getByRole('tab', { name: 'Saksliste' }).click();
    await walk.setCurrent(page, held?.items.find((item) => item.title === 'Årsregnskap og årsberetning 2025')?.id ?? '');
    const conclusion = page.getByTestId('conclusion');
    await conclusion.getByRole('button', { name: 'Legg til punkt' }).click();
    await conclusion.getByRole('textbox', { name: 'Punkt 1' }).fill('Representantskapet godkjenner årsregnskap og årsberetning for 2025.');
    log.sidePanelSak = await page.locator('body').innerText();
    expect(log.sidePanelSak).toMatch(/Sak 3\/2026[\s\S]*Styrets innstilling/);
    await walk.markTreated(page);

    const { minutes, text } = await walk.endAndMakeMinutes(page);
    expect(minutes.fileName).toMatch(/^Protokoll /);
    log.protokoll = text;
    expect(text).toMatch(/^Protokoll/m);
    expect(text).toMatch(/Skien kommune[\s\S]*Per Hansen for Kari Nordmann/);
    expect(text).toMatch(/Porsgrunn kommune[\s\S]*Ola Berg/);
    expect(text).toMatch(/Sak 2\/2026[\s\S]*Valg av to til å undertegne protokollen[\s\S]*Siri Lund og Per Hansen ble valgt til å undertegne protokollen sammen med møtelederen\./);
    expect(text).toMatch(/Sak 3\/2026[\s\S]*Representantskapet godkjenner årsregnskap/);
    expect(text).not.toMatch(/[Ss]ak Sak /);
    await page.context().close();
  }, 400_000);
});
