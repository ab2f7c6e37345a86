// A fylkeskommune's fylkesutval in nynorsk, set up through the settings from the «Kommunestyre / formannskap» preset
// with no code of its own: a sak comes from a hovudutval and goes on to the fylkesting (its saksgang set in the sak
// editor), another starts here. The innkalling heads the first sak's proposal «Innstilling frå Hovudutval for …», the
// other «Fylkesdirektøren si innstilling»; the side panel records the fylkesutval's «Innstilling til Fylkestinget»,
// which the møteprotokoll prints. The innkalling, saksframlegg and protokoll are written to out/ for a person to look
// at (out/fylkeskommune-*.docx), with the log and the screenshots.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderInnkallingDocx } from '../src/documents/docx/innkallingDocx';
import { renderSaksframleggDocx } from '../src/documents/docx/saksframleggDocx';
import { docxParagraphs } from '../src/documents/testing/docxText';
import { pickPerson, startCommitteeWalk, type CommitteeWalk } from './support/committeeWalk';
import { screenshotPath } from './support/screenshots';
import { ROOT } from './support/workspaceHarness';

const NAME = 'Fylkesutvalet';
const HOVUDUTVAL = 'Hovudutval for opplæring og kompetanse';
const SAK = 'Skulebruksplan 2027–2035';
const log: Record<string, unknown> = {};

describe('a fylkesutval in nynorsk: a sak from a hovudutval goes on to the fylkesting, its innstilling in and out', () => {
  let walk: CommitteeWalk;

  beforeAll(async () => {
    walk = await startCommitteeWalk({ name: NAME, slug: 'fylkeskommune', language: 'nn' });
  }, 300_000);
  afterAll(async () => walk?.close(log));

  it('the secretary creates the fylkesutval from the preset: nynorsk, the fylkesdirektør\'s innstilling', async () => {
    const context = await walk.harness.newContext();
    const page = await context.newPage();
    const form = await walk.newCommitteeForm(page, { preset: /^Kommunestyre/, shortName: 'FU', organisation: 'Nordfjell fylkeskommune' });
    await form.getByRole('radio', { name: 'Nynorsk' }).check();
    await form.getByRole('textbox', { name: /^Forslaget er frå \(i genitiv\)/ }).fill('Fylkesdirektøren si');
    await pickPerson(page, form.getByRole('combobox', { name: /^Faste medlemmer/ }), 'Renate', 'Renate Solstad');
    await page.screenshot({ path: screenshotPath('fylkeskommune-settings-new.png'), fullPage: true });
    const created = await walk.createCommittee(page, form);
    log.committee = created;
    expect(created?.languageForm).toBe('nn');
    expect(created?.conventions).toMatchObject({ proposal: 'innstilling', proposalBy: 'Fylkesdirektøren si', conclusion: 'vedtak' });
    await context.close();
  }, 300_000);

  it('the secretary gives the sak its saksgang (hovudutval → fylkesutval → fylkesting), types the hovudutval\'s innstilling, previews and sends', async () => {
    const context = await walk.harness.newContext();
    await context.clock.install({ time: new Date('2026-12-01T08:00:00+01:00') });
    const page = await context.newPage();
    const agenda = await walk.newMeeting(page, { date: '2026-12-10', starts: '09:00', ends: '15:00', place: 'Fylkeshuset, møterom Fjorden' });
    await walk.addRow(page, SAK, { kind: 'Vedtakssak' });
    await walk.addRow(page, 'Val av styre for fagskulen', { kind: 'Vedtakssak' });
    await walk.saved(page);
    log.agenda = await agenda.innerText();
    expect(log.agenda).toMatch(/PS 2\/26[\s\S]*Skulebruksplan[\s\S]*PS 3\/26[\s\S]*fagskulen/);

    await page.getByRole('button', { name: `Rediger PS 2/26 ${SAK}` }).click();
    const route = page.getByRole('region', { name: 'Saksgang' });
    const add = async (body: string) => {
      await route.getByRole('textbox', { name: 'Nytt utval i saksgangen' }).fill(body);
      await route.getByRole('button', { name: 'Legg til i saksgangen' }).click();
    };
    await add(HOVUDUTVAL);
    await route.getByRole('textbox', { name: `Saksnr. (valfritt), ${HOVUDUTVAL}` }).fill('PS 4/26');
    await route.getByRole('textbox', { name: `Møtedato (valfritt), ${HOVUDUTVAL}` }).fill('2026-11-24');
    await add(NAME);
    await add('Fylkestinget');
    await route.getByRole('textbox', { name: 'Møtedato (valfritt), Fylkestinget' }).fill('2026-12-15');
    log.route = await route.innerText();
    expect(log.route).toContain('Innkallinga skriv forslaget som «Innstilling frå Hovudutval for opplæring og kompetanse».');
    expect(log.route).toContain('Protokollen skriv konklusjonen som «Innstilling til Fylkestinget».');
    // The proposal field is named by where the proposal comes from: the secretary types the hovudutval's innstilling.
    const proposal = page.getByRole('group', { name: `Innstilling frå ${HOVUDUTVAL}` });
    await proposal.getByRole('button', { name: 'Legg til punkt' }).click();
    await proposal.getByRole('textbox', { name: 'Punkt 1' }).fill('Fylkestinget vedtek skulebruksplanen 2027–2035.');
    await page.screenshot({ path: screenshotPath('fylkeskommune-saksgang.png'), fullPage: true });
    await page.getByRole('button', { name: 'Lukk', exact: true }).click();
    await page.getByRole('button', { name: 'Rediger PS 3/26 Val av styre for fagskulen' }).click();
    const own = page.getByRole('group', { name: 'Fylkesdirektøren si innstilling' });
    await own.getByRole('button', { name: 'Legg til punkt' }).click();
    await own.getByRole('textbox', { name: 'Punkt 1' }).fill('Desse vert valde til styret.');
    await page.getByRole('button', { name: 'Lukk', exact: true }).click();
    await walk.saved(page);

    log.preview = await walk.preview(page, /Desse vert valde/);
    expect(log.preview).toMatch(/Skulebruksplan[\s\S]*Innstilling frå Hovudutval for opplæring og kompetanse:\s*Fylkestinget vedtek[\s\S]*fagskulen[\s\S]*Fylkesdirektøren si innstilling:\s*Desse vert valde/);
    await page.screenshot({ path: screenshotPath('fylkeskommune-preview.png'), fullPage: true });
    await page.keyboard.press('Escape');
    const send = await walk.openSendDialog(page);
    await walk.send(send);
    await walk.status('noticeSent');

    // The papers as the workspace makes them, from what was stored, for a person to look at.
    const committee = await walk.committee();
    const meeting = await walk.meeting();
    if (!committee || !meeting) throw new Error('fylkesutvalet eller møtet vart ikkje lagra');
    const sak = meeting.items.find((item) => item.title === SAK);
    mkdirSync(path.join(ROOT, 'out'), { recursive: true });
    const innkalling = await renderInnkallingDocx({ committee, meeting });
    const saksframlegg = await renderSaksframleggDocx({ committee, meeting }, sak?.id ?? '');
    writeFileSync(path.join(ROOT, 'out/fylkeskommune-innkalling.docx'), innkalling);
    writeFileSync(path.join(ROOT, 'out/fylkeskommune-saksframlegg.docx'), saksframlegg);
    log.saksframlegg = (await docxParagraphs(saksframlegg)).join('\n');
    // The saksgang's three bodies with their numbers and dates, and the proposal headed as the innkalling heads it.
    expect(log.saksframlegg).toMatch(/Saksnr\.\nUtval\nMøtedato\nPS 4\/26\nHovudutval for opplæring og kompetanse\n24\.11\.2026\nPS 2\/26\nFylkesutvalet\n10\.12\.2026\nFylkestinget\n15\.12\.2026\n[\s\S]*Innstilling frå Hovudutval for opplæring og kompetanse:\nFylkestinget vedtek/);
    await context.close();
  }, 400_000);

  it('the secretary records the fylkesutval\'s innstilling to the fylkesting in the side panel, and the møteprotokoll prints it', async () => {
    const held = await walk.meeting();
    const context = await walk.harness.newContext();
    const page = await walk.openSidePanel(context, held?.id ?? '');
    await walk.startMeeting(page);
    const sak = held?.items.find((item) => item.title === SAK);
    await walk.setCurrent(page, sak?.id ?? '');
    await page.getByRole('heading', { name: `Innstilling frå ${HOVUDUTVAL}` }).waitFor({ timeout: 20_000 });
    await page.getByRole('group', { name: 'Innstilling til Fylkestinget' }).waitFor({ timeout: 20_000 });
    await page.getByTestId('as-proposed').click();
    log.sidePanelSak = await page.locator('body').innerText();
    await page.screenshot({ path: screenshotPath('fylkeskommune-side-panel-sak.png'), fullPage: true });
    await walk.markTreated(page);
    const { text } = await walk.endAndMakeMinutes(page);
    log.protokoll = text;
    expect(text).toMatch(/^Møteprotokoll Fylkesutvalet/);
    expect(text).toMatch(/PS 2\/26[\s\S]*Skulebruksplan[\s\S]*Innstilling til Fylkestinget:\nFylkestinget vedtek skulebruksplanen 2027–2035\./);
    await context.close();
  }, 400_000);
});
