// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import type { SyncStorage } from '../shared/autosave/draftStore';
import { initialOpenSak, useOpenSak } from './useOpenSak';
import { memoryStorage } from '../shared/autosave/testing/memoryStorage';

const items = [{ id: 'item-1' }, { id: 'item-2' }, { id: 'item-3' }];
const running = { id: 'm-1', status: 'inProgress' as const, currentItemId: 'item-3', items };

describe('which sak the referent’s panel opens on', () => {
  it('opens on the running meeting’s active sak when this tab kept none', () => {
    expect(initialOpenSak(running, memoryStorage())).toBe('item-3');
  });

  it('opens on the saksliste before the start and after the end, though a sak is marked active', () => {
    expect(initialOpenSak({ ...running, status: 'noticeSent' }, memoryStorage())).toBeUndefined();
    expect(initialOpenSak({ ...running, status: 'held' }, memoryStorage())).toBeUndefined();
  });

  it('reopens, after a reload of the tab, the sak she had open, not the one the møteleder made active meanwhile', () => {
    const storage = memoryStorage();
    const first = renderHook(() => useOpenSak(running, storage));
    act(() => first.result.current[1]('item-1'));
    first.unmount();
    const reloaded = renderHook(() => useOpenSak({ ...running, currentItemId: 'item-2' }, storage));
    expect(reloaded.result.current[0]).toBe('item-1');
  });

  it('keeps the sak per meeting, and forgets it when she goes back to the saksliste', () => {
    const storage = memoryStorage();
    const first = renderHook(() => useOpenSak(running, storage));
    act(() => first.result.current[1]('item-1'));
    expect(initialOpenSak({ ...running, id: 'm-2' }, storage)).toBe('item-3');
    act(() => first.result.current[1](undefined));
    expect(initialOpenSak(running, storage)).toBe('item-3');
  });

  it('opens on the active sak when the kept sak is gone from the saksliste, or the storage refuses', () => {
    const storage = memoryStorage();
    storage.setItem('motebok-open-sak:m-1', 'item-removed');
    expect(initialOpenSak(running, storage)).toBe('item-3');
    const refusing: SyncStorage = { ...memoryStorage(), getItem: () => { throw new Error('SecurityError'); } };
    expect(initialOpenSak(running, refusing)).toBe('item-3');
    expect(initialOpenSak(running, undefined)).toBe('item-3');
  });
});
