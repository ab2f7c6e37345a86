// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReadMeeting } from '../../domain/ports';
import { createInMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { testMeeting } from './testing/testMeeting';
import { FOLLOWER_RETRY_MS, useLiveFollower } from './useFollowMeeting';

// The follower's chunk cannot be fetched the first time it is asked for (the connection went as the stage opened).
const fetches = vi.hoisted(() => ({ count: 0 }));
vi.mock('./liveFollower', async (original) => {
  fetches.count += 1;
  if (fetches.count === 1) throw new Error('Loading chunk meeting-follower failed');
  return original();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useLiveFollower when the follower\'s chunk cannot be fetched', () => {
  it('keeps the meeting just read, says the connection is lost, and follows the meeting once the chunk arrives on the next try', async () => {
    vi.useFakeTimers();
    const meeting = testMeeting();
    const repository = createInMemoryMeetingRepository({ meetings: [meeting] });
    const found = (await repository.getMeeting(meeting.id)) as ReadMeeting;
    const { result } = renderHook(() => useLiveFollower(repository, meeting.id, undefined, found));
    await vi.waitFor(() => expect(result.current).toMatchObject({ failing: true, mode: 'polling', meeting: found.value }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(FOLLOWER_RETRY_MS);
    });
    await vi.waitFor(() => expect(result.current).toMatchObject({ failing: false, mode: 'polling', meeting: found.value }));
    expect(fetches.count).toBe(2);
  });
});
