import * as v from 'valibot';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { FULL_VIEWER } from '../../domain/confidentiality';
import { planBoardPack, type PackDocument } from '../../domain/boardPack';
import { CaseNumberSchema, type MeetingFile } from '../../domain/model';
import { aCommittee, aMeeting, anAttachment, anItem } from '../../domain/testing/builders';
import { requireTool } from '../testing/pdf';
import { labelledPdf, namedDestinations, outlineOf, pageCountOf, textPages } from '../testing/packPdf';
import { buildBoardPackPdf, type PackProgress } from './boardPackPdf';

const cn = (text: string) => v.parse(CaseNumberSchema, text);

const work = mkdtempSync(join(tmpdir(), 'motebok-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const stored = (name: string, id: string) => ({ fileName: name, driveItemId: id, webUrl: `https://example.sharepoint.com/sites/m/${id}` });

function aFile(): MeetingFile {
  return {
    committee: aCommittee({ name: 'Partnerskapsmøtet', shortName: 'PM' }),
    meeting: aMeeting({
      date: '2026-06-11',
      innkalling: stored('Innkalling Partnerskapsmøtet 11.06.26.docx', 'inn'),
      items: [
        anItem('a', {
          caseNumber: cn('2026.02'),
          title: 'Referat fra Partnerskapsmøte 05.06.2025',
          attachments: [anAttachment('v1', { number: 1, title: 'Referat fra partnerskapsmøtet 05.06.25', ...stored('Vedlegg 1 - Sak 2026.02 Referat.pdf', 'v1') })],
        }),
        anItem('b', {
          caseNumber: cn('2026.03'),
          title: 'Handlingsplan og rekruttering',
          caseMemo: stored('2026.03 Saksgrunnlag Handlingsplan PM 11.06.26.docx', 'memo'),
          attachments: [
            anAttachment('v2', { number: 2, title: 'Oversikt status handlingsplan 2026', ...stored('Vedlegg 2 - Sak 2026.03 Oversikt.pdf', 'v2') }),
            anAttachment('v3', { number: 3, title: 'Ødelagt skanning', ...stored('Vedlegg 3 - Sak 2026.03 Ødelagt.pdf', 'v3') }),
          ],
        }),
        anItem('c', { caseNumber: cn('2026.04'), title: 'Eventuelt' }),
      ],
    }),
  };
}

const PAGES: Record<string, number> = { inn: 2, v1: 3, memo: 2, v2: 1 };

async function source(document: PackDocument): Promise<Uint8Array> {
  const id = document.ref.driveItemId ?? '';
  if (id === 'v3') return new TextEncoder().encode('dette er ingen PDF');
  return labelledPdf(`Dokument ${id}`, PAGES[id] ?? 0);
}

describe('the møtebok PDF', () => {
  it('merges the documents in agenda order with a linked table of contents, bookmarks, named destinations and page numbers on every page', async () => {
    requireTool('pdfinfo', 'poppler-utils');
    const plan = planBoardPack(aFile(), FULL_VIEWER);
    const progress: PackProgress[] = [];
    const { bytes, layout } = await buildBoardPackPdf(plan, source, (step) => progress.push(step));
    const path = join(work, 'pack.pdf');
    writeFileSync(path, bytes);

    // 1 contents page + 2 + 3 + 2 + 1 + 1 page listing the broken vedlegg.
    expect(pageCountOf(path)).toBe(10);
    const pages = textPages(path);
    expect(pages).toHaveLength(10);
    pages.forEach((text, index) => expect(text).toContain(`Side ${index + 1} av 10`));
    expect(pages[1]).toContain('Dokument inn side 1');
    expect(pages[3]).toContain('Dokument v1 side 1');
    expect(pages[6]).toContain('Dokument memo side 1');
    expect(pages[8]).toContain('Dokument v2 side 1');

    const contents = pages[0] ?? '';
    expect(contents).toContain('Møtebok Partnerskapsmøtet 11.06.26');
    expect(contents).toContain('Innhold');
    const lineWithPage = (title: string, page: number) => new RegExp(`${title.replace(/[.()]/g, '\\$&')}\\s+${page}\\s*$`, 'm');
    expect(contents).toMatch(lineWithPage('Innkalling', 2));
    expect(contents).toMatch(lineWithPage('Sak 2026.02 Referat fra Partnerskapsmøte 05.06.2025', 4));
    expect(contents).toMatch(lineWithPage('Vedlegg 1 - Sak 2026.02 Referat fra partnerskapsmøtet 05.06.25', 4));
    expect(contents).toMatch(lineWithPage('Saksframlegg', 7));
    expect(contents).toMatch(lineWithPage('Vedlegg 2 - Sak 2026.03 Oversikt status handlingsplan 2026', 9));
    expect(contents).toMatch(lineWithPage('Dokumenter som ikke er med i møteboken', 10));
    expect(contents).not.toContain('Eventuelt');

    // The broken file is on the last page with its reason and link, never silently dropped.
    expect(pages[9]).toContain('Vedlegg 3 - Sak 2026.03 Ødelagt skanning');
    expect(pages[9]).toContain('Kunne ikke hentes eller gjøres om til PDF');
    expect(pages[9]).toContain('https://example.sharepoint.com/sites/m/v3');

    expect(Object.fromEntries(namedDestinations(path))).toEqual({
      innkalling: 2,
      'sak-2026.02': 4,
      'vedlegg-1': 4,
      'sak-2026.03': 7,
      'sak-2026.03-saksframlegg': 7,
      'vedlegg-2': 9,
      'ikke-med': 10,
    });
    expect(await outlineOf(bytes)).toEqual([
      { title: 'Innkalling', page: 2, children: [] },
      { title: 'Sak 2026.02 Referat fra Partnerskapsmøte 05.06.2025', page: 4, children: [{ title: 'Vedlegg 1 - Sak 2026.02 Referat fra partnerskapsmøtet 05.06.25', page: 4, children: [] }] },
      {
        title: 'Sak 2026.03 Handlingsplan og rekruttering',
        page: 7,
        children: [
          { title: 'Saksframlegg', page: 7, children: [] },
          { title: 'Vedlegg 2 - Sak 2026.03 Oversikt status handlingsplan 2026', page: 9, children: [] },
        ],
      },
      { title: 'Dokumenter som ikke er med i møteboken', page: 10, children: [] },
    ]);
    expect(layout.totalPages).toBe(10);
    // Progress per document, then the writing of the pack.
    expect(progress.map((step) => step.current?.title ?? 'ferdig')).toEqual(['Innkalling', 'Vedlegg 1 - Sak 2026.02 Referat fra partnerskapsmøtet 05.06.25', 'Saksframlegg', 'Vedlegg 2 - Sak 2026.03 Oversikt status handlingsplan 2026', 'Vedlegg 3 - Sak 2026.03 Ødelagt skanning', 'ferdig']);
    expect(progress.at(-1)).toEqual({ done: 5, total: 5 });
  });

  it('lists a password-protected PDF as such on the page of what is left out', async () => {
    const plan = planBoardPack(aFile(), FULL_VIEWER);
    const locked = async (document: PackDocument): Promise<Uint8Array> => {
      if (document.ref.driveItemId !== 'v2') return source(document);
      const pdf = await PDFDocument.load(await labelledPdf('Låst', 1));
      pdf.context.trailerInfo.Encrypt = pdf.context.register(pdf.context.obj({ Filter: 'Standard', V: 2, R: 3 }));
      return pdf.save();
    };
    const { layout } = await buildBoardPackPdf(plan, locked);
    expect(layout.leftOut.find((entry) => entry.title.startsWith('Vedlegg 2'))?.reason).toBe('Kunne ikke hentes eller gjøres om til PDF (passordbeskyttet)');
  });

  it('writes a title that Helvetica cannot encode with a stand-in character instead of failing', async () => {
    const file = aFile();
    const plan = planBoardPack({ ...file, committee: { ...file.committee, name: 'Sámediggi ŋ-rådet' } }, FULL_VIEWER);
    const { bytes } = await buildBoardPackPdf(plan, source);
    const path = join(work, 'encoding.pdf');
    writeFileSync(path, bytes);
    expect(textPages(path)[0]).toContain('Sámediggi ?-rådet');
  });
});
