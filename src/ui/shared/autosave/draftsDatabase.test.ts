import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('the drafts database', () => {
  it('is opened once per page: an early open by the entry is the connection the draft store then uses', async () => {
    const open = vi.spyOn(indexedDB, 'open');
    const { pageDraftsDatabase } = await import('./draftsDatabase');
    const { browserDraftStore } = await import('./draftStore');
    const early = await pageDraftsDatabase();
    const drafts = browserDraftStore();
    await drafts.put({ kind: 'item', meetingId: 'm1', key: 'item-1', patch: { conclusion: ['Godkjent.'] }, updatedAt: 't1' });
    expect((await drafts.listForMeeting('m1')).drafts.map((draft) => draft.key)).toEqual(['item-1']);
    expect(open).toHaveBeenCalledTimes(1);
    expect(early.objectStoreNames.contains('drafts')).toBe(true);
  });

  it('is tried again by the draft store when the early open failed, and drafts fall back to memory when it fails again', async () => {
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new Error('IndexedDB blocked');
    });
    const { pageDraftsDatabase } = await import('./draftsDatabase');
    const { browserDraftStore } = await import('./draftStore');
    await expect(pageDraftsDatabase()).rejects.toThrow('IndexedDB blocked');
    const drafts = browserDraftStore();
    await drafts.put({ kind: 'item', meetingId: 'm1', key: 'item-1', patch: { conclusion: ['A'] }, updatedAt: 't1' });
    expect((await drafts.listForMeeting('m1')).drafts.map((draft) => draft.key)).toEqual(['item-1']);
    expect(open).toHaveBeenCalledTimes(2);
  });

  it('is refused, not thrown, where the browser has no IndexedDB, so the side panel’s entry goes on and drafts are kept in memory', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const { pageDraftsDatabase } = await import('./draftsDatabase');
    const { browserDraftStore } = await import('./draftStore');
    const opening = pageDraftsDatabase();
    await expect(opening).rejects.toThrow('no IndexedDB');
    const drafts = browserDraftStore();
    await drafts.put({ kind: 'item', meetingId: 'm1', key: 'item-1', patch: { conclusion: ['A'] }, updatedAt: 't1' });
    expect((await drafts.listForMeeting('m1')).drafts.map((draft) => draft.key)).toEqual(['item-1']);
  });
});
