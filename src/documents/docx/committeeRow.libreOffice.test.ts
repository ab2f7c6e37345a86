import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { afterAll, describe, expect, it } from 'vitest';
import { ConventionsSchema, MAX_COMMITTEE_LABEL_LENGTH } from '../../domain/conventions';
import type { MeetingFile } from '../../domain/model';
import { loadSeedMeeting } from '../testing/fixtures';
import { convertToPdf, layoutPages, requirePdfTools } from '../testing/pdf';
import { renderInnkallingDocx } from './innkallingDocx';
import { renderReferatDocx } from './referatDocx';

/** A word of exactly the longest length the committee's label may have (`committeeLabel`), in capitals, the widest way to write it. */
const LONGEST = 'KONTROLLUTVALGET';

describe('the row naming the committee, converted in LibreOffice', () => {
  let workDir = '';
  afterAll(() => {
    if (workDir !== '') rmSync(workDir, { recursive: true, force: true });
  });

  it('prints the longest label a committee may choose whole on one line beside the name, in the innkalling and the protokoll', async () => {
    requirePdfTools();
    expect(LONGEST).toHaveLength(MAX_COMMITTEE_LABEL_LENGTH);
    workDir = mkdtempSync(join(tmpdir(), 'committee-row-'));
    const seed = loadSeedMeeting('pm-2026.json');
    // Through the schema, so the label is one the settings accept.
    const conventions = v.parse(ConventionsSchema, { ...seed.committee.conventions, noticeCommittee: true, committeeLabel: LONGEST });
    const file: MeetingFile = { ...seed, meeting: { ...seed.meeting, status: 'held' }, committee: { ...seed.committee, conventions } };
    const pdfs = convertToPdf(workDir, { innkalling: await renderInnkallingDocx(file), referat: await renderReferatDocx(file) });
    for (const pdf of [pdfs.innkalling ?? '', pdfs.referat ?? '']) {
      const lines = layoutPages(pdf).flatMap((page) => page.split('\n')).map((line) => line.trim());
      // Label and name on one line of the layout: the label did not wrap into a second line under itself.
      expect(lines.filter((line) => new RegExp(`^${LONGEST}\\s+${seed.committee.name}$`).test(line))).toHaveLength(1);
      expect(lines.filter((line) => line.startsWith(LONGEST.slice(0, 10)) && !line.startsWith(LONGEST))).toEqual([]);
    }
  }, 120_000);
});
