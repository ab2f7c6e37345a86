import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { ReadMeeting } from '../../domain/ports';
import { useServices } from '../shared/ServicesContext';
import { findLinkedMeeting, meetingLinkOf, type LinkedMeeting, type LinkedMeetingLookup, type MeetingLink } from './findMeeting';
import type { OpenLiveChannel } from '../../hosts/liveChannel';
import type { LiveMeetingFollower, FollowerSnapshot } from './liveFollower';
import type { MeetingReader } from './meetingPoller';

// The hooks of a surface that follows a meeting without editing it: the stage, a participant's side
// panel. Apart from the referent's (useLiveMeeting.ts: the session, its drafts in IndexedDB, the
// autosave engine, the publisher), which the stage never needs, so its start-up carries none of
// them (issue 14: cold load).

export type Loadable<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'notFound' } | { state: 'failed'; error: unknown };

/**
 * Finds the Møtebok meeting a meeting surface (side panel, stage) shows, once: `?meeting=` in its
 * URL, else the Teams meeting (or its chat) the host reports. `started`: the same lookup begun by
 * the page's entry before the screens arrived (startLinkedMeetingLookup); its answer is taken once
 * when it is for the same meeting, and a failed one is read again (e.g. begun before sign-in). An
 * answer already here is shown in the first render (`EarlyRead.takeArrived`), not one render later
 * (issue 14: cold load). Storage is asked once per repository and link, StrictMode's second run of
 * the effect included.
 */
export function useLinkedMeeting(started?: LinkedMeetingLookup): Loadable<LinkedMeeting> {
  const { hostContext, repository } = useServices();
  // The link as a key, so a new but equal link (each render makes one) does not run the effect again.
  const key = JSON.stringify(meetingLinkOf(window.location.href, hostContext));
  const link = useMemo(() => JSON.parse(key) as MeetingLink, [key]);
  // The answer for this repository and link, once asked for (or already here).
  const asked = useRef<{ repository: object; key: string; answer: Promise<LinkedMeeting | undefined> }>(undefined);
  const [result, setResult] = useState<Loadable<LinkedMeeting>>(() => {
    const arrived = started?.takeArrived({ repository, link });
    if (!arrived) return { state: 'loading' };
    asked.current = { repository, key, answer: Promise.resolve(arrived.value) };
    return loadedAs(arrived.value);
  });
  useEffect(() => {
    let cancelled = false;
    if (asked.current?.repository !== repository || asked.current.key !== key) {
      asked.current = { repository, key, answer: started?.take({ repository, link }) ?? findLinkedMeeting(repository, link) };
    }
    asked.current.answer.then(
      // The same answer as shown (the first render had it) leaves the state as it is: no render.
      (found) => !cancelled && setResult((shown) => (shown.state === 'ready' && shown.value === found ? shown : loadedAs(found))),
      (error: unknown) => !cancelled && setResult({ state: 'failed', error }),
    );
    return () => {
      cancelled = true;
    };
  }, [repository, key, link, started]);
  return result;
}

const loadedAs = (found: LinkedMeeting | undefined): Loadable<LinkedMeeting> => (found ? { state: 'ready', value: found } : { state: 'notFound' });

/**
 * The follower's code (the live channel's handling, the poller): a chunk of its own, fetched once the surface has
 * rendered what it read, so the stage's start-up neither carries nor evaluates it (issue 14: cold load). The surface
 * shows the meeting just read meanwhile, as the follower first shows it.
 */
const followerChunk = () =>
  Promise.all([import(/* webpackChunkName: "meeting-follower" */ './liveFollower'), import(/* webpackChunkName: "meeting-follower" */ './meetingPoller')]);

/** How soon a follower whose chunk could not be fetched (offline) is tried again: as often as the stage polls (FALLBACK_POLL_MS). */
export const FOLLOWER_RETRY_MS = 15_000;

/** A store to subscribe to when there is none yet (useSyncExternalStore). */
export const emptySubscribe = () => () => undefined;

/**
 * The stage's (and a participant's side panel's) view of a meeting: SharePoint once (or the meeting
 * the surface just read, `opened`), then the live channel; polling every 15 s when there is none
 * (see LiveMeetingFollower).
 */
export function useLiveFollower(
  reader: MeetingReader,
  meetingId: string | undefined,
  openChannel: OpenLiveChannel | undefined,
  opened?: ReadMeeting,
): FollowerSnapshot {
  const [follower, setFollower] = useState<LiveMeetingFollower | undefined>(undefined);
  // The follower's chunk could not be fetched: the connection is gone, and the surface says so, as the follower would.
  const [offline, setOffline] = useState(false);
  // The meeting the surface has just read is shown at once, without a first read — once per meeting:
  // it arrives with `meetingId` (the stage calls this hook before the meeting is found, so it cannot
  // be taken at the first mount), and a follower made again later (another channel) reads afresh.
  const shown = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!meetingId) return undefined;
    const initial = opened?.value.id === meetingId && shown.current !== meetingId ? opened : undefined;
    shown.current = meetingId;
    let created: LiveMeetingFollower | undefined;
    let stopped = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const start = () =>
      followerChunk().then(
        ([{ LiveMeetingFollower }, { documentVisibility }]) => {
          if (stopped) return;
          created = new LiveMeetingFollower(meetingId, reader, openChannel, documentVisibility, initial ? { opened: initial } : {});
          setOffline(false);
          setFollower(created);
        },
        () => {
          if (stopped) return;
          setOffline(true);
          retry = setTimeout(start, FOLLOWER_RETRY_MS);
        },
      );
    void start();
    return () => {
      stopped = true;
      clearTimeout(retry);
      created?.stop();
    };
  }, [reader, meetingId, openChannel, opened]);
  // Until the follower exists (it is made in an effect, after this render), the meeting just found is
  // shown as the follower will first show it: the stage is ready in the render that has the meeting,
  // not one render and commit later (issue 14: cold load).
  const beforeFollower = useMemo<FollowerSnapshot>(
    () =>
      opened && opened.value.id === meetingId
        ? { failing: false, mode: openChannel ? 'connecting' : 'polling', meeting: opened.value, ...(opened.unreadable ? { unreadable: opened.unreadable } : {}) }
        : initialFollow,
    [opened, meetingId, openChannel],
  );
  const beforeFollowerShown = useMemo(() => (offline ? { ...beforeFollower, failing: true } : beforeFollower), [offline, beforeFollower]);
  return useSyncExternalStore(follower?.subscribe ?? emptySubscribe, () => follower?.getSnapshot() ?? beforeFollowerShown);
}
const initialFollow: FollowerSnapshot = { failing: false, mode: 'connecting' };

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
