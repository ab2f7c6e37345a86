import { parseIsoDate } from './dates';
import type { Meeting } from './model';

/**
 * The least notice a committee gives before a meeting (`conventions.noticeDays`): a generalforsamling's innkalling «skal
 * sendes senest én uke før møtet skal holdes» unless the vedtekter set longer (aksjeloven § 5-10 (2); Adviso, Lederkilden,
 * Revisorforeningen). The send step warns, naming the day, when the innkalling goes out later; the secretary may still send.
 */

const two = (n: number): string => String(n).padStart(2, '0');

/** The last day (ISO) the innkalling may go out: the meeting's date less `days`; undefined without a limit. */
export function latestNoticeDate(meetingDate: string, days: number | undefined): string | undefined {
  if (days === undefined) return undefined;
  const { year, month, day } = parseIsoDate(meetingDate);
  const last = new Date(Date.UTC(year, month - 1, day - days));
  return `${last.getUTCFullYear()}-${two(last.getUTCMonth() + 1)}-${two(last.getUTCDate())}`;
}

/** The last day the innkalling should have gone out when sending on `today` (Oslo date) is later than it; else undefined. */
export function lateNotice(meeting: Pick<Meeting, 'date'>, today: string, days: number | undefined): string | undefined {
  const latest = latestNoticeDate(meeting.date, days);
  return latest !== undefined && today > latest ? latest : undefined;
}
