import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserAuthError } from '@azure/msal-browser';
import { answerOrClosed, POPUP_ANSWER_GRACE_MS, POPUP_POLL_MS, popupClosedIsReliable } from './popupWatch';
import { toAuthError } from './msalTokenProvider';

function deferred() {
  let resolve: (value: string) => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<string>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('answerOrClosed', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports a sign-in window closed by the user as user_cancelled within 2 seconds, not after the 60 s bridge time-out', async () => {
    const popup = { closed: false };
    const bridge = deferred();
    const outcome = answerOrClosed(bridge.promise, popup, 'corr').catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(1_000);
    popup.closed = true;
    await vi.advanceTimersByTimeAsync(POPUP_POLL_MS + POPUP_ANSWER_GRACE_MS);
    const error = await outcome;
    expect(POPUP_POLL_MS + POPUP_ANSWER_GRACE_MS).toBeLessThan(2_000);
    expect(error).toBeInstanceOf(BrowserAuthError);
    expect((error as BrowserAuthError).errorCode).toBe('user_cancelled');
    expect(toAuthError(error).code).toBe('cancelled');
    // The bridge giving up later changes nothing and is not an unhandled rejection.
    bridge.reject(new Error('timed_out'));
    await vi.advanceTimersByTimeAsync(60_000);
  });

  it('takes the answer posted just before the answer page closed the window', async () => {
    const popup = { closed: false };
    const bridge = deferred();
    const outcome = answerOrClosed(bridge.promise, popup, 'corr');
    popup.closed = true;
    await vi.advanceTimersByTimeAsync(POPUP_POLL_MS + 100);
    bridge.resolve('#code=abc&state=xyz');
    await expect(outcome).resolves.toBe('#code=abc&state=xyz');
  });

  it('passes on the answer and MSAL errors while the window is open', async () => {
    const popup = { closed: false };
    await expect(answerOrClosed(Promise.resolve('#code=1'), popup, 'c')).resolves.toBe('#code=1');
    await expect(answerOrClosed(Promise.reject(new Error('server_error')), popup, 'c')).rejects.toThrow('server_error');
  });
});

describe('popupClosedIsReliable', () => {
  it('trusts the popup state of a top-level page with no opener, but not of a framed page', () => {
    const topLevel = { opener: null } as unknown as Window & { top: Window };
    Object.assign(topLevel, { top: topLevel });
    expect(popupClosedIsReliable(topLevel)).toBe(true);
    const framed = { opener: null, top: {} } as unknown as Window;
    expect(popupClosedIsReliable(framed)).toBe(false);
  });
});
