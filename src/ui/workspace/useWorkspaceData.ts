import { useCallback, useEffect, useRef, useState } from 'react';
import type { NumberedMeeting } from '../../domain/caseNumbering';
import type { Committee, Meeting, MeetingHeader } from '../../domain/model';
import type { MeetingRepository, ReadMeeting, UnreadableRow, Versioned } from '../../domain/ports';
import { sameYearNumbering } from '../../domain/numberingScope';
import { wordingReady } from '../shared/describeError';
import { numberingKey as keyOfNumbering, type StartupReads } from './startupReads';

export type LoadState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown };

/**
 * A start-up answer that was already here when the hook first rendered (`StartupReads.arrived`): the
 * hook begins 'ready' with it, and its effect does not read again for the same load — `key` names
 * that load (what is read, and the attempt). `answered(key)` is true while the effect runs for that
 * load (StrictMode's second run too), false for good once any other has been read.
 */
function useArrived<T>(repository: MeetingRepository, key: string | undefined, take: () => { value: T } | undefined): {
  answer: { value: T } | undefined;
  answered: (key: string) => boolean;
} {
  const [first] = useState(() => (key === undefined ? undefined : { key, repository, answer: take() }));
  const unread = useRef(first?.answer ? first.key : undefined);
  const answered = (now: string) => {
    if (unread.current === now && first?.repository === repository) return true;
    unread.current = undefined;
    return false;
  };
  return { answer: first?.answer, answered };
}

const byName = (list: readonly Versioned<Committee>[]) => [...list].sort((a, b) => a.value.name.localeCompare(b.value.name, 'nb'));

/** Committees of the site; `reload` after provisioning or sign-in. `startup`: the read begun before the first render, taken once. */
export function useCommittees(repository: MeetingRepository, startup?: StartupReads): {
  committees: LoadState<Versioned<Committee>[]>;
  /** Committee rows that could not be read (the others are in `committees`). */
  unreadable: readonly UnreadableRow[];
  reload: () => void;
  /** Puts a saved committee into the list without a round trip (settings, "Nytt møteorgan"). */
  upsert: (committee: Versioned<Committee>) => void;
} {
  const [attempt, setAttempt] = useState(0);
  const arrived = useArrived(repository, 'committees/0', () => startup?.arrived.committees());
  const [committees, setCommittees] = useState<LoadState<Versioned<Committee>[]>>(() => (arrived.answer ? { status: 'ready', value: byName(arrived.answer.value) } : { status: 'loading' }));
  const [unreadable, setUnreadable] = useState<readonly UnreadableRow[]>(() => arrived.answer?.value.unreadable ?? []);
  useEffect(() => {
    if (arrived.answered(`committees/${attempt}`)) return;
    let cancelled = false;
    setCommittees({ status: 'loading' });
    (startup?.committees() ?? repository.listCommittees()).then(
      (value) => {
        if (cancelled) return;
        setCommittees({ status: 'ready', value: byName(value) });
        setUnreadable(value.unreadable ?? []);
      },
      // A refusal in words that load on demand (the app's role on the site, Sites.Selected) is worded before it is shown.
      (error: unknown) =>
        void wordingReady(error).then(() => {
          if (!cancelled) setCommittees({ status: 'failed', error });
        }),
    );
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `startup` answers the first read only; it never changes.
  }, [repository, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const upsert = useCallback((committee: Versioned<Committee>) => {
    setCommittees((current) => {
      const others = current.status === 'ready' ? current.value.filter((entry) => entry.value.id !== committee.value.id) : [];
      return { status: 'ready', value: byName([...others, committee]) };
    });
  }, []);
  return { committees, unreadable, reload, upsert };
}

/**
 * Meetings of one committee, as rows only (`listMeetingRows`: one request, no agenda items, however
 * long the committee's history); `upsert` puts a saved meeting into the list without a round trip.
 */
export function useMeetings(
  repository: MeetingRepository,
  committeeId: string | undefined,
  startup?: StartupReads,
): {
  meetings: LoadState<MeetingHeader[]>;
  /** Meeting rows of this committee that could not be read (item rows are named when their meeting opens). */
  unreadable: readonly UnreadableRow[];
  reload: () => void;
  upsert: (meeting: MeetingHeader) => void;
} {
  const [attempt, setAttempt] = useState(0);
  const arrived = useArrived(repository, committeeId === undefined ? undefined : `${committeeId}/0`, () => (committeeId === undefined ? undefined : startup?.arrived.meetingRows(committeeId)));
  const [meetings, setMeetings] = useState<LoadState<MeetingHeader[]>>(() => (arrived.answer ? { status: 'ready', value: [...arrived.answer.value] } : { status: 'loading' }));
  const [unreadable, setUnreadable] = useState<readonly UnreadableRow[]>(() => arrived.answer?.value.unreadable ?? []);
  useEffect(() => {
    if (!committeeId || arrived.answered(`${committeeId}/${attempt}`)) return;
    let cancelled = false;
    setMeetings({ status: 'loading' });
    (startup?.meetingRows(committeeId) ?? repository.listMeetingRows(committeeId)).then(
      (value) => {
        if (cancelled) return;
        setMeetings({ status: 'ready', value: [...value] });
        setUnreadable(value.unreadable ?? []);
      },
      (error: unknown) => {
        if (!cancelled) setMeetings({ status: 'failed', error });
      },
    );
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `startup` answers the first read only; it never changes.
  }, [repository, committeeId, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const upsert = useCallback((meeting: MeetingHeader) => {
    const { items: _items, ...header } = meeting as MeetingHeader & { items?: unknown };
    setMeetings((current) => {
      if (current.status !== 'ready') return { status: 'ready', value: [header] };
      return { status: 'ready', value: [...current.value.filter((entry) => entry.id !== header.id), header] };
    });
  }, []);
  return { meetings, unreadable, reload, upsert };
}

/** The open meeting with its items, and what numbering it needs of the committee's other meetings that year. */
export interface OpenedMeeting {
  stored: ReadMeeting;
  others: NumberedMeeting[];
}

/**
 * The meeting the workspace opens, read when it opens: its rows (`getMeeting`, started at once, beside
 * the meeting list) and, once the list says which they are, the case numbers of the committee's other
 * meetings of the same year (`listCaseNumbers`) — never the other meetings' agendas. 'ready' with
 * undefined when no meeting is asked for or it is not there.
 */
export function useOpenedMeeting(
  repository: MeetingRepository,
  committee: Committee | undefined,
  meetingId: string | undefined,
  meetings: LoadState<MeetingHeader[]>,
  startup?: StartupReads,
): { opened: LoadState<OpenedMeeting | undefined>; reload: () => void; committeeOfRead?: string } {
  const [attempt, setAttempt] = useState(0);
  const arrivedRead = useArrived(repository, meetingId === undefined ? undefined : `${meetingId}/0`, () => (meetingId === undefined ? undefined : startup?.arrived.meeting(meetingId)));
  const [read, setRead] = useState<LoadState<ReadMeeting | undefined>>(() => (arrivedRead.answer ? { status: 'ready', value: arrivedRead.answer.value } : { status: 'loading' }));
  // Started as soon as the meeting is known (the link names it), not after the committees have come.
  useEffect(() => {
    if (!meetingId) {
      setRead({ status: 'ready', value: undefined });
      return;
    }
    if (arrivedRead.answered(`${meetingId}/${attempt}`)) return;
    let cancelled = false;
    setRead({ status: 'loading' });
    (startup?.meeting(meetingId) ?? repository.getMeeting(meetingId)).then(
      (value) => {
        if (!cancelled) setRead({ status: 'ready', value });
      },
      (error: unknown) => {
        if (!cancelled) setRead({ status: 'failed', error });
      },
    );
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `startup` answers the first read only; it never changes.
  }, [repository, meetingId, attempt]);
  // A meeting of another committee (a stale link) does not open here.
  const stored: LoadState<ReadMeeting | undefined> = !committee ? { status: 'loading' } : read.status === 'ready' && read.value?.value.committeeId !== committee.id ? { status: 'ready', value: undefined } : read;
  // Which meetings' numbers are needed, as a key: read again only when that set changes (a new meeting that year), not on every save.
  const openDate = stored.status === 'ready' ? stored.value?.value.date : undefined;
  const numbering = committee && openDate && meetings.status === 'ready' ? sameYearNumbering(committee, meetings.value, openDate, meetingId) : undefined;
  const numberingKey = numbering ? keyOfNumbering(meetingId, numbering) : undefined;
  const arrivedNumbers = useArrived(repository, numberingKey === undefined ? undefined : `${numberingKey}/0`, () => (numberingKey === undefined ? undefined : startup?.arrived.caseNumbers(numberingKey)));
  const [numbers, setNumbers] = useState<LoadState<{ key: string; others: NumberedMeeting[] }>>(() =>
    arrivedNumbers.answer && numberingKey !== undefined ? { status: 'ready', value: { key: numberingKey, others: arrivedNumbers.answer.value } } : { status: 'loading' },
  );
  useEffect(() => {
    if (numberingKey === undefined || arrivedNumbers.answered(`${numberingKey}/${attempt}`)) return;
    const wanted = (JSON.parse(numberingKey) as { others: Pick<Meeting, 'id' | 'committeeId' | 'date'>[] }).others;
    let cancelled = false;
    setNumbers({ status: 'loading' });
    // The start-up's read when it was for the same meetings (started as its inputs came, startupReads.ts).
    (startup?.caseNumbers(numberingKey) ?? repository.listCaseNumbers(wanted)).then(
      (others) => {
        if (!cancelled) setNumbers({ status: 'ready', value: { key: numberingKey, others } });
      },
      (error: unknown) => {
        if (!cancelled) setNumbers({ status: 'failed', error });
      },
    );
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `startup` answers the first read only; it never changes.
  }, [repository, numberingKey, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  // The committee of the meeting read, whichever is chosen: a page whose address names only the meeting opens it there.
  const readCommittee = read.status === 'ready' ? read.value?.value.committeeId : undefined;
  if (stored.status !== 'ready') return { opened: stored, reload, ...(readCommittee ? { committeeOfRead: readCommittee } : {}) };
  if (!stored.value) return { opened: { status: 'ready', value: undefined }, reload, ...(readCommittee ? { committeeOfRead: readCommittee } : {}) };
  if (numbers.status === 'failed') return { opened: numbers, reload };
  if (numbers.status === 'loading' || numbers.value.key !== numberingKey) return { opened: { status: 'loading' }, reload };
  return { opened: { status: 'ready', value: { stored: stored.value, others: numbers.value.others } }, reload };
}

/** Upcoming (today and later, soonest first) and earlier (most recent first) meetings. */
export function splitMeetings<M extends MeetingHeader>(meetings: readonly M[], today: string): { upcoming: M[]; earlier: M[] } {
  const key = (meeting: M) => `${meeting.date}T${meeting.start}`;
  const upcoming = meetings.filter((meeting) => meeting.date >= today).sort((a, b) => key(a).localeCompare(key(b)));
  const earlier = meetings.filter((meeting) => meeting.date < today).sort((a, b) => key(b).localeCompare(key(a)));
  return { upcoming, earlier };
}

/**
 * The committee's meetings as the workspace shows them: the open meeting as its editor last stored
 * it (saves, the notice sender), so list and editor read one state and never disagree on status or date.
 */
export function withOpenMeeting(meetings: LoadState<MeetingHeader[]>, open: Meeting | undefined): LoadState<MeetingHeader[]> {
  if (meetings.status !== 'ready' || !open) return meetings;
  const known = meetings.value.some((entry) => entry.id === open.id);
  return { status: 'ready', value: known ? meetings.value.map((entry) => (entry.id === open.id ? open : entry)) : [...meetings.value, open] };
}
