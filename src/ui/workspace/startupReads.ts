import type { Committee } from '../../domain/model';
import type { MeetingRepository, MeetingRows, ReadList, ReadMeeting } from '../../domain/ports';
import { startEarlyRead } from '../shared/earlyRead';

/**
 * The workspace's first reads, started the moment the services exist: before React has rendered
 * anything, before the sign-in check of a plain browser has answered (issue 14: cold load). The page's
 * address already names what they are: the committees, `?committee=`'s meeting rows and
 * `#meeting=`'s meeting with its items. The hooks of `useWorkspaceData.ts` take each answer once, for
 * the same committee or meeting, instead of asking the repository again after the first render.
 *
 * A read that fails (a browser not signed in yet, a network blip) is read again for the hook that
 * takes it, never handed out as a failure (`ui/shared/earlyRead.ts`, the one mechanism for this).
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
  const committees = startEarlyRead(undefined, () => repository.listCommittees());
  const rows = named.committeeId ? startEarlyRead(named.committeeId, (committeeId) => repository.listMeetingRows(committeeId)) : undefined;
  const meeting = named.meetingId ? startEarlyRead(named.meetingId, (meetingId) => repository.getMeeting(meetingId)) : undefined;
  return {
    committees: () => committees.take(undefined),
    meetingRows: (committeeId) => rows?.take(committeeId),
    meeting: (meetingId) => meeting?.take(meetingId),
  };
}
