import { z } from 'zod';
import { AgendaItemSchema, CommitteeSchema, MeetingSchema, type AgendaItem, type Committee, type Meeting } from '../domain/model';
import { migrateCommitteeJson } from '../domain/meetingFile';
import type { ListRow } from './listsGateway';
import { canonicalJson } from './rowVersion';

/**
 * Domain objects ↔ list row fields, in one place. `MotebokJson` holds the full object and is
 * what is read back (parsed with the domain schema); the other columns are for people browsing
 * the lists in SharePoint and for indexed queries.
 */

/** Meeting-level fields only: items live in their own rows. */
const MeetingRowSchema = MeetingSchema.omit({ items: true });

export function committeeFields(committee: Committee): Record<string, unknown> {
  return { Title: limit(committee.name), CommitteeId: committee.id, ShortName: committee.shortName, MotebokJson: canonicalJson(committee) };
}

export function meetingFields(meeting: Meeting): Record<string, unknown> {
  const { items: _items, ...header } = meeting;
  return {
    Title: limit(meeting.theme ?? `Møte ${meeting.date}`),
    MeetingId: meeting.id,
    CommitteeId: meeting.committeeId,
    MeetingDate: `${meeting.date}T00:00:00Z`,
    Status: meeting.status,
    Place: limit(meeting.place),
    MotebokJson: canonicalJson(header),
  };
}

export function itemFields(meetingId: string, item: AgendaItem, sortOrder: number): Record<string, unknown> {
  return {
    Title: limit(item.title),
    ItemId: item.id,
    MeetingId: meetingId,
    CaseNumber: item.caseNumber ?? '',
    SortOrder: sortOrder,
    Kinds: limit(item.kinds.join(', ')),
    Outcome: item.outcome,
    MotebokJson: canonicalJson(item),
  };
}

function jsonOf(row: ListRow): unknown {
  const raw = row.fields['MotebokJson'];
  if (typeof raw !== 'string') throw new Error(`Listeraden ${row.id} mangler Møtebok-data (MotebokJson)`);
  return JSON.parse(raw);
}

/** Rows written before case number formats carry the old padding; they read as the same numbers. */
export function committeeFromRow(row: ListRow): Committee {
  return CommitteeSchema.parse(migrateCommitteeJson(jsonOf(row)));
}

export function meetingFromRows(meetingRow: ListRow, itemRows: readonly ListRow[]): Meeting {
  const header = MeetingRowSchema.parse(jsonOf(meetingRow));
  const items = [...itemRows]
    .sort((a, b) => sortOrderOf(a) - sortOrderOf(b))
    .map((row) => AgendaItemSchema.parse(jsonOf(row)));
  return MeetingSchema.parse({ ...header, items });
}

function sortOrderOf(row: ListRow): number {
  const value = z.coerce.number().safeParse(row.fields['SortOrder']);
  return value.success ? value.data : 0;
}

/** SharePoint single-line text columns hold 255 characters. */
function limit(value: string): string {
  const characters = [...value];
  return characters.length <= 255 ? value : characters.slice(0, 254).join('') + '…';
}
