import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { stageView } from '../../domain/confidentiality';
import type { Committee, Meeting } from '../../domain/model';
import type { MeetingRepository, ReadMeeting } from '../../domain/ports';
import { browserDraftStore } from '../shared/autosave/draftStore';
import { browserNetworkStatus } from '../shared/autosave/network';
import type { OpenLiveChannel } from '../../hosts/liveChannel';
import { whenIdle } from '../../hosts/whenIdle';
import { LiveStagePublisher } from './livePublisher';
import { MeetingSession, type SessionDeps, type SessionSnapshot } from './meetingSession';
import { emptySubscribe, type Loadable } from './useFollowMeeting';

// The referent's hooks: her session (drafts, autosave) and the publisher of the live state. The
// hooks that only follow a meeting (useLinkedMeeting, useLiveFollower, useNow) are in
// useFollowMeeting.ts, so the stage loads none of this; they are also exported here for the side panel.
export { useLinkedMeeting, useLiveFollower, useNow, type Loadable } from './useFollowMeeting';

const drafts = browserDraftStore();

// The referent's session opened before the recorder's first render (`openSessionEarly`), for one meeting and repository.
let early: { id: string; deps: SessionDeps; shown: { state: 'ready'; value: MeetingSession } } | undefined;

/**
 * Opens the referent's session — her drafts read from IndexedDB (whose database the page's entry opened) — before
 * the recorder's first render: the side panel's entry awaits it with her chunk (`recorderChunk.ts` `preloadRecorder`,
 * within `FIRST_ANSWERS_WAIT_MS`), so that render is her meeting, not a «Laster …» with its effects and its frame, a
 * wait for the drafts, then a second render (issue 14: cold load; ~21 ms of her path after Graph's answer, h/side58).
 * `useMeetingSession` shows it from its first render, for this meeting and repository, and keeps it open while no
 * other session is opened (StrictMode's second run of the effect, a remount, take it again; `closeEarly`). A failure leaves it to the view, which opens and
 * reports as before.
 */
export async function openSessionEarly(repository: MeetingRepository, meeting: ReadMeeting): Promise<void> {
  const deps: SessionDeps = { repository, drafts, network: browserNetworkStatus };
  const session = await MeetingSession.open(meeting.value.id, deps, meeting).catch(() => undefined);
  early = session && { id: meeting.value.id, deps, shown: { state: 'ready', value: session } };
}

const openedEarly = (repository: MeetingRepository, meetingId: string | undefined) =>
  early?.deps.repository === repository && early.id === meetingId ? early : undefined;

/**
 * Once a view opens a session of its own (another meeting, a new start of the services), the early one is closed, its
 * pending edits pushed first: left open it would keep its timers for nobody, and a view coming back to its meeting
 * would take it again as it was left instead of reading what others saved since.
 */
function closeEarly(): void {
  const left = early?.shown.value;
  early = undefined;
  void left?.flush().finally(() => left.dispose());
}

const REFRESH_MS = 10_000;

export interface UseMeetingSessionOptions {
  describeError?: (error: unknown) => string;
  /** The meeting the surface has just read (useLinkedMeeting): the session starts from it without reading it again. */
  opened?: ReadMeeting;
}

/** The referent's session for one meeting: drafts first, SharePoint debounced (see MeetingSession). */
export function useMeetingSession(
  repository: MeetingRepository,
  meetingId: string | undefined,
  options: UseMeetingSessionOptions = {},
): Loadable<MeetingSession> {
  const [result, setResult] = useState<Loadable<MeetingSession>>(() => openedEarly(repository, meetingId)?.shown ?? { state: 'loading' });
  const { describeError } = options;
  // Only the first open uses it: a later meetingId or a reopen reads the stored meeting.
  const opened = useRef(options.opened);
  useEffect(() => {
    if (!meetingId) return undefined;
    const taken = openedEarly(repository, meetingId);
    let session = taken?.shown.value;
    let cancelled = false;
    const initial = opened.current;
    opened.current = undefined;
    // Shown since the first render (the same state: no render), its save errors in the view's words from now on.
    if (taken) {
      taken.deps.describeError = describeError;
      setResult(taken.shown);
    } else {
      closeEarly();
      MeetingSession.open(
        meetingId,
        {
          repository,
          drafts,
          network: browserNetworkStatus,
          ...(describeError ? { describeError } : {}),
        },
        initial,
      ).then(
        (opened) => {
          if (cancelled) opened.dispose();
          else {
            session = opened;
            setResult({ state: 'ready', value: opened });
          }
        },
        (error: unknown) => !cancelled && setResult({ state: 'failed', error }),
      );
    }
    // A save as the page goes has nothing left to fetch first (the writing half's code); fetched once the page is
    // idle, not beside its start.
    void whenIdle().then(() => !cancelled && repository.prepareWrites?.());
    // Leaving the page (hidden, or closed: pagehide): push what is pending with keepalive, so the save outlives a
    // closed side panel (MeetingAutosave.flush); the drafts in IndexedDB cover the rest.
    const flushOnHide = (event: Event) => {
      if (event.type === 'pagehide' || document.visibilityState === 'hidden') void session?.flush({ keepalive: true });
    };
    document.addEventListener('visibilitychange', flushOnHide);
    window.addEventListener('pagehide', flushOnHide);
    // Others' changes reach the referent within REFRESH_MS (one read; skipped while typing or hidden).
    const refresher = setInterval(() => {
      if (document.visibilityState !== 'hidden') void session?.refresh();
    }, REFRESH_MS);
    return () => {
      cancelled = true;
      clearInterval(refresher);
      document.removeEventListener('visibilitychange', flushOnHide);
      window.removeEventListener('pagehide', flushOnHide);
      // The early session stays open for the next run (StrictMode's, a remount): only flushed.
      void session?.flush().finally(() => session !== taken?.shown.value && session?.dispose());
    };
  }, [repository, meetingId, describeError]);
  return result;
}

/** Re-renders on every change of the session (edits, save state). */
export function useSessionSnapshot(session: MeetingSession | undefined): SessionSnapshot | undefined {
  return useSyncExternalStore(session?.subscribe ?? emptySubscribe, () => session?.getSnapshot());
}

/** The referent's side panel publishes what the stage shows on the live channel, when the host has one. */
export function useLiveStagePublisher(session: MeetingSession | undefined, openChannel: OpenLiveChannel | undefined, committee: Committee): void {
  useEffect(() => {
    if (!session || !openChannel) return undefined;
    // Every participant's client receives the channel: it carries only what the stage may show
    // (stageView: an exempt sak's konklusjon is never sent unless the referent revealed it).
    const shown = (meeting: Meeting): Meeting => stageView({ committee, meeting }).meeting;
    let publisher: LiveStagePublisher | undefined;
    let unsubscribe: (() => void) | undefined;
    let closed = false;
    let channelToClose: { close(): void } | undefined;
    openChannel().then(
      (channel) => {
        if (closed) return channel.close();
        channelToClose = channel;
        const created = new LiveStagePublisher(channel);
        publisher = created;
        created.update(shown(session.getSnapshot().meeting));
        unsubscribe = session.subscribe(() => created.update(shown(session.getSnapshot().meeting)));
      },
      // No channel: the stages poll SharePoint and say so; the referent's work is saved as always.
      () => undefined,
    );
    return () => {
      closed = true;
      unsubscribe?.();
      publisher?.dispose();
      channelToClose?.close();
    };
  }, [session, openChannel, committee]);
}

