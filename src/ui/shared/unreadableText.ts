import { formatDateLong } from '../../domain/dates';
import { afterSakWord } from '../../domain/sakWord';
import type { UnreadableRow } from '../../domain/ports';
import type { RowLabel, RowProblem } from '../../domain/unreadableRows';
import type { DraftNotice } from './autosave/meetingAutosave';
import type { Translate } from './i18n';
import { typeName } from './typeNames';
import type { UnreadableKey } from './unreadableMessages';

/**
 * Stored rows and drafts that could not be read, in the user's language: the domain says which row
 * and what is wrong as data (`domain/unreadableRows.ts`), this words it from the `unreadable`
 * namespace (`unreadableMessages.ts`).
 * "Sak 2026.03 «Budsjett» i møtet 11.06.2026 kunne ikke leses: feltet 'title' mangler."
 */

type T = Translate<UnreadableKey>;

/** What is wrong, as the end of a sentence: "feltet 'title' mangler". */
export function rowProblemText(problem: RowProblem, t: T): string {
  const field = problem.field === '' ? t('data') : t('field', { field: problem.field });
  switch (problem.code) {
    case 'missing':
      return t('missing', { field });
    case 'wrongType':
      return t('wrongType', { field, type: typeName(problem.expected) });
    case 'unknownValue':
      return t('unknownValue', { field, value: problem.value, allowed: problem.allowed.join(', ') });
    case 'unknownFields':
      return t('unknownFields', { field, fields: problem.fields.join(', ') });
    case 'notJson':
      return t('notJson', { field });
    case 'duplicate':
      return t('duplicate', { field, value: problem.value });
    case 'invalid':
      return t('invalid', { field });
  }
}

function quoted(text: string | undefined, t: T): string | undefined {
  return text && text.trim() !== '' ? t('quoted', { text: text.trim() }) : undefined;
}

function dateText(date: string | undefined): string | undefined {
  return date && /^\d{4}-\d{2}-\d{2}/.test(date) ? formatDateLong(date.slice(0, 10)) : undefined;
}

/** "Sak 2026.03 «Budsjett» i møtet 11.06.2026", "Møtet 11.06.2026", "Møteorganet «Partnerskapsmøtet»". */
export function rowName(label: RowLabel, rowId: string, t: T): string {
  switch (label.kind) {
    case 'committee': {
      const name = quoted(label.name, t);
      return name ? t('committee', { name }) : t('committeeRow', { id: rowId });
    }
    case 'meeting': {
      const date = dateText(label.date);
      return date ? t('meeting', { name: [date, quoted(label.theme, t)].filter(Boolean).join(' ') }) : t('meetingRow', { id: rowId });
    }
    case 'item': {
      const parts = [label.caseNumber && afterSakWord(label.caseNumber), quoted(label.title, t)].filter(Boolean).join(' ');
      const name = parts ? t('item', { name: parts }) : t('itemRow', { id: rowId });
      const date = dateText(label.meetingDate);
      return date ? t('inMeeting', { name, date }) : name;
    }
  }
}

/** The row and what is wrong with it, as a sentence. */
export function unreadableRowText(row: UnreadableRow, t: T): string {
  return t('sentence', { name: rowName(row.label, row.rowId, t), problem: rowProblemText(row.problem, t) });
}

/** A draft on this machine that could not be read, naming its part and the field, and that it is kept. */
export function draftNoticeText(notice: DraftNotice, t: T): string {
  const { part } = notice;
  const name = part.kind === 'item' ? [part.caseNumber && afterSakWord(part.caseNumber), quoted(part.title, t)].filter(Boolean).join(' ') : '';
  const partText = part.kind === 'meeting' ? t('draftMeeting') : part.kind === 'item' ? t('draftItem', { name }) : t('draftGone');
  return t('draft', { part: partText, problem: rowProblemText(notice.problem, t) });
}
