import type * as v from 'valibot';
import { allowedValues, isUnknownField, issueKeys } from './schemaRules';
import { formatIssuePath } from './meetingFile';
import type { UnreadableRow } from './ports';

/**
 * Stored rows that cannot be read, as data: which row (`RowLabel`, from the row's own columns) and
 * what is wrong with it (`RowProblem`, from the first issue: a code and the field it names). Pure
 * and language-free: the screens word it in the user's language (`ui/shared/unreadableText.ts`).
 * The Graph layer (listRows.ts) supplies what the row's own columns say.
 */

/**
 * Parse options for stored rows: `rowProblem` reads the first issue only, so the parse stops at it.
 * No wording: `rowProblem` turns the issue into data (valibot keeps the input on every issue, which
 * tells "missing" from "wrong type").
 */
export const ROW_PARSE_OPTIONS = { abortEarly: true } as const;

/**
 * What is wrong with a stored row. `field`: the path of the field the problem is in
 * ("patch.conclusion"), '' for the data as a whole.
 */
export type RowProblem =
  | { code: 'missing'; field: string }
  /** `expected`: the type's name (string, number, int, boolean, array, object …). */
  | { code: 'wrongType'; field: string; expected: string }
  | { code: 'unknownValue'; field: string; value: string; allowed: string[] }
  | { code: 'unknownFields'; field: string; fields: string[] }
  | { code: 'notJson'; field: string }
  /** Another sak in the meeting has the same `value` in this field (id, case number). */
  | { code: 'duplicate'; field: string; value: string }
  /** Any other check the value fails (too long, wrong format …). */
  | { code: 'invalid'; field: string };

/** The problem valibot's issue describes, as data. */
export function rowProblem(issue: v.BaseIssue<unknown>): RowProblem {
  const keys = issueKeys(issue);
  if (isUnknownField(issue)) return { code: 'unknownFields', field: formatIssuePath(keys.slice(0, -1)), fields: [String(keys.at(-1))] };
  const field = formatIssuePath(keys);
  if (issue.input === undefined && issue.kind === 'schema') return { code: 'missing', field };
  switch (issue.type) {
    case 'picklist':
    case 'literal':
      return { code: 'unknownValue', field, value: String(issue.input), allowed: allowedValues(issue) };
    case 'integer':
      return { code: 'wrongType', field, expected: 'int' };
    default:
      return issue.kind === 'schema' && issue.type !== 'union' && issue.type !== 'variant'
        ? { code: 'wrongType', field, expected: (issue.expected ?? issue.type).toLowerCase() }
        : { code: 'invalid', field };
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
