import { OfflineError } from '../../../domain/ports';
import { SnapshotStore } from '../snapshotStore';

/** The browser's idea of being online, behind a helper so tests can switch it. */
export interface NetworkStatus {
  isOnline(): boolean;
  /** Calls `listener` when the browser comes back online; returns the unsubscribe function. */
  onOnline(listener: () => void): () => void;
}

export const browserNetworkStatus: NetworkStatus = {
  // Only a browser that says so is offline (Node has a navigator without onLine).
  isOnline: () => typeof navigator === 'undefined' || navigator.onLine !== false,
  onOnline(listener) {
    if (typeof window === 'undefined') return () => undefined;
    // Both held now, not looked up later: a session may be disposed (after its last save) once the
    // page is gone, and a torn-down test environment deletes the window's methods, not the window.
    const add = window.addEventListener.bind(window);
    const remove = window.removeEventListener.bind(window);
    add('online', listener);
    return () => remove('online', listener);
  },
};

/**
 * The one "are we offline?" decision of every surface: the browser says so, or the repository
 * reported that the request never reached Microsoft 365. Offline is not an error to show: the
 * text is kept on this machine and saved when the network is back.
 */
export function isOfflineFailure(error: unknown, network: NetworkStatus): boolean {
  return !network.isOnline() || error instanceof OfflineError;
}

/** A switchable network for tests: every `setOnline(true)` tells the `onOnline` listeners. */
export function createFakeNetwork(online = true): NetworkStatus & { setOnline(value: boolean): void } {
  const store = new SnapshotStore(online);
  return {
    isOnline: store.getSnapshot,
    onOnline: (listener) =>
      store.subscribe(() => {
        if (store.getSnapshot()) listener();
      }),
    setOnline: (value) => store.publish(value),
  };
}
