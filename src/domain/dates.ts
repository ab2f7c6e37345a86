import { DomainError } from './errors';
import type { Meeting } from './model';

/**
 * Norwegian date and time formatting, and the Oslo ↔ UTC conversion the calendar invite needs.
 * Pure: the only platform piece is `Intl.DateTimeFormat` with the IANA zone, which is part of the
 * JavaScript language, so DST rules come from the runtime's time zone data, not from our code.
 */

export const OSLO_TIME_ZONE = 'Europe/Oslo';

interface DateParts {
  year: number;
  month: number;
  day: number;
}

interface TimeParts {
  hour: number;
  minute: number;
}

/** Splits "2026-06-11" and checks it is a real calendar date (no 2026-02-30). */
export function parseIsoDate(date: string): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) {
    throw new DomainError('invalidDate', { key: 'badDateFormat', values: { date } });
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new DomainError('invalidDate', { key: 'dateNotInCalendar', values: { date } });
  }
  return { year, month, day };
}

/** Splits "13:30" (24-hour clock). */
export function parseClockTime(time: string): TimeParts {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) {
    throw new DomainError('invalidTime', { key: 'badTimeFormat', values: { time } });
  }
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

const two = (n: number): string => String(n).padStart(2, '0');

/** '2026-06-11' → '11.06.2026' (the innkalling's "Dato/sted" line, item titles). */
export function formatDateLong(date: string): string {
  const { year, month, day } = parseIsoDate(date);
  return `${two(day)}.${two(month)}.${year}`;
}

/** '2026-06-11' → '11.06.26' (file names and document titles, as in the seeds). */
export function formatDateShort(date: string): string {
  const { year, month, day } = parseIsoDate(date);
  return `${two(day)}.${two(month)}.${two(year % 100)}`;
}

/** '13:30' → '13.30': Norwegian writes clock times with a full stop. */
export function formatClockTime(time: string): string {
  const { hour, minute } = parseClockTime(time);
  return `${two(hour)}.${two(minute)}`;
}

/** ('13:30', '15:00') → 'kl. 13.30–15.00' (en dash, as Språkrådet recommends for ranges). */
export function formatTimeRange(start: string, end: string): string {
  return `kl. ${formatClockTime(start)}–${formatClockTime(end)}`;
}

/**
 * '11.06.2026 kl. 13.30–15.00', or the date alone for a meeting recorded without its time; the date in another form when
 * given one ('torsdag 11. juni 2026 kl. …', `writtenDates.ts`, which the documents alone need).
 */
export function formatMeetingWhen(meeting: Pick<Meeting, 'date' | 'start' | 'end'>, formatDate: (date: string) => string = formatDateLong): string {
  const date = formatDate(meeting.date);
  if (meeting.start === undefined || meeting.end === undefined) return date;
  return `${date} ${formatTimeRange(meeting.start, meeting.end)}`;
}

/**
 * A written treatment's answer deadline («Svarfrist», `Meeting.written`: its date and start): '12.03.2026 kl. 12.00', the date
 * alone when no time was typed. The one way the workspace, the protokoll and the mail to the members write it.
 */
export function formatDeadline(meeting: Pick<Meeting, 'date' | 'start'>): string {
  const date = formatDateLong(meeting.date);
  return meeting.start === undefined ? date : `${date} kl. ${formatClockTime(meeting.start)}`;
}

/** Minutes since midnight, for comparing clock times. */
export function minutesOfDay(time: string): number {
  const { hour, minute } = parseClockTime(time);
  return hour * 60 + minute;
}

// Made on first use, not when the module is evaluated: the first Intl use of a fresh page sets ICU up
// (40–130 ms in Chromium), and pages evaluate this module at start-up, long before they need an Oslo
// time (`osloToday`, which the workspace needs before it is ready, mostly needs none: see there;
// issue 14: cold load).
let osloParts: Intl.DateTimeFormat | undefined;

function osloPartsFormat(): Intl.DateTimeFormat {
  osloParts ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: OSLO_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return osloParts;
}

/** Oslo wall-clock fields of an instant. */
function wallClockInOslo(epochMs: number): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const fields: Record<string, number> = {};
  for (const part of osloPartsFormat().formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const get = (key: string): number => fields[key] ?? 0;
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** Oslo's offset from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function osloOffsetMs(epochMs: number): number {
  const w = wallClockInOslo(epochMs);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

const HOUR_MS = 3_600_000;

function utcDateOf(epochMs: number): string {
  const date = new Date(epochMs);
  return `${date.getUTCFullYear()}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`;
}

/**
 * Today in Europe/Oslo as YYYY-MM-DD (meetings' dates are Oslo dates), wherever the browser is.
 * Oslo is UTC+1 in winter and UTC+2 in summer (and would be one of the two all year were daylight
 * saving time dropped), so where the two offsets give the same date — all but 22:00–23:00 UTC — that
 * is the date, and only in that hour do the runtime's zone rules decide (`Intl`). The workspace's
 * meeting list asks for it in the render that shows the saksliste, and a page's first Intl formatter
 * sets ICU up (40–130 ms, issue 14: cold load).
 */
export function osloToday(now: Date = new Date()): string {
  const epochMs = now.getTime();
  const winter = utcDateOf(epochMs + HOUR_MS);
  if (winter === utcDateOf(epochMs + 2 * HOUR_MS)) return winter;
  const w = wallClockInOslo(epochMs);
  return `${w.year}-${two(w.month)}-${two(w.day)}`;
}

/**
 * Oslo wall-clock date and time → UTC instant as ISO ("2026-06-11T11:30:00.000Z").
 * On the spring-forward day a time inside the skipped hour (02:00–02:59) does not exist; it is
 * read as if the clock had not jumped yet, which lands an hour later (02:30 → 03:30 local), the
 * same choice as Temporal's 'compatible'. On the autumn day 02:00–02:59 happens twice; the first
 * (summer time) is chosen. Meetings are never held then, but the function must still be total.
 */
export function osloToUtc(date: string, time: string): string {
  const { year, month, day } = parseIsoDate(date);
  const { hour, minute } = parseClockTime(time);
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Try the offset before and after the wall time; the earlier valid one wins (overlap → summer time).
  const offsetBefore = osloOffsetMs(wallAsUtc - 3 * 3_600_000);
  const offsetAfter = osloOffsetMs(wallAsUtc + 3 * 3_600_000);
  for (const offset of [offsetBefore, offsetAfter]) {
    const candidate = wallAsUtc - offset;
    if (osloOffsetMs(candidate) === offset) return new Date(candidate).toISOString();
  }
  // In the gap: neither offset round-trips. Use the offset from before the jump (moves forward).
  return new Date(wallAsUtc - offsetBefore).toISOString();
}

/**
 * UTC instant → Oslo wall-clock date and time. Accepts ISO 8601 with Z or an offset, and also
 * Graph's zoneless form for `timeZone: "UTC"` ("2026-06-11T11:30:00.0000000"), read as UTC —
 * never as the browser's local time.
 */
export function utcToOslo(iso: string): { date: string; time: string } {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})?$/i.exec(iso.trim());
  const epochMs = match ? Date.parse(`${match[1]}${match[2] ? `.${match[2].slice(0, 3).padEnd(3, '0')}` : ''}${match[3] ?? 'Z'}`) : Number.NaN;
  if (Number.isNaN(epochMs)) {
    throw new DomainError('invalidDate', { key: 'badInstant', values: { instant: iso } });
  }
  const w = wallClockInOslo(epochMs);
  return { date: `${w.year}-${two(w.month)}-${two(w.day)}`, time: `${two(w.hour)}:${two(w.minute)}` };
}

/** The year a meeting belongs to for case numbering. */
export function yearOf(date: string): number {
  return parseIsoDate(date).year;
}
