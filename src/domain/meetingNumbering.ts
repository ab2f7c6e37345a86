import { yearOf } from './dates';
import type { Committee, MeetingHeader } from './model';

/** What numbering a meeting needs to know of the committee's others: which they are, when, and the number each was given. */
export type NumberedMeetingHeader = Pick<MeetingHeader, 'id' | 'committeeId' | 'date' | 'meetingNumber'>;

/**
 * The number a new meeting of the committee on `date` gets when the committee numbers its meetings through the year
 * (`conventions.meetingsNumbered`): «N/YYYY», N one past the committee's meetings already made that year, or
 * past the highest «N/YYYY» among their numbers when one was typed higher (a board that started the year outside
 * Møtebok). Undefined when the committee does not number its meetings. The secretariat changes it in «Endre møtet».
 */
export function nextMeetingNumber(committee: Pick<Committee, 'id' | 'conventions'>, meetings: readonly NumberedMeetingHeader[], date: string): string | undefined {
  if (committee.conventions?.meetingsNumbered !== true) return undefined;
  const year = yearOf(date);
  const sameYear = meetings.filter((meeting) => meeting.committeeId === committee.id && yearOf(meeting.date) === year);
  const typed = sameYear.map((meeting) => serialOf(meeting.meetingNumber, year)).filter((serial): serial is number => serial !== undefined);
  return `${Math.max(sameYear.length, ...typed) + 1}/${year}`;
}

/** The N of «N/YYYY» (also «nr. N/YYYY», «N/YY») when the number is of `year`; undefined for any other text. */
function serialOf(number: string | undefined, year: number): number | undefined {
  const match = /(\d+)\s*\/\s*(\d{2}|\d{4})\s*$/.exec(number ?? '');
  if (match === null) return undefined;
  const written = Number(match[2]);
  return written === year || written === year % 100 ? Number(match[1]) : undefined;
}

/**
 * A numbered meeting whose date the secretariat moved into another year («Endre møtet»): its «N/YYYY» of the old year
 * becomes the next number of the new one (`nextMeetingNumber` over the committee's other meetings), so a meeting held
 * in January 2027 is not printed «Møte 5/2026». A number typed in the same edit, one of another form, or a move within
 * the year is kept; so is every number of a committee that does not number its meetings.
 */
export function meetingNumberAfterMove<M extends Pick<MeetingHeader, 'id' | 'date' | 'meetingNumber'>>(
  committee: Pick<Committee, 'id' | 'conventions'>,
  meetings: readonly NumberedMeetingHeader[],
  before: Pick<MeetingHeader, 'date' | 'meetingNumber'>,
  after: M,
): M {
  const from = yearOf(before.date);
  if (yearOf(after.date) === from || after.meetingNumber !== before.meetingNumber || serialOf(before.meetingNumber, from) === undefined) return after;
  const next = nextMeetingNumber(committee, meetings.filter((meeting) => meeting.id !== after.id), after.date);
  return next === undefined ? after : { ...after, meetingNumber: next };
}
