import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderInnkallingDocx, renderSaksframleggDocx } from '../documents';
import { labelledPdf, outlineOf, pageCountOf, textPages } from '../documents/testing/packPdf';
import { requireTool } from '../documents/testing/pdf';
import { innkallingFileName } from '../domain/attachments';
import type { MeetingFile } from '../domain/model';
import { createBoardPackService, memoryPdfCache, type BoardPackBuildProgress } from './boardPackService';
import type { SharePointMeetingRepository } from './sharePointMeetingRepository';
import { SECRETARY, startHarness, type Harness } from './testing/localTenant';
import { fixture } from './testing/noticeWorld';

describe('The møtebok PDF against the local tenant (SharePoint converts, the browser merges)', () => {
  let harness: Harness;
  let repository: SharePointMeetingRepository;
  let file: MeetingFile;
  const work = mkdtempSync(join(tmpdir(), 'motebok-pack-int-'));
  const cache = memoryPdfCache();
  const conversions = () => harness.records.filter((record) => record.method === 'GET' && /\/content\?format=pdf/.test(record.url)).length;

  beforeAll(async () => {
    requireTool('soffice', 'libreoffice-writer');
    requireTool('pdfinfo', 'poppler-utils');
    harness = await startHarness();
    repository = harness.repositoryFor(harness.user(SECRETARY));
    await repository.ensureProvisioned();
    const seed = fixture('pm-2026');
    const { committee } = seed;
    let meeting = { ...seed.meeting, items: seed.meeting.items.map((item) => (item.caseNumber === '2026.03' ? { ...item, caseMemo: { fileName: '2026.03 Saksgrunnlag Handlingsplan PM 11.06.26.docx' } } : item)) };
    const upload = (name: string, bytes: Uint8Array) => repository.uploadDocument(committee, meeting, name, bytes);
    const innkalling = await upload(innkallingFileName(committee, meeting), await renderInnkallingDocx({ committee, meeting }));
    const memo = await upload('2026.03 Saksgrunnlag Handlingsplan PM 11.06.26.docx', await renderSaksframleggDocx({ committee, meeting }, '2026.03'));
    const items = [];
    for (const item of meeting.items) {
      const attachments = [];
      for (const attachment of item.attachments) {
        attachments.push({ ...attachment, ...(await upload(attachment.fileName, await labelledPdf(attachment.title, 2))) });
      }
      items.push({ ...item, ...(item.caseNumber === '2026.03' ? { caseMemo: memo } : {}), attachments });
    }
    meeting = { ...meeting, innkalling, items };
    file = { committee, meeting };
  }, 180_000);
  afterAll(async () => {
    rmSync(work, { recursive: true, force: true });
    await harness?.close();
  });

  it('converts the Word documents, merges them with the PDFs, stores the pack in the meeting folder, reuses conversions on the same eTag and converts again after a change', async () => {
    const service = createBoardPackService({ repository, cache });
    expect(await service.findStored(file)).toBeUndefined();

    const progress: BoardPackBuildProgress[] = [];
    const first = await service.build(file, (step) => progress.push(step));
    expect(first).toMatchObject({ converted: 2, reused: 0 });
    expect(conversions()).toBe(2);
    expect(first.ref.fileName).toBe('Møtebok Partnerskapsmøtet 11.06.26.pdf');
    expect(progress.filter((step) => step.phase === 'fetch' && step.current).map((step) => step.current?.title)).toEqual([
      'Innkalling',
      'Vedlegg 1 - Sak 2026.02 Referat fra partnerskapsmøtet 05.06.25',
      'Saksframlegg',
      'Vedlegg 2 - Sak 2026.03 Oversikt status handlingsplan 2026 og tildelt rekrutterings- og samhandlingstilskudd',
    ]);
    expect(progress.at(-1)?.phase).toBe('store');

    // What is stored is what was built: read it back from the meeting folder.
    const stored = await service.findStored(file);
    expect(stored?.driveItemId).toBe(first.ref.driveItemId);
    const bytes = await repository.downloadDocument(first.ref);
    const path = join(work, 'pack.pdf');
    writeFileSync(path, bytes);
    expect(pageCountOf(path)).toBe(first.layout.totalPages);
    const pages = textPages(path);
    expect(pages[0]).toContain('Innhold');
    expect(pages[1]).toContain('Innkalling');
    expect(pages[1]).toContain('Partnerskapsmøtet');
    const outline = await outlineOf(bytes);
    expect(outline.map((entry) => entry.title)).toEqual(['Innkalling', 'Sak 2026.02 Referat fra Partnerskapsmøte 05.06.2025', expect.stringMatching(/^Sak 2026\.03 /)]);
    const sak3 = outline[2];
    expect(sak3?.children.map((child) => child.title)).toEqual(['Saksframlegg', 'Vedlegg 2 - Sak 2026.03 Oversikt status handlingsplan 2026 og tildelt rekrutterings- og samhandlingstilskudd']);
    expect(pages[(sak3?.children[1]?.page ?? 0) - 1]).toContain('Oversikt status handlingsplan');
    pages.forEach((text, index) => expect(text).toContain(`Side ${index + 1} av ${pages.length}`));

    // Same eTags: nothing is converted again, and the stored pack is replaced, not duplicated.
    const second = await service.build(file);
    expect(second).toMatchObject({ converted: 0, reused: 2 });
    expect(conversions()).toBe(2);
    expect(second.ref.driveItemId).toBe(first.ref.driveItemId);

    // A new version of the saksframlegg: its eTag changes, so it alone is converted again.
    const memo = file.meeting.items.find((item) => item.caseNumber === '2026.03')?.caseMemo;
    const changed = { ...file, meeting: { ...file.meeting, items: file.meeting.items.map((item) => (item.caseNumber === '2026.03' ? { ...item, title: 'Handlingsplan, revidert' } : item)) } };
    const newMemo = await repository.uploadDocument(file.committee, file.meeting, memo?.fileName ?? '', await renderSaksframleggDocx(changed, '2026.03'));
    expect(newMemo.driveItemId).toBe(memo?.driveItemId);
    expect(newMemo.eTag).not.toBe(memo?.eTag);
    const third = await service.build(file);
    expect(third).toMatchObject({ converted: 1, reused: 1 });
    expect(conversions()).toBe(3);
    const after = join(work, 'after.pdf');
    writeFileSync(after, await repository.downloadDocument(third.ref));
    expect(textPages(after).join('\n')).toContain('Handlingsplan, revidert');
  }, 240_000);
});
