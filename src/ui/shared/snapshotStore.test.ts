import { describe, expect, it } from 'vitest';
import { SnapshotStore } from './snapshotStore';

describe('a snapshot store', () => {
  it('tells each listener of every change until it unsubscribes', () => {
    const store = new SnapshotStore({ count: 0 });
    const heard: number[] = [];
    const stop = store.subscribe(() => heard.push(store.getSnapshot().count));
    store.publish({ count: 1 });
    stop();
    store.publish({ count: 2 });
    expect(heard).toEqual([1]);
    expect(store.getSnapshot()).toEqual({ count: 2 });
  });

  it('changes nothing and tells nobody once closed (a read that ends after its owner stopped)', () => {
    const store = new SnapshotStore({ count: 0 });
    const heard: number[] = [];
    store.subscribe(() => heard.push(store.getSnapshot().count));
    store.close();
    store.publish({ count: 1 });
    expect(heard).toEqual([]);
    expect(store.getSnapshot()).toEqual({ count: 0 });
  });
});
