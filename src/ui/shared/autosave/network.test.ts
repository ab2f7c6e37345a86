// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserNetworkStatus } from './network';

describe('browserNetworkStatus.onOnline', () => {
  afterEach(() => vi.restoreAllMocks());

  it('calls the listener when the browser comes back online, and no more once unsubscribed', () => {
    const listener = vi.fn();
    const stop = browserNetworkStatus.onOnline(listener);
    window.dispatchEvent(new Event('online'));
    stop();
    window.dispatchEvent(new Event('online'));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('unsubscribes after the page has lost its methods (a session disposed after its last save, at teardown)', () => {
    const listener = vi.fn();
    const stop = browserNetworkStatus.onOnline(listener);
    // What a torn-down environment does: the window stays, its own methods are deleted.
    const removeEventListener = window.removeEventListener;
    Object.defineProperty(window, 'removeEventListener', { value: undefined, configurable: true, writable: true });
    try {
      expect(() => stop()).not.toThrow();
    } finally {
      Object.defineProperty(window, 'removeEventListener', { value: removeEventListener, configurable: true, writable: true });
    }
    window.dispatchEvent(new Event('online'));
    expect(listener).not.toHaveBeenCalled();
  });
});
