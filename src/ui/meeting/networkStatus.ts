/** The browser's idea of being online, behind a helper so tests can switch it. */
export interface NetworkStatus {
  isOnline(): boolean;
  /** Calls `listener` when the browser comes back online; returns the unsubscribe function. */
  onOnline(listener: () => void): () => void;
}

export const browserNetworkStatus: NetworkStatus = {
  isOnline: () => (typeof navigator === 'undefined' ? true : navigator.onLine),
  onOnline(listener) {
    window.addEventListener('online', listener);
    return () => window.removeEventListener('online', listener);
  },
};

/** A switchable network for tests. */
export function createFakeNetwork(online = true): NetworkStatus & { setOnline(value: boolean): void } {
  let isOnline = online;
  const listeners = new Set<() => void>();
  return {
    isOnline: () => isOnline,
    onOnline(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setOnline(value) {
      isOnline = value;
      if (value) for (const listener of listeners) listener();
    },
  };
}
