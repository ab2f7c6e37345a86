// A kommunestyre set up through the product's own settings from the «Kommunestyre / formannskap» preset,
// with no code of its own: politiske saker numbered «PS 2/26», referatsaker «RS 1/26» and delegerte
// vedtak «DS 1/26» in series of their own, each under its own heading in one saksliste. The secretary
// makes the meeting, sends the innkalling, records in the side panel and makes the møteprotokoll. What each
// step showed is written to out/kommunestyre-log.json with the screenshots, for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickPerson, startCommitteeWalk, type CommitteeWalk } from './support/committeeWalk';
import { screenshotPath } from './support/screenshots';

const NAME = 'Kommunestyret i Nordfjell kommune';
const log: Record<string, unknown> = {};

describe('a kommunestyre set up through the settings: PS, RS and DS numbered in their own series in one saksliste', () => {
  let walk: CommitteeWalk;

  beforeAll(async () => {
    walk = await startCommitteeWalk({ name: NAME, slug: 'kommunestyre' });
  }, 300_000);
  afterAll(async () => walk?.close(log));

  it('the secretary creates it from the preset: PS {N}/{YY}, referatsaker in RS {N}/{YY}, delegerte vedtak in DS {N}/{YY}', async () => {
    const context = await walk.harness.newContext();
    const page = await context.newPage();
    const form = await walk.newCommitteeForm(page, { preset: /^Kommunestyre/, shortName: 'KST', organisation: 'Nordfjell kommune' });
    expect(await form.getByLabel('Saksnummerformat').inputValue()).toBe('PS {N}/{YY}');
    // The ordfører leads; representatives from the directory.
    await pickPerson(page, form.getByRole('combobox', { name: /^Fast møteleder/ }), 'Per Christian', 'Per Christian Voss');
    const members = form.getByRole('combobox', { name: /^Faste medlemmer/ });
    await pickPerson(page, members, 'Per Christian', 'Per Christian Voss');
    await pickPerson(page, members, 'Andreas', 'Andreas Aass-Engstrøm');
    await pickPerson(page, members, 'Renate', 'Renate Solstad');
    // Its protokoll records the proposals made in the meeting, the votes and the protokolltilførsler per sak: the preset says
    // so, as kommuneloven § 11-4 asks the avstemningsresultat of a folkevalgt organ's møtebok.
    expect(await form.getByRole('checkbox', { name: 'Før forslag fremmet i møtet, votering og protokolltilførsler for hver sak' }).isChecked()).toBe(true);
    // The preset's series are there to see and change, each with its example.
    log.kinds = await form.locator('fieldset').filter({ hasText: 'Sakstyper' }).innerText();
    expect(log.kinds).toMatch(/Eksempel: RS 3\/\d\d[\s\S]*Eksempel: DS 3\/\d\d/);
    await page.screenshot({ path: screenshotPath('kommunestyre-settings-new.png'), fullPage: true });
    const created = await walk.createCommittee(page, form);
    log.committee = created;
    expect(created?.caseNumberFormat).toBe('PS {N}/{YY}');
    expect(created?.conventions?.voting).toBe(true);
    expect(created?.conventions?.itemKinds.filter((kind) => kind.caseNumberFormat !== undefined).map((kind) => [kind.id, kind.caseNumberFormat])).toEqual([
      ['Referatsaker', 'RS {N}/{YY}'],
      ['Delegerte vedtak', 'DS {N}/{YY}'],
    ]);
    await context.close();
  }, 300_000);

  it('the secretary prepares the saksliste: politiske saker, referatsaker and delegerte vedtak under headings, each series by itself; sends it', async () => {
    const context = await walk.harness.newContext();
    // Prepared and sent before the meeting: the checks before sending refuse a meeting whose date has passed.
    await context.clock.install({ time: new Date('2026-12-01T08:00:00+01:00') });
    const page = await context.newPage();
    const agenda = await walk.newMeeting(page, { date: '2026-12-17', starts: '18:00', ends: '21:00', place: 'Kommunestyresalen' });
    await expect.poll(() => agenda.innerText(), { timeout: 15_000 }).toMatch(/PS 1\/26/);

    await walk.addRow(page, 'Budsjett 2027 og økonomiplan 2027–2030', { kind: 'Vedtakssak' });
    await walk.addRow(page, 'Interpellasjon om trygg skolevei på Bakkeløkka', { kind: 'Interpellasjon' });
    await walk.addRow(page, 'Referatsaker', { heading: true });
    await walk.addRow(page, 'Protokoll fra eldrerådet 12.11.2026', { kind: 'Referatsaker' });
    await walk.addRow(page, 'Brev fra Statsforvalteren om tilsyn', { kind: 'Referatsaker' });
    await walk.addRow(page, 'Delegerte vedtak', { heading: true });
    await walk.addRow(page, 'Delegerte vedtak i plan- og byggesaker, oktober', { kind: 'Delegerte vedtak' });
    await walk.saved(page);
    log.agenda = await agenda.innerText();
    expect(log.agenda).toMatch(
      /PS 1\/26[\s\S]*PS 2\/26[\s\S]*Budsjett[\s\S]*PS 3\/26[\s\S]*Interpellasjon[\s\S]*Referatsaker[\s\S]*RS 1\/26[\s\S]*eldrerådet[\s\S]*RS 2\/26[\s\S]*Statsforvalteren[\s\S]*DS 1\/26[\s\S]*byggesaker/,
    );
    await page.screenshot({ path: screenshotPath('kommunestyre-agenda.png'), fullPage: true });
    const stored = await walk.meeting();
    expect(stored?.items.map((item) => item.caseNumber).filter((number) => number !== null)).toEqual(['PS 1/26', 'PS 2/26', 'PS 3/26', 'RS 1/26', 'RS 2/26', 'DS 1/26']);

    log.preview = await walk.preview(page, /DS 1\/26/);
    expect(log.preview).toMatch(/RS 1\/26[\s\S]*RS 2\/26/);

    const send = await walk.openSendDialog(page);
    log.sendDialog = await send.innerText();
    await walk.send(send);
    await walk.status('noticeSent');

    // A referatsak that came in after the notice takes the next number of its own series, not of the politiske saker.
    await walk.addRow(page, 'Årsmelding fra kontrollutvalget', { kind: 'Referatsaker' });
    await walk.saved(page);
    await expect.poll(async () => (await walk.meeting())?.items.find((item) => item.title.startsWith('Årsmelding'))?.caseNumber, { timeout: 30_000 }).toBe('RS 3/26');
    log.afterSend = await agenda.innerText();
    await page.screenshot({ path: screenshotPath('kommunestyre-after-send.png'), fullPage: true });
    await context.close();
  }, 400_000);

  it('the secretary records a referatsak and a politisk sak\'s proposal, votes and protokolltilførsel in the side panel, and makes the møteprotokoll, each sak under its own number', async () => {
    const held = await walk.meeting();
    const context = await walk.harness.newContext();
    const page = await walk.openSidePanel(context, held?.id ?? '');
    log.sidePanelAgenda = await page.getByTestId('agenda-list').innerText();
    expect(log.sidePanelAgenda).toMatch(/RS 1\/26/);
    await walk.startMeeting(page);
    const referatsak = held?.items.find((item) => item.caseNumber === 'RS 1/26');
    await walk.setCurrent(page, referatsak?.id ?? '');
    await page.getByTestId('noted').click();
    log.sidePanelSak = await page.locator('body').innerText();
    expect(log.sidePanelSak).toContain('RS 1/26');
    await page.screenshot({ path: screenshotPath('kommunestyre-side-panel-sak.png'), fullPage: true });
    await walk.markTreated(page);

    // A politisk sak: a proposal made in the meeting, voted on with the counts; the innstilling voted on unanimously; a protokolltilførsel.
    await page.getByRole('button', { name: 'Tilbake til sakslisten' }).click();
    const politisk = held?.items.find((item) => item.caseNumber === 'PS 2/26');
    await walk.setCurrent(page, politisk?.id ?? '');
    await page.getByRole('button', { name: 'Legg til forslag' }).click();
    const proposal = page.getByRole('group', { name: 'Forslag 1' });
    await proposal.getByRole('textbox', { name: /^Forslagsstiller/ }).fill('Ola Nordmann (Ap) på vegne av Ap og Sp');
    await proposal.getByRole('combobox', { name: 'Type forslag' }).selectOption('change');
    await proposal.getByRole('textbox', { name: 'Forslagets tekst' }).fill('Punkt 2 strykes.');
    await proposal.getByRole('button', { name: 'Voter over forslag 1' }).click();
    const vote = page.getByRole('group', { name: 'Votering 1' });
    await vote.getByRole('combobox', { name: 'Utfall' }).selectOption('fell');
    await vote.getByRole('textbox', { name: 'Stemmer for' }).fill('10');
    await vote.getByRole('textbox', { name: 'Stemmer mot' }).fill('25');
    await page.getByRole('button', { name: 'Legg til votering' }).click();
    await page.getByRole('group', { name: 'Votering 2' }).getByRole('checkbox', { name: 'Enstemmig' }).check();
    await page.getByRole('button', { name: 'Legg til protokolltilførsel' }).click();
    const statement = page.getByRole('group', { name: 'Protokolltilførsel 1' });
    await statement.getByRole('textbox', { name: 'Fra' }).fill('Kari Nordmann (H)');
    await statement.getByRole('textbox', { name: 'Protokolltilførselens tekst' }).fill('Høyre stemte mot.');
    log.sidePanelVoting = await page.getByTestId('voting').innerText();
    expect(log.sidePanelVoting).toContain('I protokollen: Forslaget fra Ola Nordmann (Ap) på vegne av Ap og Sp: Falt med 10 mot 25 stemmer.');
    await page.screenshot({ path: screenshotPath('kommunestyre-side-panel-votering.png'), fullPage: true });
    await walk.markTreated(page);

    // A member following in the side panel reads the vote's line as the protokoll words it (the read-only view, never the recorder).
    const memberUpn = 'andreas.aass-engstrom@siv.example.no';
    const memberContext = await walk.harness.newContext({ upn: memberUpn });
    const member = await walk.openSidePanel(memberContext, held?.id ?? '', { upn: memberUpn });
    await member.getByRole('button', { name: /^PS 2\/26/ }).click();
    await member.getByTestId('member-vote-line').first().waitFor({ timeout: 30_000 });
    expect(await member.getByTestId('member-vote-line').allInnerTexts()).toContain('Forslaget fra Ola Nordmann (Ap) på vegne av Ap og Sp: Falt med 10 mot 25 stemmer.');
    expect(await member.getByRole('button', { name: 'Legg til votering' }).count()).toBe(0);
    await memberContext.close();

    const { minutes, text } = await walk.endAndMakeMinutes(page);
    expect(minutes.fileName).toMatch(/^Møteprotokoll /);
    log.protokoll = text;
    expect(text).toMatch(/^Møteprotokoll/m);
    expect(text).toMatch(/PS 2\/26[\s\S]*RS 1\/26[\s\S]*Tatt til orientering[\s\S]*DS 1\/26/);
    expect(text).not.toMatch(/[Ss]ak (PS|RS|DS) /);
    expect(text).toMatch(/PS 2\/26[\s\S]*Forslag fremmet i møtet:[\s\S]*Endringsforslag fra Ola Nordmann \(Ap\) på vegne av Ap og Sp:[\s\S]*Punkt 2 strykes\.[\s\S]*Votering:[\s\S]*Forslaget fra Ola Nordmann \(Ap\) på vegne av Ap og Sp: Falt med 10 mot 25 stemmer\.[\s\S]*Enstemmig vedtatt\.[\s\S]*Protokolltilførsel fra Kari Nordmann \(H\):[\s\S]*Høyre stemte mot\.[\s\S]*RS 1\/26/);
    await context.close();
  }, 400_000);
});
