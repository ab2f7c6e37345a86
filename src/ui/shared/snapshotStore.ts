/**
 * A snapshot and the listeners told when it changes, in the shape React's `useSyncExternalStore`
 * takes (`getSnapshot`, `subscribe`). The one listener mechanism of the meeting's followers
 * (`ui/meeting/meetingPoller.ts`, `ui/meeting/liveFollower.ts`). Closed, it keeps its last snapshot
 * and tells nobody anything again: a read that ends after its owner stopped changes nothing.
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
    for (const listener of this.listeners) listener();
  }

  close(): void {
    this.closed = true;
    this.listeners.clear();
  }
}
