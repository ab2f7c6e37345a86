import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_CONCLUSION_POINT_LENGTH, MAX_RICH_TEXT_LENGTH, MAX_TITLE_LENGTH } from '../../domain/limits';
import { parseMeetingFile } from '../../domain/meetingFile';
import { loadSeedMeeting } from '../testing/fixtures';
import { convertToPdf, flowingText, requirePdfTools } from '../testing/pdf';
import { renderReferatDocx } from './referatDocx';

/** Words to the exact length: real text wraps and hyphenates as a person's would, unlike one long run of one letter. */
function words(length: number): string {
  const source = 'Partnerskapsmøtet drøftet samhandlingen mellom kommunene og sykehuset om utskrivning av pasienter. ';
  return source.repeat(Math.ceil(length / source.length)).slice(0, length).replace(/\s$/, '.');
}

describe('a document with the longest text each field allows', () => {
  let workDir = '';
  afterAll(() => {
    if (workDir !== '') rmSync(workDir, { recursive: true, force: true });
  });

  it('is allowed by the schema and converts in LibreOffice', async () => {
    requirePdfTools();
    const seed = loadSeedMeeting('pm-2026.json');
    const [first, ...rest] = seed.meeting.items;
    if (!first) throw new Error('no items');
    const longest = {
      ...first,
      title: words(MAX_TITLE_LENGTH),
      summary: [{ type: 'paragraph' as const, content: [{ text: words(MAX_RICH_TEXT_LENGTH) }] }],
      proceedings: [{ type: 'paragraph' as const, content: [{ text: words(MAX_RICH_TEXT_LENGTH) }] }],
      conclusion: [words(MAX_CONCLUSION_POINT_LENGTH), words(MAX_CONCLUSION_POINT_LENGTH)],
      outcome: 'treated' as const,
    };
    // Through the boundary, so this is text Møtebok accepts, not only text the renderer survives.
    const file = parseMeetingFile({ ...seed, meeting: { ...seed.meeting, status: 'held', items: [longest, ...rest] } });
    workDir = mkdtempSync(join(tmpdir(), 'motebok-longest-'));
    // No stopwatch here: a timed test fails on a busy machine, not on a slow document (speed is
    // `npm run bench`'s). The test's own timeout still catches a conversion that hangs.
    const pdfs = convertToPdf(workDir, { referat: await renderReferatDocx(file) });
    const text = flowingText(pdfs.referat ?? '');
    expect(text).toContain('Partnerskapsmøtet drøftet samhandlingen');
  }, 120_000);
});
