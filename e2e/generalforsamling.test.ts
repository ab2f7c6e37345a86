// The ordinær generalforsamling of an aksjeselskap two kommuner own, set up through the product's own settings from the
// «Generalforsamling i et aksjeselskap (AS)» preset: each owner kommune a «member» represented by the person it gave a fullmakt
// (aksjeloven § 5-2), the one of them the committee names møteleder. The board's secretary makes the meeting, whose saksliste
// opens with the registration of the shareholders met, «Valg av møteleder og én person til å medundertegne protokollen» and
// «Godkjenning av innkalling og dagsorden» (fixed), then årsregnskap og årsberetning, godtgjørelser and valg; sends the
// innkalling (within § 5-10's week, so without a warning); in the side panel records who met (the owners' representatives,
// each with its kommune's shares by fullmakt — § 5-13's fortegnelse —, the styreleder, daglig leder and the revisor),
// the møteleder the meeting elected — an advokat who is on no list, typed by name (aksjeloven kap. 5: the møteleder need not be
// an aksjeeier) — and the person it chose among those present to co-sign, accepting the vedtak of Sak 1 the picks make; makes
// the protokoll, which names that møteleder and ends with them and the chosen co-signer. What each step showed is written to out/generalforsamling-log.json with the screenshots and
// out/generalforsamling-protokoll.docx, for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCommitteeWalk, type CommitteeWalk } from './support/committeeWalk';
import { screenshotPath } from './support/screenshots';

const NAME = 'Generalforsamlingen i Nordfjell Havn AS';
const log: Record<string, unknown> = {};

/** The owners, each represented by the person it gave a fullmakt. */
const OWNERS = [
  { name: 'Kari Nordmann', email: 'kari.nordmann@nordfjell.example.no', organisation: 'Nordfjell kommune' },
  { name: 'Per Hansen', email: 'per.hansen@sorvik.example.no', organisation: 'Sørvik kommune' },
] as const;

describe('the ordinær generalforsamling of an AS two kommuner own: fixed opening rows, a co-signer chosen in the meeting among those present', () => {
  let walk: CommitteeWalk;

  beforeAll(async () => {
    walk = await startCommitteeWalk({ name: NAME, slug: 'generalforsamling' });
  }, 300_000);
  afterAll(async () => walk?.close(log));

  it('the secretary creates it from the preset with the owners\' representatives, one of them møteleder', async () => {
    const context = await walk.harness.newContext();
    const page = await context.newPage();
    const form = await walk.newCommitteeForm(page, { preset: 'Generalforsamling i et aksjeselskap (AS)', shortName: 'GF Havn', organisation: 'Nordfjell Havn AS' });
    expect(await form.getByLabel('Saksnummerformat').inputValue()).toBe('Sak {N}');
    expect(await form.getByRole('checkbox', { name: 'Møtene er åpne for allmennheten' }).isChecked()).toBe(false);
    expect(await form.getByRole('radio', { name: /minst én person valgt i møtet blant dem som er til stede/ }).isChecked()).toBe(true);
    await walk.addMembers(form, OWNERS);
    await form.getByLabel('Verv for Kari Nordmann').selectOption({ label: 'Møteleder' });
    await page.screenshot({ path: screenshotPath('generalforsamling-settings-new.png'), fullPage: true });
    const created = await walk.createCommittee(page, form);
    log.committee = created;
    expect(created?.conventions).toMatchObject({ minutes: 'protokoll', minutesApproval: 'signedInMeeting', openingRow: 'Åpning av møtet og registrering av fremmøtte aksjeeiere og fullmakter', closingRows: 'ingen', voting: true, attendanceByShares: true, noticeDays: 7, agendaHeading: 'dagsorden' });
    expect(created?.caseNumberSerial).toBe('perMeeting');
    await context.close();
  }, 300_000);

  it('the secretary makes the ordinær generalforsamling: the fixed opening rows, then årsregnskap, godtgjørelser and valg, and sends the innkalling', async () => {
    const context = await walk.harness.newContext();
    await context.clock.install({ time: new Date('2026-05-06T08:00:00+02:00') });
    const page = await context.newPage();
    const agenda = await walk.newMeeting(page, { date: '2026-05-28', starts: '10:00', ends: '11:00', place: 'Havnekontoret, møterom Kaia' });
    await expect
      .poll(() => agenda.innerText(), { timeout: 15_000 })
      .toMatch(/Åpning av møtet og registrering av fremmøtte aksjeeiere og fullmakter[\s\S]*Sak 1[\s\S]*Valg av møteleder og én person til å medundertegne protokollen[\s\S]*Sak 2[\s\S]*Godkjenning av innkalling og dagsorden/);
    await walk.addRow(page, 'Godkjenning av årsregnskap og årsberetning for 2025', { kind: 'Vedtakssak' });
    await walk.addRow(page, 'Godtgjørelse til styret', { kind: 'Vedtakssak' });
    await walk.addRow(page, 'Revisors godtgjørelse', { kind: 'Vedtakssak' });
    await walk.addRow(page, 'Valg av styremedlemmer', { kind: 'Valg' });
    await walk.saved(page);
    log.agenda = await agenda.innerText();
    expect(log.agenda).toMatch(/Sak 3[\s\S]*årsregnskap[\s\S]*Sak 4[\s\S]*Godtgjørelse til styret[\s\S]*Sak 5[\s\S]*Revisors godtgjørelse[\s\S]*Sak 6[\s\S]*Valg av styremedlemmer/);
    expect(log.agenda).not.toMatch(/Eventuelt/);
    await page.screenshot({ path: screenshotPath('generalforsamling-agenda.png'), fullPage: true });

    log.preview = await walk.preview(page, /Sak 6/);
    expect(log.preview).toMatch(/Valg av møteleder og én person til å medundertegne protokollen[\s\S]*Godkjenning av innkalling og dagsorden/);
    await page.keyboard.press('Escape');

    const send = await walk.openSendDialog(page);
    log.sendDialog = await send.innerText();
    // Sent three weeks ahead: within aksjeloven § 5-10's week, so no warning of a late innkalling.
    expect(log.sendDialog).not.toMatch(/etter fristen/);
    await walk.send(send);
    await walk.status('noticeSent');
    await context.close();
  }, 400_000);

  it('the secretary records who met, the co-signer the meeting chose among those present, and makes the protokoll they sign', async () => {
    const held = await walk.meeting();
    const page = await walk.openSidePanel(await walk.harness.newContext(), held?.id ?? '');
    await walk.startMeeting(page);

    await page.getByRole('tab', { name: 'Oppmøte' }).click();
    await page.getByTestId('attendance').waitFor({ timeout: 30_000 });
    for (const person of OWNERS) await page.getByLabel(`Status for ${person.name}`).selectOption({ label: 'Til stede' });
    // Each owner kommune's shares, met for by the person it gave a fullmakt (aksjeloven § 5-2, § 5-13's fortegnelse).
    for (const [person, shares] of [[OWNERS[0], '600'], [OWNERS[1], '400']] as const) {
      await page.getByLabel(`Antall aksjer ${person.name} møtte med`).fill(shares);
      await page.getByLabel(`Aksjeeier ${person.name} møtte for (tomt: seg selv)`).fill(person.organisation);
      await page.getByLabel(`Aksjeeier ${person.name} møtte for (tomt: seg selv)`).press('Tab');
      await page.getByRole('checkbox', { name: `${person.name} møtte ved fullmakt` }).check();
    }
    await expect.poll(() => page.getByTestId('shares-represented').innerText()).toMatch(/1\s000 aksjer var representert\./);
    // The styreleder and daglig leder attend by the law's duty, the revisor by right; none of them votes.
    for (const [name, role] of [['Ola Berg', 'Invitert'], ['Nina Dahl', 'Administrasjonen'], ['Randi Revisor', 'Invitert']] as const) {
      await page.getByLabel('Legg til deltaker som ikke er fast medlem').fill(name);
      await page.getByLabel('Rolle for deltakeren').selectOption({ label: role });
      await page.getByRole('button', { name: 'Legg til', exact: true }).first().click();
      await expect.poll(() => page.getByTestId('attendance').innerText()).toContain(name);
    }
    log.attendanceTab = await page.getByTestId('attendance').innerText();

    // Sak 1: the meeting elected advokat Hanne Lie, on no list, as møteleder and Per Hansen to co-sign; anyone present could be chosen.
    const signing = page.locator('section[aria-labelledby="signature-heading"]');
    log.signingSection = await signing.innerText();
    expect(log.signingSection).toMatch(/Møtelederen og de som er valgt i møtet, skriver under protokollen\./);
    const offered = await signing.getByLabel('Valgt til å skrive under').locator('option').allInnerTexts();
    log.offered = offered;
    expect(offered).toEqual(['Kari Nordmann', 'Per Hansen', 'Ola Berg', 'Nina Dahl', 'Randi Revisor']);
    // The committee's møteleder is offered first; the meeting may elect anyone, typed by name.
    expect(await signing.getByLabel('Valgt til å lede møtet').inputValue()).toBe('Kari Nordmann');
    await signing.getByLabel('Valgt til å lede møtet').fill('Hanne Lie');
    await signing.getByRole('button', { name: 'Legg til møtelederen' }).click();
    await signing.getByLabel('Valgt til å skrive under').selectOption({ label: 'Per Hansen' });
    await signing.getByRole('button', { name: 'Legg til', exact: true }).click();
    await expect.poll(() => signing.getByTestId('signatures').innerText()).toMatch(/Hanne Lie \(møteleder\)[\s\S]*Per Hansen/);
    // On no list, she is on the Oppmøte list now, present as the møteleder she was: among the invited, not an aksjeeier.
    await expect.poll(() => page.getByTestId('attendance').innerText()).toMatch(/Hanne Lie\s*Invitert · Møteleder/);
    // The picks make Sak 1's vedtak, offered under them and written into the sak only by the referent's click.
    const offer = signing.getByTestId('election-vedtak');
    await expect.poll(() => offer.innerText()).toContain('«Hanne Lie ble valgt som møteleder. Per Hansen ble valgt til å medundertegne protokollen.»');
    log.electionOffer = await offer.innerText();
    await page.screenshot({ path: screenshotPath('generalforsamling-side-panel-signers.png'), fullPage: true });
    await offer.getByRole('button', { name: 'Før inn som vedtak i Sak 1' }).click();
    await expect.poll(() => offer.innerText()).toContain('Ført inn i Sak 1.');

    // The preset's word for the list, as aksjeloven's innkalling has it (conventions.agendaHeading).
    await page.getByRole('tab', { name: 'Dagsorden' }).click();
    await walk.setCurrent(page, held?.items.find((item) => item.title.startsWith('Godkjenning av årsregnskap'))?.id ?? '');
    const conclusion = page.getByTestId('conclusion');
    await conclusion.getByRole('button', { name: 'Legg til punkt' }).click();
    await conclusion.getByRole('textbox', { name: 'Punkt 1' }).fill('Årsregnskap og årsberetning for 2025 godkjennes som fremlagt.');
    log.sidePanelSak = await page.locator('body').innerText();
    await page.screenshot({ path: screenshotPath('generalforsamling-side-panel-sak.png'), fullPage: true });
    await walk.markTreated(page);

    const { minutes, text } = await walk.endAndMakeMinutes(page);
    expect(minutes.fileName).toMatch(/^Protokoll /);
    log.protokoll = text;
    expect(text).toMatch(/Sak 1\s*Valg av møteleder og én person til å medundertegne protokollen[\s\S]*Hanne Lie ble valgt som møteleder\. Per Hansen ble valgt til å medundertegne protokollen\.[\s\S]*Sak 2/);
    expect(text).toMatch(/Møteleder\s*Hanne Lie/);
    // The list of who was present names her who led it, as møteleder among the invited (not in the fortegnelse of aksjeeiere).
    expect(text).toMatch(/Inviterte[\s\S]*Hanne Lie \(møteleder\)/);
    expect(text).toMatch(/Årsregnskap og årsberetning for 2025 godkjennes som fremlagt\./);
    expect(text).toContain('Nordfjell kommune, 600 aksjer, ved fullmektig Kari Nordmann');
    expect(text).toContain('Sørvik kommune, 400 aksjer, ved fullmektig Per Hansen');
    expect(text).toMatch(/Aksjer representert\s*1\s000 aksjer var representert\./);
    const signatures = text.slice(text.lastIndexOf('\nUnderskrift'));
    log.signatures = signatures;
    expect(signatures).toMatch(/Hanne Lie, møteleder[\s\S]*Per Hansen/);
    expect(signatures).not.toMatch(/Kari Nordmann|Ola Berg|Nina Dahl|Randi Revisor/);
    await page.context().close();
  }, 400_000);
});
