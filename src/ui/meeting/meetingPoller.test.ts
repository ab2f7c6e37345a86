import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createInMemoryMeetingRepository, type InMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import type { UnreadableRow } from '../../domain/ports';
import { MeetingPoller, type PageVisibility } from './meetingPoller';
import { testMeeting } from './testing/testMeeting';

function fakeVisibility() {
  let hidden = false;
  const listeners = new Set<() => void>();
  const visibility: PageVisibility & { setHidden(value: boolean): void } = {
    isHidden: () => hidden,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setHidden(value) {
      hidden = value;
      for (const l of listeners) l();
    },
  };
  return visibility;
}

describe('MeetingPoller', () => {
  let repository: InMemoryMeetingRepository;
  beforeEach(() => {
    vi.useFakeTimers();
    repository = createInMemoryMeetingRepository({ meetings: [testMeeting()] });
  });
  afterEach(() => vi.useRealTimers());

  it('shows a conclusion the referent saved within one poll interval', async () => {
    const poller = new MeetingPoller('pm-2026-06-11', repository, fakeVisibility());
    await vi.advanceTimersByTimeAsync(0);
    expect(poller.getSnapshot().meeting?.items[0]?.conclusion).toEqual([]);
    repository.saveAsOther('pm-2026-06-11', (m) => ({ ...m, currentItemId: 'item-1', items: m.items.map((i, n) => (n === 0 ? { ...i, conclusion: ['Godkjent.'] } : i)) }));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(poller.getSnapshot().meeting?.items[0]?.conclusion).toEqual(['Godkjent.']);
    expect(poller.getSnapshot().meeting?.currentItemId).toBe('item-1');
    poller.stop();
  });

  it('passes on the item rows that could not be read, so the stage can name them', async () => {
    const row: UnreadableRow = { label: { kind: 'item', caseNumber: '2026.03', meetingDate: '2026-06-11' }, rowId: '31', problem: { code: 'missing', field: 'title' } };
    const reader = { getMeeting: async (id: string) => ({ ...(await repository.getMeeting(id))!, unreadable: [row] }) };
    const poller = new MeetingPoller('pm-2026-06-11', reader, fakeVisibility());
    await vi.advanceTimersByTimeAsync(0);
    expect(poller.getSnapshot().meeting?.id).toBe('pm-2026-06-11');
    expect(poller.getSnapshot().unreadable).toEqual([row]);
    poller.stop();
  });

  it('stops polling while the stage is hidden and resumes at once when shown', async () => {
    const visibility = fakeVisibility();
    const poller = new MeetingPoller('pm-2026-06-11', repository, visibility);
    await vi.advanceTimersByTimeAsync(0);
    visibility.setHidden(true);
    const reads = () => repository.calls.getMeeting + repository.calls.getMeetingIfChanged;
    const before = reads();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(reads()).toBe(before);
    visibility.setHidden(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(reads()).toBe(before + 1);
    poller.stop();
  });

  it('uses the conditional read when the repository offers one, and publishes only changes', async () => {
    const getMeetingIfChanged = vi.fn(async (id: string, known: string) => {
      const current = await repository.getMeeting(id);
      return current?.version === known ? ('unchanged' as const) : current;
    });
    const poller = new MeetingPoller('pm-2026-06-11', { getMeeting: repository.getMeeting, getMeetingIfChanged }, fakeVisibility());
    const listener = vi.fn();
    poller.subscribe(listener);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(getMeetingIfChanged).toHaveBeenCalledTimes(3);
    expect(listener).toHaveBeenCalledTimes(1);
    // It hands over the meeting it shows, so only the rows that changed need reading again.
    expect(getMeetingIfChanged).toHaveBeenLastCalledWith('pm-2026-06-11', expect.any(String), poller.getSnapshot().meeting);
    poller.stop();
  });

  it('starts from the meeting the surface has just read: shown at once, first check one interval later', async () => {
    const opened = await repository.getMeeting('pm-2026-06-11');
    const reads = () => repository.calls.getMeeting + repository.calls.getMeetingIfChanged;
    const before = reads();
    const poller = new MeetingPoller('pm-2026-06-11', repository, fakeVisibility(), 1_000, opened);
    expect(poller.getSnapshot().meeting?.id).toBe('pm-2026-06-11');
    await vi.advanceTimersByTimeAsync(999);
    expect(reads()).toBe(before);
    await vi.advanceTimersByTimeAsync(1);
    expect(repository.calls.getMeetingIfChanged).toBe(1);
    expect(reads()).toBe(before + 1);
    poller.stop();
  });

  it('keeps the last meeting on screen and flags the failure when the network drops', async () => {
    const poller = new MeetingPoller('pm-2026-06-11', repository, fakeVisibility());
    await vi.advanceTimersByTimeAsync(0);
    repository.access = 'offline';
    await vi.advanceTimersByTimeAsync(1_000);
    expect(poller.getSnapshot().failing).toBe(true);
    expect(poller.getSnapshot().meeting?.id).toBe('pm-2026-06-11');
    repository.access = 'ok';
    await vi.advanceTimersByTimeAsync(1_000);
    expect(poller.getSnapshot().failing).toBe(false);
    poller.stop();
  });
});
