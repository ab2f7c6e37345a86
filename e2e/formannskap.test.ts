// A formannskap whose saker go on to the kommunestyre, with no code of its own: the «Kommunestyre / formannskap»
// preset's conventions, and a sak's saksgang set in the sak editor. The saksframlegg is headed «Saksnr. / Utvalg /
// Møtedato» with this meeting and the kommunestyre, and the møteprotokoll writes what the formannskap concluded
// as its «Innstilling til Kommunestyret:», every other sak's as «Vedtak:». What each step showed is written to
// out/formannskap-log.json with the screenshot, for a person to look at.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { committeePreset } from '../src/domain/committeePresets';
import { DEFAULT_ITEM_KINDS } from '../src/domain/conventions';
import type { Committee, Meeting } from '../src/domain/model';
import { renderReferatDocx } from '../src/documents/docx/referatDocx';
import { renderSaksframleggDocx } from '../src/documents/docx/saksframleggDocx';
import { docxParagraphs } from '../src/documents/testing/docxText';
import { fixture, openWorkspace, ROOT, screenshotPath, SECRETARY_UPN, startWorkspaceHarness, type WorkspaceHarness } from './support/workspaceHarness';

const log: Record<string, unknown> = {};
const SAK = '2026-03';

describe('a formannskap: a sak with its saksgang to the kommunestyre, an innstilling in the protokoll', () => {
  let harness: WorkspaceHarness;
  const seed = fixture('pm-2026');
  const preset = committeePreset('kommunestyre');
  // The seed's saker keep their sakstyper (Dialog, Beslutning): the preset's list with those the seed uses added.
  const kinds = [...preset.conventions.itemKinds, ...DEFAULT_ITEM_KINDS.filter((kind) => !preset.conventions.itemKinds.some((own) => own.id === kind.id))];
  const committee: Committee = { ...seed.committee, languageForm: preset.languageForm, conventions: { ...preset.conventions, itemKinds: kinds }, name: 'Formannskapet', shortName: 'FSK', organisation: 'Nordfjell kommune' };
  // The seed's ids, as the other walks open their meeting (`#meeting=`); the committee is the formannskap by its settings alone.
  const meeting: Meeting = seed.meeting;

  beforeAll(async () => {
    harness = await startWorkspaceHarness();
    const repository = harness.repositoryAs(SECRETARY_UPN);
    await repository.ensureProvisioned();
    await repository.saveCommittee(committee);
    await repository.saveMeeting(meeting);
  }, 300_000);
  afterAll(async () => {
    mkdirSync(path.join(ROOT, 'out'), { recursive: true });
    writeFileSync(path.join(ROOT, 'out/formannskap-log.json'), JSON.stringify(log, null, 2));
    await harness?.close();
  });

  it('the secretary gives a sak its saksgang to the kommunestyre in the sak editor, and is told the protokoll writes an innstilling', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await openWorkspace(page, harness.appUrl, `#meeting=${meeting.id}`);
    await page.getByRole('list', { name: 'Saksliste' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: /^Rediger 2026\.03 Handlingsplan/ }).click();
    const route = page.getByRole('region', { name: 'Saksgang' });
    await route.getByRole('textbox', { name: 'Nytt utvalg i saksgangen' }).fill('Kommunestyret');
    await route.getByRole('button', { name: 'Legg til i saksgangen' }).click();
    await route.getByLabel('Møtedato (valgfritt)').fill('2026-06-25');
    await route.getByRole('note').waitFor();
    log.route = await route.innerText();
    expect(log.route).toContain('Protokollen skriver konklusjonen som «Innstilling til Kommunestyret».');
    await page.screenshot({ path: screenshotPath('formannskap-saksgang.png'), fullPage: true });
    await page.getByRole('button', { name: 'Lukk', exact: true }).click();
    await expect.poll(() => page.locator('[data-save-state]').getAttribute('data-save-state'), { timeout: 30_000 }).toBe('saved');
    await context.close();
    const stored = await harness.repositoryAs(SECRETARY_UPN).getMeeting(meeting.id);
    expect(stored?.value.items.find((item) => item.id === SAK)?.caseRoute).toEqual([{ body: 'Kommunestyret', date: '2026-06-25' }]);
  }, 300_000);

  it('the saksframlegg and the møteprotokoll made from what was stored print the saksgang and the innstilling', async () => {
    const stored = (await harness.repositoryAs(SECRETARY_UPN).getMeeting(meeting.id))?.value;
    if (!stored) throw new Error('møtet ble ikke lagret');
    const memo = (await docxParagraphs(await renderSaksframleggDocx({ committee, meeting: stored }, SAK))).join('\n');
    log.saksframlegg = memo;
    expect(memo).toMatch(/Saksnr\.\nUtvalg\nMøtedato\n2026\.03\nFormannskapet\n11\.06\.2026\nKommunestyret\n25\.06\.2026/);
    // The formannskap concluded: its innstilling in the sak that goes on, its vedtak in the others.
    const held: Meeting = {
      ...stored,
      status: 'held',
      items: stored.items.map((item) => (item.id === SAK || item.id === '2026-04' ? { ...item, outcome: 'treated', conclusion: ['Handlingsplanen vedtas.'] } : item)),
    };
    const protokoll = (await docxParagraphs(await renderReferatDocx({ committee, meeting: held }))).join('\n');
    log.protokoll = protokoll;
    expect(protokoll).toMatch(/^Møteprotokoll/);
    expect(protokoll).toMatch(/2026\.03[\s\S]*Innstilling til Kommunestyret:\nHandlingsplanen vedtas\.[\s\S]*2026\.04[\s\S]*Vedtak:\nHandlingsplanen vedtas\./);
  }, 120_000);
});
