// The årsmøte of an idrettslag set up through the product's own settings from the «Årsmøte i en forening eller et idrettslag»
// preset (NIF's lovnorm: «Godkjenne de stemmeberettigede … Velge dirigent, referent, samt to medlemmer til å underskrive
// protokollen»). The styre's secretary makes the meeting, whose saksliste opens with the stemmeberettigede, «Valg av dirigent»,
// «Valg av referent» and «Valg av to til å underskrive protokollen»; previews the innkalling, headed as one phrase
// («Innkalling til årsmøte i …», the leder who «Åpnes av» it, not yet a dirigent, the referent «Velges i møtet») and sends it; in the
// side panel records who met, the dirigent the meeting elected, its referent (a member on no list) and the two to sign, writes the dirigent's and the referent's vedtak by their buttons, and
// makes the protokoll («Dirigent» once elected, «Referent», the dirigent among those present). What each step showed is written to out/arsmote-log.json
// with the screenshots and out/arsmote-protokoll.docx, for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import { pickPerson, startCommitteeWalk, type CommitteeWalk } from './support/committeeWalk';
import { screenshotPath } from './support/screenshots';

const NAME = 'Årsmøtet i Nordfjell idrettslag';
const log: Record<string, unknown> = {};

/** The styre's leder, who opens the årsmøte, and two members; the årsmøte elects a dirigent from outside. */
const MEMBERS = [
  { name: 'Kari Nordmann', email: 'kari.nordmann@nordfjell-il.example.no' },
  { name: 'Per Hansen', email: 'per.hansen@nordfjell-il.example.no' },
  { name: 'Siri Lund', email: 'siri.lund@nordfjell-il.example.no' },
] as const;

describe('the årsmøte of an idrettslag: the lovnorm\'s elections of dirigent, referent and two to sign, the leder opening it', () => {
  let walk: CommitteeWalk;

  beforeAll(async () => {
    walk = await startCommitteeWalk({ name: NAME, slug: 'arsmote' });
  }, 300_000);
  afterAll(async () => walk?.close(log));

  it('the secretary creates it from the preset, the list of saker called «Saksliste», the leder as møteleder; the field is axe clean', async () => {
    const context = await walk.harness.newContext();
    const page = await context.newPage();
    const form = await walk.newCommitteeForm(page, { preset: 'Årsmøte i en forening eller et idrettslag', shortName: 'Årsmøte NIL', organisation: 'Nordfjell idrettslag' });
    await walk.addMembers(form, MEMBERS);
    await form.getByLabel('Verv for Kari Nordmann').selectOption({ label: 'Møteleder' });
    // The secretary writes the protokoll; the årsmøte elects her its referent (Sak 3).
    await pickPerson(page, form.getByRole('combobox', { name: 'Fast referent' }), 'Hilde', 'Hilde Kari Maugesten');
    const listWord = form.getByRole('combobox', { name: 'Listen over sakene heter' });
    expect(await listWord.innerText()).toBe('Saksliste');
    await listWord.click();
    log.listWords = await page.getByRole('listbox').filter({ hasText: 'Dagsorden' }).getByRole('option').allInnerTexts();
    expect(log.listWords).toEqual(['Saksliste', 'Sakskart', 'Dagsorden']);
    expect((await seriousAxeViolations(page)).violations).toEqual([]);
    await page.keyboard.press('Escape');
    expect((await seriousAxeViolations(page)).violations).toEqual([]);
    await page.screenshot({ path: screenshotPath('arsmote-settings-new.png'), fullPage: true });
    const created = await walk.createCommittee(page, form);
    log.committee = created;
    expect(created?.conventions).toMatchObject({ minutes: 'protokoll', minutesApproval: 'signedInMeeting', dirigent: true, coSigners: 2, chairOwnSak: true });
    await context.close();
  }, 300_000);

  it('the secretary makes the årsmøte: the lovnorm\'s opening saker under «Saksliste», the innkalling headed «Innkalling til årsmøte i …», and sends it', async () => {
    const context = await walk.harness.newContext();
    await context.clock.install({ time: new Date('2026-02-02T08:00:00+01:00') });
    const page = await context.newPage();
    const agenda = await walk.newMeeting(page, { date: '2026-03-05', starts: '19:00', ends: '21:00', place: 'Klubbhuset på Nordfjell stadion' });
    expect(await agenda.getAttribute('aria-label')).toBe('Saksliste');
    await expect
      .poll(() => agenda.innerText(), { timeout: 15_000 })
      .toMatch(/Sak 1[\s\S]*Godkjenning av de stemmeberettigede[\s\S]*Sak 2[\s\S]*Valg av dirigent[\s\S]*Sak 3[\s\S]*Valg av referent[\s\S]*Sak 4[\s\S]*Valg av to til å underskrive protokollen[\s\S]*Sak 5[\s\S]*Godkjenning av innkalling og saksliste/);
    await walk.addRow(page, 'Årsberetning 2025', { kind: 'Vedtakssak' });
    await walk.addRow(page, 'Regnskap 2025', { kind: 'Vedtakssak' });
    await walk.addRow(page, 'Valg av styre', { kind: 'Valg' });
    await walk.saved(page);
    log.agenda = await agenda.innerText();
    log.workspace = await page.locator('body').innerText();
    expect(log.agenda).not.toMatch(/Eventuelt/);
    await page.screenshot({ path: screenshotPath('arsmote-agenda.png'), fullPage: true });
    log.theme = (await walk.meeting())?.theme;

    log.preview = await walk.preview(page, /Valg av styre/);
    await page.screenshot({ path: screenshotPath('arsmote-preview.png'), fullPage: true });
    expect(log.preview).toMatch(/^Innkalling til årsmøte i Nordfjell idrettslag/m);
    expect(log.preview).toMatch(/Åpnes av\s*Kari Nordmann/);
    expect(log.preview).not.toMatch(/Dirigent|Møteleder/);
    // The årsmøte elects its referent: the innkalling names none as if fixed (documents/meetingFacts.ts `minuteTakerFact`).
    expect(log.preview).toMatch(/Referent\s*Velges i møtet/);
    expect(log.preview).not.toMatch(/Hilde Kari Maugesten/);
    expect(log.preview).toMatch(/Saksliste/);
    await page.keyboard.press('Escape');

    const send = await walk.openSendDialog(page);
    log.sendDialog = await send.innerText();
    await page.screenshot({ path: screenshotPath('arsmote-send-dialog.png') });
    await walk.send(send);
    await walk.status('noticeSent');
    log.invitation = (await walk.invitation('Innkalling til årsmøte i Nordfjell idrettslag')).text;
    expect(log.invitation).toMatch(/Åpnes av\s*Kari Nordmann/);
    await context.close();
  }, 400_000);

  it('the referent records who met, the dirigent and the two to sign, writes the dirigent\'s and her own election by their buttons, and makes the protokoll', async () => {
    const held = await walk.meeting();
    const page = await walk.openSidePanel(await walk.harness.newContext(), held?.id ?? '');
    await page.screenshot({ path: screenshotPath('arsmote-side-panel-agenda.png'), fullPage: true });
    log.sidePanelAgenda = await page.locator('body').innerText();
    await walk.startMeeting(page);

    await page.getByRole('tab', { name: 'Oppmøte' }).click();
    await page.getByTestId('attendance').waitFor({ timeout: 30_000 });
    for (const person of MEMBERS) await page.getByLabel(`Status for ${person.name}`).selectOption({ label: 'Til stede' });
    const signing = page.locator('section[aria-labelledby="signature-heading"]');
    log.signingSection = await signing.innerText();
    await page.screenshot({ path: screenshotPath('arsmote-side-panel-signing-before.png'), fullPage: true });
    // The årsmøte elected Ola Berg, on no list, its dirigent, and Per Hansen and Siri Lund to sign.
    // Named as its vedtak and the protokoll name him: the dirigent, not «møteleder».
    expect(log.signingSection).toMatch(/^Dirigenten og de som er valgt i møtet, skriver under protokollen\./m);
    expect(log.signingSection).not.toMatch(/møteleder/i);
    await signing.getByLabel('Valgt til dirigent').fill('Ola Berg');
    await signing.getByRole('button', { name: 'Legg til dirigenten' }).click();
    // It elected Mona Lie, a member of the idrettslag on no list, its referent: typed as the dirigent is (ElectedReferentField).
    expect(await signing.getByLabel('Valgt til referent').inputValue()).toBe('Hilde Kari Maugesten');
    await signing.getByLabel('Valgt til referent').fill('Mona Lie');
    await signing.getByRole('button', { name: 'Sett som referent' }).click();
    await expect.poll(async () => (await walk.meeting())?.minuteTaker?.name, { timeout: 20_000 }).toBe('Mona Lie');
    for (const chosen of ['Per Hansen', 'Siri Lund']) {
      await signing.getByLabel('Valgt til å skrive under').selectOption({ label: chosen });
      await signing.getByRole('button', { name: 'Legg til', exact: true }).click();
    }
    await expect.poll(async () => (await walk.meeting())?.signatures?.length ?? 0, { timeout: 20_000 }).toBe(3);
    // On no list, he is on the Oppmøte list now as the dirigent he was elected, the committee's leder as «Leder».
    await expect.poll(() => page.getByTestId('attendance').innerText()).toMatch(/Ola Berg\s*Invitert · Dirigent/);
    expect(await page.getByTestId('attendance').innerText()).toMatch(/Kari Nordmann\s*Medlem · Leder/);
    log.signingSectionAfter = await signing.innerText();
    expect(log.signingSectionAfter).toMatch(/Ola Berg \(dirigent\)/);
    await page.screenshot({ path: screenshotPath('arsmote-side-panel-signing.png'), fullPage: true });
    const offers = signing.getByTestId('election-vedtak');
    log.offers = await offers.allInnerTexts();
    for (const sak of ['Sak 2', 'Sak 3', 'Sak 4']) {
      const button = page.getByRole('button', { name: `Før inn som vedtak i ${sak}` });
      if ((await button.count()) > 0) await button.click();
    }
    await expect.poll(async () => (await walk.meeting())?.items.filter((item) => /^Valg av (dirigent|referent|to)/.test(item.title)).map((item) => item.conclusion.join(' ')), { timeout: 20_000 }).toEqual([
      expect.stringMatching(/Ola Berg ble valgt som dirigent/),
      'Mona Lie ble valgt som referent.',
      expect.stringMatching(/Per Hansen og Siri Lund ble valgt/),
    ]);
    log.elections = (await walk.meeting())?.items.slice(0, 5).map((item) => [item.title, item.conclusion]);

    await page.getByRole('tab', { name: 'Saksliste' }).click();
    await walk.setCurrent(page, held?.items.find((item) => item.title === 'Regnskap 2025')?.id ?? '');
    const conclusion = page.getByTestId('conclusion');
    await conclusion.getByRole('button', { name: 'Legg til punkt' }).click();
    await conclusion.getByRole('textbox', { name: 'Punkt 1' }).fill('Regnskapet for 2025 godkjennes.');
    log.sidePanelSak = await page.locator('body').innerText();
    await page.screenshot({ path: screenshotPath('arsmote-side-panel-sak.png'), fullPage: true });
    await walk.markTreated(page);

    const { minutes, text, afterTab } = await walk.endAndMakeMinutes(page);
    log.afterTab = afterTab;
    expect(minutes.fileName).toMatch(/^Protokoll /);
    log.protokoll = text;
    // Elected, the dirigent leads the facts in place of «Åpnet av» the leder, and the list of those present names him so.
    expect(text).toMatch(/Dirigent\s*Ola Berg/);
    expect(text).not.toMatch(/Åpnet av|Møteleder/);
    expect(text).toMatch(/Kari Nordmann \(leder\)/);
    expect(text).toMatch(/Inviterte\s*Ola Berg \(dirigent\)/);
    expect(text).not.toMatch(/møteleder/);
    expect(text).toMatch(/Referent\s*Mona Lie/);
    expect(text).toMatch(/Regnskapet for 2025 godkjennes\./);
    const signatures = text.slice(text.lastIndexOf('\nUnderskrift'));
    log.signatures = signatures;
    expect(signatures).toMatch(/Ola Berg[\s\S]*Per Hansen[\s\S]*Siri Lund/);
    await page.context().close();
  }, 400_000);
});
