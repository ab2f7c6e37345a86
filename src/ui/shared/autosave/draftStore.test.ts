import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { createMemoryDraftStore, openIndexedDbDraftStore, withSessionJournal, type DraftStore } from './draftStore';
import { MEETING_DRAFT_KEY } from './meetingDrafts';
import { draftProblem } from './draftNotice';
import { memoryStorage } from './testing/memoryStorage';


describe('IndexedDB draft store', () => {
  it('keeps drafts per meeting and item across reopening the database', async () => {
    const name = `drafts-${crypto.randomUUID()}`;
    const first = await openIndexedDbDraftStore(name);
    await first.put({ kind: 'item', meetingId: 'm1', key: 'item-1', patch: { conclusion: ['Godkjent.'] }, updatedAt: '2026-06-11T11:31:00.000Z' });
    await first.put({ kind: 'meeting', meetingId: 'm1', key: MEETING_DRAFT_KEY, patch: { currentItemId: 'item-2' }, updatedAt: '2026-06-11T11:32:00.000Z' });
    await first.put({ kind: 'item', meetingId: 'm2', key: 'item-1', patch: { outcome: 'postponed' }, updatedAt: '2026-06-11T11:33:00.000Z' });

    const reopened = await openIndexedDbDraftStore(name);
    const { drafts: m1 } = await reopened.listForMeeting('m1');
    expect(m1.map((d) => d.key).sort()).toEqual([MEETING_DRAFT_KEY, 'item-1']);
    expect(m1.find((d) => d.key === 'item-1')?.patch).toEqual({ conclusion: ['Godkjent.'] });
  });

  it('does not delete a draft the referent changed after the save started', async () => {
    const store = await openIndexedDbDraftStore(`drafts-${crypto.randomUUID()}`);
    await store.put({ kind: 'item', meetingId: 'm1', key: 'item-1', patch: { conclusion: ['A'] }, updatedAt: 't1' });
    await store.put({ kind: 'item', meetingId: 'm1', key: 'item-1', patch: { conclusion: ['AB'] }, updatedAt: 't2' });
    await store.deleteIfUnchanged('m1', 'item-1', 't1');
    expect((await store.listForMeeting('m1')).drafts[0]?.patch).toEqual({ conclusion: ['AB'] });
    await store.deleteIfUnchanged('m1', 'item-1', 't2');
    expect(await store.listForMeeting('m1')).toEqual({ drafts: [], unreadable: [] });
  });

  it('sets aside rows that no longer fit the draft schema instead of failing the whole meeting, and names them', async () => {
    const name = `drafts-${crypto.randomUUID()}`;
    const store = await openIndexedDbDraftStore(name);
    await store.put({ kind: 'item', meetingId: 'm1', key: 'item-1', patch: { conclusion: ['OK'] }, updatedAt: 't1' });
    const raw = await openDB(name, 1);
    const broken = { kind: 'item', meetingId: 'm1', key: 'item-2', patch: { conclusion: 'not a list' }, updatedAt: 't1' };
    await raw.put('drafts', broken);
    raw.close();
    const listed = await store.listForMeeting('m1');
    expect(listed).toEqual({ drafts: [expect.objectContaining({ key: 'item-1' })], unreadable: [broken] });
    expect(draftProblem(broken)).toEqual({ key: 'item-2', problem: { code: 'wrongType', field: 'patch.conclusion', expected: 'array' } });
  });

  it('neither trims nor deletes a draft with a field this version does not know (a newer version wrote it), and names the field', async () => {
    const name = `drafts-${crypto.randomUUID()}`;
    const store = await openIndexedDbDraftStore(name);
    const fromNewer = { kind: 'item', meetingId: 'm1', key: 'item-3', patch: { conclusion: ['Vedtatt.'], voteCount: 7 }, updatedAt: 't1' };
    const withNewBookkeeping = { kind: 'meeting', meetingId: 'm1', key: MEETING_DRAFT_KEY, patch: { place: 'Tønsberg' }, updatedAt: 't1', device: 'pc-2' };
    const raw = await openDB(name, 1);
    await raw.put('drafts', fromNewer);
    await raw.put('drafts', withNewBookkeeping);
    const listed = await store.listForMeeting('m1');
    // Not laid over the meeting without the field it had, nor saved so: not read at all, and said so.
    expect(listed.drafts).toHaveLength(0);
    expect(listed.unreadable).toHaveLength(2);
    expect(listed.unreadable).toEqual(expect.arrayContaining([fromNewer, withNewBookkeeping]));
    expect(Object.fromEntries(listed.unreadable.map((row) => Object.values(draftProblem(row))))).toEqual({
      'item-3': { code: 'unknownFields', field: 'patch', fields: ['voteCount'] },
      [MEETING_DRAFT_KEY]: { code: 'unknownFields', field: '', fields: ['device'] },
    });
    // A save of something else does not touch them; they are still there, whole, for a version that reads them.
    await store.deleteIfUnchanged('m1', 'item-3', 't1');
    expect(await raw.get('drafts', ['m1', 'item-3'])).toEqual(fromNewer);
    expect(await raw.get('drafts', ['m1', MEETING_DRAFT_KEY])).toEqual(withNewBookkeeping);
    raw.close();
  });
});

describe('a stored draft this version cannot read, when the user changes its part here', () => {
  const fromNewer = { kind: 'item', meetingId: 'm1', key: 'item-3', patch: { conclusion: ['Skrevet i en nyere versjon.'], voteCount: 7 }, updatedAt: 't1' };
  const mine = { kind: 'item' as const, meetingId: 'm1', key: 'item-3', patch: { conclusion: ['Skrevet her nå.'] }, updatedAt: 't2' };

  it('is moved aside whole in IndexedDB, never overwritten, named as the draft it was, and removed only when she discards it', async () => {
    const name = `drafts-${crypto.randomUUID()}`;
    const store = await openIndexedDbDraftStore(name);
    const raw = await openDB(name, 1);
    await raw.put('drafts', fromNewer);
    await store.put(mine);
    const listed = await store.listForMeeting('m1');
    expect(listed.drafts).toEqual([mine]);
    expect(listed.unreadable).toEqual([{ meetingId: 'm1', key: 'item-3\u0000kept', kept: fromNewer }]);
    expect(draftProblem(listed.unreadable[0])).toEqual({ key: 'item-3', problem: { code: 'unknownFields', field: 'patch', fields: ['voteCount'] } });
    // Her draft saved and cleared: the kept one stays.
    await store.deleteIfUnchanged('m1', 'item-3', 't2');
    expect(await store.listForMeeting('m1')).toEqual({ drafts: [], unreadable: [{ meetingId: 'm1', key: 'item-3\u0000kept', kept: fromNewer }] });
    await store.discardUnreadable('m1', 'item-3');
    expect(await store.listForMeeting('m1')).toEqual({ drafts: [], unreadable: [] });
    raw.close();
  });

  it('discards only what cannot be read: a readable draft of the part stays', async () => {
    const name = `drafts-${crypto.randomUUID()}`;
    const store = await openIndexedDbDraftStore(name);
    const raw = await openDB(name, 1);
    await raw.put('drafts', fromNewer);
    await store.put(mine);
    await store.discardUnreadable('m1', 'item-3');
    expect(await store.listForMeeting('m1')).toEqual({ drafts: [mine], unreadable: [] });
    raw.close();
  });

  it('is moved aside in the sessionStorage journal too, and discarded from both', async () => {
    const journal = memoryStorage();
    const durable = await openIndexedDbDraftStore(`drafts-${crypto.randomUUID()}`);
    journal.setItem('motebok-draft:m1\u0000item-3', JSON.stringify(fromNewer));
    const store = withSessionJournal(durable, journal);
    await store.put(mine);
    await store.put({ ...mine, patch: { conclusion: ['Skrevet her nå, og mer.'] }, updatedAt: 't3' });
    expect(JSON.parse(journal.getItem('motebok-draft:m1\u0000item-3\u0000kept') ?? 'null')).toEqual({ meetingId: 'm1', key: 'item-3\u0000kept', kept: fromNewer });
    expect((await store.listForMeeting('m1')).unreadable).toEqual([{ meetingId: 'm1', key: 'item-3\u0000kept', kept: fromNewer }]);
    await store.discardUnreadable('m1', 'item-3');
    expect(journal.getItem('motebok-draft:m1\u0000item-3\u0000kept')).toBeNull();
    expect(await store.listForMeeting('m1')).toEqual({ drafts: [{ ...mine, patch: { conclusion: ['Skrevet her nå, og mer.'] }, updatedAt: 't3' }], unreadable: [] });
  });
});

describe('draft journal in sessionStorage', () => {
  const never: DraftStore = {
    put: () => new Promise(() => undefined),
    listForMeeting: async () => ({ drafts: [], unreadable: [] }),
    deleteIfUnchanged: async () => undefined,
    discardUnreadable: async () => undefined,
  };

  it('brings back the last keystroke after a reload that came before IndexedDB finished writing', async () => {
    const journal = memoryStorage();
    void withSessionJournal(never, journal).put({ kind: 'item', meetingId: 'm1', key: 'item-5', patch: { conclusion: ['Siste tastetrykk'] }, updatedAt: '2026-06-11T12:00:00.001Z' });
    const afterReload = withSessionJournal(createMemoryDraftStore(), journal);
    expect((await afterReload.listForMeeting('m1')).drafts[0]?.patch).toEqual({ conclusion: ['Siste tastetrykk'] });
  });

  it('keeps a journalled draft it cannot read aside, from both copies, and leaves it in the journal', async () => {
    const journal = memoryStorage();
    const name = `drafts-${crypto.randomUUID()}`;
    const durable = await openIndexedDbDraftStore(name);
    const fromNewer = { kind: 'item', meetingId: 'm1', key: 'item-3', patch: { voteCount: 7 }, updatedAt: 't1' };
    const raw = await openDB(name, 1);
    await raw.put('drafts', fromNewer);
    raw.close();
    journal.setItem('motebok-draft:m1\u0000item-3', JSON.stringify(fromNewer));
    const store = withSessionJournal(durable, journal);
    const listed = await store.listForMeeting('m1');
    expect(listed).toEqual({ drafts: [], unreadable: [fromNewer, fromNewer] });
    await store.deleteIfUnchanged('m1', 'item-3', 't1');
    expect(journal.getItem('motebok-draft:m1\u0000item-3')).toBe(JSON.stringify(fromNewer));
  });

  it('prefers whichever copy is newer and forgets both once saved', async () => {
    const journal = memoryStorage();
    const durable = createMemoryDraftStore();
    const store = withSessionJournal(durable, journal);
    await durable.put({ kind: 'item', meetingId: 'm1', key: 'item-1', patch: { conclusion: ['eldre'] }, updatedAt: 't1' });
    await store.put({ kind: 'item', meetingId: 'm1', key: 'item-1', patch: { conclusion: ['nyere'] }, updatedAt: 't2' });
    expect((await store.listForMeeting('m1')).drafts[0]?.patch).toEqual({ conclusion: ['nyere'] });
    await store.deleteIfUnchanged('m1', 'item-1', 't2');
    expect(await store.listForMeeting('m1')).toEqual({ drafts: [], unreadable: [] });
    expect(journal.length).toBe(0);
  });

  it('ends a burst of unawaited keystrokes with the newest text in IndexedDB', async () => {
    const store = await openIndexedDbDraftStore(`drafts-${crypto.randomUUID()}`);
    const writes = Array.from({ length: 60 }, (_, i) =>
      store.put({ kind: 'item', meetingId: 'm1', key: 'item-1', patch: { conclusion: ['x'.repeat(i + 1)] }, updatedAt: `t${String(i).padStart(3, '0')}` }),
    );
    await Promise.all(writes);
    expect((await store.listForMeeting('m1')).drafts[0]?.patch).toEqual({ conclusion: ['x'.repeat(60)] });
  });
});
