import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hiddenTexts, leaksIn, PUBLIC_VIEWER, publicVersion } from '../domain/confidentiality';
import type { MeetingFile } from '../domain/model';
import { renderAgendaHtml } from './html/agendaHtml';
import { renderInnkallingDocx } from './docx/innkallingDocx';
import { renderReferatDocx } from './docx/referatDocx';
import { renderSaksframleggDocx } from './docx/saksframleggDocx';
import { loadSeedMeeting } from './testing/fixtures';
import { convertToPdf, flowingText, requirePdfTools } from './testing/pdf';

/**
 * The offentlig versjon of the Vestfold 2026 variant with confidentiality marked
 * (fixtures/meetings/pm-2026-unntatt.json), as a reader of the published PDF gets it: rendered,
 * converted by LibreOffice and read back by poppler. No exempt title, text or file name may remain;
 * the exempt sak keeps its number and says its hjemmel. The full versions are converted too, so the
 * check is shown to find what it looks for.
 */

function heldVariant(): MeetingFile {
  const file = loadSeedMeeting('pm-2026-unntatt.json');
  // A referat needs something recorded; the text is the test's own, the marking is the fixture's.
  const items = file.meeting.items.map((item) =>
    item.caseNumber === '2026.04'
      ? { ...item, proceedings: [{ type: 'paragraph' as const, content: [{ text: 'Møtebehandling som ikke er offentlig i testen.' }] }], conclusion: ['Konklusjon som ikke er offentlig i testen.'], outcome: 'treated' as const }
      : item,
  );
  return { ...file, meeting: { ...file.meeting, status: 'held', items } };
}

/** The same, with «Vedtaket er offentlig» on the exempt sak: its konklusjon is printed, nothing else of it. */
function withPublicDecision(file: MeetingFile): MeetingFile {
  const items = file.meeting.items.map((item) => {
    const exempt = item.confidentiality?.exempt;
    return exempt ? { ...item, confidentiality: { ...item.confidentiality, exempt: { ...exempt, decisionPublic: true } } } : item;
  });
  return { ...file, meeting: { ...file.meeting, items } };
}

describe('the public version of innkalling, saksframlegg and referat', () => {
  const file = heldVariant();
  const hidden = hiddenTexts(file, PUBLIC_VIEWER);
  const decisionPublic = withPublicDecision(file);
  let workDir = '';
  let pdfs: Record<string, string> = {};

  beforeAll(async () => {
    requirePdfTools();
    workDir = mkdtempSync(join(tmpdir(), 'motebok-public-'));
    const open = publicVersion(file);
    pdfs = convertToPdf(workDir, {
      'innkalling-public': await renderInnkallingDocx(open),
      'referat-public': await renderReferatDocx(open),
      'saksframlegg-2026.04-public': await renderSaksframleggDocx(open, '2026.04'),
      'saksframlegg-2026.03-public': await renderSaksframleggDocx(open, '2026.03'),
      'innkalling-full': await renderInnkallingDocx(file),
      'referat-full': await renderReferatDocx(file),
      'referat-decision-public': await renderReferatDocx(publicVersion(decisionPublic)),
    });
  }, 150_000);

  afterAll(() => {
    if (workDir !== '') rmSync(workDir, { recursive: true, force: true });
  });

  it('knows what must not appear: the exempt sak and the exempt vedlegg', () => {
    expect(hidden).toEqual(expect.arrayContaining(['Prosjekt X – “Én vei inn”', 'Konklusjon som ikke er offentlig i testen.', 'Oversikt status handlingsplan 2026 og tildelt rekrutterings- og samhandlingstilskudd']));
  });

  it.each(['innkalling', 'referat', 'saksframlegg-2026.04', 'saksframlegg-2026.03'])('leaves no exempt text in the public %s', (name) => {
    const text = flowingText(pdfs[`${name}-public`] ?? '');
    expect(text).not.toBe('');
    expect(leaksIn(text, hidden)).toEqual([]);
  });

  it('keeps the number of the exempt sak and says "Unntatt offentlighet" with the hjemmel, and says the closed meeting', () => {
    for (const name of ['innkalling-public', 'referat-public']) {
      const text = flowingText(pdfs[name] ?? '').replace(/\s+/g, ' ');
      expect(text).toContain('2026.04');
      expect(text).toContain('Unntatt offentlighet, offl. § 13 jf. fvl. § 13 første ledd nr. 1');
      // Ahead of the meeting in the innkalling, in the past in the protokoll.
      expect(text).toContain(`${name === 'referat-public' ? 'Behandlet' : 'Behandles'} i lukket møte, koml. § 11-5 andre ledd bokstav a`);
      expect(text).toContain('Utviklingsplan for Sykehuset i Vestfold, SiV');
    }
  });

  it('finds the exempt texts in the full versions (the check can fail)', () => {
    expect(leaksIn(flowingText(pdfs['innkalling-full'] ?? ''), hidden)).toContain('Prosjekt X – “Én vei inn”');
    expect(leaksIn(flowingText(pdfs['referat-full'] ?? ''), hidden)).toContain('Konklusjon som ikke er offentlig i testen.');
  });

  it('prints a public vedtak of the exempt sak in the public referat, and nothing else of the sak', () => {
    const text = flowingText(pdfs['referat-decision-public'] ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('Konklusjon som ikke er offentlig i testen.');
    expect(leaksIn(text, hiddenTexts(decisionPublic, PUBLIC_VIEWER))).toEqual([]);
    expect(leaksIn(text, hidden)).toEqual(['Konklusjon som ikke er offentlig i testen.']);
  });

  it('gives the invite body the hjemmel of the exempt vedlegg instead of a file or link', () => {
    const html = renderAgendaHtml(publicVersion(file));
    expect(leaksIn(html, hidden)).toEqual([]);
    expect(html).toContain('Vedlegg 2 - Sak 2026.03 Unntatt offentlighet (offl. § 14 første ledd)');
  });
});
