import type { AgendaItem, ItemOutcome, Meeting } from './model';
import { plainTextOf } from './richText';
import type { RowProblem } from './unreadableRows';

/**
 * The history of a sak: who changed what and when, from the versions the store keeps of its row
 * (SharePoint's list item versions). Pure: the Graph layer reads and parses the versions, this
 * compares them field by field.
 */

/** One stored version of a row, parsed: `value` absent when that version could not be read. */
export interface RecordedVersion<T> {
  /** The store's version label: "1.0", "2.0" … */
  versionId: string;
  /** ISO instant the version was saved. */
  at: string;
  /** Who saved it, as the store names the person. */
  by: string;
  value?: T;
  /** Why the version could not be read (names the field), when `value` is absent. */
  problem?: RowProblem;
}

/** The fields a sak's history follows: what the meeting records first, then what the agenda says. */
export const HISTORY_FIELDS = ['conclusion', 'proceedings', 'outcome', 'title', 'proposedConclusion', 'summary'] as const;
export type HistoryField = (typeof HISTORY_FIELDS)[number];

export interface FieldChange {
  field: HistoryField;
  /** The field as plain text before and after ('' when empty). */
  before: string;
  after: string;
}

export interface HistoryEntry {
  versionId: string;
  at: string;
  by: string;
  /** What changed from the version before (for the first version: what it was created with). */
  changes: FieldChange[];
  /** Set when this version could not be read: it is listed, not compared. */
  problem?: RowProblem;
}

/** The outcome as its code ('' while pending): the surfaces name it in the user's language. */
const OUTCOME_TEXT: Readonly<Record<ItemOutcome, string>> = { pending: '', treated: 'treated', postponed: 'postponed' };

function points(list: readonly string[]): string {
  return list.map((point, index) => `${index + 1}. ${point}`).join('\n');
}

/** A field of a sak as plain text, for comparing and showing. */
export function historyText(item: AgendaItem, field: HistoryField): string {
  switch (field) {
    case 'conclusion':
      return points(item.conclusion);
    case 'proposedConclusion':
      return points(item.proposedConclusion);
    case 'proceedings':
      return plainTextOf(item.proceedings);
    case 'summary':
      return plainTextOf(item.summary);
    case 'outcome':
      return OUTCOME_TEXT[item.outcome];
    case 'title':
      return item.title;
  }
}

function versionNumber(id: string): number {
  const value = Number.parseFloat(id);
  return Number.isFinite(value) ? value : 0;
}

/**
 * Field changes between consecutive versions, newest first. Versions that changed none of the
 * followed fields (a new sort order, a save that only moved the eTag) are left out; versions that
 * could not be read are listed with their problem. The oldest version kept is compared with an
 * empty sak only when it is version 1 (the store may have dropped older ones).
 */
export function itemHistory(versions: readonly RecordedVersion<AgendaItem>[]): HistoryEntry[] {
  const ordered = [...versions].sort((a, b) => versionNumber(a.versionId) - versionNumber(b.versionId));
  const entries: HistoryEntry[] = [];
  let previous: AgendaItem | undefined;
  for (const [index, version] of ordered.entries()) {
    if (!version.value) {
      entries.push({ versionId: version.versionId, at: version.at, by: version.by, changes: [], problem: version.problem ?? { code: 'invalid', field: '' } });
      continue;
    }
    const current = version.value;
    const firstKept = index === 0 && versionNumber(version.versionId) > 1;
    const changes: FieldChange[] = [];
    if (!firstKept) {
      for (const field of HISTORY_FIELDS) {
        const before = previous ? historyText(previous, field) : '';
        const after = historyText(current, field);
        if (before !== after) changes.push({ field, before, after });
      }
    }
    if (changes.length > 0) entries.push({ versionId: version.versionId, at: version.at, by: version.by, changes });
    previous = current;
  }
  return entries.reverse();
}

/** Meeting-level acts the history of every sak shows beside its own changes: approval and reopenings. */
export type MeetingAct = { kind: 'approved'; at: string } | { kind: 'reopened'; at: string; by: string; reason: string };

/** The approvals and reopenings recorded on the meeting, newest first. */
export function meetingActs(meeting: Pick<Meeting, 'minutesApprovedAt' | 'reopenings'>): MeetingAct[] {
  const acts: MeetingAct[] = [];
  for (const reopening of meeting.reopenings ?? []) {
    if (reopening.approvedAt) acts.push({ kind: 'approved', at: reopening.approvedAt });
    acts.push({ kind: 'reopened', at: reopening.at, by: reopening.by, reason: reopening.reason });
  }
  if (meeting.minutesApprovedAt) acts.push({ kind: 'approved', at: meeting.minutesApprovedAt });
  return acts.sort((a, b) => b.at.localeCompare(a.at));
}
