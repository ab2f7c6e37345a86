import type { Committee } from '../../domain/model';
import type { MeetingRepository, MeetingRows, ReadList, ReadMeeting } from '../../domain/ports';

/**
 * The workspace's first reads, started the moment the services exist: before React has rendered
 * anything, before the sign-in check of a plain browser has answered (issue 14: cold load). The page's
 * address already names what they are: the committees, `?committee=`'s meeting rows and
 * `#meeting=`'s meeting with its items. The hooks of `useWorkspaceData.ts` take each answer once, for
 * the same committee or meeting, instead of asking the repository again after the first render.
 *
 * A read that fails is forgotten at once (a browser not signed in yet, a network blip): the hook
 * then reads afresh when it mounts, after the sign-in, as it did before this existed.
 */
export interface StartupReads {
  committees(): Promise<ReadList<Committee>> | undefined;
  meetingRows(committeeId: string): Promise<MeetingRows> | undefined;
  meeting(meetingId: string): Promise<ReadMeeting | undefined> | undefined;
}

/** What the page's address names: `?committee=` (a tab bound to a committee) and `#meeting=` (the open meeting). */
export function namedInAddress(location: Pick<Location, 'search' | 'hash'>): { committeeId?: string; meetingId?: string } {
  const committeeId = new URLSearchParams(location.search).get('committee') ?? undefined;
  const match = /(?:^#|&)meeting=([^&]+)/.exec(location.hash);
  const meetingId = match?.[1] ? decodeURIComponent(match[1]) : undefined;
  return { ...(committeeId ? { committeeId } : {}), ...(meetingId ? { meetingId } : {}) };
}

export function startWorkspaceReads(repository: Pick<MeetingRepository, 'listCommittees' | 'listMeetingRows' | 'getMeeting'>, named: { committeeId?: string; meetingId?: string }): StartupReads {
  const committees = once(repository.listCommittees());
  const rows = named.committeeId ? once(repository.listMeetingRows(named.committeeId)) : undefined;
  const meeting = named.meetingId ? once(repository.getMeeting(named.meetingId)) : undefined;
  return {
    committees: () => committees.take(),
    meetingRows: (committeeId) => (committeeId === named.committeeId ? rows?.take() : undefined),
    meeting: (meetingId) => (meetingId === named.meetingId ? meeting?.take() : undefined),
  };
}

/** A promise handed out once, and not at all once it has failed. */
function once<T>(promise: Promise<T>): { take(): Promise<T> | undefined } {
  let held: Promise<T> | undefined = promise;
  promise.catch(() => {
    held = undefined;
  });
  return {
    take() {
      const taken = held;
      held = undefined;
      return taken;
    },
  };
}
