// A tester's walk, as the styresekretær of a helseforetak's board would take it who has never seen Møtebok: the
// board made from the preset that fits, an innkalling of three saker (a vedtakssak, an orienteringssak and one
// unntatt offentlighet with its hjemmel and a public title), sent, and then «Lag offentlig versjon», the public
// innkalling she would publish, read back: the exempt sak's text is not in it, its number, public title and the
// line «Unntatt offentlighet, <hjemmel>» are. Writes out/helseforetak-styre-log.json beside the screenshots.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicFolderPath } from '../src/domain/publicDocuments';
import { flowingText, requirePdfTools } from '../src/documents/testing/pdf';
import { pickPerson, startCommitteeWalk, type CommitteeWalk } from './support/committeeWalk';
import { screenshotPath } from './support/screenshots';
import { SECRETARY_UPN } from './support/workspaceHarness';

const NAME = 'Styret i Helse Testfjord HF';
const EXEMPT = 'Forhandlinger om leie av nytt laboratoriebygg';
const EXEMPT_TEXT = 'Utleiers pris ligger over vår øvre ramme';
const PUBLIC_TITLE = 'Sak om leie av lokaler';
const BASIS = 'offl. § 23 første ledd';
const log: Record<string, unknown> = {};

describe('a tester walks the styresekretær of a helseforetak through an innkalling with a sak unntatt offentlighet and its public version', () => {
  let walk: CommitteeWalk;

  beforeAll(async () => {
    requirePdfTools();
    walk = await startCommitteeWalk({ name: NAME, slug: 'helseforetak-styre' });
  }, 300_000);
  afterAll(async () => walk?.close(log));

  it('she makes the board from the helseforetak preset, with its leder and members', async () => {
    const context = await walk.harness.newContext();
    const page = await context.newPage();
    const form = await walk.newCommitteeForm(page, { preset: 'Styret i et helseforetak', shortName: 'HT-styret', organisation: 'Helse Testfjord HF' });
    await pickPerson(page, form.getByRole('combobox', { name: /^Fast møteleder/ }), 'Per Christian', 'Per Christian Voss');
    const members = form.getByRole('combobox', { name: /^Faste medlemmer/ });
    await pickPerson(page, members, 'Per Christian', 'Per Christian Voss');
    await pickPerson(page, members, 'Renate', 'Renate Solstad');
    log.settings = await form.innerText();
    await page.screenshot({ path: screenshotPath('helseforetak-styre-settings.png'), fullPage: true });
    const created = await walk.createCommittee(page, form);
    expect(created?.conventions).toMatchObject({ minutes: 'protokoll', agenda: 'saksliste' });
    // Møtebok gave the new board its access as it was created: the check that follows (it waits for that) warns of nothing.
    await page.getByRole('button', { name: 'Tilbake til møtene' }).click();
    await expect.poll(() => page.locator('[data-permission-check]').getAttribute('data-permission-check'), { timeout: 60_000 }).toBe('ready');
    log.afterCreation = await page.locator('main').innerText();
    expect(await page.getByTestId('permissions-warning').count()).toBe(0);
    await context.close();
  }, 300_000);

  it('she builds the innkalling of three saker, one unntatt offentlighet, and sends it', async () => {
    const context = await walk.harness.newContext();
    await context.clock.install({ time: new Date('2026-12-01T08:00:00+01:00') });
    const page = await context.newPage();
    const agenda = await walk.newMeeting(page, { date: '2026-12-16', starts: '09:00', ends: '14:00', place: 'Styrerommet' });
    await walk.addRow(page, 'Budsjett 2027', { kind: 'Vedtakssak' });
    await walk.addRow(page, 'Virksomhetsrapport november 2026', { kind: 'Orientering' });

    await page.getByRole('button', { name: 'Legg til sak' }).click();
    await page.getByRole('textbox', { name: 'Tittel', exact: true }).fill(EXEMPT);
    await page.getByRole('checkbox', { name: 'Vedtakssak', exact: true }).check();
    await page.getByRole('textbox', { name: 'Sammendrag' }).fill(EXEMPT_TEXT);
    const marking = page.getByRole('region', { name: 'Offentlighet' });
    await marking.getByRole('checkbox', { name: 'Saken er unntatt offentlighet' }).check();
    await marking.getByRole('combobox', { name: 'Hjemmel' }).first().selectOption({ label: BASIS });
    await marking.getByRole('textbox', { name: /Offentlig tittel/ }).fill(PUBLIC_TITLE);
    log.marking = await marking.innerText();
    await page.screenshot({ path: screenshotPath('helseforetak-styre-sak-unntatt.png'), fullPage: true });
    await page.getByRole('button', { name: 'Lukk', exact: true }).click();
    await walk.saved(page);
    log.agenda = await agenda.innerText();
    await page.screenshot({ path: screenshotPath('helseforetak-styre-agenda.png'), fullPage: true });

    log.preview = await walk.preview(page, new RegExp(EXEMPT));
    expect(log.preview).toContain(`Unntatt offentlighet, ${BASIS}`);
    await page.keyboard.press('Escape');
    const dialog = await walk.openSendDialog(page);
    log.sendDialog = await dialog.innerText();
    await page.screenshot({ path: screenshotPath('helseforetak-styre-send.png'), fullPage: true });
    await walk.send(dialog);
    await walk.status('noticeSent');
    await context.close();
  }, 400_000);

  it('she makes the public version and the public innkalling holds the exempt sak by number, public title and hjemmel only', async () => {
    const context = await walk.harness.newContext();
    await context.clock.install({ time: new Date('2026-12-02T08:00:00+01:00') });
    const page = await context.newPage();
    await walk.openWorkspace(page);
    await page.getByRole('combobox', { name: /Møteorgan/ }).first().click();
    await page.getByRole('option', { name: NAME }).click();
    await page.getByRole('region', { name: 'Kommende møter' }).getByRole('button', { name: /16\.12\.2026/ }).click();
    await page.getByRole('list', { name: /^Saks?liste$/ }).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: screenshotPath('helseforetak-styre-sendt.png'), fullPage: true });
    await page.getByRole('button', { name: 'Lag offentlig versjon' }).click();
    const dialog = page.getByRole('alertdialog');
    log.publicDialog = await dialog.innerText();
    await page.screenshot({ path: screenshotPath('helseforetak-styre-offentlig-spør.png'), fullPage: true });
    await dialog.getByRole('button', { name: 'Lag offentlig versjon' }).click();
    await dialog.getByText(/Offentlig versjon er lagret/).waitFor({ timeout: 90_000 });
    log.publicDone = await dialog.innerText();
    await page.screenshot({ path: screenshotPath('helseforetak-styre-offentlig-lagret.png'), fullPage: true });

    const repository = walk.harness.repositoryAs(SECRETARY_UPN);
    const committee = await walk.committee();
    const meeting = await walk.meeting();
    if (!committee || !meeting) throw new Error('styret eller møtet mangler');
    const folder = await repository.files.findFolder(publicFolderPath(committee, meeting));
    const pdfs = await repository.files.children(folder ?? '');
    // She opens the public innkalling by its link in the dialog: the file stored in «Offentlig».
    const href = await dialog.getByRole('link', { name: /^Innkalling .* - offentlig versjon\.pdf$/ }).getAttribute('href');
    const innkalling = pdfs.find((pdf) => pdf.webUrl === href);
    if (!innkalling) throw new Error(`ingen offentlig innkalling blant ${pdfs.map((pdf) => pdf.name).join(', ')}`);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'helseforetak-styre-')), 'innkalling.pdf');
    writeFileSync(file, await repository.files.download({ fileName: innkalling.name, driveItemId: innkalling.id }));
    const text = flowingText(file);
    log.publicInnkalling = text;
    // Headed in the preset's words, the exempt sak by its number, public title and «Unntatt offentlighet, <hjemmel>».
    expect(text).toContain(`Innkalling til møte i ${NAME}`);
    expect(text).toMatch(new RegExp(`Sak 04/2026 ${PUBLIC_TITLE} Unntatt offentlighet, ${BASIS}`));
    expect(text).toContain('Budsjett 2027');
    expect(text).toContain(PUBLIC_TITLE);
    expect(text).toContain(`Unntatt offentlighet, ${BASIS}`);
    expect(text).not.toContain(EXEMPT);
    expect(text).not.toContain(EXEMPT_TEXT);
    // The members' innkalling has the Teams link to join; the one published does not let a reader into the meeting.
    expect(text).not.toContain('Bli med i møtet');
    await context.close();
  }, 300_000);
});
