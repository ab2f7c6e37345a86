import { afterEach, describe, expect, it, vi } from 'vitest';
import { withTimeout } from './withTimeout';

afterEach(() => {
  vi.useRealTimers();
});

describe('withTimeout', () => {
  it('passes on the value when the promise settles in time', async () => {
    await expect(withTimeout(Promise.resolve('klar'), 1000, () => new Error('for sent'))).resolves.toBe('klar');
  });

  it('passes on the rejection when the promise fails in time', async () => {
    await expect(withTimeout(Promise.reject(new Error('feil i verten')), 1000, () => new Error('for sent'))).rejects.toThrow('feil i verten');
  });

  it('rejects with the host’s own error when the promise never settles', async () => {
    vi.useFakeTimers();
    const waiting = withTimeout(new Promise<never>(() => undefined), 500, () => new Error('for sent'));
    const outcome = expect(waiting).rejects.toThrow('for sent');
    await vi.advanceTimersByTimeAsync(500);
    await outcome;
  });
});
