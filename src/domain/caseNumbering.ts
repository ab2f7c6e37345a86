import * as v from 'valibot';
import { yearOf } from './dates';
import { DomainError } from './errors';
import { fieldRuleLine, type FieldRule } from './fieldRules';
import { CaseNumberFormatSchema, CaseNumberSchema, type AgendaItem, type CaseNumber, type Committee, type Meeting } from './model';

/**
 * What numbering needs of another meeting of the committee: which it is, when, and the case numbers
 * its saker have. A full Meeting is one; the workspace reads only this much of the other meetings of
 * the year (`MeetingRepository.listCaseNumbers`), never their whole agendas.
 */
export type NumberedMeeting = Pick<Meeting, 'id' | 'committeeId' | 'date'> & { items: readonly { caseNumber: string | null }[] };

/**
 * Case numbers ("saksnummer") are a year and a serial written in the committee's `caseNumberFormat`
 * ("{YYYY}.{NN}" → 2026.03, "PS {NN}/{YY}" → PS 03/26). The serial is counted per committee and year
 * across all of its meetings (Partnerskapsmøtet's first item in 2026 is 2026.01 whichever meeting it is
 * in), or, with `caseNumberSerial: 'perMeeting'`, restarts at 1 in each meeting. A sakstype may have a
 * numbering series of its own (`conventions.itemKinds[].caseNumberFormat`): a kommunestyre's saksliste
 * numbers its politiske saker PS 1/26, PS 2/26 … and its referatsaker RS 1/26 … beside them, each series
 * counted by itself under the same rules; a number's text tells its series (`seriesFormats`).
 *
 * Rules (see renumberItems):
 * - While a meeting is a draft its numbers follow agenda order, starting after the numbers the
 *   committee's earlier meetings used that year and skipping any number another meeting has.
 *   Other meetings keep their numbers.
 * - Once the notice is sent the numbers are public (people refer to "sak 2026.03"), so they are
 *   frozen: nothing renumbers, an item added later gets the next free serial of the year.
 * - The closing row ("Oppsummering og avslutning") has no number and stays last.
 * - Unnumbered rows and section headings (`row: 'unnumbered' | 'heading'`) stand anywhere and are skipped.
 */

export const MAX_SERIAL = 9999;

/** How numbers were written before committees had a format: year, dot, serial with any padding ("2024.1", "2025.08"). */
const LEGACY_FORMAT = '{YYYY}.{N}';

type Token = { kind: 'literal'; text: string } | { kind: 'year4' } | { kind: 'year2' } | { kind: 'serial'; width: number };

/** "Sak {NN}-{YY}" → literal "Sak ", serial width 2, literal "-", two-digit year. The schema has already refused unknown codes. */
function tokensOf(format: string): Token[] {
  return format.split(/(\{(?:YYYY|YY|N+)\})/).flatMap((part): Token[] => {
    if (part === '') return [];
    if (part === '{YYYY}') return [{ kind: 'year4' }];
    if (part === '{YY}') return [{ kind: 'year2' }];
    if (/^\{N+\}$/.test(part)) return [{ kind: 'serial', width: part.length - 2 }];
    return [{ kind: 'literal', text: part }];
  });
}

/** The old padding setting as a format: 2 → "{YYYY}.{NN}", 0 or 1 → "{YYYY}.{N}" (no padding). */
export function formatFromPadding(padding: number): string {
  const width = Math.max(1, Math.min(4, Math.trunc(padding)));
  return `{YYYY}.{${'N'.repeat(width)}}`;
}

/** A rule of the case number broken, as data the screens word (`fieldRules.ts`). */
function caseNumberError(code: 'malformedCaseNumber' | 'caseNumberOutOfRange', rule: FieldRule): DomainError {
  return new DomainError(code, fieldRuleLine(rule), rule);
}

function malformed(text: string, format: string): DomainError {
  const example = exampleCaseNumber(format, 2026, 3);
  return caseNumberError('malformedCaseNumber', { code: 'malformedCaseNumber', field: 'caseNumber', text, format, ...(example === undefined ? {} : { example }) });
}

/**
 * Reads a number back into year and serial: "2026.03" → {2026, 3}; with "Sak {NN}-{YY}", "Sak 03-26" → {2026, 3}.
 * Padding is not required when reading ("2024.1" reads under "{YYYY}.{NN}"). A two-digit year takes its century from
 * `contextYear` (the meeting's year); a format without a year gives `contextYear` itself.
 */
export function parseCaseNumber(text: string, format: string = LEGACY_FORMAT, contextYear?: number): { year: number; serial: number } {
  const tokens = tokensOf(format);
  const pattern = tokens
    .map((token) => (token.kind === 'literal' ? token.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : token.kind === 'year4' ? '(\\d{4})' : token.kind === 'year2' ? '(\\d{2})' : '(\\d{1,4})'))
    .join('');
  const match = new RegExp(`^${pattern}$`).exec(text.trim());
  if (!match) throw malformed(text, format);
  let year = contextYear;
  let serial = 0;
  tokens.filter((token) => token.kind !== 'literal').forEach((token, index) => {
    const value = Number(match[index + 1]);
    if (token.kind === 'year4') year = value;
    else if (token.kind === 'year2') year = Math.floor((contextYear ?? 2000) / 100) * 100 + value;
    else if (token.kind === 'serial') serial = value;
  });
  if (serial < 1 || year === undefined) throw malformed(text, format);
  return { year, serial };
}

/** The case number if the text is one, otherwise undefined (for lenient reading of old data). */
export function tryParseCaseNumber(text: string, format?: string, contextYear?: number): { year: number; serial: number } | undefined {
  try {
    return parseCaseNumber(text, format, contextYear);
  } catch {
    return undefined;
  }
}

/**
 * Year and serial of a number stored in a meeting of the committee: in the committee's format, or as written
 * before formats existed (existing data keeps its numbers). Undefined for text that is neither.
 */
export function readCaseNumber(text: string, committee: Committee, meetingYear: number): { year: number; serial: number } | undefined {
  for (const format of seriesFormats(committee)) {
    const parsed = readInSeries(text, format, committee, meetingYear);
    if (parsed) return parsed;
  }
  return undefined;
}

/**
 * The committee's numbering series, each written in a format of its own: its `caseNumberFormat` first
 * («PS {N}/{YY}»), then those of sakstyper numbered apart («RS {N}/{YY}» for referatsaker). A number's text
 * says which series it is in, so numbering needs no more of another meeting than its numbers.
 */
export function seriesFormats(committee: Committee): string[] {
  const own = (committee.conventions?.itemKinds ?? []).flatMap((kind) => (kind.caseNumberFormat === undefined ? [] : [kind.caseNumberFormat]));
  return [...new Set([committee.caseNumberFormat, ...own])];
}

/**
 * The series a sak is numbered in: that of the first of the committee's sakstyper (in the committee's order, not the
 * order they were ticked) it has with a series of its own, else the committee's. A sak of two kinds with different
 * series of their own is numbered in the first one's; `seriesChoice.ts` says so, for the secretariat to see.
 */
export function seriesFormatOf(item: Pick<AgendaItem, 'kinds'>, committee: Committee): string {
  const own = committee.conventions?.itemKinds.find((kind) => kind.caseNumberFormat !== undefined && item.kinds.includes(kind.id));
  return own?.caseNumberFormat ?? committee.caseNumberFormat;
}

/** A number read in one series; the committee's own series also reads numbers written before formats existed. */
function readInSeries(text: string, format: string, committee: Committee, meetingYear: number): { year: number; serial: number } | undefined {
  const legacy = format === committee.caseNumberFormat ? LEGACY_FORMAT : undefined;
  return tryParseCaseNumber(text, format, meetingYear) ?? (legacy === undefined ? undefined : tryParseCaseNumber(text, legacy, meetingYear));
}

/** (2026, 3, "{YYYY}.{NN}") → "2026.03"; (2024, 1, "{YYYY}.{N}") → "2024.1"; (2026, 3, "Sak {NN}-{YY}") → "Sak 03-26". */
export function formatCaseNumber(year: number, serial: number, format: string): CaseNumber {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw caseNumberError('caseNumberOutOfRange', { code: 'caseNumberOutOfRange', field: 'caseNumber', part: 'year', value: year, max: 9999 });
  }
  if (!Number.isInteger(serial) || serial < 1 || serial > MAX_SERIAL) {
    throw caseNumberError('caseNumberOutOfRange', { code: 'caseNumberOutOfRange', field: 'caseNumber', part: 'serial', value: serial, max: MAX_SERIAL });
  }
  const text = tokensOf(format)
    .map((token) => {
      switch (token.kind) {
        case 'literal':
          return token.text;
        case 'year4':
          return String(year);
        case 'year2':
          return String(year % 100).padStart(2, '0');
        case 'serial':
          return String(serial).padStart(token.width, '0');
      }
    })
    .join('');
  return v.parse(CaseNumberSchema, text);
}

/** The settings form's live example ("Eksempel: Sak 03-26"); undefined while the format is not valid. */
export function exampleCaseNumber(format: string, year: number, serial: number): string | undefined {
  if (!v.safeParse(CaseNumberFormatSchema, format).success) return undefined;
  return formatCaseNumber(year, serial, format);
}

/** Serials of one series (by its format) already used in the given year by items of these meetings. */
function usedSerials(meetings: readonly NumberedMeeting[], committee: Committee, year: number, format: string): number[] {
  return meetings
    .filter((meeting) => meeting.committeeId === committee.id)
    .flatMap((meeting) =>
      meeting.items.flatMap((item) => {
        if (item.caseNumber === null) return [];
        const parsed = readInSeries(item.caseNumber, format, committee, yearOf(meeting.date));
        return parsed && parsed.year === year ? [parsed.serial] : [];
      }),
    );
}

/** First serial after every serial used that year (gaps are never refilled: a gap was a number someone may have seen). */
function firstFreeSerial(meetings: readonly NumberedMeeting[], committee: Committee, year: number, format: string): number {
  return Math.max(0, ...usedSerials(meetings, committee, year, format)) + 1;
}

/** Next free case number of the committee in the year, across all its meetings, in one series (by default its own `caseNumberFormat`). */
export function nextCaseNumber(
  committee: Committee,
  year: number,
  meetingsOfCommittee: readonly NumberedMeeting[],
  format = committee.caseNumberFormat,
): CaseNumber {
  return formatCaseNumber(year, firstFreeSerial(meetingsOfCommittee, committee, year, format), format);
}

/**
 * A draft's numbers written in the committee's current format, year and serial kept: after the format changes
 * from "{YYYY}.{NN}" to "Sak {NN}-{YY}", 2026.03 of a draft reads "Sak 03-26". Sent meetings keep the numbers
 * people have seen. Numbers that cannot be read are left as they are.
 */
export function withCurrentNumberFormat(meeting: Meeting, committee: Committee): Meeting {
  if (meeting.status !== 'draft') return meeting;
  const year = yearOf(meeting.date);
  const items = meeting.items.map((item) => {
    const parsed = item.caseNumber === null ? undefined : readCaseNumber(item.caseNumber, committee, year);
    return parsed ? { ...item, caseNumber: formatCaseNumber(parsed.year, parsed.serial, seriesFormatOf(item, committee)) } : item;
  });
  return { ...meeting, items };
}

/**
 * The number of a sak known by its arkivsak (`conventions.archiveNumbered`): its `archiveRef` without the document's number
 * after the last «-» («2014/805-1» → «2014/805»), as a REK's referat lists a søknad. Undefined when the committee numbers its
 * saker in series, when the sak has no arkivsak, or when the reference is too long for a case number: the sak takes its
 * series' number.
 */
export function archiveCaseNumber(item: Pick<AgendaItem, 'archiveRef'>, committee: Pick<Committee, 'conventions'>): CaseNumber | undefined {
  if (committee.conventions?.archiveNumbered !== true) return undefined;
  const parsed = v.safeParse(CaseNumberSchema, (item.archiveRef ?? '').replace(/\s*-\s*\d+\s*$/, ''));
  return parsed.success ? parsed.output : undefined;
}

/**
 * Only a numbered sak takes a case number: not the closing row, an unnumbered row or a section heading.
 * These are also the saker a member counts: the stage's «Sak N av M» (`ui/stage/stageProgress.ts`), the Outlook pane's count.
 */
export function takesCaseNumber(item: Pick<AgendaItem, 'closing' | 'row'>): boolean {
  return !item.closing && item.row === 'sak';
}

/** Moves the opening rows first, a numbered «Eventuelt» after the other saker and the closing rows last, keeping the order of everything else. */
export function fixedRowsInPlace(items: readonly AgendaItem[]): AgendaItem[] {
  // A stable sort (ES2019) by place: the rest keep their order.
  const place = (item: AgendaItem) => (item.closing ? 3 : item.numberedClosing ? 2 : item.opening ? 0 : 1);
  return [...items].sort((a, b) => place(a) - place(b));
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
export function renumberItems(meeting: Meeting, committee: Committee, otherMeetings: readonly NumberedMeeting[]): Meeting {
  const year = yearOf(meeting.date);
  // A serial that restarts per meeting counts this meeting alone.
  const others =
    committee.caseNumberSerial === 'perMeeting' ? [] : otherMeetings.filter((other) => other.id !== meeting.id && other.committeeId === committee.id);
  const ordered = fixedRowsInPlace(meeting.items);

  if (meeting.status === 'draft') {
    // Same-day meetings are ordered by id, so two drafts on one day cannot keep leapfrogging each other.
    const earlier = others.filter((other) => other.date < meeting.date || (other.date === meeting.date && other.id < meeting.id));
    // Each series counts by itself: PS 1/26, RS 1/26, PS 2/26 … in one saksliste.
    const series = seriesCounters((format) => ({
      next: firstFreeSerial(earlier, committee, year, format),
      taken: new Set(usedSerials(others, committee, year, format)),
    }));
    const known = knownNumbers(committee, []);
    const items = ordered.map((item) => {
      if (!takesCaseNumber(item)) return { ...item, caseNumber: null };
      const number = known(item);
      if (number !== undefined) return { ...item, caseNumber: number };
      const format = seriesFormatOf(item, committee);
      const counter = series(format);
      while (counter.taken.has(counter.next)) counter.next++;
      return { ...item, caseNumber: formatCaseNumber(year, counter.next++, format) };
    });
    return { ...meeting, items };
  }

  // Frozen: keep every number people have seen; give unnumbered items the next serial of their series after all used
  // ones, this meeting's included. A sak added after the notice and not yet sent out, whose number is of another
  // series than its sakstype's (numbered on adding, its kind chosen after), was never public: it moves to its series.
  const sent = (item: AgendaItem) => meeting.notice === undefined || meeting.notice.items.some((notified) => notified.id === item.id);
  const inItsSeries = (item: AgendaItem) =>
    item.caseNumber === null || readInSeries(item.caseNumber, seriesFormatOf(item, committee), committee, year) !== undefined;
  // A sak known by its arkivsak and not yet sent takes the arkivsak's number, also one whose reference was typed after it was added.
  const known = knownNumbers(committee, ordered.filter(sent));
  const kept = ordered.map((item) => {
    if (!takesCaseNumber(item) || sent(item)) return item;
    const number = known(item);
    return number !== undefined ? { ...item, caseNumber: number } : inItsSeries(item) ? item : { ...item, caseNumber: null };
  });
  const all = [...others, { ...meeting, items: kept, committeeId: committee.id }];
  const series = seriesCounters((format) => ({ next: firstFreeSerial(all, committee, year, format), taken: new Set<number>() }));
  const items = kept.map((item) => {
    if (!takesCaseNumber(item)) return { ...item, caseNumber: null };
    if (item.caseNumber !== null) return item;
    const format = seriesFormatOf(item, committee);
    return { ...item, caseNumber: formatCaseNumber(year, series(format).next++, format) };
  });
  return { ...meeting, items };
}

/**
 * The arkivsak's number for each sak known by it (`archiveCaseNumber`), once in a meeting: a second sak of the same arkivsak, or
 * one whose number a sent sak already has, gets undefined and is numbered in its series (meetingRules.ts refuses twins).
 */
function knownNumbers(committee: Committee, numbered: readonly AgendaItem[]): (item: AgendaItem) => CaseNumber | undefined {
  const taken = new Set(numbered.map((item) => item.caseNumber));
  return (item) => {
    const number = archiveCaseNumber(item, committee);
    if (number === undefined || taken.has(number)) return undefined;
    taken.add(number);
    return number;
  };
}

/** One counter per numbering series (by its format), made the first time a sak of that series is numbered. */
function seriesCounters(start: (format: string) => { next: number; taken: Set<number> }) {
  const counters = new Map<string, { next: number; taken: Set<number> }>();
  return (format: string) => {
    const known = counters.get(format);
    if (known) return known;
    const made = start(format);
    counters.set(format, made);
    return made;
  };
}

/**
 * How text refers to a numbered sak: "Sak 2026.03" ("sak 2026.03" inside a sentence), or the number
 * alone when its format already names it ("Sak 03-26", "PS 12/24"), so nothing prints "Sak Sak 03-26".
 */
export function caseLabel(caseNumber: string, inSentence = false): string {
  if (/^\p{L}/u.test(caseNumber.trim())) return caseNumber;
  return `${inSentence ? 'sak' : 'Sak'} ${caseNumber}`;
}

/**
 * Two of the committee's series whose numbers read as each other's («PS {N}/{YY}» and «PS {NN}/{YY}»: PS 03/26
 * reads in both), so numbering could not tell them apart; undefined when every series' numbers are its own.
 * Refused also when a saksliste's kind headings would tell them apart (Høgskolen i Molde's sakskart of 2015:
 * «Vedtakssaker 32/15 …» and «Orienteringssaker 4/15 …»): a number is printed and stored without its heading —
 * the register's case-number column and search, a later sak's reference, change lines, file and folder names —
 * and two saker of one meeting could carry the same text («1/15» of each kind). Such a body writes the kind into
 * the format, as Molde's own sakslister of 2013 did («ST 13/17» beside «OS 13/6»).
 */
export function seriesClash(formats: readonly string[]): [string, string] | undefined {
  const distinct = [...new Set(formats)];
  for (const a of distinct) {
    const example = formatCaseNumber(2026, 3, a);
    const other = distinct.find((b) => b !== a && tryParseCaseNumber(example, b, 2026) !== undefined);
    if (other !== undefined) return [a, other];
  }
  return undefined;
}
