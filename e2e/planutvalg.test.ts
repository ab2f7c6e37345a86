// A kommune's planutvalg set up through the product's own settings from the «Kommunestyre / formannskap» preset, with no
// code of its own: a befaring before the meeting (its time and meeting point in «Endre møtet»; printed under the meeting's place and time
// in the invite and the protokoll, as Steigen's plan- og ressursutvalg gave «Oppmøte ved Leines skole 09:30 Befaring: …»),
// a reguleringsplan it gives its innstilling on to the kommunestyre (saksgang), a dispensasjon it decides itself under
// delegation with an alternative proposal and a vote, and the delegerte vedtak listed for orientation in their own
// series. What each step showed is written to out/planutvalg-log.json with the screenshots, for a person to look at.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderInnkallingDocx } from '../src/documents/docx/innkallingDocx';
import { renderAgendaHtml } from '../src/documents/html/agendaHtml';
import { docxParagraphs } from '../src/documents/testing/docxText';
import { createMeeting, fillNewMeeting, pickPerson, startCommitteeWalk, type CommitteeWalk } from './support/committeeWalk';
import { seriousAxeViolations } from './support/axe';
import { screenshotPath } from './support/screenshots';
import { openWorkspace, ROOT, SECRETARY_UPN } from './support/workspaceHarness';

const NAME = 'Planutvalget';
const PLAN = 'Detaljregulering for Fjellveien boligfelt – sluttbehandling';
const DISP = 'Dispensasjon fra LNF-formålet for garasje, gnr. 12 bnr. 4';
const log: Record<string, unknown> = {};

describe('a planutvalg set up through the settings: a befaring, an innstilling to the kommunestyre, a dispensasjon voted on, delegerte vedtak', () => {
  let walk: CommitteeWalk;

  beforeAll(async () => {
    walk = await startCommitteeWalk({ name: NAME, slug: 'planutvalg' });
  }, 300_000);
  afterAll(async () => walk?.close(log));

  it('the secretary creates it from the kommunestyre preset: PS, RS and DS series, votes recorded per sak', async () => {
    const context = await walk.harness.newContext();
    const page = await context.newPage();
    const form = await walk.newCommitteeForm(page, { preset: /^Kommunestyre/, shortName: 'PLU', organisation: 'Nordfjell kommune' });
    await pickPerson(page, form.getByRole('combobox', { name: /^Fast møteleder/ }), 'Per Christian', 'Per Christian Voss');
    const members = form.getByRole('combobox', { name: /^Faste medlemmer/ });
    await pickPerson(page, members, 'Per Christian', 'Per Christian Voss');
    await pickPerson(page, members, 'Andreas', 'Andreas Aass-Engstrøm');
    await pickPerson(page, members, 'Renate', 'Renate Solstad');
    const created = await walk.createCommittee(page, form);
    log.committee = created;
    expect(created?.caseNumberFormat).toBe('PS {N}/{YY}');
    expect(created?.conventions?.voting).toBe(true);
    await context.close();
  }, 300_000);

  it('the secretary sets the befaring in «Endre møtet», prepares the saksliste with a saksgang to the kommunestyre, and sends the innkalling', async () => {
    const context = await walk.harness.newContext();
    await context.clock.install({ time: new Date('2026-11-20T08:00:00+01:00') });
    const page = await context.newPage();
    const agenda = await walk.newMeeting(page, { date: '2026-12-03', starts: '10:00', ends: '14:00', place: 'Formannskapssalen, rådhuset' });

    // The befaring: when and where the members meet for it, and what it looks at.
    await page.getByRole('button', { name: 'Endre møtet' }).click();
    const facts = page.getByRole('form', { name: 'Endre møteopplysninger' });
    await facts.getByLabel('Befaring: klokkeslett (valgfritt)').fill('08:30');
    await facts.getByLabel('Befaring: oppmøtepunkt (tomt: ingen befaring)').fill('Fjellveien 3 (gnr. 12 bnr. 4)');
    await facts.getByLabel('Befaring: hva og hvilken sak (valgfritt)').fill('Garasjetomten i dispensasjonssaken');
    await page.screenshot({ path: screenshotPath('planutvalg-befaring.png'), fullPage: true });
    await facts.getByRole('button', { name: 'Bruk endringene' }).click();
    await walk.saved(page);
    log.facts = await page.locator('dl').first().innerText();
    expect(log.facts).toContain('kl. 08.30, Fjellveien 3 (gnr. 12 bnr. 4) – Garasjetomten i dispensasjonssaken');

    await walk.addRow(page, PLAN, { kind: 'Vedtakssak', archiveRef: '2025/311' });
    await walk.addRow(page, DISP, { kind: 'Vedtakssak', archiveRef: '2026/87' });
    await walk.addRow(page, 'Delegerte vedtak', { heading: true });
    await walk.addRow(page, 'Delegerte vedtak i plan- og byggesaker, november', { kind: 'Delegerte vedtak' });
    await walk.saved(page);
    log.agenda = await agenda.innerText();
    expect(log.agenda).toMatch(/PS 2\/26[\s\S]*Fjellveien[\s\S]*PS 3\/26[\s\S]*Dispensasjon[\s\S]*DS 1\/26/);

    // The reguleringsplan goes on to the kommunestyre: its saksgang, and the planutvalg's own innstilling typed.
    await page.getByRole('button', { name: `Rediger PS 2/26 ${PLAN}` }).click();
    const route = page.getByRole('region', { name: 'Saksgang' });
    await route.getByRole('textbox', { name: 'Nytt utvalg i saksgangen' }).fill('Kommunestyret');
    await route.getByRole('button', { name: 'Legg til i saksgangen' }).click();
    await route.getByLabel('Møtedato (valgfritt)').fill('2026-12-17');
    log.route = await route.innerText();
    expect(log.route).toContain('Protokollen skriver konklusjonen som «Innstilling til Kommunestyret».');
    const proposal = page.getByRole('group', { name: 'Innstilling', exact: true });
    await proposal.getByRole('button', { name: 'Legg til punkt' }).click();
    await proposal.getByRole('textbox', { name: 'Punkt 1' }).fill('Detaljregulering for Fjellveien boligfelt vedtas etter plan- og bygningsloven § 12-12.');
    await page.getByRole('button', { name: 'Lukk', exact: true }).click();
    await page.getByRole('button', { name: `Rediger PS 3/26 ${DISP}` }).click();
    const own = page.getByRole('group', { name: 'Innstilling', exact: true });
    await own.getByRole('button', { name: 'Legg til punkt' }).click();
    await own.getByRole('textbox', { name: 'Punkt 1' }).fill('Søknaden om dispensasjon avslås.');
    await page.getByRole('button', { name: 'Lukk', exact: true }).click();
    await walk.saved(page);

    log.preview = await walk.preview(page, /DS 1\/26/);
    expect(log.preview).toMatch(/Befaring\s+kl\. 08\.30, Fjellveien 3 \(gnr\. 12 bnr\. 4\) – Garasjetomten i dispensasjonssaken/);
    await page.screenshot({ path: screenshotPath('planutvalg-preview.png'), fullPage: true });
    await page.keyboard.press('Escape');
    const send = await walk.openSendDialog(page);
    await walk.send(send);
    await walk.status('noticeSent');

    // The innkalling and invite body as the workspace makes them, from what was stored, for a person to look at.
    const committee = await walk.committee();
    const meeting = await walk.meeting();
    if (!committee || !meeting) throw new Error('planutvalget eller møtet ble ikke lagret');
    mkdirSync(path.join(ROOT, 'out'), { recursive: true });
    const innkalling = await renderInnkallingDocx({ committee, meeting });
    writeFileSync(path.join(ROOT, 'out/planutvalg-innkalling.docx'), innkalling);
    const body = renderAgendaHtml({ committee, meeting });
    writeFileSync(path.join(ROOT, 'out/planutvalg-invite.html'), body);
    log.innkalling = (await docxParagraphs(innkalling)).join('\n');
    // The kommunestyre preset states place, date and time on rows of their own (conventions.factsApart), the befaring after them.
    expect(log.innkalling).toMatch(/Møtested\nFormannskapssalen, rådhuset\nMøtedato\n[^\n]+\nTid\n10\.00–14\.00\nBefaring\nkl\. 08\.30, Fjellveien 3/);

    // Nynorsk screens: the meeting card names it «Synfaring».
    const nn = await context.newPage();
    await openWorkspace(nn, walk.harness.appUrl, `?locale=nn-NO&committee=${encodeURIComponent(committee.id)}#meeting=${encodeURIComponent(meeting.id)}`);
    const card = nn.locator('dl').filter({ hasText: 'Synfaring' });
    await card.waitFor({ timeout: 30_000 });
    log.factsNn = await card.innerText();
    expect(log.factsNn).toMatch(/Synfaring\s+kl\. 08\.30, Fjellveien 3/);
    await context.close();
  }, 400_000);

  it('the secretary records the innstilling, an alternative proposal and its vote in the side panel; the møteprotokoll prints the befaring, the innstilling and the vote', async () => {
    const held = await walk.meeting();
    const context = await walk.harness.newContext();
    const page = await walk.openSidePanel(context, held?.id ?? '');
    await walk.startMeeting(page);
    const plan = held?.items.find((item) => item.title === PLAN);
    await walk.setCurrent(page, plan?.id ?? '');
    await page.getByTestId('as-proposed').click();
    await walk.markTreated(page);

    // The dispensasjon: the innstilling is to refuse; an alternative proposal to grant it is made in the meeting and carried.
    await page.getByRole('button', { name: 'Tilbake til sakslisten' }).click();
    const disp = held?.items.find((item) => item.title === DISP);
    await walk.setCurrent(page, disp?.id ?? '');
    await page.getByRole('button', { name: 'Legg til forslag' }).click();
    const alternative = page.getByRole('group', { name: 'Forslag 1' });
    await alternative.getByRole('textbox', { name: /^Forslagsstiller/ }).fill('Renate Solstad (Sp)');
    await alternative.getByRole('combobox', { name: 'Type forslag' }).selectOption('alternative');
    await alternative.getByRole('textbox', { name: 'Forslagets tekst' }).fill('Dispensasjon innvilges. Fordelene er klart større enn ulempene.');
    await alternative.getByRole('button', { name: 'Voter over forslag 1' }).click();
    const vote = page.getByRole('group', { name: 'Votering 1' });
    await vote.getByRole('combobox', { name: 'Utfall' }).selectOption('adopted');
    await vote.getByRole('textbox', { name: 'Stemmer for' }).fill('5');
    await vote.getByRole('textbox', { name: 'Stemmer mot' }).fill('2');
    const conclusion = page.getByTestId('conclusion');
    await conclusion.getByRole('button', { name: 'Legg til punkt' }).click();
    await conclusion.getByRole('textbox', { name: 'Punkt 1' }).fill('Dispensasjon innvilges. Fordelene er klart større enn ulempene.');
    log.sidePanelVoting = await page.getByTestId('voting').innerText();
    expect(log.sidePanelVoting).toContain('I protokollen: Forslaget fra Renate Solstad (Sp): Vedtatt med 5 mot 2 stemmer.');
    await page.screenshot({ path: screenshotPath('planutvalg-side-panel-votering.png'), fullPage: true });
    await walk.markTreated(page);

    const { text } = await walk.endAndMakeMinutes(page);
    log.protokoll = text;
    expect(text).toMatch(/^Møteprotokoll/m);
    expect(text).toMatch(/Befaring\nkl\. 08\.30, Fjellveien 3 \(gnr\. 12 bnr\. 4\) – Garasjetomten i dispensasjonssaken/);
    expect(text).toMatch(/PS 2\/26[\s\S]*Innstilling til Kommunestyret:\nDetaljregulering for Fjellveien boligfelt vedtas/);
    expect(text).toMatch(/PS 3\/26[\s\S]*Forslag fremmet i møtet:[\s\S]*Alternativt forslag fra Renate Solstad \(Sp\):[\s\S]*Votering:[\s\S]*Forslaget fra Renate Solstad \(Sp\): Vedtatt med 5 mot 2 stemmer\.[\s\S]*Vedtak:\nDispensasjon innvilges\./);
    await context.close();
  }, 400_000);

  it('the kommunestyre\'s secretary takes the reguleringsplan from the planutvalg with «Hent sak fra et annet utvalg»: its innstilling is the proposal, its treatment printed under the sak', async () => {
    // The kommunestyre: the planutvalg's settings under another name (a described committee, made through the repository).
    const plan = await walk.committee();
    if (!plan) throw new Error('planutvalget ble ikke lagret');
    const repository = walk.harness.repositoryAs(SECRETARY_UPN);
    await repository.saveCommittee({ ...plan, id: 'kommunestyret-nordfjell', name: 'Kommunestyret', shortName: 'KST' });
    const context = await walk.harness.newContext();
    await context.clock.install({ time: new Date('2026-12-07T08:00:00+01:00') });
    const page = await context.newPage();
    await walk.openWorkspace(page);
    await page.getByRole('combobox', { name: /Møteorgan/ }).first().click();
    await page.getByRole('option', { name: 'Kommunestyret' }).click();
    await createMeeting(await fillNewMeeting(page, { date: '2026-12-17', starts: '18:00', ends: '22:00', place: 'Kommunestyresalen' }));
    const agenda = page.getByRole('list', { name: /^Saks?liste$/ });
    await agenda.waitFor({ timeout: 30_000 });

    const opener = page.getByRole('button', { name: 'Hent sak fra et annet utvalg' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Hent sak fra et annet utvalg' });
    const take = dialog.getByRole('button', { name: `Hent saken: ${PLAN}` });
    await take.waitFor({ timeout: 30_000 });
    log.carryDialog = await dialog.innerText();
    // Only the sak whose saksgang names the kommunestyre next: not the dispensasjon the planutvalg decided itself.
    expect(log.carryDialog).toMatch(/PS 2\/26 Detaljregulering for Fjellveien[\s\S]*Planutvalget, møte 03\.12\.2026/);
    expect(log.carryDialog).not.toContain('Dispensasjon');
    await page.screenshot({ path: screenshotPath('planutvalg-hent-sak.png'), fullPage: true });
    const { violations } = await seriousAxeViolations(page);
    expect(violations.map((violation) => violation.id)).toEqual([]);
    await take.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByRole('status').innerText()).toBe(`${PLAN} er lagt til i sakslisten.`);
    await dialog.getByRole('button', { name: 'Lukk' }).click();
    await dialog.waitFor({ state: 'detached' });
    await walk.saved(page);
    log.kommunestyreAgenda = await agenda.innerText();
    expect(log.kommunestyreAgenda).toContain(PLAN);

    const kommunestyret = (await repository.listCommittees()).find((entry) => entry.value.name === 'Kommunestyret')?.value;
    const meeting = (await repository.listMeetings(kommunestyret?.id ?? ''))[0]?.value;
    if (!kommunestyret || !meeting) throw new Error('kommunestyremøtet ble ikke lagret');
    const carried = meeting.items.find((item) => item.title === PLAN);
    expect(carried?.earlierTreatments?.[0]).toMatchObject({ body: 'Planutvalget', date: '2026-12-03', caseNumber: 'PS 2/26' });
    const innkalling = await renderInnkallingDocx({ committee: kommunestyret, meeting });
    writeFileSync(path.join(ROOT, 'out/planutvalg-kommunestyret-innkalling.docx'), innkalling);
    log.kommunestyreInnkalling = (await docxParagraphs(innkalling)).join('\n');
    expect(log.kommunestyreInnkalling).toMatch(
      /Tidligere behandling\nPlanutvalget behandlet saken i møte 03\.12\.2026, sak PS 2\/26\.\nInnstilling:\n[^\n]*Detaljregulering for Fjellveien boligfelt vedtas[\s\S]*Innstilling fra Planutvalget:\n[^\n]*Detaljregulering for Fjellveien boligfelt vedtas/,
    );
    await context.close();
  }, 400_000);
});
