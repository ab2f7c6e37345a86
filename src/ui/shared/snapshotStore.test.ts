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

describe('a snapshot store telling its listeners', () => {
  it('does not tell a listener that another one unsubscribed during the same change', () => {
    const store = new SnapshotStore(0);
    const heard: string[] = [];
    let stopSecond = (): void => undefined;
    store.subscribe(() => {
      heard.push('first');
      stopSecond();
    });
    stopSecond = store.subscribe(() => heard.push('second'));
    store.publish(1);
    store.publish(2);
    expect(heard).toEqual(['first', 'first']);
  });

  it('tells a listener that leaves and joins again while being told once per change, not in a loop', () => {
    const store = new SnapshotStore(0);
    let calls = 0;
    const listener = (): void => {
      calls += 1;
      // Re-subscribing (as a view does when it binds again) must not bring it round again in this change.
      if (calls <= 3) {
        stop();
        stop = store.subscribe(listener);
      }
    };
    let stop = store.subscribe(listener);
    store.publish(1);
    expect(calls).toBe(1);
    store.publish(2);
    expect(calls).toBe(2);
  });

  it('tells a listener that joined during a change from the next change on', () => {
    const store = new SnapshotStore(0);
    const late: number[] = [];
    let joined = false;
    store.subscribe(() => {
      if (joined) return;
      joined = true;
      store.subscribe(() => late.push(store.getSnapshot()));
    });
    store.publish(1);
    store.publish(2);
    expect(late).toEqual([2]);
  });

  it('tells nobody else once a listener closes the store during a change', () => {
    const store = new SnapshotStore(0);
    const heard: string[] = [];
    store.subscribe(() => {
      heard.push('first');
      store.close();
    });
    store.subscribe(() => heard.push('second'));
    store.publish(1);
    expect(heard).toEqual(['first']);
  });
});
