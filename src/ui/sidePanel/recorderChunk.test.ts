import { describe, expect, it, vi } from 'vitest';

// Her texts in the page's language, as a nynorsk page fetches them when the recorder's chunk is evaluated.
let textsHere: () => void = () => undefined;
const texts = new Promise<void>((resolve) => (textsHere = resolve));
vi.mock('./RecorderView', () => ({ RecorderView: () => null, recorderTextShown: () => texts }));

const { recorderChunk } = await import('./recorderChunk');

describe("the referent's recorder chunk (recorderChunk.ts)", () => {
  it('is here only once her texts are here in the language on screen, so a nynorsk or English recorder never shows in bokmål first', async () => {
    const arrived = recorderChunk.preload();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(recorderChunk.loaded()).toBe(false);
    textsHere();
    await arrived;
    expect(recorderChunk.loaded()).toBe(true);
  });
});
