import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSeedMeeting, withPresetKinds } from '../testing/fixtures';
import { convertToPdf, layoutPages, requirePdfTools } from '../testing/pdf';
import { renderInnkallingDocx } from './innkallingDocx';
import { renderReferatDocx } from './referatDocx';

describe('the number column\'s sakstyper, converted in LibreOffice', () => {
  let workDir = '';
  afterAll(() => {
    if (workDir !== '') rmSync(workDir, { recursive: true, force: true });
  });

  it('prints each sakstype whole on its line in the innkalling and the referat, never «Orienteringssa» over «k»', async () => {
    requirePdfTools();
    workDir = mkdtempSync(join(tmpdir(), 'sakstype-column-'));
    // A REK's sakstyper under the numbers (forskningsetikk preset): «Orienteringssak», «Prosjektsøknad» …
    const file = withPresetKinds(loadSeedMeeting('pm-2026.json'), 'forskningsetikk', ['Orientering', 'Prosjektsøknad', 'Endringssøknad', 'Oppfølgingssak']);
    const pdfs = convertToPdf(workDir, { innkalling: await renderInnkallingDocx(file), referat: await renderReferatDocx(file) });
    for (const pdf of [pdfs.innkalling ?? '', pdfs.referat ?? '']) {
      // The number column is the left of each line in the saksliste's layout: its first word is the sakstype where one stands.
      const firstWords = layoutPages(pdf).flatMap((page) => page.split('\n')).map((line) => line.trim().split(/\s+/)[0] ?? '');
      expect(firstWords.filter((word) => word === 'Orienteringssak')).toHaveLength(2);
      expect(firstWords.filter((word) => word === 'Prosjektsøknad')).toHaveLength(2);
      expect(firstWords.filter((word) => /^Orienteringssa$|^Prosjektsøkna$|^Endringssøkna$|^Oppfølgingssa$/.test(word))).toEqual([]);
    }
  }, 120_000);
});
