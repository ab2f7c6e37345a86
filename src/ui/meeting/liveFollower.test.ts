import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createInMemoryMeetingRepository, type InMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import type { Meeting } from '../../domain/model';
import { LiveMeetingFollower } from './liveFollower';
import { LiveStagePublisher } from './livePublisher';
import { liveStageState } from './liveStage';
import type { PageVisibility } from './meetingPoller';
import { memoryLiveHub, type MemoryLiveHub } from './testing/memoryLiveChannel';
import { testMeeting } from './testing/testMeeting';

const visible: PageVisibility = { isHidden: () => false, onChange: () => () => undefined };
const MEETING = 'pm-2026-06-11';

function started(meeting: Meeting, itemId: string, conclusion: string[] = []): Meeting {
  return {
    ...meeting,
    status: 'inProgress',
    currentItemId: itemId,
    itemStartedAt: { ...meeting.itemStartedAt, [itemId]: '2026-06-11T11:35:00.000Z' },
    items: meeting.items.map((item) => (item.id === itemId ? { ...item, conclusion } : item)),
  };
}

describe('LiveMeetingFollower', () => {
  let repository: InMemoryMeetingRepository;
  let hub: MemoryLiveHub;
  beforeEach(() => {
    vi.useFakeTimers();
    repository = createInMemoryMeetingRepository({ meetings: [testMeeting()] });
    hub = memoryLiveHub();
  });
  afterEach(() => vi.useRealTimers());

  it('reads SharePoint once on open and not again while the meeting is idle, however long', async () => {
    const follower = new LiveMeetingFollower(MEETING, repository, hub.join, visible);
    await vi.advanceTimersByTimeAsync(0);
    expect(follower.getSnapshot().mode).toBe('live');
    expect(follower.getSnapshot().meeting?.id).toBe(MEETING);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(repository.calls.getMeeting).toBe(1);
    follower.stop();
  });

  it('shows the current sak and the konklusjon as the referent types it, from the channel alone', async () => {
    const follower = new LiveMeetingFollower(MEETING, repository, hub.join, visible);
    const publisher = new LiveStagePublisher(await hub.join(), 0);
    await vi.advanceTimersByTimeAsync(0);
    publisher.update(started(testMeeting(), 'item-2', ['Referat tatt til']));
    await vi.advanceTimersByTimeAsync(0);
    publisher.update(started(testMeeting(), 'item-2', ['Referat tatt til orientering.']));
    await vi.advanceTimersByTimeAsync(0);
    const shown = follower.getSnapshot().meeting;
    expect(shown?.status).toBe('inProgress');
    expect(shown?.currentItemId).toBe('item-2');
    expect(shown?.itemStartedAt['item-2']).toBe('2026-06-11T11:35:00.000Z');
    expect(shown?.items[1]?.conclusion).toEqual(['Referat tatt til orientering.']);
    // Titles and proposals still come from the record.
    expect(shown?.items[1]?.title).toBe('Referat fra Partnerskapsmøte 05.06.2025');
    expect(repository.calls.getMeeting).toBe(1);
    follower.stop();
  });

  it('keeps a konklusjon received live when the referent moves on to the next sak', async () => {
    const follower = new LiveMeetingFollower(MEETING, repository, hub.join, visible);
    const publisher = new LiveStagePublisher(await hub.join(), 0);
    await vi.advanceTimersByTimeAsync(0);
    publisher.update(started(testMeeting(), 'item-1', ['Godkjent.']));
    await vi.advanceTimersByTimeAsync(0);
    publisher.update(started(started(testMeeting(), 'item-1', ['Godkjent.']), 'item-2'));
    await vi.advanceTimersByTimeAsync(0);
    expect(follower.getSnapshot().meeting?.currentItemId).toBe('item-2');
    expect(follower.getSnapshot().meeting?.items[0]?.conclusion).toEqual(['Godkjent.']);
    follower.stop();
  });

  it('starts from what the referent last published when the stage opens mid-item', async () => {
    const publisher = new LiveStagePublisher(await hub.join(), 0);
    publisher.update(started(testMeeting(), 'item-3', ['Handlingsplanen tas til orientering.']));
    const follower = new LiveMeetingFollower(MEETING, repository, hub.join, visible);
    await vi.advanceTimersByTimeAsync(0);
    expect(follower.getSnapshot().meeting?.currentItemId).toBe('item-3');
    expect(follower.getSnapshot().meeting?.items[2]?.conclusion).toEqual(['Handlingsplanen tas til orientering.']);
    follower.stop();
  });

  it('reads the agenda again when the live state names other saker than it has', async () => {
    const follower = new LiveMeetingFollower(MEETING, repository, hub.join, visible);
    await vi.advanceTimersByTimeAsync(0);
    repository.saveAsOther(MEETING, (m) => ({ ...m, items: [...m.items, { ...m.items[2]!, id: 'item-4', caseNumber: null, title: 'Eventuelt' }] }));
    const stored = repository.stored(MEETING)!.value;
    hub.publishRaw(liveStageState(started(stored, 'item-4')));
    await vi.advanceTimersByTimeAsync(0);
    expect(follower.getSnapshot().meeting?.items.map((item) => item.title)).toContain('Eventuelt');
    expect(follower.getSnapshot().meeting?.currentItemId).toBe('item-4');
    follower.stop();
  });

  it('ignores values on the channel that are not a live state of this meeting', async () => {
    const follower = new LiveMeetingFollower(MEETING, repository, hub.join, visible);
    await vi.advanceTimersByTimeAsync(0);
    hub.publishRaw({ kind: 'motebok-stage/1', meetingId: MEETING, status: 'held' }); // incomplete
    hub.publishRaw({ ...liveStageState(started(testMeeting(), 'item-1')), meetingId: 'another-meeting' });
    hub.publishRaw({ ...liveStageState(started(testMeeting(), 'item-1')), extra: true }); // unknown field
    await vi.advanceTimersByTimeAsync(0);
    expect(follower.getSnapshot().meeting?.status).toBe('noticeSent');
    expect(follower.getSnapshot().meeting?.currentItemId).toBeUndefined();
    follower.stop();
  });

  it('polls every 15 s, never faster, and says so, when the host has no live channel', async () => {
    const follower = new LiveMeetingFollower(MEETING, repository, undefined, visible, { fallbackIntervalMs: 1_000 });
    await vi.advanceTimersByTimeAsync(0);
    expect(follower.getSnapshot().mode).toBe('polling');
    // The read on open, then one change check (an eTag read) per 15 s.
    const reads = () => repository.calls.getMeeting + repository.calls.getMeetingIfChanged;
    expect(reads()).toBe(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(reads() - 1).toBeLessThanOrEqual(4);
    expect(reads() - 1).toBeGreaterThanOrEqual(3);
    repository.saveAsOther(MEETING, (m) => started(m, 'item-1'));
    await vi.advanceTimersByTimeAsync(15_000);
    expect(follower.getSnapshot().meeting?.currentItemId).toBe('item-1');
    follower.stop();
  });

  it('polls when joining the channel fails or takes too long', async () => {
    const failing = new LiveMeetingFollower(MEETING, repository, () => Promise.reject(new Error('Live Share not available')), visible);
    const slow = new LiveMeetingFollower(MEETING, repository, () => new Promise(() => undefined), visible, { joinTimeoutMs: 5_000 });
    await vi.advanceTimersByTimeAsync(0);
    expect(failing.getSnapshot().mode).toBe('polling');
    expect(slow.getSnapshot().mode).toBe('connecting');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(slow.getSnapshot().mode).toBe('polling');
    failing.stop();
    slow.stop();
  });

  it('polls while the channel is down and reads SharePoint once when it comes back', async () => {
    const follower = new LiveMeetingFollower(MEETING, repository, hub.join, visible);
    await vi.advanceTimersByTimeAsync(0);
    const channel = hub.channels[0]!;
    channel.setConnection('disconnected');
    expect(follower.getSnapshot().mode).toBe('polling');
    repository.saveAsOther(MEETING, (m) => started(m, 'item-2'));
    await vi.advanceTimersByTimeAsync(15_000);
    expect(follower.getSnapshot().meeting?.currentItemId).toBe('item-2');
    const beforeReconnect = repository.calls.getMeeting;
    channel.setConnection('connected');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(follower.getSnapshot().mode).toBe('live');
    expect(repository.calls.getMeeting - beforeReconnect).toBe(1);
    follower.stop();
  });

  it('reads the record again 15 s after a failed read on open, while the channel is live', async () => {
    repository.access = 'offline';
    const follower = new LiveMeetingFollower(MEETING, repository, hub.join, visible);
    await vi.advanceTimersByTimeAsync(0);
    expect(follower.getSnapshot().failing).toBe(true);
    expect(follower.getSnapshot().meeting).toBeUndefined();
    repository.access = 'ok';
    await vi.advanceTimersByTimeAsync(14_000);
    expect(follower.getSnapshot().meeting).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(follower.getSnapshot().meeting?.id).toBe(MEETING);
    expect(follower.getSnapshot().failing).toBe(false);
    follower.stop();
  });

  it('closes the channel when the stage goes away', async () => {
    const follower = new LiveMeetingFollower(MEETING, repository, hub.join, visible);
    await vi.advanceTimersByTimeAsync(0);
    follower.stop();
    expect(hub.channels[0]?.closed).toBe(true);
  });
});

describe('LiveStagePublisher', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends at most every interval while the referent types, and always the last change', async () => {
    const hub = memoryLiveHub();
    const channel = await hub.join();
    const sent: unknown[] = [];
    channel.onValue((value) => sent.push(value));
    const publisher = new LiveStagePublisher(channel, 150, () => Date.now());
    for (const text of ['G', 'Go', 'God', 'Godk', 'Godkjent.']) {
      publisher.update(started(testMeeting(), 'item-1', [text]));
      await vi.advanceTimersByTimeAsync(20);
    }
    await vi.advanceTimersByTimeAsync(200);
    expect(sent.length).toBe(2);
    expect(sent.at(-1)).toMatchObject({ currentItemId: 'item-1', conclusion: ['Godkjent.'] });
    publisher.dispose();
  });

  it('does not resend an unchanged state, and resends the latest when the channel comes back', async () => {
    const hub = memoryLiveHub();
    const channel = await hub.join();
    const sent: unknown[] = [];
    channel.onValue((value) => sent.push(value));
    const publisher = new LiveStagePublisher(channel, 0);
    publisher.update(started(testMeeting(), 'item-1'));
    publisher.update(started(testMeeting(), 'item-1'));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.length).toBe(1);
    channel.setConnection('connected');
    expect(sent.length).toBe(2);
    expect(sent[1]).toEqual(sent[0]);
    publisher.dispose();
  });
});
