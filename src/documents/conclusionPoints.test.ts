import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ConventionsSchema } from '../domain/conventions';
import type { MeetingFile } from '../domain/model';
import { renderInnkallingDocx } from './docx/innkallingDocx';
import { renderReferatDocx } from './docx/referatDocx';
import { renderSaksframleggDocx } from './docx/saksframleggDocx';
import { renderAgendaHtml } from './html/agendaHtml';
import { docxPart } from './testing/docxText';
import { loadSeedMeeting } from './testing/fixtures';

/**
 * One point prints as its text and several as a numbered list in every document (domain/conclusionPoints.ts), and a
 * committee that writes running text (`conventions.runningText`) gets several points as paragraphs without numbers.
 */

/** Whether the Word paragraph holding `text` is a numbered list's paragraph (it carries numbering properties). */
function numbered(documentXml: string, text: string): boolean {
  const paragraph = documentXml.split('</w:p>').find((part) => part.includes(text));
  expect(paragraph, text).toBeDefined();
  return paragraph?.includes('<w:numPr>') === true;
}

const klage = ['Klagen tas ikke til følge.', 'Vedtaket er endelig og kan ikke påklages.'];

function withPoints(file: MeetingFile, caseNumber: string, points: string[], runningText: boolean): MeetingFile {
  const items = file.meeting.items.map((item) => (item.caseNumber === caseNumber ? { ...item, proposedConclusion: points, conclusion: points, outcome: 'treated' as const } : item));
  const conventions = v.parse(ConventionsSchema, { ...file.committee.conventions, ...(runningText ? { runningText: true } : {}) });
  return { committee: { ...file.committee, conventions }, meeting: { ...file.meeting, status: 'held', items } };
}

describe('a konklusjon’s and a proposal’s points in the documents', () => {
  it('prints the one point of a saksframlegg’s proposal as its text, not «1. …», as the innkalling does', async () => {
    const file = loadSeedMeeting('pm-2025.json');
    expect(numbered(await docxPart(await renderSaksframleggDocx(file, '2025.04'), 'word/document.xml'), 'Status tas til orientering.')).toBe(false);
    expect(numbered(await docxPart(await renderInnkallingDocx(file), 'word/document.xml'), 'Status tas til orientering.')).toBe(false);
    // Several points stay numbered.
    expect(numbered(await docxPart(await renderSaksframleggDocx(file, '2025.03'), 'word/document.xml'), 'Fremlegg i møtet tas til orientering.')).toBe(true);
  });

  it('numbers several points in the innkalling, saksframlegg, protokoll and invite body', async () => {
    const file = withPoints(loadSeedMeeting('pm-2025.json'), '2025.04', klage, false);
    for (const bytes of [await renderInnkallingDocx(file), await renderSaksframleggDocx(file, '2025.04'), await renderReferatDocx(file)]) {
      expect(numbered(await docxPart(bytes, 'word/document.xml'), klage[1] ?? '')).toBe(true);
    }
    expect(renderAgendaHtml(file)).toMatch(/<ol[^>]*><li>Klagen tas ikke til følge\.<\/li><li>Vedtaket er endelig/);
  });

  it('prints several points as paragraphs without numbers for a committee that writes running text, in every document', async () => {
    const file = withPoints(loadSeedMeeting('pm-2025.json'), '2025.04', klage, true);
    for (const bytes of [await renderInnkallingDocx(file), await renderSaksframleggDocx(file, '2025.04'), await renderReferatDocx(file)]) {
      const xml = await docxPart(bytes, 'word/document.xml');
      expect(klage.map((point) => numbered(xml, point))).toEqual([false, false]);
    }
    const html = renderAgendaHtml(file);
    expect(html).toMatch(/<p[^>]*>Klagen tas ikke til følge\.<\/p><p[^>]*>Vedtaket er endelig/);
    expect(html).not.toMatch(/<li>Klagen tas ikke/);
  });
});
