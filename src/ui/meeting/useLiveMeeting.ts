import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { stageView } from '../../domain/confidentiality';
import type { Committee, Meeting } from '../../domain/model';
import type { MeetingRepository, ReadMeeting } from '../../domain/ports';
import { browserDraftStore } from '../shared/autosave/draftStore';
import { browserNetworkStatus } from '../shared/autosave/network';
import { useServices } from '../shared/ServicesContext';
import { findLinkedMeeting, meetingLinkOf, type LinkedMeeting, type LinkedMeetingLookup } from './findMeeting';
import type { OpenLiveChannel } from '../../hosts/liveChannel';
import { LiveMeetingFollower, type FollowerSnapshot } from './liveFollower';
import { LiveStagePublisher } from './livePublisher';
import { documentVisibility, type MeetingReader } from './meetingPoller';
import { MeetingSession, type SessionSnapshot } from './meetingSession';

export type Loadable<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'notFound' } | { state: 'failed'; error: unknown };

/**
 * Finds the Møtebok meeting a meeting surface (side panel, stage) shows, once: `?meeting=` in its
 * URL, else the Teams meeting (or its chat) the host reports. `started`: the same lookup begun by
 * the page's entry before the screens arrived (startLinkedMeetingLookup); its answer is taken once
 * when it is for the same meeting, and a failed one is read again (e.g. begun before sign-in).
 */
export function useLinkedMeeting(started?: LinkedMeetingLookup): Loadable<LinkedMeeting> {
  const { hostContext, repository } = useServices();
  const [result, setResult] = useState<Loadable<LinkedMeeting>>({ state: 'loading' });
  const { motebokMeetingId, teamsMeetingId, chatId, committeeId } = meetingLinkOf(window.location.href, hostContext);
  useEffect(() => {
    let cancelled = false;
    const link = { motebokMeetingId, teamsMeetingId, chatId, committeeId };
    (started?.take({ repository, link }) ?? findLinkedMeeting(repository, link)).then(
      (found) => !cancelled && setResult(found ? { state: 'ready', value: found } : { state: 'notFound' }),
      (error: unknown) => !cancelled && setResult({ state: 'failed', error }),
    );
    return () => {
      cancelled = true;
    };
  }, [repository, motebokMeetingId, teamsMeetingId, chatId, committeeId, started]);
  return result;
}

const drafts = browserDraftStore();

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
  const [result, setResult] = useState<Loadable<MeetingSession>>({ state: 'loading' });
  const { describeError } = options;
  // Only the first open uses it: a later meetingId or a reopen reads the stored meeting.
  const opened = useRef(options.opened);
  useEffect(() => {
    if (!meetingId) return undefined;
    let session: MeetingSession | undefined;
    let cancelled = false;
    const initial = opened.current;
    opened.current = undefined;
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
    // Leaving the page: push what is pending; the drafts in IndexedDB cover the rest.
    const flushOnHide = () => {
      if (document.visibilityState === 'hidden') void session?.flush();
    };
    document.addEventListener('visibilitychange', flushOnHide);
    // Others' changes reach the referent within REFRESH_MS (one read; skipped while typing or hidden).
    const refresher = setInterval(() => {
      if (document.visibilityState !== 'hidden') void session?.refresh();
    }, REFRESH_MS);
    return () => {
      cancelled = true;
      clearInterval(refresher);
      document.removeEventListener('visibilitychange', flushOnHide);
      void session?.flush().finally(() => session?.dispose());
    };
  }, [repository, meetingId, describeError]);
  return result;
}

const emptySubscribe = () => () => undefined;

/** Re-renders on every change of the session (edits, save state). */
export function useSessionSnapshot(session: MeetingSession | undefined): SessionSnapshot | undefined {
  return useSyncExternalStore(session?.subscribe ?? emptySubscribe, () => session?.getSnapshot());
}


/**
 * The stage's (and a participant's side panel's) view of a meeting: SharePoint once (or the meeting
 * the surface just read, `opened`), then the live channel; polling every 15 s when there is none
 * (see LiveMeetingFollower).
 */
export function useLiveFollower(reader: MeetingReader, meetingId: string | undefined, openChannel: OpenLiveChannel | undefined, opened?: ReadMeeting): FollowerSnapshot {
  const [follower, setFollower] = useState<LiveMeetingFollower | undefined>(undefined);
  // The meeting the surface has just read is shown at once, without a first read — once per meeting:
  // it arrives with `meetingId` (the stage calls this hook before the meeting is found, so it cannot
  // be taken at the first mount), and a follower made again later (another channel) reads afresh.
  const shown = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!meetingId) return undefined;
    const initial = opened?.value.id === meetingId && shown.current !== meetingId ? opened : undefined;
    shown.current = meetingId;
    const created = new LiveMeetingFollower(meetingId, reader, openChannel, documentVisibility, initial ? { opened: initial } : {});
    setFollower(created);
    return () => created.stop();
  }, [reader, meetingId, openChannel, opened]);
  return useSyncExternalStore(follower?.subscribe ?? emptySubscribe, () => follower?.getSnapshot() ?? initialFollow);
}
const initialFollow: FollowerSnapshot = { failing: false, mode: 'connecting' };

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

const systemNow = () => new Date();

/** A clock that ticks every `ms` (stage timers), stopped when unmounted. */
export function useNow(ms = 1_000, now: () => Date = systemNow): Date {
  const [value, setValue] = useState(now);
  useEffect(() => {
    const timer = setInterval(() => setValue(now()), ms);
    return () => clearInterval(timer);
  }, [ms, now]);
  return value;
}
