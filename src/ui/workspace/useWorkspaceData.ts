import { useCallback, useEffect, useState } from 'react';
import type { Committee, Meeting } from '../../domain/model';
import type { MeetingRepository, UnreadableRow, Versioned } from '../../domain/ports';

export type LoadState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown };

/** Committees of the site; `reload` after provisioning or sign-in. */
export function useCommittees(repository: MeetingRepository): {
  committees: LoadState<Versioned<Committee>[]>;
  /** Committee rows that could not be read (the others are in `committees`). */
  unreadable: readonly UnreadableRow[];
  reload: () => void;
  /** Puts a saved committee into the list without a round trip (settings, "Nytt møteorgan"). */
  upsert: (committee: Versioned<Committee>) => void;
} {
  const [committees, setCommittees] = useState<LoadState<Versioned<Committee>[]>>({ status: 'loading' });
  const [unreadable, setUnreadable] = useState<readonly UnreadableRow[]>([]);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    setCommittees({ status: 'loading' });
    repository.listCommittees().then(
      (value) => {
        if (cancelled) return;
        setCommittees({ status: 'ready', value: [...value].sort((a, b) => a.value.name.localeCompare(b.value.name, 'nb')) });
        setUnreadable(value.unreadable ?? []);
      },
      (error: unknown) => {
        if (!cancelled) setCommittees({ status: 'failed', error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [repository, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const upsert = useCallback((committee: Versioned<Committee>) => {
    setCommittees((current) => {
      const others = current.status === 'ready' ? current.value.filter((entry) => entry.value.id !== committee.value.id) : [];
      return { status: 'ready', value: [...others, committee].sort((a, b) => a.value.name.localeCompare(b.value.name, 'nb')) };
    });
  }, []);
  return { committees, unreadable, reload, upsert };
}

/** Meetings of one committee; `upsert` puts a saved meeting into the list without a round trip. */
export function useMeetings(
  repository: MeetingRepository,
  committeeId: string | undefined,
): {
  meetings: LoadState<Versioned<Meeting>[]>;
  /** Rows of this committee's meetings that could not be read: meeting rows, and item rows of every meeting listed. */
  unreadable: readonly UnreadableRow[];
  reload: () => void;
  upsert: (meeting: Versioned<Meeting>) => void;
} {
  const [meetings, setMeetings] = useState<LoadState<Versioned<Meeting>[]>>({ status: 'loading' });
  const [unreadable, setUnreadable] = useState<readonly UnreadableRow[]>([]);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!committeeId) return;
    let cancelled = false;
    setMeetings({ status: 'loading' });
    repository.listMeetings(committeeId).then(
      (value) => {
        if (cancelled) return;
        setMeetings({ status: 'ready', value });
        setUnreadable([...(value.unreadable ?? []), ...value.flatMap((entry) => entry.unreadable ?? [])]);
      },
      (error: unknown) => {
        if (!cancelled) setMeetings({ status: 'failed', error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [repository, committeeId, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const upsert = useCallback((meeting: Versioned<Meeting>) => {
    setMeetings((current) => {
      if (current.status !== 'ready') return { status: 'ready', value: [meeting] };
      const others = current.value.filter((entry) => entry.value.id !== meeting.value.id);
      return { status: 'ready', value: [...others, meeting] };
    });
  }, []);
  return { meetings, unreadable, reload, upsert };
}

/** Upcoming (today and later, soonest first) and earlier (most recent first) meetings. */
export function splitMeetings(meetings: readonly Versioned<Meeting>[], today: string): { upcoming: Versioned<Meeting>[]; earlier: Versioned<Meeting>[] } {
  const key = (entry: Versioned<Meeting>) => `${entry.value.date}T${entry.value.start}`;
  const upcoming = meetings.filter((entry) => entry.value.date >= today).sort((a, b) => key(a).localeCompare(key(b)));
  const earlier = meetings.filter((entry) => entry.value.date < today).sort((a, b) => key(b).localeCompare(key(a)));
  return { upcoming, earlier };
}

/** Today in Europe/Oslo as YYYY-MM-DD (the meetings' dates are Oslo dates). */
export function osloToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * The committee's meetings as the workspace shows them: the open meeting as its editor last stored
 * it (saves, the notice sender), so list and editor read one state and never disagree on status or date.
 */
export function withOpenMeeting(meetings: LoadState<Versioned<Meeting>[]>, open: Versioned<Meeting> | undefined): LoadState<Versioned<Meeting>[]> {
  if (meetings.status !== 'ready' || !open) return meetings;
  const known = meetings.value.some((entry) => entry.value.id === open.value.id);
  return { status: 'ready', value: known ? meetings.value.map((entry) => (entry.value.id === open.value.id ? open : entry)) : [...meetings.value, open] };
}
