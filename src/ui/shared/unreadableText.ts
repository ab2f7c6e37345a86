import { formatDateLong } from '../../domain/dates';
import type { UnreadableRow } from '../../domain/ports';
import type { RowLabel, RowProblem } from '../../domain/unreadableRows';
import type { DraftNotice } from './autosave/meetingAutosave';
import type { Translate } from './i18n';
import type { CommonKey } from './messages';

/**
 * Stored rows and drafts that could not be read, in the user's language: the domain says which row
 * and what is wrong as data (`domain/unreadableRows.ts`), this words it from the common catalogue.
 * "Sak 2026.03 «Budsjett» i møtet 11.06.2026 kunne ikke leses: feltet 'title' mangler."
 */

type T = Translate<CommonKey>;

const TYPES = ['string', 'number', 'int', 'boolean', 'array', 'object'] as const;

/** What is wrong, as the end of a sentence: "feltet 'title' mangler". */
export function rowProblemText(problem: RowProblem, t: T): string {
  const field = problem.field === '' ? t('unreadable.data') : t('unreadable.field', { field: problem.field });
  switch (problem.code) {
    case 'missing':
      return t('unreadable.missing', { field });
    case 'wrongType': {
      const known = TYPES.find((type) => type === problem.expected);
      return t('unreadable.wrongType', { field, type: known ? t(`unreadable.type.${known}`) : problem.expected });
    }
    case 'unknownValue':
      return t('unreadable.unknownValue', { field, value: problem.value, allowed: problem.allowed.join(', ') });
    case 'unknownFields':
      return t('unreadable.unknownFields', { field, fields: problem.fields.join(', ') });
    case 'notJson':
      return t('unreadable.notJson', { field });
    case 'duplicate':
      return t('unreadable.duplicate', { field, value: problem.value });
    case 'invalid':
      return t('unreadable.invalid', { field });
  }
}

function quoted(text: string | undefined, t: T): string | undefined {
  return text && text.trim() !== '' ? t('unreadable.quoted', { text: text.trim() }) : undefined;
}

function dateText(date: string | undefined): string | undefined {
  return date && /^\d{4}-\d{2}-\d{2}/.test(date) ? formatDateLong(date.slice(0, 10)) : undefined;
}

/** "Sak 2026.03 «Budsjett» i møtet 11.06.2026", "Møtet 11.06.2026", "Møteorganet «Partnerskapsmøtet»". */
export function rowName(label: RowLabel, rowId: string, t: T): string {
  switch (label.kind) {
    case 'committee': {
      const name = quoted(label.name, t);
      return name ? t('unreadable.committee', { name }) : t('unreadable.committeeRow', { id: rowId });
    }
    case 'meeting': {
      const date = dateText(label.date);
      return date ? t('unreadable.meeting', { name: [date, quoted(label.theme, t)].filter(Boolean).join(' ') }) : t('unreadable.meetingRow', { id: rowId });
    }
    case 'item': {
      const parts = [label.caseNumber, quoted(label.title, t)].filter(Boolean).join(' ');
      const name = parts ? t('unreadable.item', { name: parts }) : t('unreadable.itemRow', { id: rowId });
      const date = dateText(label.meetingDate);
      return date ? t('unreadable.inMeeting', { name, date }) : name;
    }
  }
}

/** The row and what is wrong with it, as a sentence. */
export function unreadableRowText(row: UnreadableRow, t: T): string {
  return t('unreadable.sentence', { name: rowName(row.label, row.rowId, t), problem: rowProblemText(row.problem, t) });
}

/** A draft on this machine that could not be read, naming its part and the field, and that it is kept. */
export function draftNoticeText(notice: DraftNotice, t: T): string {
  const { part } = notice;
  const name = part.kind === 'item' ? [part.caseNumber, quoted(part.title, t)].filter(Boolean).join(' ') : '';
  const partText = part.kind === 'meeting' ? t('unreadable.draftMeeting') : part.kind === 'item' ? t('unreadable.draftItem', { name }) : t('unreadable.draftGone');
  return t('unreadable.draft', { part: partText, problem: rowProblemText(notice.problem, t) });
}
