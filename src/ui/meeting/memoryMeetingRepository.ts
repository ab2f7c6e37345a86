import type { Meeting } from '../../domain/model';
import { ConflictError, type MeetingRepository, type Versioned } from '../../domain/ports';

/**
 * The two repository calls a live meeting needs, in memory, with eTag semantics like SharePoint's
 * (a write based on an old version is refused). For tests of the session and the stage poller.
 */
export interface MemoryMeetingRepository extends Pick<MeetingRepository, 'getMeeting' | 'saveMeeting'> {
  /** Makes every call fail as a lost network does (fetch rejects with TypeError). */
  setReachable(reachable: boolean): void;
  /** Someone else saves (the secretariat in the workspace). */
  saveAsOther(change: (meeting: Meeting) => Meeting): void;
  stored(meetingId: string): Versioned<Meeting> | undefined;
  readonly calls: { get: number; save: number };
}

export function createMemoryMeetingRepository(meetings: Meeting[]): MemoryMeetingRepository {
  const rows = new Map<string, Versioned<Meeting>>();
  let counter = 0;
  const nextVersion = () => `"v${(counter += 1)}"`;
  for (const meeting of meetings) rows.set(meeting.id, { value: structuredClone(meeting), version: nextVersion() });
  let reachable = true;
  const calls = { get: 0, save: 0 };
  const guard = () => {
    if (!reachable) throw new TypeError('Failed to fetch');
  };
  return {
    calls,
    async getMeeting(meetingId) {
      calls.get += 1;
      guard();
      const row = rows.get(meetingId);
      return row ? structuredClone(row) : undefined;
    },
    async saveMeeting(meeting, version) {
      calls.save += 1;
      guard();
      const row = rows.get(meeting.id);
      if (row && version !== undefined && row.version !== version) throw new ConflictError('412 Precondition Failed');
      const saved = { value: structuredClone(meeting), version: nextVersion() };
      rows.set(meeting.id, saved);
      return structuredClone(saved);
    },
    setReachable(value) {
      reachable = value;
    },
    saveAsOther(change) {
      const [first] = rows.keys();
      if (first === undefined) return;
      const row = rows.get(first);
      if (row) rows.set(first, { value: change(structuredClone(row.value)), version: nextVersion() });
    },
    stored(meetingId) {
      return rows.get(meetingId);
    },
  };
}
