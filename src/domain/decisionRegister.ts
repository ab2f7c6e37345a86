import type { FollowUpStatus } from './followUp';
import type { AgendaItem, FollowUpTask, Meeting } from './model';
import { committeeYearKey, conclusionText } from './registerColumns';

export { committeeYearKey, conclusionText };

/**
 * The decision register (vedtaksregister): every recorded konklusjon across meetings, years and
 * committees, searched by free text, year, committee, sakstype, case number and "has open
 * follow-up". Pure: what storage must be asked (`planWindows`) and what a row must satisfy
 * (`matchesRegister`). Storage (`graph/decisionRegister.ts`) asks SharePoint one indexed window
 * at a time; the free text, the sakstype and the follow-up set are checked here, on the rows of
 * that window, because a SharePoint list cannot search text inside a list past 5,000 rows.
 */

/** What the user asked for. Empty fields do not narrow. */
export interface RegisterQuery {
  /** Free text: every word must occur in the konklusjon, the title or the case number (any case). */
  text?: string;
  year?: number;
  committeeId?: string;
  /** One sakstype id (`committee.conventions.itemKinds[].id`). */
  kind?: string;
  /** The case number as written ("2024.03"): exact. */
  caseNumber?: string;
  /**
   * "Has open follow-up": only saker with an oppfølgingspunkt whose task Planner/To Do says is
   * open. Storage narrows to saker with points (the indexed FollowUpCount); the status is asked
   * of Graph per page of those (`FollowUpStatusReader`), never stored.
   */
  openFollowUp?: boolean;
}

/** The status of each task by task id, as Graph says now (`FollowUpTasks.statuses`). */
export type FollowUpStatusReader = (tasks: readonly FollowUpTask[]) => Promise<Map<string, FollowUpStatus>>;

/** One konklusjon in the register, as storage holds it (the agenda item row's plain columns). */
export interface RegisterEntry {
  itemId: string;
  meetingId: string;
  committeeId: string;
  /** ISO date of the meeting. */
  meetingDate: string;
  caseNumber: string | null;
  title: string;
  kinds: readonly string[];
  /** The konklusjon as text: its points numbered "1. …" one per paragraph (one point: the point alone). */
  conclusion: string;
  /** The task references of the sak's oppfølgingspunkter (absent when it has none). */
  followUpTasks?: readonly FollowUpTask[];
}

/** A hit with what it links to: the meeting's title and its referat, when there is one. */
export interface RegisterHit extends RegisterEntry {
  meetingTitle?: string;
  /** The referat (or protokoll) document of the meeting, `https:` only. */
  minutesUrl?: string;
}

/**
 * An indexed slice of the agenda item list that is small enough to read below SharePoint's
 * 5,000-item list view threshold at the scale Møtebok is built for (50,000 saker, 20 years, 30
 * committees: a year holds about 2,500, a committee-year about 85, a case number a handful).
 */
export type RegisterWindow =
  | { column: 'CaseNumber'; value: string }
  | { column: 'ItemId'; value: string }
  | { column: 'CommitteeYear'; value: string }
  | { column: 'MeetingYear'; value: number };

/** The years the register holds, newest first (`first` the oldest, `last` the newest). */
export function yearsDescending(range: { first: number; last: number }): number[] {
  const years: number[] = [];
  for (let year = range.last; year >= range.first; year--) years.push(year);
  return years;
}

/**
 * The windows to read, in the order hits are shown (newest first). The narrowest indexed key the
 * query gives comes first: a case number, then committee and year, then a year; with neither, each
 * year (or each of the committee's years) in turn. "Has open follow-up" narrows each window further
 * (storage adds the indexed FollowUpCount to its filter) rather than replacing it, so no read
 * crosses the list view threshold.
 */
export function planWindows(query: RegisterQuery, years: { first: number; last: number } | undefined): RegisterWindow[] {
  const caseNumber = query.caseNumber?.trim();
  if (caseNumber) return [{ column: 'CaseNumber', value: caseNumber }];
  const span = query.year !== undefined ? [query.year] : years ? yearsDescending(years) : [];
  return span.map((year) => (query.committeeId ? { column: 'CommitteeYear', value: committeeYearKey(query.committeeId, year) } : { column: 'MeetingYear', value: year }));
}

/** Whether the query narrows beyond its windows, so most rows read are dropped (the reader reads bigger pages). */
export function filtersRows(query: RegisterQuery): boolean {
  return words(query.text).length > 0 || Boolean(query.kind) || query.openFollowUp === true;
}

/** Lower case, one space: how free text and the text searched are compared. */
export function normaliseText(text: string): string {
  return text.toLocaleLowerCase('nb-NO').replace(/\s+/g, ' ').trim();
}

function words(text: string | undefined): string[] {
  return text ? normaliseText(text).split(' ').filter(Boolean) : [];
}

/**
 * Whether a stored konklusjon belongs in the answer: it has a konklusjon, and every field asked for
 * agrees. With "has open follow-up", `openItemIds` holds the saker of this page Graph says have an
 * open task (none given: none match).
 */
export function matchesRegister(entry: RegisterEntry, query: RegisterQuery, openItemIds?: ReadonlySet<string>): boolean {
  if (entry.conclusion.trim() === '') return false;
  const year = Number(entry.meetingDate.slice(0, 4));
  if (query.year !== undefined && year !== query.year) return false;
  if (query.committeeId && entry.committeeId !== query.committeeId) return false;
  if (query.caseNumber?.trim() && entry.caseNumber !== query.caseNumber.trim()) return false;
  if (query.kind && !entry.kinds.includes(query.kind)) return false;
  if (query.openFollowUp && !openItemIds?.has(entry.itemId)) return false;
  const wanted = words(query.text);
  if (wanted.length === 0) return true;
  const haystack = normaliseText(`${entry.conclusion} ${entry.title} ${entry.caseNumber ?? ''}`);
  return wanted.every((word) => haystack.includes(word));
}

/** Newest meeting first; within a meeting, the agenda's order as far as the case numbers give it. */
export function compareEntries(a: RegisterEntry, b: RegisterEntry): number {
  return b.meetingDate.localeCompare(a.meetingDate) || a.meetingId.localeCompare(b.meetingId) || (a.caseNumber ?? '').localeCompare(b.caseNumber ?? '', 'nb-NO', { numeric: true });
}

/**
 * The saker of `entries` with at least one open task, and how many of their tasks Graph would not
 * show (`unknown`: deleted, or in another person's own To Do list): those are not counted as open.
 */
export function openFollowUpItems(entries: readonly RegisterEntry[], statuses: ReadonlyMap<string, FollowUpStatus>): { open: Set<string>; unknown: number } {
  const open = new Set<string>();
  let unknown = 0;
  for (const entry of entries) {
    for (const task of entry.followUpTasks ?? []) {
      const state = statuses.get(task.taskId)?.state ?? 'unknown';
      if (state === 'open') open.add(entry.itemId);
      if (state === 'unknown') unknown++;
    }
  }
  return { open, unknown };
}

/** The register's entry for one agenda item of a meeting (in-memory search, tests). */
export function registerEntryOf(meeting: Pick<Meeting, 'id' | 'committeeId' | 'date'>, item: AgendaItem): RegisterEntry {
  const tasks = (item.followUps ?? []).map((followUp) => followUp.task);
  return {
    ...(tasks.length > 0 ? { followUpTasks: tasks } : {}),
    itemId: item.id,
    meetingId: meeting.id,
    committeeId: meeting.committeeId,
    meetingDate: meeting.date,
    caseNumber: item.caseNumber,
    title: item.title,
    kinds: item.kinds,
    conclusion: conclusionText(item.conclusion),
  };
}

/** A page of hits, and whether more may follow. */
export interface RegisterPage {
  hits: RegisterHit[];
  done: boolean;
  /** Requests to storage this page took (shown in the bench, not to users). */
  requests: number;
  /** With "has open follow-up": the tasks of this page's saker that Graph would not show (not counted as open). */
  unknownFollowUps?: number;
}

export interface RegisterSearchOptions {
  pageSize?: number;
  statuses?: FollowUpStatusReader;
}

/** One search as the user scrolls: each call gives the next page. */
export interface RegisterSearch {
  nextPage(): Promise<RegisterPage>;
}

/** The register as the workspace uses it (`graph/decisionRegister.ts` on SharePoint). */
export interface DecisionRegister {
  /** The oldest and newest year with a sak, or undefined when the register is empty. */
  years(): Promise<{ first: number; last: number } | undefined>;
  /** `statuses` is asked once per page of saker with points when the query has `openFollowUp` (without it, none match). */
  search(query: RegisterQuery, options?: RegisterSearchOptions): RegisterSearch;
}
