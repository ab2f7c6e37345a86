/**
 * A snapshot and the listeners told when it changes, in the shape React's `useSyncExternalStore`
 * takes (`getSnapshot`, `subscribe`). The one listener mechanism of the UI's state holders: the
 * meeting's followers (`ui/meeting/meetingPoller.ts`, `ui/meeting/liveFollower.ts`), the autosave
 * engine (`autosave/meetingAutosave.ts`), the workspace's agenda editor and the fake network of
 * tests (`autosave/network.ts`). Closed, it keeps its last snapshot and tells nobody anything
 * again: a read that ends after its owner stopped changes nothing.
 */
export class SnapshotStore<S> {
  private readonly listeners = new Set<() => void>();
  private closed = false;

  constructor(private snapshot: S) {}

  getSnapshot = (): S => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  publish(snapshot: S): void {
    if (this.closed) return;
    this.snapshot = snapshot;
    // The listeners of this moment, each once: one that leaves meanwhile (or a `close`) is not told
    // any more, and one that joins (or leaves and joins again) hears the next change, not this one
    // a second time — a Set visited live would call it again, and again.
    for (const listener of [...this.listeners]) if (this.listeners.has(listener)) listener();
  }

  close(): void {
    this.closed = true;
    this.listeners.clear();
  }
}
