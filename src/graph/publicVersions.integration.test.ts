import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hiddenTexts, leaksIn, PUBLIC_VIEWER } from '../domain/confidentiality';
import type { MeetingFile } from '../domain/model';
import { flowingText, requirePdfTools } from '../documents/testing/pdf';
import { existingPublicFiles, storePublicVersions, type PublicVersionProgress } from './publicVersions';
import { publicDocumentPlan, publicFolderPath } from '../domain/publicDocuments';
import { startHarness, type Harness } from './testing/localTenant';
import { fixture, noticeWorld, type NoticeWorld } from './testing/noticeWorld';

/**
 * «Lag offentlig versjon» in the local tenant: the Vestfold 2026 variant (sak 2026.04 exempt under
 * offl. § 13, a § 14 vedlegg in 2026.03, 2026.06 in lukket møte), held, with saksframlegg for
 * 2026.03 and 2026.04. The PDFs SharePoint converts are read back with pdftotext: no exempt title or
 * text may be in any of them.
 */
describe('public versions in the Offentlig folder (local tenant)', () => {
  let harness: Harness;
  let world: NoticeWorld;
  let file: MeetingFile;
  let workDir: string;
  const progress: PublicVersionProgress[] = [];

  beforeAll(async () => {
    requirePdfTools();
    workDir = mkdtempSync(join(tmpdir(), 'motebok-offentlig-'));
    harness = await startHarness();
    world = await noticeWorld(harness);
    const variant = fixture('pm-2026-unntatt');
    const memo = (fileName: string) => ({ fileName, contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    file = {
      committee: world.committee,
      meeting: {
        ...variant.meeting,
        status: 'held',
        items: variant.meeting.items.map((item) => (item.caseNumber === '2026.03' || item.caseNumber === '2026.04' ? { ...item, caseMemo: memo(`${item.caseNumber} Saksgrunnlag.docx`) } : item)),
      },
    };
    await storePublicVersions(world.repository.files, file, (step) => progress.push(step));
  }, 300_000);
  afterAll(async () => {
    await harness?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('stores innkalling, each saksframlegg and the referat as PDF only, named by the public title', async () => {
    const folderId = await world.repository.files.findFolder(publicFolderPath(file.committee, file.meeting));
    const names = (await world.repository.files.children(folderId ?? '')).map((child) => child.name).sort();
    expect(names).toEqual(publicDocumentPlan(file).map((entry) => entry.fileName).sort());
    expect(names).toHaveLength(4);
    expect(names.every((name) => name.endsWith(' - offentlig versjon.pdf'))).toBe(true);
    expect(names.join('\n')).toContain('2026.04 Saksgrunnlag Unntatt offentlighet');
    expect(progress.at(-1)).toEqual({ done: 4, total: 4 });
    expect(await existingPublicFiles(world.repository.files, file)).toEqual(publicDocumentPlan(file).map((entry) => entry.fileName));
  });

  it('leaves no exempt title, text or file name in any public PDF; the exempt sak keeps its number and hjemmel', async () => {
    const hidden = hiddenTexts(file, PUBLIC_VIEWER);
    expect(hidden.length).toBeGreaterThan(3);
    const folderId = await world.repository.files.findFolder(publicFolderPath(file.committee, file.meeting));
    const pdfs = await world.repository.files.children(folderId ?? '');
    for (const [index, pdf] of pdfs.entries()) {
      const bytes = await world.repository.files.download({ fileName: pdf.name, driveItemId: pdf.id });
      const path = join(workDir, `${index}.pdf`);
      writeFileSync(path, bytes);
      const text = flowingText(path);
      expect(leaksIn(text, hidden), pdf.name).toEqual([]);
      if (!pdf.name.startsWith('2026.03')) expect(text, pdf.name).toContain('offl. § 13');
    }
  }, 60_000);
});
