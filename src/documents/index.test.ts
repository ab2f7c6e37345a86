import { describe, expect, it } from 'vitest';
import { docxParagraphs } from './testing/docxText';
import { loadSeedMeeting } from './testing/fixtures';
import { findItem, renderReferatDocx, renderSaksframleggDocx, UnknownItemError } from './index';

// The barrel loads the Word renderers on first use (import()); callers see the same functions.
describe('documents barrel', () => {
  it('renders a Word document through the lazily loaded renderer', async () => {
    const paragraphs = await docxParagraphs(await renderReferatDocx(loadSeedMeeting('pm-2025.json')));
    expect(paragraphs.some((text) => text.includes('Partnerskapsmøtet'))).toBe(true);
  });

  it('rejects an unknown item with the same UnknownItemError class that findItem throws', async () => {
    const file = loadSeedMeeting('pm-2025.json');
    expect(() => findItem(file, '2025.99')).toThrow(UnknownItemError);
    await expect(renderSaksframleggDocx(file, '2025.99')).rejects.toThrow(UnknownItemError);
  });
});
