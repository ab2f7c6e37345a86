import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingFile } from '../../domain/model';
import { loadSeedMeeting } from '../testing/fixtures';
import { convertToPdf, requirePdfTools } from '../testing/pdf';
import { renderReferatDocx } from './referatDocx';
import { renderSaksframleggDocx } from './saksframleggDocx';

/**
 * Nested lists as a reader of the document gets them: Word list levels that LibreOffice lays out
 * indented under their point, with the level's own marker ("o" bullets, "a)" numbers), and a
 * sub-list that counts from the start under each point.
 */

/** The left edge (points) of the first word on a line that starts with `word`, from poppler's word boxes. */
function leftOf(bbox: string, word: string): number {
  const match = new RegExp(`<word xMin="([\\d.]+)"[^>]*>${word}</word>`).exec(bbox);
  if (!match) throw new Error(`fant ikke «${word}» i PDF-en`);
  return Number(match[1]);
}

function referatWithNestedNumbers(): MeetingFile {
  const file = loadSeedMeeting('pm-2025.json');
  // The test's own text (the seeds have no nested numbered list); the structure is what is checked.
  const items = file.meeting.items.map((item, index) =>
    index === 0
      ? {
          ...item,
          outcome: 'treated' as const,
          proceedings: [
            {
              type: 'numberedList' as const,
              items: [
                { content: [{ text: 'Hovedpunkt en' }], list: { type: 'numberedList' as const, items: [[{ text: 'Underpunkt første' }], [{ text: 'Underpunkt andre' }]] } },
                { content: [{ text: 'Hovedpunkt to' }], list: { type: 'numberedList' as const, items: [[{ text: 'Underpunkt tredje' }]] } },
              ],
            },
          ],
        }
      : item,
  );
  return { ...file, meeting: { ...file.meeting, status: 'held', items } };
}

describe('nested lists through LibreOffice', () => {
  let workDir = '';
  let memoBoxes = '';
  let referatText = '';
  let referatBoxes = '';

  beforeAll(async () => {
    requirePdfTools();
    workDir = mkdtempSync(join(tmpdir(), 'motebok-nested-'));
    const pdfs = convertToPdf(workDir, {
      memo: await renderSaksframleggDocx(loadSeedMeeting('pm-2025.json'), '2025.03'),
      referat: await renderReferatDocx(referatWithNestedNumbers()),
    });
    memoBoxes = execFileSync('pdftotext', ['-bbox', pdfs['memo'] ?? '', '-'], { encoding: 'utf8' });
    referatBoxes = execFileSync('pdftotext', ['-bbox', pdfs['referat'] ?? '', '-'], { encoding: 'utf8' });
    // The same referat as text, the way the brief asks it read: soffice --convert-to txt.
    execFileSync('soffice', [`-env:UserInstallation=file://${join(workDir, 'lo-profile')}`, '--headless', '--norestore', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', workDir, join(workDir, 'referat.docx')], { timeout: 120_000, stdio: 'pipe' });
    referatText = readFileSync(join(workDir, 'referat.txt'), 'utf8');
  }, 150_000);

  afterAll(() => {
    if (workDir !== '') rmSync(workDir, { recursive: true, force: true });
  });

  it('indents the seed’s sub-bullets of 2025.03 under their bullet, with the second level’s marker', () => {
    const bullet = leftOf(memoBoxes, 'Tiltak');
    const sub = leftOf(memoBoxes, 'barn');
    expect(sub).toBeGreaterThan(bullet + 10);
    expect(leftOf(memoBoxes, 'rehabilitering')).toBeCloseTo(sub, 0);
    expect(memoBoxes).toMatch(/<word [^>]*>o<\/word>/);
  });

  it('numbers a nested numbered list a), b) under each point, restarting under the next', () => {
    expect(referatText).toMatch(/1\.\s+Hovedpunkt en/);
    expect(referatText).toMatch(/a\)\s+Underpunkt første/);
    expect(referatText).toMatch(/b\)\s+Underpunkt andre/);
    expect(referatText).toMatch(/2\.\s+Hovedpunkt to/);
    expect(referatText).toMatch(/a\)\s+Underpunkt tredje/);
    expect(leftOf(referatBoxes, 'Underpunkt')).toBeGreaterThan(leftOf(referatBoxes, 'Hovedpunkt') + 10);
  });
});
