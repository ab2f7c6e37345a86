import { describe, expect, it, vi } from 'vitest';
import { startEarlyRead } from './earlyRead';

describe('a read started early, before anything renders', () => {
  it('starts at once and hands its answer to the first taker for the same key, once', async () => {
    const read = vi.fn(async (id: string) => `møte ${id}`);
    const early = startEarlyRead<string, string>('m-1', read);
    expect(read).toHaveBeenCalledTimes(1);
    expect(early.take('m-2')).toBeUndefined();
    expect(await early.take('m-1')).toBe('møte m-1');
    expect(early.take('m-1')).toBeUndefined(); // a reload reads afresh
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('reads again for the taker when it failed before it was taken (begun before the sign-in), not handing out the failure', async () => {
    const read = vi.fn<(id: string) => Promise<string>>().mockRejectedValueOnce(new Error('ikke logget inn')).mockResolvedValue('møte m-1');
    const early = startEarlyRead<string, string>('m-1', read);
    await Promise.resolve();
    await Promise.resolve();
    expect(await early.take('m-1')).toBe('møte m-1');
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('reads again when it fails after it was taken', async () => {
    let refuse: (error: Error) => void = () => undefined;
    const read = vi.fn<(id: string) => Promise<string>>().mockReturnValueOnce(new Promise((_, reject) => (refuse = reject))).mockResolvedValue('møte m-1');
    const early = startEarlyRead<string, string>('m-1', read);
    const taken = early.take('m-1');
    refuse(new Error('nettverket forsvant'));
    expect(await taken).toBe('møte m-1');
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('compares keys as it is told (a lookup by its repository and link)', async () => {
    const early = startEarlyRead({ id: 'a' }, async () => 1, (x, y) => x.id === y.id);
    expect(await early.take({ id: 'a' })).toBe(1);
  });
});

describe('an early read whose answer is already here when the screen first renders', () => {
  it('hands the answer itself out once, for the same key, and nothing while it is under way', async () => {
    let answer: (text: string) => void = () => undefined;
    const read = vi.fn((id: string) => new Promise<string>((resolve) => (answer = (text) => resolve(`${text} ${id}`))));
    const early = startEarlyRead<string, string>('m-1', read);
    expect(early.takeArrived('m-1')).toBeUndefined(); // still on its way: the screen takes the promise
    answer('møte');
    await Promise.resolve();
    expect(early.takeArrived('m-2')).toBeUndefined();
    expect(early.takeArrived('m-1')).toEqual({ value: 'møte m-1' });
    expect(early.takeArrived('m-1')).toBeUndefined();
    expect(early.take('m-1')).toBeUndefined(); // taken once, whichever way
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('hands out no failure: the taker reads again with take', async () => {
    const read = vi.fn<(id: string) => Promise<string>>().mockRejectedValueOnce(new Error('ikke logget inn')).mockResolvedValue('møte m-1');
    const early = startEarlyRead<string, string>('m-1', read);
    await Promise.resolve();
    await Promise.resolve();
    expect(early.takeArrived('m-1')).toBeUndefined();
    expect(await early.take('m-1')).toBe('møte m-1');
  });
});
