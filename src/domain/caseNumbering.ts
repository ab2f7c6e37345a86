import { yearOf } from './dates';
import { DomainError } from './errors';
import { CaseNumberSchema, type AgendaItem, type CaseNumber, type Committee, type Meeting } from './model';

/**
 * Case numbers ("saksnummer") are year.serial, counted per committee and year across all of its
 * meetings: Partnerskapsmøtet's first item in 2026 is 2026.01 whichever meeting it is in.
 *
 * Rules (see renumberItems):
 * - While a meeting is a draft its numbers follow agenda order, starting after the numbers the
 *   committee's earlier meetings used that year and skipping any number another meeting has.
 *   Other meetings keep their numbers.
 * - Once the notice is sent the numbers are public (people refer to "sak 2026.03"), so they are
 *   frozen: nothing renumbers, an item added later gets the next free serial of the year.
 * - The closing row ("Oppsummering og avslutning") has no number and stays last.
 */

export const MAX_SERIAL = 9999;

/** "2026.03" → {year: 2026, serial: 3}; "2024.1" → {year: 2024, serial: 1}. */
export function parseCaseNumber(text: string): { year: number; serial: number } {
  const trimmed = text.trim();
  const match = /^(\d{4})\.(\d{1,4})$/.exec(trimmed);
  if (!match) {
    throw new DomainError(
      'malformedCaseNumber',
      `«${text}» er ikke et gyldig saksnummer. Saksnummer skrives år, punktum og løpenummer, for eksempel 2026.03.`,
    );
  }
  const year = Number(match[1]);
  const serial = Number(match[2]);
  if (serial < 1) {
    throw new DomainError('malformedCaseNumber', `«${text}» er ikke et gyldig saksnummer. Løpenummeret begynner på 1, for eksempel 2026.01.`);
  }
  return { year, serial };
}

/** The case number if the text is one, otherwise undefined (for lenient reading of old data). */
export function tryParseCaseNumber(text: string): { year: number; serial: number } | undefined {
  try {
    return parseCaseNumber(text);
  } catch {
    return undefined;
  }
}

/** (2026, 3, 2) → "2026.03"; (2024, 1, 0) → "2024.1". Padding is the committee's `caseNumberPadding`. */
export function formatCaseNumber(year: number, serial: number, padding: number): CaseNumber {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new DomainError('caseNumberOutOfRange', `Året ${year} kan ikke brukes i et saksnummer (må ha fire sifre).`);
  }
  if (!Number.isInteger(serial) || serial < 1 || serial > MAX_SERIAL) {
    throw new DomainError('caseNumberOutOfRange', `Løpenummeret ${serial} kan ikke brukes i et saksnummer (må være mellom 1 og ${MAX_SERIAL}).`);
  }
  const width = Math.max(0, Math.min(4, Math.trunc(padding)));
  return CaseNumberSchema.parse(`${year}.${String(serial).padStart(width, '0')}`);
}

/** Serials already used in the given year by items of these meetings. */
function usedSerials(meetings: readonly Meeting[], committeeId: string, year: number): number[] {
  return meetings
    .filter((meeting) => meeting.committeeId === committeeId)
    .flatMap((meeting) => meeting.items)
    .flatMap((item) => {
      if (item.caseNumber === null) return [];
      const parsed = tryParseCaseNumber(item.caseNumber);
      return parsed && parsed.year === year ? [parsed.serial] : [];
    });
}

/** First serial after every serial used that year (gaps are never refilled: a gap was a number someone may have seen). */
function firstFreeSerial(meetings: readonly Meeting[], committeeId: string, year: number): number {
  return Math.max(0, ...usedSerials(meetings, committeeId, year)) + 1;
}

/** Next free case number of the committee in the year, across all its meetings. */
export function nextCaseNumber(committee: Committee, year: number, meetingsOfCommittee: readonly Meeting[]): CaseNumber {
  return formatCaseNumber(year, firstFreeSerial(meetingsOfCommittee, committee.id, year), committee.caseNumberPadding);
}

/** Moves closing rows last, keeping the order of everything else. */
export function closingRowsLast(items: readonly AgendaItem[]): AgendaItem[] {
  return [...items.filter((item) => !item.closing), ...items.filter((item) => item.closing)];
}

/**
 * Applies the numbering rules to one meeting. `otherMeetings` may include the meeting itself
 * (it is ignored by id) and meetings of other committees (ignored by committee).
 *
 * A draft starts after the highest number used by the committee's meetings dated before it (same
 * day: ordered by id), and skips numbers any other meeting of the year already has. So when the secretariat
 * prepares two meetings at once (March and May, both drafts), adding an item to March does not
 * push March's items past May's numbers: March keeps 01–05 and its new item gets the first
 * number May does not use.
 */
export function renumberItems(meeting: Meeting, committee: Committee, otherMeetings: readonly Meeting[]): Meeting {
  const year = yearOf(meeting.date);
  const others = otherMeetings.filter((other) => other.id !== meeting.id && other.committeeId === committee.id);
  const ordered = closingRowsLast(meeting.items);
  const padding = committee.caseNumberPadding;

  if (meeting.status === 'draft') {
    // Same-day meetings are ordered by id, so two drafts on one day cannot keep leapfrogging each other.
    const earlier = others.filter((other) => other.date < meeting.date || (other.date === meeting.date && other.id < meeting.id));
    const taken = new Set(usedSerials(others, committee.id, year));
    let serial = firstFreeSerial(earlier, committee.id, year);
    const items = ordered.map((item) => {
      if (item.closing) return { ...item, caseNumber: null };
      while (taken.has(serial)) serial++;
      return { ...item, caseNumber: formatCaseNumber(year, serial++, padding) };
    });
    return { ...meeting, items };
  }

  // Frozen: keep every number; give unnumbered items the next serial after all used ones, this meeting's included.
  let serial = firstFreeSerial([...others, { ...meeting, committeeId: committee.id }], committee.id, year);
  const items = ordered.map((item) => {
    if (item.closing) return { ...item, caseNumber: null };
    if (item.caseNumber !== null) return item;
    return { ...item, caseNumber: formatCaseNumber(year, serial++, padding) };
  });
  return { ...meeting, items };
}
