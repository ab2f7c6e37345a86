import * as v from 'valibot';
import { summariseMeetingChanges, type MeetingDetails } from './changeSummary';
import { ClockTimeSchema, IsoDateSchema, PersonSchema, type LanguageForm, type Meeting, type Person } from './model';
import type { RichText } from './richText';

/**
 * The meeting's facts (date, time, place, Teams, chair, referent, "Til", "Tema") as the secretariat
 * edits them after the meeting is created. The form holds exactly what was typed; `checkMeetingFacts`
 * says what is wrong per field without touching the meeting, so nothing typed is lost.
 */
export interface MeetingFactsInput {
  date: string;
  start: string;
  end: string;
  place: string;
  online: boolean;
  chair: Person | undefined;
  minuteTaker: Person | undefined;
  recipients: string;
  theme: string;
  /** "6/2014"; the letter parts of the innkalling and the forfall line (all optional, empty = absent). */
  meetingNumber: string;
  absenceNotice: string;
  ourRef: string;
  yourRef: string;
  greeting: string;
  signature: string;
  /** The letter's opening text (ingress) above the saksliste; empty = none. */
  ingress: RichText;
  /** A befaring (`Meeting.siteVisit`): its time (empty: none of its own), where to meet, what it is about; all empty = none. */
  siteVisitStart: string;
  siteVisitPlace: string;
  siteVisitAbout: string;
}

export type MeetingFactsField = 'date' | 'start' | 'end' | 'chair' | 'minuteTaker' | 'siteVisitStart' | 'siteVisitPlace';
export type MeetingFactsProblem = 'invalidDate' | 'invalidTime' | 'endNotAfterStart' | 'invalidPerson' | 'siteVisitWithoutPlace';
export type MeetingFactsCheck =
  | { ok: true; facts: MeetingFactsInput }
  | { ok: false; problems: Partial<Record<MeetingFactsField, MeetingFactsProblem>> };

export function factsOf(meeting: Meeting): MeetingFactsInput {
  return {
    date: meeting.date,
    // A meeting recorded without its time (the 2024 minutes) opens with empty fields to fill in.
    start: meeting.start ?? '',
    end: meeting.end ?? '',
    place: meeting.place,
    online: meeting.online,
    chair: meeting.chair,
    minuteTaker: meeting.minuteTaker,
    recipients: meeting.recipients ?? '',
    theme: meeting.theme ?? '',
    meetingNumber: meeting.meetingNumber ?? '',
    absenceNotice: meeting.absenceNotice ?? '',
    ourRef: meeting.letter?.ourRef ?? '',
    yourRef: meeting.letter?.yourRef ?? '',
    greeting: meeting.letter?.greeting ?? '',
    signature: meeting.letter?.signature ?? '',
    ingress: meeting.letter?.ingress ?? [],
    siteVisitStart: meeting.siteVisit?.start ?? '',
    siteVisitPlace: meeting.siteVisit?.place ?? '',
    siteVisitAbout: meeting.siteVisit?.about ?? '',
  };
}

const optionalText = (text: string): string | undefined => (text.trim() === '' ? undefined : text.trim());

/** The befaring as typed; absent when no place is typed (`checkMeetingFacts` refuses a time or text without one). */
function siteVisitOf(facts: MeetingFactsInput): Meeting['siteVisit'] {
  const place = facts.siteVisitPlace.trim();
  if (place === '') return undefined;
  const start = optionalText(facts.siteVisitStart);
  const about = optionalText(facts.siteVisitAbout);
  return { place, ...(start === undefined ? {} : { start }), ...(about === undefined ? {} : { about }) };
}

/** The letter parts as typed; absent when nothing of a letter is set. */
function letterOf(meeting: Meeting, facts: MeetingFactsInput): Meeting['letter'] {
  const letter = {
    ...meeting.letter,
    ingress: facts.ingress,
    ourRef: optionalText(facts.ourRef),
    yourRef: optionalText(facts.yourRef),
    greeting: optionalText(facts.greeting),
    signature: optionalText(facts.signature),
  };
  const empty = letter.ingress.length === 0 && [letter.ourRef, letter.yourRef, letter.greeting, letter.signature].every((value) => value === undefined);
  return empty ? undefined : letter;
}

/** A date the calendar has (the schema's pattern alone lets 2026-02-30 through). */
function isCalendarDate(text: string): boolean {
  if (!v.safeParse(IsoDateSchema, text).success) return false;
  const [year, month, day] = text.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 0) - 1, day ?? 0));
  return date.getUTCFullYear() === year && date.getUTCMonth() + 1 === month && date.getUTCDate() === day;
}

/**
 * `written`: a written treatment's facts (`Meeting.written`), whose date and start are the Svarfrist: the time may be left
 * empty (the whole day) and there is no end.
 */
export function checkMeetingFacts(input: MeetingFactsInput, kind: { written?: boolean } = {}): MeetingFactsCheck {
  const problems: Partial<Record<MeetingFactsField, MeetingFactsProblem>> = {};
  const trimmed = { ...input, date: input.date.trim(), start: input.start.trim(), end: kind.written === true ? '' : input.end.trim() };
  if (!isCalendarDate(trimmed.date)) problems.date = 'invalidDate';
  const startOk = v.safeParse(ClockTimeSchema, trimmed.start).success;
  const endOk = v.safeParse(ClockTimeSchema, trimmed.end).success;
  if (kind.written === true) {
    if (trimmed.start !== '' && !startOk) problems.start = 'invalidTime';
  } else {
    if (!startOk) problems.start = 'invalidTime';
    if (!endOk) problems.end = 'invalidTime';
    // "TT:MM" strings compare in time order.
    else if (startOk && trimmed.end <= trimmed.start) problems.end = 'endNotAfterStart';
  }
  if (input.chair && !v.safeParse(PersonSchema, input.chair).success) problems.chair = 'invalidPerson';
  if (input.minuteTaker && !v.safeParse(PersonSchema, input.minuteTaker).success) problems.minuteTaker = 'invalidPerson';
  // A befaring's time, when typed, is a time; a time or a text without the place the members meet at says what is missing.
  const visitStart = input.siteVisitStart.trim();
  if (visitStart !== '' && !v.safeParse(ClockTimeSchema, visitStart).success) problems.siteVisitStart = 'invalidTime';
  if (input.siteVisitPlace.trim() === '' && (visitStart !== '' || input.siteVisitAbout.trim() !== '')) problems.siteVisitPlace = 'siteVisitWithoutPlace';
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, facts: trimmed };
}

export function detailsOf(meeting: Pick<Meeting, 'date' | 'start' | 'end' | 'place' | 'online' | 'siteVisit'>): MeetingDetails {
  const { date, start, end, place, online, siteVisit } = meeting;
  return { date, start, end, place, online, ...(siteVisit === undefined ? {} : { siteVisit }) };
}

/**
 * The meeting with checked facts applied. Numbers are not touched here: the caller renumbers
 * (a draft moved to another year gets that year's numbers). After the notice was sent, the facts as
 * sent are kept on the notice the first time they change, so the update can say what moved.
 */
export function applyMeetingFacts(meeting: Meeting, facts: MeetingFactsInput): Meeting {
  const notice = meeting.notice && !meeting.notice.details ? { ...meeting.notice, details: detailsOf(meeting) } : meeting.notice;
  const recipients = facts.recipients.trim();
  const theme = facts.theme.trim();
  // A written treatment (writtenTreatment.ts): the Svarfrist's date and time (when typed), no end, no place, no Teams.
  const written = meeting.written !== undefined;
  return {
    ...meeting,
    date: facts.date,
    start: written && facts.start === '' ? undefined : facts.start,
    end: written ? undefined : facts.end,
    place: written ? '' : facts.place.trim(),
    online: written ? false : facts.online,
    chair: facts.chair,
    minuteTaker: facts.minuteTaker,
    recipients: recipients === '' ? undefined : recipients,
    theme: theme === '' ? undefined : theme,
    meetingNumber: optionalText(facts.meetingNumber),
    absenceNotice: optionalText(facts.absenceNotice),
    letter: letterOf(meeting, facts),
    siteVisit: siteVisitOf(facts),
    ...(notice ? { notice } : {}),
  };
}

/** Lines for date/time/place/Teams changed since the notice, first in the "Send oppdatert innkalling" summary. */
export function meetingChangesSinceNotice(meeting: Meeting, form: LanguageForm): string[] {
  const sent = meeting.notice?.details;
  return sent ? summariseMeetingChanges(sent, detailsOf(meeting), form) : [];
}
