import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_MARGIN } from '../docx/page';

/**
 * Test helpers: real .docx files through LibreOffice to PDF, and what poppler reads back. The tools
 * are required, not optional: when one is missing the test fails and says what to install.
 */

export function requireTool(command: string, install: string): void {
  const probe = spawnSync('sh', ['-c', `command -v ${command}`]);
  if (probe.status !== 0) throw new Error(`${command} mangler: installer ${install} (apt-get install -y ${install}) for å kjøre denne testen.`);
}

export function requirePdfTools(): void {
  requireTool('soffice', 'libreoffice-writer');
  requireTool('pdftotext', 'poppler-utils');
}

/** Writes each document as `<name>.docx` in `workDir` and converts them all in one LibreOffice run; returns the PDF paths by name. */
export function convertToPdf(workDir: string, documents: Readonly<Record<string, Uint8Array>>): Record<string, string> {
  const names = Object.keys(documents);
  for (const name of names) writeFileSync(join(workDir, `${name}.docx`), documents[name] ?? new Uint8Array());
  // A profile of its own, so parallel runs (and a desktop LibreOffice) never share a lock.
  const profile = `file://${join(workDir, 'lo-profile')}`;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', workDir, ...names.map((name) => join(workDir, `${name}.docx`))], {
    timeout: 120_000,
    stdio: 'pipe',
  });
  return Object.fromEntries(
    names.map((name) => {
      const pdf = join(workDir, `${name}.pdf`);
      if (!existsSync(pdf)) throw new Error(`LibreOffice laget ikke ${name}.pdf`);
      return [name, pdf];
    }),
  );
}

/** The text as laid out on the page (columns side by side), one string per page. */
export function layoutPages(pdf: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}

/** The text in reading order (cell by cell) with every run of white space made one space: wrapped titles read whole. */
export function flowingText(pdf: string): string {
  return execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

const POINTS_PER_TWIP = 1 / 20;

/**
 * How full each page is: from the top margin down to the lowest word of the body, as a fraction of
 * the text area. The footer ("Side 1 av 2") sits in the bottom margin and is left out.
 */
export function pageFullness(pdf: string): number[] {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const margin = PAGE_MARGIN * POINTS_PER_TWIP;
  return [...xml.matchAll(/<page width="[\d.]+" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, heightText, words]) => {
    const height = Number(heightText);
    const bottoms = [...(words ?? '').matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)]
      .filter(([, yMin]) => Number(yMin) < height - margin)
      .map(([, , yMax]) => Number(yMax));
    const lowest = Math.max(margin, ...bottoms);
    return (lowest - margin) / (height - 2 * margin);
  });
}
