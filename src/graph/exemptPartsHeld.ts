import type { Meeting } from '../domain/model';
import { exemptPartsCount, readMeetingRows } from './listRows';
import type { ListRow } from './listsGateway';

/*
 * Whether a meeting row still holds what the meeting records about an exempt sak (listRows.ts `MeetingPartsSchema`:
 * an inhabilitet's ground, who came only for it, a written treatment's answers), which every reader of the list reads:
 * written before those parts moved into the saker's closed rows, and kept since by an approved meeting's rows
 * (`MeetingVersion.k`) or by a reader who has only a sak's stub. Asked by set-up (meetingWrites.ts `fillMeetingColumns`),
 * the start-up permission check (sitePermissions.ts `heldExemptParts`) and its repair (meetingWrites.ts
 * `moveExemptParts`) — the lazy chunks, never a page's start-up.
 */

/** Whether a meeting as read from its row alone (its saker the stubs, `readMeetingRows(row, [])`) holds such parts. */
export function holdsExemptParts(meeting: Meeting): boolean {
  return exemptPartsCount(meeting) > 0;
}

/** The same of a meeting row as SharePoint or Graph returns it; a row that cannot be parsed holds nothing we can move. */
export function rowHoldsExemptParts(row: ListRow): boolean {
  const read = readMeetingRows(row, []);
  return read.ok && holdsExemptParts(read.meeting);
}
