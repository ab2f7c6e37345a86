// A board's written treatment (skriftlig styrebehandling, aksjeloven § 6-19) end to end, as a styresekretær does it: a styre
// from the «Styre (helseforetak, IKS, AS)» preset, a written treatment with two saker and a Svarfrist instead of a meeting,
// the saker sent by one e-mail to the members with a vote (the tenant's request log counts the sendMail), their answers
// recorded in the workspace, and the protokoll made and stored in the meeting folder by the one path of every protokoll,
// after which the treatment counts as held, and marked approved as the styre approves its record. What each step showed goes to out/skriftlig-log.json and
// out/skriftlig-protokoll.docx.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxParagraphs } from '../src/documents/testing/docxText';
import { fetchTrusting } from '../src/graph/testing/nodeTenantAccess';
import { createMeeting, startCommitteeWalk, type CommitteeWalk } from './support/committeeWalk';
import { screenshotPath } from './support/screenshots';
import { openWorkspace, ROOT, SECRETARY_UPN } from './support/workspaceHarness';

const NAME = 'Styret i Fjordkraft Nett AS';
const log: Record<string, unknown> = {};

/** The board: three members with a vote, outside the tenant's directory (their mail goes to the outbound log). */
const MEMBERS = [
  { name: 'Kari Nordmann', email: 'kari.nordmann@fjordkraft.example.no' },
  { name: 'Ola Berg', email: 'ola.berg@fjordkraft.example.no' },
  { name: 'Siri Lund', email: 'siri.lund@fjordkraft.example.no' },
] as const;
const SAKER = ['Kjøp av transformatortomt på Sandnes', 'Låneopptak til nettinvesteringer 2026'] as const;

describe('a written treatment in a styre: two saker sent by one e-mail, the answers recorded, the protokoll stored', () => {
  let walk: CommitteeWalk;
  const requests = async () => {
    const response = await fetchTrusting(walk.harness.tenant.info.certificatePath)(`${walk.harness.tenant.url}/_tenant/requests`);
    return ((await response.json()) as { value: Array<{ method: string; path: string; status: number }> }).value;
  };

  /** The workspace at `time` with the written treatment open (its address names the committee and the meeting). */
  const openTreatment = async (time: string) => {
    const context = await walk.harness.newContext();
    await context.clock.install({ time: new Date(time) });
    const page = await context.newPage();
    const treatment = await walk.meeting();
    await openWorkspace(page, walk.harness.appUrl, `?committee=${encodeURIComponent(treatment?.committeeId ?? '')}#meeting=${encodeURIComponent(treatment?.id ?? '')}`);
    await page.getByRole('heading', { name: 'Svar fra medlemmene' }).waitFor({ timeout: 30_000 });
    return { context, page };
  };

  beforeAll(async () => {
    walk = await startCommitteeWalk({ name: NAME, slug: 'skriftlig' });
  }, 300_000);
  afterAll(async () => walk?.close(log));

  it('the styresekretær makes the styre from the preset and a written treatment with two saker and a Svarfrist', async () => {
    const context = await walk.harness.newContext();
    await context.clock.install({ time: new Date('2026-04-08T08:00:00+02:00') });
    const page = await context.newPage();
    const form = await walk.newCommitteeForm(page, { preset: 'Styre (helseforetak, IKS, AS)', shortName: 'Nettstyret', organisation: 'Fjordkraft Nett AS' });
    await walk.addMembers(form, MEMBERS);
    const created = await walk.createCommittee(page, form);
    expect(created?.conventions).toMatchObject({ minutes: 'protokoll', writtenTreatment: true, minutesApproval: 'signed' });

    await walk.openWorkspace(page);
    await page.getByRole('combobox', { name: /Møteorgan/ }).first().click();
    await page.getByRole('option', { name: NAME }).click();
    await page.getByRole('button', { name: 'Nytt møte' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('checkbox', { name: 'Skriftlig behandling' }).check();
    // The Svarfrist instead of a meeting's time and place: its date (required) and its time.
    await dialog.locator('input[type="date"]').fill('2026-04-15');
    await dialog.getByLabel('Svarfrist klokken').fill('12:00');
    await createMeeting(dialog);
    // No template rows: an empty saksliste (hidden, having no height) and the answers' panel.
    await page.getByRole('heading', { name: 'Svar fra medlemmene' }).waitFor({ timeout: 30_000 });
    for (const title of SAKER) await walk.addRow(page, title);
    await walk.saved(page);
    const made = await walk.meeting();
    log.meeting = made;
    expect(made?.written).toEqual({ answers: [] });
    expect(made?.items.map((item) => [item.caseNumber, item.title])).toEqual([['Sak 001-2026', SAKER[0]], ['Sak 002-2026', SAKER[1]]]);
    await context.close();
  }, 300_000);

  it('sends the saker to the members by one e-mail and records each member\'s answer', async () => {
    const { context, page } = await openTreatment('2026-04-08T09:00:00+02:00');

    const before = (await requests()).filter((entry) => entry.path.endsWith('/sendMail')).length;
    await page.getByRole('button', { name: 'Send sakene til medlemmene' }).click();
    const confirm = page.getByRole('alertdialog');
    log.sendDialog = await confirm.innerText();
    expect(log.sendDialog).toMatch(/3 medlemmer med stemmerett/);
    await confirm.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByText(/Sakene ble sendt til medlemmene/).waitFor({ timeout: 60_000 });
    const mails = (await requests()).filter((entry) => entry.method === 'POST' && entry.path.endsWith('/sendMail'));
    log.sendMail = mails;
    expect(mails.length - before).toBe(1);
    expect(mails.at(-1)?.status).toBe(202);
    expect((await walk.meeting())?.written?.sentAt).toBeDefined();

    // Kari and Ola agree to both; Siri agrees to the first and not the second, with a comment.
    for (const [sak, title] of SAKER.entries()) {
      for (const member of MEMBERS) {
        const answer = member.name === 'Siri Lund' && sak === 1 ? 'Ikke enig' : 'Enig';
        await page.getByRole('combobox', { name: new RegExp(`${title} ${member.name}$`) }).selectOption({ label: answer });
      }
    }
    await page.getByRole('textbox', { name: new RegExp(`^Merknad .*${SAKER[1]} Siri Lund$`) }).fill('Lånet bør deles i to.');
    await walk.saved(page);
    log.answers = await page.getByRole('table').innerText();
    expect(log.answers).toMatch(/Vedtatt[\s\S]*Vedtatt/);
    expect((await walk.meeting())?.written?.answers).toHaveLength(6);
    await page.screenshot({ path: screenshotPath('skriftlig-answers.png'), fullPage: true });
    await context.close();
  }, 300_000);

  it('makes and stores the protokoll in the meeting folder; every member having answered, the treatment is held', async () => {
    const { context, page } = await openTreatment('2026-04-10T09:00:00+02:00');
    await page.getByRole('button', { name: 'Lag og lagre protokollen' }).click();
    await page.getByText('Den skriftlige behandlingen er avsluttet.').waitFor({ timeout: 90_000 });
    await walk.status('held');
    const stored = await walk.meeting();
    const minutes = stored?.minutes;
    log.minutes = minutes;
    expect(minutes?.fileName).toMatch(/^Protokoll /);
    expect(minutes?.webUrl).toMatch(/^https:/);
    const bytes = new Uint8Array(await walk.harness.repositoryAs(SECRETARY_UPN).downloadDocument(minutes ?? { fileName: '' }));
    mkdirSync(path.join(ROOT, 'out'), { recursive: true });
    writeFileSync(path.join(ROOT, 'out/skriftlig-protokoll.docx'), bytes);
    const text = (await docxParagraphs(bytes)).join('\n');
    log.protokoll = text;
    expect(text).toMatch(/Protokoll fra skriftlig styrebehandling/);
    expect(text).toMatch(new RegExp(`Sak 001-2026[\\s\\S]*${SAKER[0]}[\\s\\S]*Resultat:[\\s\\S]*Forslaget er vedtatt\\.`));
    expect(text).toMatch(/Merknad fra Siri Lund[\s\S]*Lånet bør deles i to\./);
    expect(text).not.toMatch(/Foreløpig resultat/);
    await page.screenshot({ path: screenshotPath('skriftlig-protokoll.png'), fullPage: true });
    await context.close();
  }, 300_000);

  it('marks the protokoll approved as the styre approves its record: in the next meeting, so it asks whether that meeting has first', async () => {
    const { context, page } = await openTreatment('2026-04-10T10:00:00+02:00');
    // The preset's `minutesApproval: 'signed'`: «Protokollen godkjennes og signeres» as the next meeting's Referatsak.
    await page.getByText('Protokollen legges fram som referatsak i neste møte').waitFor({ timeout: 30_000 });
    const approve = page.getByRole('button', { name: 'Marker protokollen som godkjent' });
    await expect.poll(() => approve.isEnabled(), { timeout: 30_000 }).toBe(true);
    await approve.click();
    const dialog = page.getByRole('alertdialog', { name: 'Har neste møte godkjent protokollen?' });
    await dialog.waitFor();
    log.approveAsked = await dialog.textContent();
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await walk.meeting())?.status).toBe('held');
    await approve.click();
    await dialog.getByRole('button', { name: 'Marker som godkjent' }).click();
    await page.getByText('Protokollen er godkjent.').waitFor({ timeout: 30_000 });
    await walk.status('minutesApproved');
    await context.close();
  }, 300_000);
});
