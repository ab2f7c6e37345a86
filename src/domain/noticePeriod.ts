import { parseIsoDate } from './dates';
import type { Meeting } from './model';

/**
 * The least notice a committee gives before a meeting (`conventions.noticeDays`): a generalforsamling's innkalling «skal
 * sendes senest én uke før møtet skal holdes» unless the vedtekter set longer (aksjeloven § 5-10 (2); Adviso, Lederkilden,
 * Revisorforeningen). The send step warns, naming the day, when the innkalling goes out later, or an update brings what needs
 * the period anew too late; the secretary may still send.
 */

const two = (n: number): string => String(n).padStart(2, '0');

/** The last day (ISO) the innkalling may go out: the meeting's date less `days`; undefined without a limit. */
export function latestNoticeDate(meetingDate: string, days: number | undefined): string | undefined {
  if (days === undefined) return undefined;
  const { year, month, day } = parseIsoDate(meetingDate);
  const last = new Date(Date.UTC(year, month - 1, day - days));
  return `${last.getUTCFullYear()}-${two(last.getUTCMonth() + 1)}-${two(last.getUTCDate())}`;
}

/**
 * Why a send breaks the notice period: the first innkalling goes out late (`notice`); or an update, after the last day for the
 * meeting's date, moves the meeting to an earlier date (`movedEarlier`) or adds a sak the innkalling did not list (`sakAdded`):
 * the innkalling shall name the time and «bestemt angi» the saker (aksjeloven § 5-10; Lederkilden), so either change reaches the
 * aksjeeiere only now. A judgement: an update that moves the meeting later, or changes or removes saker, keeps the notice given.
 */
export type LateCause = 'notice' | 'movedEarlier' | 'sakAdded';

/** A send after the last day (ISO) the innkalling should have gone out, and why it counts. */
export interface LateNotice {
  latest: string;
  cause: LateCause;
}

type Noticed = Pick<Meeting, 'date' | 'items' | 'notice'>;

/** What an update changes that needs the period anew; undefined for the first send and for an update that needs none. */
function updateCause(meeting: Noticed): LateCause | undefined {
  const sent = meeting.notice;
  if (sent === undefined) return 'notice';
  if (sent.details !== undefined && meeting.date < sent.details.date) return 'movedEarlier';
  const listed = new Set(sent.items.map((item) => item.id));
  return meeting.items.some((item) => item.row === 'sak' && !listed.has(item.id)) ? 'sakAdded' : undefined;
}

/**
 * The one check for every send (the first innkalling and each update): late when sent on `today` (Oslo date) after the last
 * day for the meeting's date and what it sends needs the period (`LateCause`); else undefined, as for a committee without a limit.
 */
export function lateNotice(meeting: Noticed, today: string, days: number | undefined): LateNotice | undefined {
  const latest = latestNoticeDate(meeting.date, days);
  if (latest === undefined || today <= latest) return undefined;
  const cause = updateCause(meeting);
  return cause === undefined ? undefined : { latest, cause };
}
