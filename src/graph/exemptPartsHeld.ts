import type { AgendaItem, Meeting } from '../domain/model';
import { isItemExempt } from '../domain/confidentiality';
import { onlyForExempt, readMeetingRows } from './listRows';
import type { ListRow } from './listsGateway';

/*
 * Whether a meeting row still holds what the meeting records about an exempt sak (listRows.ts `MeetingPartsSchema`:
 * an inhabilitet's ground, who came only for it, a written treatment's answers), which every reader of the list reads:
 * written before those parts moved into the saker's closed rows, and kept since by an approved meeting's rows
 * (`MeetingVersion.k`) or by a reader who has only a sak's stub. Counted in the meeting row's `PartsInRow` by every write
 * of it (meetingWrites.ts, `withPartsInRow`); asked by set-up (meetingWrites.ts `fillMeetingColumns`), the start-up permission check (sitePermissions.ts `heldExemptParts`) and its repair (meetingWrites.ts
 * `moveExemptParts`) — the lazy chunks, never a page's start-up.
 */

/**
 * How many exempt saker a meeting holds what the meeting records about (`MeetingPartsSchema`). Of a meeting row read alone
 * (`partsInRow`) it is what the row still holds — written as the indexed `PartsInRow`, by which the start-up check finds
 * such rows.
 */
export function exemptPartsCount(meeting: Meeting): number {
  return heldSaker(meeting).length;
}

/** The exempt saker a meeting holds such parts of, in the saksliste's order (of a row read alone, its stubs: case number and public title). */
export function heldSaker(meeting: Meeting): AgendaItem[] {
  const exempt = new Set(meeting.items.filter(isItemExempt).map((item) => item.id));
  if (exempt.size === 0) return [];
  const held = new Set([
    ...(meeting.disqualifications ?? []).flatMap((entry) => (exempt.has(entry.itemId) && entry.ground !== undefined ? [entry.itemId] : [])),
    ...meeting.attendance.flatMap((entry) => onlyForExempt(meeting, entry, exempt)),
    ...(meeting.written?.answers ?? []).flatMap((answer) => (exempt.has(answer.itemId) ? [answer.itemId] : [])),
  ]);
  return meeting.items.filter((item) => held.has(item.id));
}

/** Whether a meeting as read from its row alone (its saker the stubs, `readMeetingRows(row, [])`) holds such parts. */
export function holdsExemptParts(meeting: Meeting): boolean {
  return exemptPartsCount(meeting) > 0;
}

/** The same of a meeting row as SharePoint or Graph returns it; a row that cannot be parsed holds nothing we can move. */
export function rowHoldsExemptParts(row: ListRow): boolean {
  return partsInRow(row.fields) > 0;
}

/**
 * A meeting row's `PartsInRow` from its other fields (`listRows.ts` `meetingFields`): how many exempt saker it holds such
 * parts of, as the start-up check reads it — 0 once they lie in the saker's rows, more for an approved meeting's kept
 * saker (`MeetingVersion.k`) or a restricted sak's. Added to the meeting row by every write of it here, in the writes'
 * chunk, as `NextBody` is to a sak's: the field hash a version keeps is of `meetingFields` without it.
 */
export function partsInRow(fields: Record<string, unknown>): number {
  const read = readMeetingRows({ id: '', fields }, []);
  return read.ok ? exemptPartsCount(read.meeting) : 0;
}

/** `fields` of a meeting row with its `PartsInRow`. */
export function withPartsInRow(fields: Record<string, unknown>): Record<string, unknown> {
  return { ...fields, PartsInRow: partsInRow(fields) };
}
