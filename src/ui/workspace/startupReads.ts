import type { NumberedMeeting } from '../../domain/caseNumbering';
import type { Committee, MeetingHeader } from '../../domain/model';
import type { MeetingRepository, MeetingRows, ReadList, ReadMeeting, WorkspaceStart } from '../../domain/ports';
import { sameYearNumbering } from '../../domain/numberingScope';
import { startEarlyRead, type EarlyRead } from '../shared/earlyRead';

/**
 * The workspace's first reads, started the moment the services exist: before React has rendered
 * anything, before the sign-in check of a plain browser has answered (issue 14: cold load). The page's
 * address already names what they are: the committees, `?committee=`'s meeting rows and
 * `#meeting=`'s meeting with its items, in one request where the repository has it (`readTogether`:
 * `graph/workspaceStart.ts`, SharePoint's one `$batch`; each read alone when read again). The hooks of
 * `useWorkspaceData.ts` take each answer once, for
 * the same committee or meeting, instead of asking the repository again after the first render.
 * The one read that needs the others' answers, the case numbers of the open meeting's year, starts
 * the moment they are in, rather than after the screens' chunk has arrived and rendered them.
 *
 * A read that fails (a browser not signed in yet, a network blip) is read again for the hook that
 * takes it, never handed out as a failure (`ui/shared/earlyRead.ts`, the one mechanism for this).
 */
export interface StartupReads {
  committees(): Promise<ReadList<Committee>> | undefined;
  meetingRows(committeeId: string): Promise<MeetingRows> | undefined;
  meeting(meetingId: string): Promise<ReadMeeting | undefined> | undefined;
  /** The other meetings' case numbers for the numbering `numberingKey` names (`useOpenedMeeting`). */
  caseNumbers(key: string): Promise<NumberedMeeting[]> | undefined;
  /**
   * The same answers when they are already here, taken the same way (once, for the same key): the
   * screens' first render comes after them on a cold start, so it shows the meeting list and the
   * saksliste at once instead of "loading" and two more renders for promises long settled (issue 14).
   */
  /**
   * Settles (never rejects) once every read begun here has answered or failed, the case numbers
   * included when they were asked: the screens' first render waits for it, within a bound
   * (`workspaceScreens.tsx`), so it shows the saksliste at once instead of "loading" and a render
   * for each answer as it comes (issue 14: cold load).
   */
  settled: Promise<void>;
  arrived: {
    committees(): { value: ReadList<Committee> } | undefined;
    meetingRows(committeeId: string): { value: MeetingRows } | undefined;
    meeting(meetingId: string): { value: ReadMeeting | undefined } | undefined;
    caseNumbers(key: string): { value: NumberedMeeting[] } | undefined;
  };
}

/** Which meetings' case numbers opening `meetingId` needs, as one string: read again only when it changes. */
export function numberingKey(meetingId: string | undefined, others: readonly Pick<MeetingHeader, 'id' | 'committeeId' | 'date'>[]): string {
  return JSON.stringify({ open: meetingId, others: others.map(({ id, committeeId, date }) => ({ id, committeeId, date })) });
}

/** What the page's address names: `?committee=` (a tab bound to a committee) and `#meeting=` (the open meeting). */
export function namedInAddress(location: Pick<Location, 'search' | 'hash'>): { committeeId?: string; meetingId?: string } {
  const committeeId = new URLSearchParams(location.search).get('committee') ?? undefined;
  const match = /(?:^#|&)meeting=([^&]+)/.exec(location.hash);
  const meetingId = match?.[1] ? decodeURIComponent(match[1]) : undefined;
  return { ...(committeeId ? { committeeId } : {}), ...(meetingId ? { meetingId } : {}) };
}

/** `first` the first time it is called (when there is one), `again` after: a read begun together with others, read alone when read again. */
function firstThen<K, T>(first: Promise<T> | undefined, again: (key: K) => Promise<T>): (key: K) => Promise<T> {
  let pending = first;
  return (key) => {
    const answer = pending ?? again(key);
    pending = undefined;
    return answer;
  };
}

/**
 * `readTogether`: the three first reads in one request (`graph/workspaceStart.ts` `readWorkspaceStart`, handed in by
 * the page's entry, `main.tsx`); absent or undefined, the three methods are asked.
 */
export function startWorkspaceReads(
  repository: Pick<MeetingRepository, 'listCommittees' | 'listMeetingRows' | 'getMeeting' | 'listCaseNumbers'>,
  named: { committeeId?: string; meetingId?: string },
  readTogether?: (named: { committeeId?: string; meetingId?: string }) => WorkspaceStart | undefined,
): StartupReads {
  const { committeeId, meetingId } = named;
  const together = readTogether?.(named);
  const committees = startEarlyRead(undefined, firstThen(together?.committees, () => repository.listCommittees()));
  const rows = committeeId ? startEarlyRead(committeeId, firstThen(together?.meetingRows, (id: string) => repository.listMeetingRows(id))) : undefined;
  const meeting = meetingId ? startEarlyRead(meetingId, firstThen(together?.meeting, (id: string) => repository.getMeeting(id))) : undefined;
  let numbers: { key: string; read: EarlyRead<string, NumberedMeeting[]> } | undefined;
  let numbersAsked: Promise<unknown> | undefined;
  if (committeeId && rows && meeting) {
    // Registered before the screens take these answers, so the key is known by the time they ask.
    numbersAsked = Promise.all([committees.started, rows.started, meeting.started]).then(
      ([list, meetingRows, read]) => {
        const committee = list.find((entry) => entry.value.id === committeeId)?.value;
        if (!committee || read?.value.committeeId !== committeeId) return; // the screen shows why; nothing to number
        const others = sameYearNumbering(committee, meetingRows, read.value.date, meetingId);
        const key = numberingKey(meetingId, others);
        numbers = { key, read: startEarlyRead(key, () => repository.listCaseNumbers(others)) };
        return numbers.read.started;
      },
      () => undefined, // each failed read is the screen's to show and retry
    );
  }
  const reads: (Promise<unknown> | undefined)[] = [committees.started, rows?.started, meeting?.started, numbersAsked];
  const settled = Promise.all(reads.map((read) => Promise.resolve(read).catch(() => undefined))).then(() => undefined);
  return {
    settled,
    committees: () => committees.take(undefined),
    meetingRows: (id) => rows?.take(id),
    meeting: (id) => meeting?.take(id),
    caseNumbers: (key) => numbers?.read.take(key),
    arrived: {
      committees: () => committees.takeArrived(undefined),
      meetingRows: (id) => rows?.takeArrived(id),
      meeting: (id) => meeting?.takeArrived(id),
      caseNumbers: (key) => numbers?.read.takeArrived(key),
    },
  };
}
