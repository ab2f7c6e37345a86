// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { createInMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { testMeeting } from './testing/testMeeting';
import * as liveMeeting from './useLiveMeeting';

afterEach(() => cleanup());

// The referent's side panel (issue 14: cold load): her session is opened as her chunk arrives
// (`recorderChunk.ts` awaits `openSessionEarly`), so the recorder's first render is her meeting, not a
// «Laster …» that only waits for the drafts and a second render after it.
describe('useMeetingSession with a session opened before the first render', () => {
  it('is ready at its first render and renders once, opening nothing more', async () => {
    const repository = createInMemoryMeetingRepository({ meetings: [testMeeting()] });
    const read = (await repository.getMeeting(testMeeting().id))!;
    const reads = repository.calls.getMeeting;
    await liveMeeting.openSessionEarly(repository, read);
    const states: string[] = [];
    const { result } = renderHook(() => {
      const session = liveMeeting.useMeetingSession(repository, read.value.id, { opened: read });
      states.push(session.state);
      return session;
    });
    expect(states).toEqual(['ready']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(states).toEqual(['ready']);
    expect(repository.calls.getMeeting).toBe(reads);
    expect(result.current.state === 'ready' && result.current.value.getSnapshot().meeting.id).toBe(read.value.id);
  });

  it('is taken once: a second view of the meeting opens its own, as without it', async () => {
    const repository = createInMemoryMeetingRepository({ meetings: [testMeeting()] });
    const read = (await repository.getMeeting(testMeeting().id))!;
    await liveMeeting.openSessionEarly(repository, read);
    const first = renderHook(() => liveMeeting.useMeetingSession(repository, read.value.id, { opened: read }));
    first.unmount();
    const states: string[] = [];
    const second = renderHook(() => {
      const session = liveMeeting.useMeetingSession(repository, read.value.id, { opened: read });
      states.push(session.state);
      return session;
    });
    expect(states[0]).toBe('loading');
    await waitFor(() => expect(second.result.current.state).toBe('ready'));
  });
});
