import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryDraftStore, type DraftStore } from '../shared/autosave/draftStore';
import { createInMemoryMeetingRepository, type InMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { MeetingSession } from './meetingSession';
import { ConflictError, StorageError } from '../../domain/ports';
import { createFakeNetwork } from '../shared/autosave/network';
import { testMeeting } from './testing/testMeeting';

const meetingId = 'pm-2026-06-11';
const para = (text: string) => [{ type: 'paragraph' as const, content: [{ text }] }];

describe('MeetingSession', () => {
  let repository: InMemoryMeetingRepository;
  let drafts: DraftStore;
  let network: ReturnType<typeof createFakeNetwork>;
  const open = () => MeetingSession.open(meetingId, { repository, drafts, network });
  const storedItem = (id: string) => repository.stored(meetingId)?.value.items.find((i) => i.id === id);
  /** The panel open, then the network gone: the browser says so and no request reaches Microsoft 365. */
  const openOffline = async () => {
    const session = await open();
    network.setOnline(false);
    repository.access = 'offline';
    return session;
  };

  beforeEach(() => {
    vi.useFakeTimers();
    repository = createInMemoryMeetingRepository({ meetings: [testMeeting()] });
    drafts = createMemoryDraftStore();
    network = createFakeNetwork(true);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps every keystroke as a draft at once and saves to SharePoint after a quiet 300 ms', async () => {
    const session = await open();
    session.editItem('item-1', { conclusion: ['Innkalling og dagsorden godkjennes'] });
    expect(session.getSnapshot().saveState).toBe('saving');
    expect(session.getSnapshot().meeting.items[0]?.conclusion).toEqual(['Innkalling og dagsorden godkjennes']);
    await vi.advanceTimersByTimeAsync(0);
    expect((await drafts.listForMeeting(meetingId)).drafts.map((d) => d.key)).toEqual(['item-1']);
    expect(repository.calls.saveMeeting).toBe(0);

    await vi.advanceTimersByTimeAsync(299);
    expect(repository.calls.saveMeeting).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(repository.calls.saveMeeting).toBe(1);
    expect(storedItem('item-1')?.conclusion).toEqual(['Innkalling og dagsorden godkjennes']);
    expect(session.getSnapshot().saveState).toBe('saved');
    expect((await drafts.listForMeeting(meetingId)).drafts).toEqual([]);
  });

  it('saves during a long burst of typing at least every second so the stage keeps up', async () => {
    const session = await open();
    for (let i = 1; i <= 5; i += 1) {
      session.editItem('item-3', { proceedings: para('Diskusjon '.repeat(i)) });
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(repository.calls.saveMeeting).toBe(1);
    expect(storedItem('item-3')?.proceedings).not.toEqual([]);
  });

  it('restores text typed before a reload and saves it, since unsaved drafts are newer than SharePoint', async () => {
    const first = await open();
    first.editItem('item-2', { proceedings: para('Referatet ble gjennomgått.') });
    await vi.advanceTimersByTimeAsync(0);
    first.dispose(); // the tab is closed before the debounced save

    expect(storedItem('item-2')?.proceedings).toEqual([]);
    const second = await open();
    expect(second.getSnapshot().meeting.items[1]?.proceedings).toEqual(para('Referatet ble gjennomgått.'));
    await vi.advanceTimersByTimeAsync(0);
    expect(storedItem('item-2')?.proceedings).toEqual(para('Referatet ble gjennomgått.'));
    expect(second.getSnapshot().saveState).toBe('saved');
  });

  it('names a draft left by a newer version to the referent, by its sak and unknown field, and restores the others', async () => {
    const item = testMeeting().items[0];
    drafts = {
      ...createMemoryDraftStore(),
      // Left by a newer version: a field this one does not know.
      listForMeeting: async () => ({ drafts: [], unreadable: [{ kind: 'item', meetingId, key: item?.id, patch: { voteCount: 7 }, updatedAt: 't1' }] }),
    };
    const session = await open();
    const [notice] = session.getSnapshot().unreadableDrafts ?? [];
    expect(notice?.key).toBe(item?.id);
    expect(notice).toEqual({ key: item?.id, part: { kind: 'item', caseNumber: item?.caseNumber, title: item?.title }, problem: { code: 'unknownFields', field: 'patch', fields: ['voteCount'] } });
    // Nothing was restored from it: the stored meeting as it is.
    expect(session.getSnapshot().pendingCount).toBe(0);
  });

  it('keeps naming a draft it cannot read until the referent discards it, and then asks the store to remove it', async () => {
    const item = testMeeting().items[0];
    const discarded: string[] = [];
    drafts = {
      ...createMemoryDraftStore(),
      listForMeeting: async () => ({ drafts: [], unreadable: [{ kind: 'item', meetingId, key: item?.id, patch: { voteCount: 7 }, updatedAt: 't1' }] }),
      discardUnreadable: async (id, key) => void discarded.push(`${id}/${key}`),
    };
    const session = await open();
    session.editItem(item?.id ?? '', { conclusion: ['Skrevet her nå.'] });
    expect(session.getSnapshot().unreadableDrafts?.map((notice) => notice.key)).toEqual([item?.id]);
    await session.discardUnreadableDraft(item?.id ?? '');
    expect(discarded).toEqual([`${meetingId}/${item?.id ?? ''}`]);
    expect(session.getSnapshot().unreadableDrafts).toBeUndefined();
  });

  it('shows text typed before a reload as a conflict when someone else changed the same conclusion meanwhile', async () => {
    const first = await open();
    first.editItem('item-1', { conclusion: ['Mitt forslag.'] });
    await vi.advanceTimersByTimeAsync(0);
    first.dispose();
    repository.saveAsOther(meetingId, (m) => ({ ...m, items: m.items.map((i) => (i.id === 'item-1' ? { ...i, conclusion: ['Deres forslag.'] } : i)) }), 'Per Olsen');

    const second = await open();
    await vi.advanceTimersByTimeAsync(500);
    expect(second.getSnapshot()).toMatchObject({ saveState: 'conflict', conflict: { key: 'item-1', fields: ['conclusion'], by: 'Per Olsen' } });
    expect(second.getSnapshot().meeting.items[0]?.conclusion).toEqual(['Mitt forslag.']);
    expect(storedItem('item-1')?.conclusion).toEqual(['Deres forslag.']);
    await second.resolveConflict('mine');
    expect(storedItem('item-1')?.conclusion).toEqual(['Mitt forslag.']);
  });

  it('tells a listener once per keystroke and nothing after it unsubscribes', async () => {
    const session = await open();
    const listener = vi.fn();
    const stop = session.subscribe(listener);
    session.editItem('item-1', { conclusion: ['Godkjent.'] });
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    session.editItem('item-1', { conclusion: ['Godkjent uten merknader.'] });
    await vi.advanceTimersByTimeAsync(600);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(session.getSnapshot().saveState).toBe('saved');
  });

  it('saves nothing when the network returns after the page went away', async () => {
    const session = await openOffline();
    session.editItem('item-1', { conclusion: ['Skrevet uten nett.'] });
    await vi.advanceTimersByTimeAsync(600);
    const attempts = repository.calls.saveMeeting;
    session.dispose();
    repository.access = 'ok';
    network.setOnline(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(repository.calls.saveMeeting).toBe(attempts);
    expect(storedItem('item-1')?.conclusion).not.toEqual(['Skrevet uten nett.']);
  });

  it('keeps drafts while offline, says so, and saves them when the network returns', async () => {
    const session = await openOffline();
    session.editItem('item-1', { outcome: 'treated', conclusion: ['Godkjent.'] });
    await vi.advanceTimersByTimeAsync(600);
    expect(session.getSnapshot().saveState).toBe('offline');
    expect(session.getSnapshot().meeting.items[0]?.conclusion).toEqual(['Godkjent.']);
    expect((await drafts.listForMeeting(meetingId)).drafts).toHaveLength(1);

    repository.access = 'ok';
    network.setOnline(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(session.getSnapshot().saveState).toBe('saved');
    expect(storedItem('item-1')?.outcome).toBe('treated');
  });

  it('after a long time offline, waits only as long as a throttling service asks (Retry-After), not the backoff built up offline', async () => {
    const session = await openOffline();
    session.editItem('item-1', { conclusion: ['Skrevet uten nett.'] });
    // 2 + 4 + 8 + 15 s of failed attempts: the next backoff step would be 30 s.
    await vi.advanceTimersByTimeAsync(30_000);
    expect(session.getSnapshot().saveState).toBe('offline');
    repository.access = 'ok';
    const save = repository.saveMeeting.bind(repository);
    repository.saveMeeting = vi.fn().mockRejectedValueOnce(new StorageError('throttled', 'Too many requests', 2)).mockImplementation(save);
    network.setOnline(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(session.getSnapshot().saveState).toBe('waiting');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(session.getSnapshot().saveState).toBe('saved');
    expect(storedItem('item-1')?.conclusion).toEqual(['Skrevet uten nett.']);
  });

  it('after a reload, takes its own save that landed late for what it is, not for someone else\'s change', async () => {
    let release = () => undefined as void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let landed = () => undefined as void;
    const aLanded = new Promise<void>((resolve) => (landed = resolve));
    const slow = {
      ...repository,
      saveMeeting: async (...args: Parameters<typeof repository.saveMeeting>) => {
        await gate;
        try {
          return await repository.saveMeeting(...args);
        } finally {
          landed();
        }
      },
    };
    const before = await MeetingSession.open(meetingId, { repository: slow, drafts, network });
    before.editItem('item-1', { conclusion: ['Godkjent'] });
    void before.flush(); // the save is on its way …
    await vi.advanceTimersByTimeAsync(0);
    before.editItem('item-1', { conclusion: ['Godkjent med endringer.'] }); // … typing goes on …
    await before.draftsWritten();
    before.dispose(); // … and the page is reloaded.
    // The reopened panel read the meeting before the old page's save landed; that save lands just before its own.
    const after = await MeetingSession.open(meetingId, {
      repository: {
        ...repository,
        saveMeeting: async (...args: Parameters<typeof repository.saveMeeting>) => {
          release();
          await aLanded;
          return repository.saveMeeting(...args);
        },
      },
      drafts,
      network,
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(after.getSnapshot().saveState).toBe('saved');
    expect(storedItem('item-1')?.conclusion).toEqual(['Godkjent med endringer.']);
  });

  it('keeps typing during a throttled wait to itself: nothing is sent before the service\'s Retry-After, and it says it waits, not that it failed', async () => {
    const save = vi.fn().mockRejectedValueOnce(new StorageError('throttled', 'Too many requests', 2)).mockImplementation(repository.saveMeeting);
    const session = await MeetingSession.open(meetingId, { repository: { ...repository, saveMeeting: save }, drafts, network, describeError: () => 'Microsoft 365 ber oss vente litt. Vi prøver igjen automatisk.' });
    session.editItem('item-1', { conclusion: ['G'] });
    await vi.advanceTimersByTimeAsync(300);
    expect(save).toHaveBeenCalledTimes(1);
    expect(session.getSnapshot().saveState).toBe('waiting');
    // The referent types on through the wait: quiet pauses and the 1 s maximum pass, yet nothing goes out.
    for (const text of ['Go', 'God', 'Godk']) {
      session.editItem('item-1', { conclusion: [text] });
      await vi.advanceTimersByTimeAsync(400);
    }
    expect(save).toHaveBeenCalledTimes(1);
    expect(session.getSnapshot().saveState).toBe('waiting');
    expect(session.getSnapshot()).not.toHaveProperty('errorMessage');
    await vi.advanceTimersByTimeAsync(800); // 2 s after the 429
    expect(save).toHaveBeenCalledTimes(2);
    expect(session.getSnapshot().saveState).toBe('saved');
    expect(storedItem('item-1')?.conclusion).toEqual(['Godk']);
  });

  it('tells a throttled save as waiting while it retries, and as an error only after five refusals in a row', async () => {
    const throttled = () => new StorageError('throttled', 'Too many requests', 1);
    const save = vi.fn().mockRejectedValue(throttled());
    const session = await MeetingSession.open(meetingId, { repository: { ...repository, saveMeeting: save }, drafts, network, describeError: () => 'Microsoft 365 ber oss vente litt.' });
    session.editItem('item-1', { conclusion: ['Godkjent.'] });
    await vi.advanceTimersByTimeAsync(300);
    const states: string[] = [session.getSnapshot().saveState];
    for (let retry = 1; retry <= 5; retry += 1) {
      await vi.advanceTimersByTimeAsync(1_000);
      states.push(session.getSnapshot().saveState);
    }
    expect(save).toHaveBeenCalledTimes(6);
    expect(states).toEqual(['waiting', 'waiting', 'waiting', 'waiting', 'waiting', 'error']);
    expect(session.getSnapshot().errorMessage).toBe('Microsoft 365 ber oss vente litt.');
    save.mockImplementation(repository.saveMeeting);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(session.getSnapshot().saveState).toBe('saved');
    expect(storedItem('item-1')?.conclusion).toEqual(['Godkjent.']);
  });

  it('a throttled save with an edit made while it was on its way waits the Retry-After too, not a moment less', async () => {
    let fail: (error: unknown) => void = () => undefined;
    const save = vi.fn().mockImplementationOnce(() => new Promise((_, reject) => (fail = reject))).mockImplementation(repository.saveMeeting);
    const session = await MeetingSession.open(meetingId, { repository: { ...repository, saveMeeting: save }, drafts, network });
    session.editItem('item-1', { conclusion: ['Godkjent'] });
    await vi.advanceTimersByTimeAsync(300);
    session.editItem('item-1', { conclusion: ['Godkjent.'] }); // typed while the save is on its way
    await vi.advanceTimersByTimeAsync(300);
    fail(new StorageError('throttled', 'Too many requests', 2));
    await vi.advanceTimersByTimeAsync(1_999);
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(2);
    expect(storedItem('item-1')?.conclusion).toEqual(['Godkjent.']);
  });

  it('a closed session sends nothing more: a save it had on its way that meets a 412 is not rebased and sent again', async () => {
    let answer: (error: unknown) => void = () => undefined;
    const save = vi.fn().mockImplementationOnce(() => new Promise((_, reject) => (answer = reject))).mockImplementation(repository.saveMeeting);
    const before = await MeetingSession.open(meetingId, { repository: { ...repository, saveMeeting: save }, drafts, network });
    before.editItem('item-1', { conclusion: ['Godkjent'] });
    await vi.advanceTimersByTimeAsync(300);
    expect(save).toHaveBeenCalledTimes(1);
    before.dispose(); // the page goes away (reload, another meeting) while its save is on its way
    // The reopened panel saves something else first; the old page's save is then refused as stale.
    const after = await open();
    after.editItem('item-2', { proceedings: para('Ny side.') });
    await after.flush();
    answer(new ConflictError('412'));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('retries a failed save with a growing delay and shows the error message meanwhile', async () => {
    const failing = { ...repository, saveMeeting: vi.fn().mockRejectedValueOnce(new Error('503')).mockImplementation(repository.saveMeeting) };
    const session = await MeetingSession.open(meetingId, {
      repository: failing,
      drafts,
      network,
      describeError: () => 'SharePoint svarer ikke akkurat nå.',
    });
    session.editItem('item-1', { conclusion: ['Godkjent.'] });
    await vi.advanceTimersByTimeAsync(500);
    expect(session.getSnapshot()).toMatchObject({ saveState: 'error', errorMessage: 'SharePoint svarer ikke akkurat nå.' });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(session.getSnapshot().saveState).toBe('saved');
    expect(storedItem('item-1')?.conclusion).toEqual(['Godkjent.']);
  });

  it('saves over a stale version when someone else changed other fields meanwhile', async () => {
    const session = await open();
    repository.saveAsOther(meetingId, (m) => ({ ...m, place: 'Teams' }));
    session.editItem('item-1', { conclusion: ['Godkjent.'] });
    await vi.advanceTimersByTimeAsync(500);
    expect(session.getSnapshot().saveState).toBe('saved');
    expect(repository.stored(meetingId)?.value.place).toBe('Teams');
    expect(storedItem('item-1')?.conclusion).toEqual(['Godkjent.']);
  });

  it('keeps and shows the referent\'s text when someone else changed the same conclusion (412), and who did, as the read names them', async () => {
    const session = await open();
    // He changes the meeting's own row first, then the sak: the sak's row names him, not an older editor.
    repository.saveAsOther(meetingId, (m) => ({ ...m, place: 'Møterom 2' }), 'Kari Nordmann');
    repository.saveAsOther(meetingId, (m) => ({
      ...m,
      items: m.items.map((i) => (i.id === 'item-1' ? { ...i, conclusion: ['Godkjent med endringer.'] } : i)),
    }), 'Per Olsen');
    session.editItem('item-1', { conclusion: ['Godkjent uten endringer.'] });
    await vi.advanceTimersByTimeAsync(500);
    const snapshot = session.getSnapshot();
    expect(snapshot.saveState).toBe('conflict');
    expect(snapshot.conflict?.key).toBe('item-1');
    expect(snapshot.conflict?.by).toBe('Per Olsen');
    expect(snapshot.conflict?.theirs.items[0]?.conclusion).toEqual(['Godkjent med endringer.']);
    expect(snapshot.meeting.items[0]?.conclusion).toEqual(['Godkjent uten endringer.']);
    expect((await drafts.listForMeeting(meetingId)).drafts).toHaveLength(1);

    await session.resolveConflict('mine');
    expect(session.getSnapshot().saveState).toBe('saved');
    expect(storedItem('item-1')?.conclusion).toEqual(['Godkjent uten endringer.']);
  });

  it('takes the stored text and drops the draft when the referent chooses theirs', async () => {
    const session = await open();
    repository.saveAsOther(meetingId, (m) => ({ ...m, items: m.items.map((i) => (i.id === 'item-1' ? { ...i, conclusion: ['Deres.'] } : i)) }));
    session.editItem('item-1', { conclusion: ['Mine.'] });
    await vi.advanceTimersByTimeAsync(500);
    // The storage named nobody: the bar falls back to «Noen andre».
    expect(session.getSnapshot().conflict).not.toHaveProperty('by');
    await session.resolveConflict('theirs');
    expect(session.getSnapshot().meeting.items[0]?.conclusion).toEqual(['Deres.']);
    expect(session.getSnapshot().saveState).toBe('saved');
    expect((await drafts.listForMeeting(meetingId)).drafts).toEqual([]);
  });

  it('keeps a draft typed while a save was in flight and saves it next', async () => {
    const session = await open();
    session.editItem('item-3', { proceedings: para('Første') });
    await vi.advanceTimersByTimeAsync(500);
    session.editItem('item-3', { proceedings: para('Første og andre') });
    expect(session.getSnapshot().meeting.items[2]?.proceedings).toEqual(para('Første og andre'));
    await vi.advanceTimersByTimeAsync(500);
    expect(storedItem('item-3')?.proceedings).toEqual(para('Første og andre'));
    expect(session.getSnapshot().saveState).toBe('saved');
  });

  it('when the page hides, sends what is pending at once with keepalive, not after the draft store', async () => {
    // IndexedDB that never finishes its write: a closing page's is dropped, and the save must not wait for it.
    const slowDrafts: DraftStore = { ...drafts, put: () => new Promise<void>(() => undefined) };
    const session = await MeetingSession.open(meetingId, { repository, drafts: slowDrafts, network });
    const save = vi.spyOn(repository, 'saveMeeting');
    session.editItem('item-1', { conclusion: ['Innkalling og dagsorden godkjennes'] });
    void session.flush({ keepalive: true });
    // Sent inside the same task, before any timer: the page may be gone at the next.
    await Promise.resolve();
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]?.[2]).toEqual({ keepalive: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(storedItem('item-1')?.conclusion).toEqual(['Innkalling og dagsorden godkjennes']);
  });

  it('asks every save to outlive the page, so one already on its way when the panel closes is not cancelled with it', async () => {
    const session = await open();
    const original = repository.saveMeeting.bind(repository);
    const save = vi.spyOn(repository, 'saveMeeting');
    // SharePoint slow to answer: the save after the pause is still on its way when the page hides.
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    save.mockImplementationOnce(async (...args) => {
      await answered;
      return original(...args);
    });
    session.editItem('item-1', { conclusion: ['Innkalling og dagsorden godkjennes'] });
    await vi.advanceTimersByTimeAsync(300);
    expect(save).toHaveBeenCalledTimes(1);
    // The one on its way was asked with keepalive when it left, before anybody knew the page would go.
    expect(save.mock.calls[0]?.[2]).toEqual({ keepalive: true });
    session.editItem('item-1', { conclusion: ['Innkalling og dagsorden godkjennes.'] });
    void session.flush({ keepalive: true });
    answer();
    await vi.advanceTimersByTimeAsync(0);
    // What she typed behind it follows it out, kept alive too.
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1]?.[2]).toEqual({ keepalive: true });
    expect(storedItem('item-1')?.conclusion).toEqual(['Innkalling og dagsorden godkjennes.']);
  });

  it('records meeting-wide changes (current item, attendance) the same way', async () => {
    const session = await open();
    session.editMeeting({ currentItemId: 'item-2', itemStartedAt: { 'item-2': '2026-06-11T11:40:00.000Z' } });
    session.editMeeting({ attendance: [{ person: { name: 'Kristin Liset' }, status: 'absent' }] });
    await session.flush();
    const stored = repository.stored(meetingId)?.value;
    expect(stored?.currentItemId).toBe('item-2');
    expect(stored?.attendance).toEqual([{ person: { name: 'Kristin Liset' }, status: 'absent' }]);
  });

  it('refuses to open a meeting that does not exist, as a notFound the screens word in the user’s language', async () => {
    await expect(MeetingSession.open('finnes-ikke', { repository, drafts, network })).rejects.toMatchObject({ name: 'StorageError', kind: 'notFound' });
  });

  it('picks up what someone else saved while nothing of the referent\'s is pending', async () => {
    const session = await open();
    repository.saveAsOther(meetingId, (m) => ({ ...m, items: m.items.map((i) => (i.id === 'item-3' ? { ...i, title: 'Handlingsplan 2026 (revidert)' } : i)) }));
    await session.refresh();
    expect(session.getSnapshot().meeting.items[2]?.title).toBe('Handlingsplan 2026 (revidert)');
  });

  it('starts from the meeting the side panel has just found, without reading it again', async () => {
    const found = await repository.getMeeting(meetingId);
    const reads = repository.calls.getMeeting;
    const session = await MeetingSession.open(meetingId, { repository, drafts, network }, found);
    expect(repository.calls.getMeeting).toBe(reads);
    expect(session.getSnapshot().meeting.id).toBe(meetingId);
  });

  it('checks eTags when idle instead of reading the meeting again', async () => {
    const session = await open();
    const reads = repository.calls.getMeeting;
    await session.refresh();
    await session.refresh();
    expect(repository.calls.getMeeting).toBe(reads);
    expect(repository.calls.getMeetingIfChanged).toBe(2);
  });

  it('does not refresh over text the referent has not saved yet', async () => {
    const session = await open();
    session.editItem('item-1', { conclusion: ['Mitt utkast'] });
    repository.saveAsOther(meetingId, (m) => ({ ...m, place: 'Teams' }));
    await session.refresh();
    expect(session.getSnapshot().meeting.place).toBe('Våle samfunnshus');
    expect(session.getSnapshot().meeting.items[0]?.conclusion).toEqual(['Mitt utkast']);
  });

  describe('tells him when someone else\'s save took out what he wrote', () => {
    const first = 'Presentasjonen tas til orientering.';
    const second = 'SSU får mandat til å vedta mål og strategi.';
    const his = ' Strategien legges fram for styret.';
    const herConclusion = (conclusion: string[]) => (m: ReturnType<typeof testMeeting>) => ({ ...m, items: m.items.map((i) => (i.id === 'item-1' ? { ...i, conclusion } : i)) });
    /** Both points stored (by her), then his sentence added to point 2 and saved from this page. */
    const openAndSaveHis = async () => {
      repository.saveAsOther(meetingId, herConclusion([first, second]), 'Hilde Kari Maugesten');
      const session = await open();
      session.editItem('item-1', { conclusion: [first, second + his] });
      await vi.advanceTimersByTimeAsync(500);
      expect(storedItem('item-1')?.conclusion).toEqual([first, second + his]);
      return session;
    };

    it('names who, the sak and the field, with his point as he saved it, when her save no longer holds his sentence', async () => {
      const session = await openAndSaveHis();
      repository.saveAsOther(meetingId, herConclusion([first, `${second} Fristen er 1. oktober.`]), 'Hilde Kari Maugesten');
      await session.refresh();
      expect(session.getSnapshot().meeting.items[0]?.conclusion).toEqual([first, `${second} Fristen er 1. oktober.`]);
      expect(session.getSnapshot().removedTexts).toEqual([
        { key: 'item-1', field: 'conclusion', removed: [second + his], by: 'Hilde Kari Maugesten', version: session.getSnapshot().version },
      ]);
    });

    it('says nothing for his own saves, on first load, or when her save keeps his words', async () => {
      repository.saveAsOther(meetingId, herConclusion([first]), 'Hilde Kari Maugesten');
      const session = await open();
      // Others' text before he saved anything here: nothing of his to lose.
      repository.saveAsOther(meetingId, herConclusion([]), 'Hilde Kari Maugesten');
      await session.refresh();
      expect(session.getSnapshot().removedTexts).toBeUndefined();
      session.editItem('item-1', { conclusion: [second + his] });
      await vi.advanceTimersByTimeAsync(500);
      session.editItem('item-1', { conclusion: [second] });
      await vi.advanceTimersByTimeAsync(500);
      await session.refresh();
      expect(session.getSnapshot().removedTexts).toBeUndefined();
      const kept = await openAndSaveHis();
      repository.saveAsOther(meetingId, herConclusion([first, `${second} Fristen er 1. oktober.${his}`]), 'Hilde Kari Maugesten');
      await kept.refresh();
      expect(kept.getSnapshot().removedTexts).toBeUndefined();
    });

    it('is not told again once he dismissed it, and goes by itself when his words are back', async () => {
      const session = await openAndSaveHis();
      repository.saveAsOther(meetingId, herConclusion([first, second]));
      await session.refresh();
      expect(session.getSnapshot().removedTexts).toHaveLength(1);
      repository.saveAsOther(meetingId, herConclusion([first, second + his]));
      await session.refresh();
      expect(session.getSnapshot().removedTexts).toBeUndefined();
      repository.saveAsOther(meetingId, herConclusion([first, second, 'Nytt punkt.']));
      await session.refresh();
      expect(session.getSnapshot().removedTexts).toHaveLength(1);
      session.dismissRemovedText('item-1', 'conclusion');
      expect(session.getSnapshot().removedTexts).toBeUndefined();
      repository.saveAsOther(meetingId, herConclusion([first, 'Nytt punkt.']));
      await session.refresh();
      expect(session.getSnapshot().removedTexts).toBeUndefined();
    });

    it('tells it from the re-read after a refused save, except for a field he has unsaved text in', async () => {
      const session = await openAndSaveHis();
      session.editItem('item-1', { proceedings: para('Diskusjon.') });
      repository.saveAsOther(meetingId, herConclusion([first, second]), 'Hilde Kari Maugesten');
      await vi.advanceTimersByTimeAsync(500);
      expect(storedItem('item-1')?.proceedings).toEqual(para('Diskusjon.'));
      expect(session.getSnapshot().removedTexts?.map((told) => [told.field, told.removed])).toEqual([['conclusion', [second + his]]]);

      const busy = await openAndSaveHis();
      busy.editItem('item-1', { conclusion: [first, `${second + his} Og mer.`] });
      repository.saveAsOther(meetingId, herConclusion([first, second]), 'Hilde Kari Maugesten');
      await vi.advanceTimersByTimeAsync(500);
      expect(busy.getSnapshot().saveState).toBe('conflict');
      expect(busy.getSnapshot().removedTexts).toBeUndefined();
    });
  });
});
