import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingFile } from '../../domain/model';
import { loadSeedMeeting } from '../testing/fixtures';
import { chairOf, minuteTakerOf } from '../meetingFacts';
import { convertToPdf, flowingText, layoutPages, pageFullness, requirePdfTools } from '../testing/pdf';
import { renderInnkallingDocx } from './innkallingDocx';
import { renderReferatDocx } from './referatDocx';
import { renderSaksframleggDocx } from './saksframleggDocx';

/**
 * The generated files must open in a real word processor, not only in our own XML reader, and
 * look finished there: LibreOffice lays them out, poppler reads the pages back. Every seed meeting
 * (fixtures/meetings) is converted, as innkalling and as referat.
 */

const SEEDS = ['pm-2024', 'pm-2025', 'pm-2026'] as const;
const seed = (name: (typeof SEEDS)[number]): MeetingFile => loadSeedMeeting(`${name}.json`);
const DOCUMENTS = SEEDS.flatMap((name) => [`innkalling-${name}`, `referat-${name}`]);
const LABELS = ['Forslag til konklusjon:', 'Konklusjon:'];

describe('generated documents in LibreOffice', () => {
  let workDir = '';
  let pdfs: Record<string, string> = {};

  beforeAll(async () => {
    requirePdfTools();
    workDir = mkdtempSync(join(tmpdir(), 'motebok-docs-'));
    const documents: Record<string, Uint8Array> = { saksframlegg: await renderSaksframleggDocx(seed('pm-2025'), '2025.03') };
    for (const name of SEEDS) {
      documents[`innkalling-${name}`] = await renderInnkallingDocx(seed(name));
      documents[`referat-${name}`] = await renderReferatDocx(seed(name));
    }
    pdfs = convertToPdf(workDir, documents);
  }, 150_000);

  afterAll(() => {
    if (workDir !== '') rmSync(workDir, { recursive: true, force: true });
  });

  const pdf = (name: string): string => pdfs[name] ?? '';

  it('converts the 2026 innkalling to a PDF with the heading, every case number and the closing row', () => {
    expect(statSync(pdf('innkalling-pm-2026')).size).toBeGreaterThan(10_000);
    const text = layoutPages(pdf('innkalling-pm-2026')).join('\n');
    expect(text).toContain('Innkalling Partnerskapsmøtet 11.06.26');
    for (const caseNumber of ['2026.01', '2026.02', '2026.03', '2026.04', '2026.05', '2026.06', '2026.07']) expect(text).toContain(caseNumber);
    expect(text).toContain('Oppsummering og avslutning');
    expect(text).toMatch(/Side 1 av \d/);
  });

  it('converts the 2024 referat and the 2025.03 saksframlegg with its grant table', () => {
    const referat = layoutPages(pdf('referat-pm-2024')).join('\n');
    expect(referat).toContain('Møtebehandling og konklusjon');
    expect(referat).toContain('Partnerskapsmøtet tar informasjonen til orientering');
    const memo = layoutPages(pdf('saksframlegg')).join('\n');
    expect(memo).toContain('Forslag til vedtak:');
    expect(memo).toMatch(/Prosjektlederstilling behandlingsavklaring\s+750\s+1 500\s+750/);
  });

  it.each(DOCUMENTS)('%s leaves no page but the last less than a fifth full', (name) => {
    const fullness = pageFullness(pdf(name));
    expect(fullness.length).toBeGreaterThan(0);
    const nearlyBlank = fullness.slice(0, -1).flatMap((full, index) => (full < 0.2 ? [`side ${index + 1}: ${Math.round(full * 100)} %`] : []));
    expect(nearlyBlank).toEqual([]);
  });

  it.each(DOCUMENTS)('%s ends no page on a "Konklusjon:" label', (name) => {
    const pageEnds = layoutPages(pdf(name)).map((page) => {
      const lines = page.split('\n').filter((line) => line.trim() !== '' && !/Side \d+ av \d+/.test(line));
      return lines.at(-1)?.trim() ?? '';
    });
    expect(pageEnds.filter((end) => LABELS.some((label) => end.endsWith(label)))).toEqual([]);
  });

  it.each(SEEDS)('the referat of %s has every row of its saksliste, unnumbered ones included, in order', (name) => {
    const text = flowingText(pdf(`referat-${name}`));
    expect(seed(name).meeting.items.length).toBeGreaterThan(3);
    let from = 0;
    const missing = seed(name).meeting.items.filter((item) => {
      const at = text.indexOf(item.title, from);
      const numbered = item.caseNumber === null || text.lastIndexOf(item.caseNumber, at) >= from;
      if (at >= 0) from = at + item.title.length;
      return at < 0 || !numbered;
    });
    expect(missing.map((item) => item.title)).toEqual([]);
  });

  it.each(SEEDS)('the innkalling of %s prints every presenter’s full name on one line', (name) => {
    const file = seed(name);
    const lines = layoutPages(pdf(`innkalling-${name}`)).flatMap((page) => page.split('\n'));
    const names = [...new Set(file.meeting.items.flatMap((item) => item.presenters.map((person) => person.name)))];
    // The header's Møteleder and Referent lines hold a name too; the Ansvar column must add its own.
    const headerNames = [chairOf(file)?.name, minuteTakerOf(file)?.name];
    const broken = names.filter((person) => {
      const expected =
        file.meeting.items.filter((item) => item.presenters.some((p) => p.name === person)).length + headerNames.filter((n) => n === person).length;
      return lines.filter((line) => line.includes(person)).length < expected;
    });
    expect(broken).toEqual([]);
  });
});
