import * as v from 'valibot';
import type { Meeting } from '../../../domain/model';
import { rowProblem, ROW_PARSE_OPTIONS, type RowProblem } from '../../../domain/unreadableRows';
import type { DraftNotice } from './meetingAutosave';
import { DraftSchema, MEETING_DRAFT_KEY, unwrapKept } from './meetingDrafts';

// Loaded only when a stored draft cannot be read (meetingAutosave.ts `restoreDrafts`): the parse
// that finds the first problem stays out of the pages' start-up (issue 14). Words nothing: the
// screens say it in the user's language (`ui/shared/unreadableText.ts`).

/** Why a stored row is not a draft: its key ('' when it has none) and the first problem, naming the field. */
export function draftProblem(stored: unknown): { key: string; problem: RowProblem } {
  // A draft kept aside (the user changed its part here since) is named as the draft it was.
  const { key, row } = unwrapKept(stored);
  const parsed = v.safeParse(DraftSchema(), row, ROW_PARSE_OPTIONS);
  const issue = parsed.success ? undefined : parsed.issues[0];
  return { key, problem: issue ? rowProblem(issue) : { code: 'invalid', field: '' } };
}

/**
 * The stored drafts that could not be read, one per part (the same draft is often both in IndexedDB
 * and in the journal, and kept aside or not): which part of `meeting` it is for (the meeting, a sak by number and title, or a
 * sak no longer in it) and what is wrong.
 */
export function draftNotices(rows: readonly unknown[], meeting: Meeting): DraftNotice[] {
  const byKey = new Map(rows.map(draftProblem).map((read) => [read.key, read]));
  return [...byKey.values()].map(({ key, problem }): DraftNotice => {
    if (key === MEETING_DRAFT_KEY) return { key, part: { kind: 'meeting' }, problem };
    const item = meeting.items.find((candidate) => candidate.id === key);
    if (!item) return { key, part: { kind: 'gone' }, problem };
    return { key, part: { kind: 'item', ...(item.caseNumber ? { caseNumber: item.caseNumber } : {}), title: item.title }, problem };
  });
}
