import type * as z from 'zod/mini';
import { formatIssuePath } from './meetingFile';
import type { UnreadableRow } from './ports';

/**
 * Stored rows that cannot be read, as data: which row (`RowLabel`, from the row's own columns) and
 * what is wrong with it (`RowProblem`, from the first zod issue: a code and the field it names). Pure
 * and language-free: the screens word it in the user's language (`ui/shared/unreadableText.ts`).
 * The Graph layer (listRows.ts) supplies what the row's own columns say.
 */

/**
 * Parse options for stored rows: the input kept on each issue tells "missing" from "wrong type".
 * No wording: `rowProblem` turns the issue into data. `jitless`: zod's checks without its
 * eval-compiled fast path, which compiles a function per object schema on its first parse. A page
 * parses a meeting's handful of rows once as it opens it, so that compiling cost more than it saved:
 * the first parse of a meeting's rows took about 31 ms with it and 8.5 ms without (median of 8 fresh
 * Node processes, 2026-12-02), the same result, and later parses take about the same time (issue 14).
 */
export const ROW_PARSE_OPTIONS = { reportInput: true, jitless: true } as const;

/**
 * What is wrong with a stored row. `field`: the path of the field the problem is in
 * ("patch.conclusion"), '' for the data as a whole.
 */
export type RowProblem =
  | { code: 'missing'; field: string }
  /** `expected`: zod's name for the type (string, number, int, boolean, array, object …). */
  | { code: 'wrongType'; field: string; expected: string }
  | { code: 'unknownValue'; field: string; value: string; allowed: string[] }
  | { code: 'unknownFields'; field: string; fields: string[] }
  | { code: 'notJson'; field: string }
  /** Another sak in the meeting has the same `value` in this field (id, case number). */
  | { code: 'duplicate'; field: string; value: string }
  /** Any other check the value fails (too long, wrong format …). */
  | { code: 'invalid'; field: string };

/** The problem zod's issue describes, as data. */
export function rowProblem(issue: z.core.$ZodIssue): RowProblem {
  const field = formatIssuePath(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? { code: 'missing', field } : { code: 'wrongType', field, expected: issue.expected };
    case 'invalid_value':
      return issue.input === undefined ? { code: 'missing', field } : { code: 'unknownValue', field, value: String(issue.input), allowed: issue.values.map(String) };
    case 'unrecognized_keys':
      return { code: 'unknownFields', field, fields: [...issue.keys] };
    default:
      return { code: 'invalid', field };
  }
}

/** The row's data column is missing or is not JSON. */
export const MISSING_DATA: RowProblem = { code: 'missing', field: 'MotebokJson' };
export const NOT_JSON: RowProblem = { code: 'notJson', field: 'MotebokJson' };

/** How a row names itself, from its own visible columns (which SharePoint keeps even when the data is broken). */
export type RowLabel =
  | { kind: 'committee'; name?: string }
  | { kind: 'meeting'; date?: string; theme?: string }
  | { kind: 'item'; caseNumber?: string; title?: string; meetingDate?: string };

/** The row set aside: which it is and what is wrong with it. */
export function unreadableRow(label: RowLabel, row: { id: string; webUrl?: string | undefined }, problem: RowProblem): UnreadableRow {
  return { label, rowId: row.id, ...(row.webUrl ? { webUrl: row.webUrl } : {}), problem };
}
