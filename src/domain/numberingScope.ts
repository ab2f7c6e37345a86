import { yearOf } from './dates';
import type { Committee, MeetingHeader } from './model';

/*
 * Kept apart from caseNumbering.ts (which brings the model's schemas): the workspace's start-up
 * reads use it before its screens are here (ui/workspace/startupReads.ts), in the page's entry.
 */

/**
 * The meetings whose case numbers numbering a meeting on `date` needs: the committee's others of the
 * same year (`caseNumbering.ts` counts per committee and year), none when the serial restarts per meeting.
 */
export function sameYearNumbering(committee: Committee, meetings: readonly MeetingHeader[], date: string, exceptId?: string): MeetingHeader[] {
  if (committee.caseNumberSerial === 'perMeeting') return [];
  const year = yearOf(date);
  return meetings.filter((meeting) => meeting.committeeId === committee.id && meeting.id !== exceptId && yearOf(meeting.date) === year);
}
