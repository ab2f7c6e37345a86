import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { afterAll, describe, expect, it } from 'vitest';
import { committeePreset } from '../../domain/committeePresets';
import { ConventionsSchema, MAX_COMMITTEE_LABEL_LENGTH } from '../../domain/conventions';
import { CaseNumberSchema, type MeetingFile } from '../../domain/model';
import { aCommittee, aMeeting, anItem } from '../../domain/testing/builders';
import { convertToPdf, layoutPages, requirePdfTools } from '../testing/pdf';
import { renderSaksframleggDocx } from './saksframleggDocx';

const preset = committeePreset('helseforetak');

/** A helseforetak's styresak, as its preset makes it: «Sak 04/2026» and the meeting's date in the header. */
function styresak(): MeetingFile {
  const committee = aCommittee({ name: 'Styret for Helse Nordfjell HF', caseNumberFormat: preset.caseNumberFormat, conventions: preset.conventions });
  const sak = anItem('s', { caseNumber: v.parse(CaseNumberSchema, 'Sak 04/2026'), kinds: ['Vedtakssak'], title: 'Budsjett 2027', caseOfficer: { name: 'Siri Moe' } });
  return { committee, meeting: aMeeting({ date: '2026-12-16', items: [sak] }) };
}

describe('the saksframlegg\'s header row, converted in LibreOffice', () => {
  let workDir = '';
  afterAll(() => {
    if (workDir !== '') rmSync(workDir, { recursive: true, force: true });
  });

  it('keeps the case number, the date and each header on one line, as a styresak heads it («Sak 04/2026», «Saksbehandler»)', async () => {
    requirePdfTools();
    if (workDir === '') workDir = mkdtempSync(join(tmpdir(), 'saksframlegg-header-'));
    const pdf = convertToPdf(workDir, { memo: await renderSaksframleggDocx(styresak(), 's') }).memo ?? '';
    const [page = ''] = layoutPages(pdf);
    const lines = page.split('\n');
    expect(lines.find((line) => line.includes('Saksnr.:'))).toMatch(/Saksnr\.:\s+Møteorgan:\s+Møtedato:\s+Type sak\s+Saksbehandler\s*$/);
    expect(lines.find((line) => line.includes('Sak 04/2026'))).toMatch(/Sak 04\/2026\s+Styret for Helse\s+16\.12\.2026\s+Vedtakssak\s+Siri Moe/);
  }, 120_000);

  it('heads the møteorgan\'s column with the committee\'s own word for it (noticeCommittee) on one line: the longest a committee may choose beside the number, the sakstype and the saksbehandler, its date then in a saksgang row under them; «Organ» with the date in the row', async () => {
    requirePdfTools();
    if (workDir === '') workDir = mkdtempSync(join(tmpdir(), 'saksframlegg-header-'));
    const sak = styresak();
    const longest = 'KONTROLLUTVALGET';
    expect(longest).toHaveLength(MAX_COMMITTEE_LABEL_LENGTH);
    // Through the schema, so the word is one the settings accept.
    const labelled = (committeeLabel: string, memoMeetingDate: boolean): MeetingFile => {
      const conventions = v.parse(ConventionsSchema, { ...sak.committee.conventions, noticeCommittee: true, committeeLabel, memoMeetingDate });
      return { ...sak, committee: { ...sak.committee, conventions } };
    };
    const pdfs = convertToPdf(workDir, {
      longest: await renderSaksframleggDocx(labelled(longest, false), 's'),
      longestDated: await renderSaksframleggDocx(labelled(longest, true), 's'),
      dated: await renderSaksframleggDocx(labelled('Organ', true), 's'),
    });
    const lines = (pdf: string | undefined) => (layoutPages(pdf ?? '')[0] ?? '').split('\n');
    const longestLines = lines(pdfs.longest);
    expect(longestLines.find((line) => line.includes('Saksnr.:'))).toMatch(/Saksnr\.:\s+KONTROLLUTVALGET:\s+Type sak\s+Saksbehandler\s*$/);
    expect(longestLines.find((line) => line.includes('Sak 04/2026'))).toMatch(/Sak 04\/2026\s+Styret for Helse Nordfjell HF\s+Vedtakssak\s+Siri Moe/);
    // With the date asked for too, the longest word stays whole: the date moves to this meeting's saksgang row under the header.
    const longestDatedLines = lines(pdfs.longestDated);
    expect(longestDatedLines.find((line) => line.includes('Saksnr.:'))).toMatch(/Saksnr\.:\s+KONTROLLUTVALGET:\s+Type sak\s+Saksbehandler\s*$/);
    expect(longestDatedLines.find((line) => /Møtedato/.test(line))).toMatch(/Saksnr\.\s+Utvalg\s+Møtedato\s*$/);
    expect(longestDatedLines.find((line) => line.includes('16.12.2026'))).toMatch(/Sak 04\/2026\s+Styret for Helse Nordfjell HF\s+16\.12\.2026\s*$/);
    expect(longestDatedLines.some((line) => /KONTROLLUTVALGE\b|KONTROLLUTVALG\s*$/.test(line))).toBe(false);
    const datedLines = lines(pdfs.dated);
    expect(datedLines.find((line) => line.includes('Saksnr.:'))).toMatch(/Saksnr\.:\s+Organ:\s+Møtedato:\s+Type sak\s+Saksbehandler\s*$/);
    expect(datedLines.find((line) => line.includes('Sak 04/2026'))).toMatch(/Sak 04\/2026\s+Styret for Helse\s+16\.12\.2026\s+Vedtakssak\s+Siri Moe/);
  }, 120_000);
});
