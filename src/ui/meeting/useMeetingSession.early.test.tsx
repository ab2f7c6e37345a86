// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { StrictMode, type ReactNode } from 'react';
import type { Loadable } from './useFollowMeeting';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, renderHook, waitFor } from '@testing-library/react';
import { createInMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { testMeeting } from './testing/testMeeting';
import { MeetingSession } from './meetingSession';
import { openSessionEarly, useMeetingSession, useSessionSnapshot } from './useLiveMeeting';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** The sak she writes the konklusjon of. */
const firstSak = testMeeting().items[0]!.id;

/** The meeting as the panel's lookup read it, and the repository it came from. */
async function readMeeting() {
  const repository = createInMemoryMeetingRepository({ meetings: [testMeeting()] });
  const read = (await repository.getMeeting(testMeeting().id))!;
  return { repository, read, readsBefore: repository.calls.getMeeting };
}

/** The hook's states, one per render, and what it returned last (StrictMode: as the pages render). */
function renderSession(repository: Parameters<typeof useMeetingSession>[0], read: { value: { id: string } }, options: { strict?: boolean } = {}) {
  const states: string[] = [];
  const hook = { result: { current: { state: 'loading' } as Loadable<MeetingSession> } };
  function Probe() {
    const session = useMeetingSession(repository, read.value.id);
    states.push(session.state);
    hook.result.current = session;
    return null;
  }
  render(options.strict ? <StrictMode><Probe /></StrictMode> : <Probe />);
  return { states, hook };
}

// The referent's side panel (issue 14: cold load): her session is opened as her chunk arrives (`recorderChunk.ts`
// `preloadRecorder`), so the recorder's first render is her meeting, not a «Laster …» rendered, its effects run and
// its frame painted while her drafts are read, then a second render.
describe('useMeetingSession with her session opened before the first render (openSessionEarly)', () => {
  it('is ready at its first render with that session, renders once, and reads nothing more', async () => {
    const { repository, read, readsBefore } = await readMeeting();
    await openSessionEarly(repository, read);
    const { states, hook } = renderSession(repository, read);
    expect(states).toEqual(['ready']);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(states).toEqual(['ready']);
    expect(repository.calls.getMeeting).toBe(readsBefore);
    expect(hook.result.current.state === 'ready' && hook.result.current.value.getSnapshot().meeting.id).toBe(read.value.id);
  });

  it('restores a draft she left before the first render', async () => {
    const { repository, read } = await readMeeting();
    // Her earlier panel's session: an edit kept as a draft (offline, so never saved).
    repository.access = 'offline';
    await openSessionEarly(repository, read);
    const earlier = renderSession(repository, read).hook.result.current;
    if (earlier.state !== 'ready') throw new Error('not ready');
    earlier.value.editItem(firstSak, { conclusion: ['Vedtatt som foreslått, etter pause.'] });
    await earlier.value.flush().catch(() => undefined);
    cleanup();
    // The page again: a new repository (another start), her draft in IndexedDB.
    const again = createInMemoryMeetingRepository({ meetings: [testMeeting()] });
    const readAgain = (await again.getMeeting(testMeeting().id))!;
    await openSessionEarly(again, readAgain);
    const { states, hook } = renderSession(again, readAgain);
    expect(states[0]).toBe('ready');
    expect(hook.result.current.state === 'ready' && hook.result.current.value.getSnapshot().meeting.items.find((item) => item.id === firstSak)?.conclusion).toEqual(['Vedtatt som foreslått, etter pause.']);
  });

  it('keeps that session open through StrictMode’s second run of the effect: shown, not disposed — what she types is shown and saved', async () => {
    const { repository, read, readsBefore } = await readMeeting();
    await openSessionEarly(repository, read);
    // The first run's cleanup flushes; a session it disposed would be disposed once that flush is done.
    const flushes: Promise<void>[] = [];
    const flush = MeetingSession.prototype.flush;
    vi.spyOn(MeetingSession.prototype, 'flush').mockImplementation(function (this: MeetingSession, ...args) {
      const flushed = flush.apply(this, args);
      flushes.push(flushed);
      return flushed;
    });
    const dispose = vi.spyOn(MeetingSession.prototype, 'dispose');
    const { states, hook } = renderSession(repository, read, { strict: true });
    await waitFor(() => expect(flushes).toHaveLength(1));
    await Promise.allSettled(flushes);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(dispose).not.toHaveBeenCalled();
    const first = hook.result.current;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(states.every((state) => state === 'ready')).toBe(true);
    const shown = hook.result.current;
    if (shown.state !== 'ready' || first.state !== 'ready') throw new Error('not ready');
    // The same session throughout: not disposed by the first run's cleanup and replaced by one read again.
    expect(shown.value).toBe(first.value);
    expect(repository.calls.getMeeting).toBe(readsBefore);
    // The view follows the session's edits (a disposed one tells nobody).
    const view = renderHook(() => useSessionSnapshot(shown.value), { wrapper: ({ children }: { children: ReactNode }) => <StrictMode>{children}</StrictMode> });
    shown.value.editItem(firstSak, { conclusion: ['Tatt til orientering.'] });
    await waitFor(() => expect(view.result.current?.meeting.items.find((item) => item.id === firstSak)?.conclusion).toEqual(['Tatt til orientering.']));
    await shown.value.flush();
    expect(repository.stored(read.value.id)?.value.items.find((item) => item.id === firstSak)?.conclusion).toEqual(['Tatt til orientering.']);

  });

  it('is not taken for another repository (a new start of the page’s services): that view opens its own', async () => {
    const { repository, read } = await readMeeting();
    await openSessionEarly(repository, read);
    const other = createInMemoryMeetingRepository({ meetings: [testMeeting()] });
    const { states, hook } = renderSession(other, read);
    expect(states[0]).toBe('loading');
    await waitFor(() => expect(hook.result.current.state).toBe('ready'));
  });

  it('is closed once she opens another meeting — what she typed in it saved first — and coming back reads the meeting again', async () => {
    const other = { ...testMeeting(), id: 'another-meeting' };
    const repository = createInMemoryMeetingRepository({ meetings: [testMeeting(), other] });
    const read = (await repository.getMeeting(testMeeting().id))!;
    await openSessionEarly(repository, read);
    const dispose = vi.spyOn(MeetingSession.prototype, 'dispose');
    function Probe({ meetingId }: { meetingId: string }) {
      const session = useMeetingSession(repository, meetingId);
      shown.current = session;
      return null;
    }
    const shown = { current: { state: 'loading' } as Loadable<MeetingSession> };
    const view = render(<Probe meetingId={read.value.id} />);
    const early = shown.current;
    if (early.state !== 'ready') throw new Error('not ready');
    early.value.editItem(firstSak, { conclusion: ['Utsatt til neste møte.'] });
    const readsBefore = repository.calls.getMeeting;
    view.rerender(<Probe meetingId={other.id} />);
    await waitFor(() => expect(shown.current.state === 'ready' && shown.current.value.getSnapshot().meeting.id).toBe(other.id));
    await waitFor(() => expect(dispose.mock.contexts).toContain(early.value));
    expect(repository.stored(read.value.id)?.value.items.find((item) => item.id === firstSak)?.conclusion).toEqual(['Utsatt til neste møte.']);
    view.rerender(<Probe meetingId={read.value.id} />);
    await waitFor(() => expect(shown.current.state === 'ready' && shown.current.value.getSnapshot().meeting.id).toBe(read.value.id));
    const again = shown.current;
    if (again.state !== 'ready') throw new Error('not ready');
    expect(again.value).not.toBe(early.value);
    expect(repository.calls.getMeeting).toBeGreaterThan(readsBefore + 1);
    expect(again.value.getSnapshot().meeting.items.find((item) => item.id === firstSak)?.conclusion).toEqual(['Utsatt til neste møte.']);
  });
});
