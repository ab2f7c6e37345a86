import { describe, expect, it, vi } from 'vitest';
import type { MeetingRepository, ReadMeeting } from '../../domain/ports';

// Her texts in the page's language, as a nynorsk page fetches them when the recorder's chunk is evaluated, and her
// session, opened as the chunk arrives when the entry handed her meeting over.
let textsHere: () => void = () => undefined;
const texts = new Promise<void>((resolve) => (textsHere = resolve));
const shownWith: unknown[] = [];
vi.mock('./RecorderView', () => ({ RecorderView: () => null, recorderShown: (early: unknown) => (shownWith.push(early), texts) }));

const { preloadRecorder, recorderChunk } = await import('./recorderChunk');

describe("the referent's recorder chunk (recorderChunk.ts)", () => {
  it('is here only once her texts are here in the language on screen and her session is open on the meeting handed over, so her first render is her sak, never in bokmål first', async () => {
    const repository = {} as MeetingRepository;
    const meeting = { value: { id: 'pm-1' }, version: '"1"' } as ReadMeeting;
    const arrived = preloadRecorder(repository, meeting);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shownWith).toEqual([[repository, meeting]]);
    expect(recorderChunk.loaded()).toBe(false);
    textsHere();
    await arrived;
    expect(recorderChunk.loaded()).toBe(true);
  });
});
