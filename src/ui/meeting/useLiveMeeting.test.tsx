// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReadMeeting } from '../../domain/ports';
import { createInMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { memoryLiveHub } from './testing/memoryLiveChannel';
import { testMeeting } from './testing/testMeeting';
import { useLiveFollower } from './useLiveMeeting';

afterEach(() => cleanup());

describe('useLiveFollower', () => {
  it('shows the meeting the stage has just found without reading it again, though the meeting arrives after the first render', async () => {
    const meeting = testMeeting();
    const repository = createInMemoryMeetingRepository({ meetings: [meeting] });
    const found = (await repository.getMeeting(meeting.id)) as ReadMeeting;
    const readsBefore = repository.calls.getMeeting;
    const hub = memoryLiveHub();
    // As StageApp: the hook runs while the meeting is still being found, then with what was found.
    const { result, rerender } = renderHook(({ id, opened }: { id?: string; opened?: ReadMeeting }) => useLiveFollower(repository, id, hub.join, opened), { initialProps: {} });
    rerender({ id: meeting.id, opened: found });
    await waitFor(() => expect(result.current.mode).toBe('live'));
    expect(result.current.meeting?.id).toBe(meeting.id);
    expect(repository.calls.getMeeting).toBe(readsBefore);
  });
});
