import * as v from 'valibot';
import {
  AgendaItemSchema,
  AttendanceSchema,
  CommitteeSchema,
  MeetingSchema,
  OptionalPositiveInteger,
  WrittenTreatmentSchema,
  type AgendaItem,
  type Attendance,
  type Committee,
  type Meeting,
  type MeetingFile,
  type MeetingHeader,
  type WrittenAnswer,
} from '../domain/model';
import { migrateCommitteeJson } from '../domain/meetingFile';
import { chatIdFromJoinUrl } from '../domain/teamsLink';
import { UnreadableRowError, type UnreadableRow } from '../domain/ports';
import { lazySchema } from '../domain/lazySchema';
import { MISSING_DATA, NOT_JSON, ROW_PARSE_OPTIONS, rowProblem, unreadableRow, type RowLabel, type RowProblem } from '../domain/unreadableRows';
import type { ListRow } from './listsGateway';
import { canonicalJson, hashFields } from './rowVersion';
import { committeeYearKey, conclusionText } from '../domain/registerColumns';
import { isItemExempt, publicTitleOf } from '../domain/confidentiality';
import { EXEMPT_STUB_VERSION, exemptRowAccess, exemptStub, hasClosedRow, stubAsRead } from '../domain/exemptRowAccess';
import { personKey } from '../domain/committeeAccess';

/**
 * Domain objects ↔ list row fields, in one place. `MotebokJson` holds the full object and is
 * what is read back (parsed with the domain schema); the other columns are for people browsing
 * the lists in SharePoint and for indexed queries.
 */

/**
 * The public stub of a sak whose row is closed to some readers (`exemptStub`), with the place it has
 * among the meeting's saker (the item rows' SortOrder) and the version it was made by
 * (`EXEMPT_STUB_VERSION`; none: written before the konklusjon's placeholder, see `stubAsRead`).
 */
const ExemptStubSchema = v.strictObject({
  sortOrder: v.pipe(v.number(), v.integer(), v.minValue(0)),
  item: AgendaItemSchema,
  // The model's own schema for a positive whole number: no new schema on every page's start-up (graph/startupSchemas.test.ts).
  version: OptionalPositiveInteger,
});
type ExemptStub = v.InferOutput<typeof ExemptStubSchema>;

/**
 * Meeting-level fields only: items live in their own rows. `exemptStubs` (optional, so rows written
 * before it parse) is not part of the meeting: derived from the items when written, turned into
 * `restricted` items when read (`readMeetingRows`).
 */
const { items: _items, ...meetingRowEntries } = MeetingSchema.entries;
const MeetingRowSchema = v.strictObject({ ...meetingRowEntries, exemptStubs: v.optional(v.array(ExemptStubSchema)) });

/**
 * The stubs of the meeting's saker with closed rows, in agenda order; none: the field is left out.
 * A `restricted` item (the stub of a row this reader could not read, as `stubAsRead` took it) is
 * written back as it was read: an outdated stub's konklusjon is then the placeholder, the cautious
 * reading, and the next save by someone who reads the sak makes it from the real sak again.
 */
function exemptStubs(meeting: Meeting): ExemptStub[] {
  return meeting.items.flatMap((item, sortOrder) => (hasClosedRow(item) ? [{ sortOrder, item: exemptStub(item), version: EXEMPT_STUB_VERSION }] : []));
}

/**
 * What the meeting records about one sak exempt as a whole (`isItemExempt`), kept in that sak's closed row
 * (`meetingParts` beside the sak in its `MotebokJson`) instead of the meeting row, which every reader of the
 * list reads: the ground of an inhabilitet in it (`grounds`; who stepped out, the decision and who took the
 * seat stay in the meeting row, as `viewFor` shows them), who came only for exempt saker and is not a member
 * by the entry (`attendance`, in the row of each sak they came for), and a written treatment's answers on it
 * (`answers`). Each with its place (`at`) in the meeting's list, so the joined meeting is the one saved.
 * Built at the first row read with it, not at every page's start-up (graph/startupSchemas.test.ts).
 */
const MeetingPartsSchema = lazySchema(() => {
  const at = v.pipe(v.number(), v.integer(), v.minValue(0));
  return v.strictObject({
    grounds: v.optional(v.array(v.strictObject({ at, ground: v.string() }))),
    attendance: v.optional(v.array(v.strictObject({ at, entry: AttendanceSchema }))),
    answers: v.optional(v.array(v.strictObject({ at, answer: WrittenTreatmentSchema().entries.answers.item }))),
  });
});
type MeetingParts = v.InferOutput<ReturnType<typeof MeetingPartsSchema>>;

/**
 * An item row's `MotebokJson`: the sak, and what the meeting records about it when it is exempt (`MeetingPartsSchema`,
 * built at the first row that holds such parts: a meeting without exempt saker's parts never builds it, nor the written
 * treatment's schema it takes an answer's from; h/parse60).
 */
const ItemRowSchema = lazySchema(() => v.strictObject({ ...AgendaItemSchema.entries, meetingParts: v.optional(v.lazy(() => MeetingPartsSchema())) }));

/** The sak in an item row's fields (or one of its versions), without the meeting's parts (`readMeetingRows` joins those). */
export function parseItemRow(fields: Record<string, unknown>): { value: AgendaItem } | { problem: RowProblem } {
  const parsed = parseRowData(ItemRowSchema(), fields);
  if (!('value' in parsed)) return parsed;
  const { meetingParts: _parts, ...item } = parsed.value;
  return { value: item };
}

type MeetingSplit = { header: MeetingHeader; parts: Map<string, MeetingParts> };
const splits = new WeakMap<Meeting, MeetingSplit>();
const NONE: ReadonlySet<string> = new Set();

/**
 * The meeting row's part of the meeting (without its saker, and without what `MeetingPartsSchema` keeps in the
 * exempt saker's rows) and each such sak's parts. A `restricted` sak (this reader has only its stub) keeps whatever
 * the meeting row holds of it: its row is not this reader's to write. So do the saker in `kept`: an approved
 * meeting's old rows, whose parts stay in the meeting row until a save writes the sak's row (`MeetingVersion.k`).
 * Memoised without `kept`: a save asks once per row.
 */
function splitMeeting(meeting: Meeting, kept: ReadonlySet<string> = NONE): MeetingSplit {
  const cached = kept.size === 0 ? splits.get(meeting) : undefined;
  if (cached) return cached;
  const { items: _items, ...header } = meeting;
  const parts = new Map<string, MeetingParts>();
  const exempt = new Set(meeting.items.filter((item) => !item.restricted && !kept.has(item.id) && isItemExempt(item)).map((item) => item.id));
  const partOf = (itemId: string): MeetingParts => {
    const part = parts.get(itemId) ?? {};
    parts.set(itemId, part);
    return part;
  };
  if (exempt.size > 0) {
    if (meeting.disqualifications) {
      header.disqualifications = meeting.disqualifications.map((entry, at) => {
        if (!exempt.has(entry.itemId) || entry.ground === undefined) return entry;
        (partOf(entry.itemId).grounds ??= []).push({ at, ground: entry.ground });
        const { ground: _ground, ...rest } = entry;
        return rest;
      });
    }
    header.attendance = meeting.attendance.filter((entry, at) => {
      const only = onlyForExempt(meeting, entry, exempt);
      for (const itemId of only) (partOf(itemId).attendance ??= []).push({ at, entry });
      return only.length === 0;
    });
    if (meeting.written) {
      header.written = {
        ...meeting.written,
        answers: meeting.written.answers.filter((answer, at) => {
          if (!exempt.has(answer.itemId)) return true;
          (partOf(answer.itemId).answers ??= []).push({ at, answer });
          return false;
        }),
      };
    }
  }
  const split = { header, parts };
  if (kept.size === 0) splits.set(meeting, split);
  return split;
}

/**
 * The exempt saker an attendance entry came for, when it came only for such saker and is not a member by the entry
 * (a substitute or the role `member`); none otherwise. Without the committee here, someone on its member list recorded
 * without a role and only for exempt saker counts as from outside: stricter than `viewFor` (`onlyForHidden`), never looser.
 */
export function onlyForExempt(meeting: Meeting, entry: Attendance, exempt: ReadonlySet<string>): string[] {
  if (entry.items === undefined || entry.items.length === 0 || entry.status === 'substitute' || entry.role === 'member') return [];
  const ids = meeting.items.map((item) => item.id);
  const attended = entry.items.flatMap(({ from, to }) => {
    const first = ids.indexOf(from);
    return first < 0 ? [] : ids.slice(first, (to === undefined ? first : ids.indexOf(to)) + 1);
  });
  return attended.length > 0 && attended.every((id) => exempt.has(id)) ? [...new Set(attended)] : [];
}

/** `entries` with `moved` back in at their places; one the list holds already (the same entry, an old meeting row) is not added twice. */
function putBack<T>(entries: readonly T[], moved: readonly { at: number; value: T }[]): T[] {
  const held = new Set(entries.map((entry) => canonicalJson(entry)));
  const seen = new Set<number>();
  const queue = [...moved].sort((a, b) => a.at - b.at).filter((entry) => !seen.has(entry.at) && !held.has(canonicalJson(entry.value)) && seen.add(entry.at));
  const result: T[] = [];
  let index = 0;
  while (index < entries.length || queue.length > 0) {
    const next = queue[0];
    if (next !== undefined && (next.at <= result.length || index >= entries.length)) result.push((queue.shift() as { value: T }).value);
    else result.push(entries[index++] as T);
  }
  return result;
}

/** The meeting with the parts its exempt saker's rows hold joined back (`MeetingPartsSchema`): a row's ground wins over the meeting row's. */
function joinParts(meeting: Meeting, parts: ReadonlyMap<string, MeetingParts>): Meeting {
  if (parts.size === 0) return meeting;
  const all = [...parts.entries()];
  const grounds = new Map(all.flatMap(([itemId, part]) => (part.grounds ?? []).map((entry) => [entry.at, { itemId, ground: entry.ground }] as const)));
  const joined: Meeting = {
    ...meeting,
    attendance: putBack(meeting.attendance, all.flatMap(([, part]) => (part.attendance ?? []).map((entry) => ({ at: entry.at, value: entry.entry })))),
  };
  if (meeting.disqualifications) {
    joined.disqualifications = meeting.disqualifications.map((entry, at) => {
      const moved = grounds.get(at);
      return moved && moved.itemId === entry.itemId ? { ...entry, ground: moved.ground } : entry;
    });
  }
  const answers = all.flatMap(([, part]) => (part.answers ?? []).map((entry): { at: number; value: WrittenAnswer } => ({ at: entry.at, value: entry.answer })));
  if (meeting.written && answers.length > 0) joined.written = { ...meeting.written, answers: putBack(meeting.written.answers, answers) };
  return joined;
}

/**
 * An item row's fields as a save writes them for a sak of this meeting: `itemFields`, with what the meeting records
 * about the sak when it is exempt (`splitMeeting`). The public stub a new exempt sak's row is created with is written
 * with `itemFields` alone.
 */
export function meetingItemFields(meeting: Meeting, item: AgendaItem, sortOrder: number, kept: ReadonlySet<string> = NONE): Record<string, unknown> {
  return itemFields(meeting, item, sortOrder, splitMeeting(meeting, kept).parts.get(item.id));
}

export function committeeFields(committee: Committee): Record<string, unknown> {
  return { Title: limit(committee.name), CommitteeId: committee.id, ShortName: committee.shortName, MotebokJson: canonicalJson(committee) };
}

export function meetingFields(meeting: Meeting, kept: ReadonlySet<string> = NONE): Record<string, unknown> {
  const { header } = splitMeeting(meeting, kept);
  const stubs = exemptStubs(meeting);
  return {
    Title: limit(meeting.theme ?? `Møte ${meeting.date}`),
    MeetingId: meeting.id,
    CommitteeId: meeting.committeeId,
    MeetingDate: `${meeting.date}T00:00:00Z`,
    Status: meeting.status,
    Place: limit(meeting.place),
    ...teamsLinkFields(meeting),
    ClosedRows: stubs.length,
    // The version its stubs were made by; empty on a row with stubs: written before, for provisioning to rewrite.
    ...(stubs.length > 0 ? { StubVersion: EXEMPT_STUB_VERSION } : {}),
    MotebokJson: canonicalJson(stubs.length > 0 ? { ...header, exemptStubs: stubs } : header),
  };
}

/**
 * The indexed columns a Teams meeting is found by, only when the meeting has them: a site set up
 * before these columns existed refuses a value for them until provisioning has run again (the
 * write then goes through without them: ListsGateway.writeRows, LATER_COLUMNS).
 */
export function teamsLinkFields(meeting: Meeting): Record<string, string> {
  const chatId = chatIdFromJoinUrl(meeting.onlineMeetingJoinUrl);
  return { ...(meeting.teamsMeetingId ? { TeamsMeetingId: meeting.teamsMeetingId } : {}), ...(chatId ? { TeamsChatId: chatId } : {}) };
}

/**
 * The access a sak's row should have, as a key: a stable hash of the sorted entries `exemptRowAccess`
 * gives it (each person by `personKey`, with their level) — who is entitled by the marking and its
 * grants, the meeting's invitees, chair and referent, and the committee's roles, referents,
 * secretariat and vara setting. Undefined for a row that inherits (`hasClosedRow`). Taken with the
 * referents writing (not frozen): the freeze and the reopening set every row themselves. A save that
 * finds another key than the one the row was read or last closed with sets the row's access
 * (`SharePointMeetingRepository.saveMeeting`), whatever changed it: the sak, the meeting or the committee.
 */
export function closedRowKey(file: MeetingFile, item: AgendaItem): string | undefined {
  const access = exemptRowAccess(file, item, { frozen: false });
  if (!access) return undefined;
  return hashFields({ access: access.map((entry) => `${personKey(entry.person)}=${entry.level}`).sort() });
}

/** What an item row copies from its meeting (for the decision register's indexed columns). */
export type ItemMeeting = Pick<Meeting, 'id' | 'committeeId' | 'date'>;

export function itemFields(meeting: ItemMeeting, item: AgendaItem, sortOrder: number, parts?: MeetingParts): Record<string, unknown> {
  const exempt = item.confidentiality?.exempt;
  return {
    // The visible columns are read without Møtebok's rules (SharePoint's own list views, the decision
    // register), so an exempt sak shows its public title there; the full sak is in MotebokJson only.
    Title: limit(exempt ? publicTitleOf(exempt, 'nb') : item.title),
    ItemId: item.id,
    MeetingId: meeting.id,
    CaseNumber: item.caseNumber ?? '',
    SortOrder: sortOrder,
    Kinds: limit(item.kinds.join(', ')),
    Outcome: item.outcome,
    ...registerFields(meeting, item),
    MotebokJson: canonicalJson(parts === undefined ? item : { ...item, meetingParts: parts }),
  };
}

/**
 * The decision register's columns of an item row: written with every save, so a meeting moved to
 * another date rewrites its saker's rows too (their field hash changes).
 */
export function registerFields(meeting: ItemMeeting, item: AgendaItem): Record<string, unknown> {
  const year = Number(meeting.date.slice(0, 4));
  return {
    CommitteeId: meeting.committeeId,
    MeetingDate: `${meeting.date}T00:00:00Z`,
    MeetingYear: year,
    CommitteeYear: committeeYearKey(meeting.committeeId, year),
    // An exempt sak's konklusjon stays out of the register's column (see itemFields).
    Conclusion: item.confidentiality?.exempt ? '' : conclusionText(item.conclusion),
    ...followUpFields(item),
  };
}

/**
 * The sak's oppfølgingspunkter as the register and «Nytt møte» query them: how many (indexed) and
 * their task references as JSON (what `FollowUpSchema.task` holds, no content of the sak, so an
 * exempt sak carries them too). Written with every save, so adding or removing a point writes them.
 */
export function followUpFields(item: AgendaItem): { FollowUpCount: number; FollowUpTasks: string } {
  const tasks = (item.followUps ?? []).map((followUp) => followUp.task);
  return { FollowUpCount: tasks.length, FollowUpTasks: tasks.length > 0 ? JSON.stringify(tasks) : '' };
}

/** A row read: its value, or the row set aside with what is wrong with it. */
export type RowRead<T> = { ok: true; value: T } | { ok: false; unreadable: UnreadableRow };

/** Parses one row's data column on its own, so a bad row is named instead of failing its neighbours. */
function readRow<T>(schema: v.GenericSchema<unknown, T>, row: ListRow, label: RowLabel, migrate: (json: unknown) => unknown = (json) => json): RowRead<T> {
  const parsed = parseRowData(schema, row.fields, migrate);
  return 'value' in parsed ? { ok: true, value: parsed.value } : { ok: false, unreadable: unreadableRow(label, row, parsed.problem) };
}

/** The object in a field set's `MotebokJson` (a row, or one of its versions), or what is wrong with it (`title` missing). */
export function parseRowData<T>(
  schema: v.GenericSchema<unknown, T>,
  fields: Record<string, unknown>,
  migrate: (json: unknown) => unknown = (json) => json,
): { value: T } | { problem: RowProblem } {
  const raw = fields['MotebokJson'];
  if (typeof raw !== 'string') return { problem: MISSING_DATA };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { problem: NOT_JSON };
  }
  const result = v.safeParse(schema, migrate(json), ROW_PARSE_OPTIONS);
  if (result.success) return { value: result.output };
  const [first] = result.issues;
  return { problem: first ? rowProblem(first) : { code: 'invalid', field: '' } };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function readCommitteeRow(row: ListRow): RowRead<Committee> {
  // Rows written before case number formats carry the old padding; they read as the same numbers.
  return readRow(CommitteeSchema, row, { kind: 'committee', ...optional('name', text(row.fields['Title'])) }, migrateCommitteeJson);
}

/** The committee in a row; throws UnreadableRowError naming the row when it cannot be read. */
export function committeeFromRow(row: ListRow): Committee {
  const read = readCommitteeRow(row);
  if (!read.ok) throw new UnreadableRowError(read.unreadable);
  return read.value;
}

/**
 * `rows` holds the row each of `meeting.items` was read from, in the same order (undefined for a `restricted` item: it has
 * none). `moving`: the rows that do not hold what a save writes now of the meeting's parts (`MeetingPartsSchema`): a
 * meeting row written before that still holds them (`header`), an exempt sak's row without them (`items`, by item id).
 */
export type MeetingRead =
  | { ok: true; meeting: Meeting; rows: (ListRow | undefined)[]; unreadable: UnreadableRow[]; moving?: { header: boolean; items: ReadonlySet<string> } }
  | { ok: false; unreadable: UnreadableRow };

/**
 * A meeting from its header row and item rows, each parsed on its own: an item row that cannot be
 * read (or repeats another item's id or case number) is left out and named; the meeting and its
 * other items are there. Only a header row that cannot be read makes the meeting unreadable.
 *
 * A sak whose row the reader may not read (SharePoint leaves it out of the answer) comes from its
 * stub in the meeting row instead, flagged `restricted`, in its place by sort order. A row that is
 * there but cannot be parsed is named, never replaced by its stub.
 */
export function readMeetingRows(meetingRow: ListRow, itemRows: readonly ListRow[]): MeetingRead {
  const header = readRow(MeetingRowSchema, meetingRow, { kind: 'meeting', ...optional('date', text(meetingRow.fields['MeetingDate'])) });
  if (!header.ok) return header;
  const unreadable: UnreadableRow[] = [];
  const items: AgendaItem[] = [];
  const rows: (ListRow | undefined)[] = [];
  const ids = new Set<string>();
  const caseNumbers = new Set<string>();
  const parts = new Map<string, MeetingParts>();
  for (const row of [...itemRows].sort((a, b) => sortOrderOf(a) - sortOrderOf(b))) {
    const label: RowLabel = { kind: 'item', meetingDate: header.value.date, ...optional('caseNumber', text(row.fields['CaseNumber'])), ...optional('title', text(row.fields['Title'])) };
    const read = readRow(ItemRowSchema(), row, label);
    if (!read.ok) unreadable.push(read.unreadable);
    else if (ids.has(read.value.id)) unreadable.push(unreadableRow(label, row, { code: 'duplicate', field: 'id', value: read.value.id }));
    else if (read.value.caseNumber !== null && caseNumbers.has(read.value.caseNumber)) unreadable.push(unreadableRow(label, row, { code: 'duplicate', field: 'caseNumber', value: read.value.caseNumber }));
    else {
      ids.add(read.value.id);
      if (read.value.caseNumber !== null) caseNumbers.add(read.value.caseNumber);
      const { meetingParts, ...item } = read.value;
      if (meetingParts) parts.set(item.id, meetingParts);
      items.push(item);
      rows.push(row);
    }
  }
  const { exemptStubs: stubs = [], ...meeting } = header.value;
  const present = new Set(itemRows.map((row) => row.fields['ItemId']));
  const missing = stubs.filter((stub) => !present.has(stub.item.id) && !ids.has(stub.item.id));
  if (missing.length > 0) {
    // Merged by sort order: the rows' SortOrder and the stubs' were written by the same save.
    const entries = [
      ...items.map((item, index) => ({ order: sortOrderOf(rows[index] as ListRow), item, row: rows[index] })),
      ...missing.map((stub) => ({ order: stub.sortOrder, item: { ...stubAsRead(stub.item, stub.version), restricted: true as const }, row: undefined })),
    ].sort((a, b) => a.order - b.order);
    return joined({ ...meeting, items: entries.map((entry) => entry.item) }, entries.map((entry) => entry.row), unreadable, parts);
  }
  // Header and items were each parsed with their schemas, so together they are a Meeting.
  return joined({ ...meeting, items }, rows, unreadable, parts);
}

/**
 * The meeting read, its exempt saker's parts joined back (`joinParts`), and which rows do not hold them as a save
 * writes them now (`MeetingRead.moving`): those the next save writes, whatever else changed.
 */
function joined(header: Meeting, rows: (ListRow | undefined)[], unreadable: UnreadableRow[], parts: ReadonlyMap<string, MeetingParts>): MeetingRead {
  const meeting = joinParts(header, parts);
  const split = splitMeeting(meeting);
  // No row held parts and the save would move none: the meeting is the header as read (`joinParts`) and the split's
  // header is it without its saker, entry for entry, so nothing is moving and the comparisons below need not be made
  // (each a `canonicalJson` of the meeting's header or a sak's parts; h/parse60).
  if (parts.size === 0 && split.parts.size === 0) return { ok: true, meeting, rows, unreadable };
  const { items: _items, ...held } = header;
  const stale = (item: AgendaItem) => !item.restricted && canonicalJson(parts.get(item.id) ?? null) !== canonicalJson(split.parts.get(item.id) ?? null);
  const items = new Set(meeting.items.filter(stale).map((item) => item.id));
  const moving = canonicalJson(held) !== canonicalJson(split.header);
  return { ok: true, meeting, rows, unreadable, ...(moving || items.size > 0 ? { moving: { header: moving, items } } : {}) };
}

/** The meeting in these rows, for callers that need every row: throws UnreadableRowError naming the first row that cannot be read. */
export function meetingFromRows(meetingRow: ListRow, itemRows: readonly ListRow[]): Meeting {
  const read = readMeetingRows(meetingRow, itemRows);
  if (!read.ok) throw new UnreadableRowError(read.unreadable);
  const [first] = read.unreadable;
  if (first) throw new UnreadableRowError(first);
  return read.meeting;
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}

// One schema for every row: sorting a meeting's rows asks for each row's order many times. Built at the
// first sort, not at every page's start-up (startupSchemas ratchet).
const SortOrderSchema = lazySchema(() => v.pipe(v.unknown(), v.transform(Number), v.number()));

function sortOrderOf(row: ListRow): number {
  const value = v.safeParse(SortOrderSchema(), row.fields['SortOrder']);
  return value.success ? value.output : 0;
}

/** SharePoint single-line text columns hold 255 characters. */
function limit(value: string): string {
  const characters = [...value];
  return characters.length <= 255 ? value : characters.slice(0, 254).join('') + '…';
}
