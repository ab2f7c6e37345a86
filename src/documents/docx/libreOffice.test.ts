import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedMeeting } from '../fixtures.testutil';
import { renderInnkallingDocx } from './innkallingDocx';
import { renderReferatDocx } from './referatDocx';
import { renderSaksframleggDocx } from './saksframleggDocx';

/**
 * The generated files must open in a real word processor, not only in our own XML reader.
 * LibreOffice (soffice) and poppler-utils (pdftotext) are required: when missing, these tests
 * fail with a message saying what to install rather than skipping.
 */
function requireTool(command: string, install: string): void {
  const probe = spawnSync('sh', ['-c', `command -v ${command}`]);
  if (probe.status !== 0) throw new Error(`${command} mangler: installer ${install} (apt-get install -y ${install}) for å kjøre denne testen.`);
}

describe('generated documents in LibreOffice', () => {
  let workDir = '';
  const pdfText: Record<string, string> = {};

  beforeAll(async () => {
    requireTool('soffice', 'libreoffice-writer');
    requireTool('pdftotext', 'poppler-utils');
    workDir = mkdtempSync(join(tmpdir(), 'motebok-docs-'));
    const files: Record<string, Uint8Array> = {
      innkalling: await renderInnkallingDocx(loadSeedMeeting('pm-2026.json')),
      referat: await renderReferatDocx(loadSeedMeeting('pm-2024.json')),
      saksframlegg: await renderSaksframleggDocx(loadSeedMeeting('pm-2025.json'), '2025.03'),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(workDir, `${name}.docx`), bytes);
    // A profile of its own, so parallel runs (and a desktop LibreOffice) never share a lock.
    const profile = `file://${join(workDir, 'lo-profile')}`;
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', workDir, ...Object.keys(files).map((name) => join(workDir, `${name}.docx`))],
      { timeout: 90_000, stdio: 'pipe' },
    );
    for (const name of Object.keys(files)) {
      const pdf = join(workDir, `${name}.pdf`);
      pdfText[name] = existsSync(pdf) ? execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }) : '';
    }
  }, 120_000);

  afterAll(() => {
    if (workDir !== '') rmSync(workDir, { recursive: true, force: true });
  });

  it('converts the 2026 innkalling to a PDF with the heading, every case number and the closing row', () => {
    const pdf = join(workDir, 'innkalling.pdf');
    expect(existsSync(pdf)).toBe(true);
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
    const text = pdfText.innkalling ?? '';
    expect(text).toContain('Innkalling Partnerskapsmøtet 11.06.26');
    for (const caseNumber of ['2026.01', '2026.02', '2026.03', '2026.04', '2026.05', '2026.06', '2026.07']) expect(text).toContain(caseNumber);
    expect(text).toContain('Oppsummering og avslutning');
    expect(text).toMatch(/Side 1 av \d/);
  });

  it('converts the 2024 referat and the 2025.03 saksframlegg with its grant table', () => {
    expect(pdfText.referat ?? '').toContain('Møtebehandling og konklusjon');
    expect(pdfText.referat ?? '').toContain('Partnerskapsmøtet tar informasjonen til orientering');
    const memo = pdfText.saksframlegg ?? '';
    expect(memo).toContain('Forslag til vedtak:');
    expect(memo).toMatch(/Prosjektlederstilling behandlingsavklaring\s+750\s+1 500\s+750/);
  });
});
