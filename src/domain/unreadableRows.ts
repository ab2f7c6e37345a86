import type * as z from 'zod/mini';
import { formatDateLong } from './dates';
import { formatIssuePath, norwegianMessage, TYPE_NAMES } from './meetingFile';
import type { UnreadableRow } from './ports';

/**
 * Norwegian sentences for stored rows that cannot be read: which row ("Sak 2026.03 «Budsjett» i
 * møtet 11.06.2026") and what is wrong with it, from the first zod issue ("feltet 'title'
 * mangler"). Pure: the Graph layer (listRows.ts) supplies what the row's own columns say.
 */

/**
 * Parse options for stored rows: Norwegian wording for zod's generic checks, as for meeting files; the
 * input kept on each issue tells "missing" from "wrong type". `jitless`: zod's checks without its
 * eval-compiled fast path, which compiles a function per object schema on its first parse. A page
 * parses a meeting's handful of rows once as it opens it, so that compiling cost more than it saved:
 * the first parse of a meeting's rows took about 31 ms with it and 8.5 ms without (median of 8 fresh
 * Node processes, 2026-12-02), the same result, and later parses take about the same time (issue 14).
 */
export const ROW_PARSE_OPTIONS = { error: (issue: z.core.$ZodRawIssue) => norwegianMessage(issue), reportInput: true, jitless: true };

/** What is wrong, as the end of a sentence: "feltet 'title' mangler". */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const path = formatIssuePath(issue.path);
  const field = path === '' ? 'dataene' : `feltet '${path}'`;
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return `${field} mangler`;
      return `${field} skal være ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    }
    case 'invalid_value':
      return `${field} har en ukjent verdi${issue.input === undefined ? '' : ` («${String(issue.input)}»)`}. Tillatt: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `${field} har ukjente felt: ${issue.keys.join(', ')}`;
    default:
      // Parsed with ROW_PARSE_OPTIONS, so the message is the schema's own or parseMeetingFile's Norwegian wording.
      return `${field}: ${issue.message.replace(/\.$/, '')}`;
  }
}

/** The row's data column is missing or is not JSON. */
export const MISSING_DATA = "feltet 'MotebokJson' mangler";
export const NOT_JSON = "feltet 'MotebokJson' er ikke gyldig JSON";

/** How a row names itself, from its own visible columns (which SharePoint keeps even when the data is broken). */
export type RowLabel =
  | { kind: 'committee'; name?: string }
  | { kind: 'meeting'; date?: string; theme?: string }
  | { kind: 'item'; caseNumber?: string; title?: string; meetingDate?: string };

function dateText(date: string | undefined): string | undefined {
  if (!date || !/^\d{4}-\d{2}-\d{2}/.test(date)) return undefined;
  return formatDateLong(date.slice(0, 10));
}

function quoted(text: string | undefined): string {
  return text && text.trim() !== '' ? ` «${text.trim()}»` : '';
}

/** "Sak 2026.03 «Budsjett» i møtet 11.06.2026", "Møtet 11.06.2026", "Møteorganet «Partnerskapsmøtet»". */
export function rowName(label: RowLabel, rowId: string): string {
  switch (label.kind) {
    case 'committee':
      return label.name ? `Møteorganet${quoted(label.name)}` : `Møteorganet i rad ${rowId}`;
    case 'meeting': {
      const date = dateText(label.date);
      return date ? `Møtet ${date}${quoted(label.theme)}` : `Møtet i rad ${rowId}`;
    }
    case 'item': {
      const number = label.caseNumber ? ` ${label.caseNumber}` : '';
      const title = quoted(label.title);
      const name = number || title ? `Sak${number}${title}` : `Saken i rad ${rowId}`;
      const date = dateText(label.meetingDate);
      return date ? `${name} i møtet ${date}` : name;
    }
  }
}

/** The row set aside, with its sentence. */
export function unreadableRow(label: RowLabel, row: { id: string; webUrl?: string | undefined }, problem: string): UnreadableRow {
  return {
    kind: label.kind,
    rowId: row.id,
    ...(row.webUrl ? { webUrl: row.webUrl } : {}),
    message: `${rowName(label, row.id)} kunne ikke leses: ${problem}.`,
  };
}
