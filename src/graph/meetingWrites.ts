import type { Client } from '@microsoft/microsoft-graph-client';
import * as v from 'valibot';
import { checkedMeeting } from '../domain/meetingFile';
import { frozenChangeRefusal } from '../domain/minutesApproval';
import type { AgendaItem, Committee, Meeting, MeetingFile } from '../domain/model';
import { EXEMPT_STUB_VERSION, entitlementChanged, exemptStub, hasClosedRow } from '../domain/exemptRowAccess';
import { ConflictError, StorageError, type RowAccessFailure, type SaveOptions, type Versioned } from '../domain/ports';
import { SCOPES } from '../auth/scopes';
import { runBatch } from './batch';
import type { FilesGateway } from './filesGateway';
import type { GraphClientFactory } from './graphClient';
import { unexpectedAnswer } from './graphError';
import { closedRowKey, committeeFields, itemFields, meetingFields, meetingItemFields, readMeetingRows, teamsLinkFields, type MeetingRead } from './listRows';
import { ListsGateway, type ListRow, type ProvisioningReport, type RowWrite } from './listsGateway';
import { nextBodyField } from './nextBodyColumn';
import { exemptPartsCount, heldSaker, holdsExemptParts, partsInRow, rowHoldsExemptParts, withPartsInRow } from './exemptPartsHeld';
import { decodeMeetingVersion, decodeRowVersion, encodeVersion, frozenState, hashFields, type MeetingVersion, type RowVersion } from './rowVersion';

/*
 * The writing half of `SharePointMeetingRepository` (sharePointMeetingRepository.ts): saving a meeting
 * or a committee, and setting the site up. It is its own chunk, loaded with the first write, so a page
 * that only reads — the stage — carries none of it at start (issue 14: start-up JavaScript). The
 * repository is still the one way to write: these functions are its methods' bodies, given its state.
 */

/** What the writes need of the repository they belong to. */
/** «Lag saksframlegg» is a write too: in this chunk, never on a page that only reads. */
export { storeCaseMemo } from './caseMemoStore';

export interface WriteContext {
  lists: ListsGateway;
  files: FilesGateway;
  storageClient: Client;
  clients: GraphClientFactory;
  siteId: string;
  rowAccess: ((file: MeetingFile, rowIds: readonly string[]) => Promise<void>) | undefined;
  /** Committees as last read or saved (`saveMeeting`'s access of exempt rows). */
  committees: Map<string, Committee>;
  /** The meeting's committee as last read or saved, else its row. */
  committeeOf(committeeId: string): Promise<Committee>;
  /** Tells the repository's `onRowAccessFailed` listeners. */
  tellRowAccessFailed(failure: RowAccessFailure): void;
}

/** What reading and writing the lists' rows needs: the repository's own, or «Rett tilgangene»'s (`moveExemptParts`). */
type ListContext = Pick<WriteContext, 'lists' | 'storageClient'>;

/** A sak whose row's access the save sets (`closedRowKey` differs from the version's, `accessDue`). */
interface AccessChange {
  item: AgendaItem;
  key: string | undefined;
  created: boolean;
}

/** As ensureProvisioned, saying what it created (nothing on a second run). */
export async function provision(ctx: WriteContext): Promise<ProvisioningReport> {
  // Creating lists and columns needs Sites.Manage.All, asked for only here.
  const manager = new ListsGateway(ctx.clients([...SCOPES.storage, ...SCOPES.provisioning]), ctx.siteId);
  const report = await manager.ensureProvisioned();
  ctx.lists.adoptListIds(manager);
  ctx.lists.forgetMissingColumns();
  await ctx.files.driveId();
  await fillMeetingColumns(ctx);
  // The register's module loads with set-up (rare), not with every page that opens a meeting.
  const { fillRegisterColumns } = await import(/* webpackChunkName: "register" */ './decisionRegister');
  await fillRegisterColumns(ctx.storageClient, ctx.lists);
  return report;
}

/**
 * Migration for sites set up before the Teams link columns, `ClosedRows` and `StubVersion` existed
 * (listDefinitions.ts): meeting rows whose TeamsMeetingId/TeamsChatId/ClosedRows/StubVersion do not say
 * what their MotebokJson says (its public stubs, one per sak with a closed row) get those columns
 * written (If-Match, so nobody's newer save is overwritten: a row saved meanwhile was written with them
 * anyway). Reads only once every row is up to date.
 *
 * And the stubs themselves, when written before `EXEMPT_STUB_VERSION` (`hasOutdatedStubs`): the public
 * reader cannot know whether such a sak's konklusjon was recorded (`stubAsRead` takes it as withheld),
 * the one who sets the site up normally can. Those meetings' item rows are read (by the indexed
 * `MeetingId`, 20 meetings to a `$batch`) and the meeting row is written as a save would write it now
 * (`meetingFields`), its stubs made from the real saker. A meeting with a sak this user cannot read, or
 * whose row cannot be parsed, stays as it is (its old stubs still read as withheld), as does a meeting row
 * this user may not write (403, another committee's approved meeting) or that was saved meanwhile (412):
 * the next run, or someone who reads it all, does it. Approved
 * meetings too: the stub is what others read of the sak, not part of the record, which stays as approved.
 */
async function fillMeetingColumns(ctx: WriteContext): Promise<void> {
  const writes: RowWrite[] = [];
  const outdated: ListRow[] = [];
  for (const row of await ctx.lists.all('MotebokMeetings')) {
    const read = readMeetingRows(row, []);
    if (!read.ok) continue;
    if (hasOutdatedStubs(row) || holdsExemptParts(read.meeting)) {
      outdated.push(row);
      continue;
    }
    // Read without its item rows, the meeting's items are the stubs of its closed rows.
    writes.push(...staleColumns(row, meetingColumns(read.meeting, read.meeting.items.length > 0 ? EXEMPT_STUB_VERSION : undefined)));
  }
  await ctx.lists.writeRows(writes).catch((error: unknown) => {
    if (!(error instanceof ConflictError)) throw error;
  });
  await writeFromSaker(ctx, outdated);
}

/**
 * What the start-up check names `exemptPartsInMeetingRow` (sitePermissions.ts `heldExemptParts`), moved by «Rett tilgangene»
 * as set-up moves it: the committees' meeting rows with closed rows (`meetingsWithClosedRows`, one indexed query each —
 * only a meeting with an exempt sak has its stub, and can hold its parts), those still holding parts (`rowHoldsExemptParts`)
 * read with their saker's rows and written from them (`writeFromSaker`: the sak's row first, then the meeting row).
 * Called by the repair (sitePermissions.ts `repairPermissions`) with a lists gateway of its own over the session's storage
 * client, so no page's start-up carries a way to it.
 */
export async function moveExemptParts(ctx: ListContext, committeeIds: readonly string[]): Promise<PartsLeft[]> {
  const left: PartsLeft[] = [];
  for (const committeeId of committeeIds) {
    const holding = (await meetingsWithClosedRows(ctx, committeeId)).filter(rowHoldsExemptParts);
    left.push(...(await writeFromSaker(ctx, holding)));
  }
  return left;
}

/**
 * A meeting whose parts SharePoint refused to move (403: its saker's rows could not be read, or a sak's row not written):
 * its row keeps them, counted (`PartsInRow`), so the start-up check names it again and the next «Rett tilgangene» tries
 * again; `saker` names the exempt saker it holds them of (their case number, else public title, from the row's stubs).
 */
export interface PartsLeft {
  row: ListRow;
  saker: string[];
  error: unknown;
}

/**
 * Each meeting row written again as a save writes it now, from its saker's rows (read by the indexed `MeetingId`, 20
 * meetings to a `$batch`): its stubs made from the real saker, and what it holds of an exempt sak moved into the sak's row.
 */
async function writeFromSaker(ctx: ListContext, outdated: readonly ListRow[]): Promise<PartsLeft[]> {
  const left: PartsLeft[] = [];
  for (const { row, read, refused } of await withItemRows(ctx, outdated)) {
    // SharePoint refused this meeting's sak rows (403): its row keeps what it holds, counted, and is named; the others go on.
    if (!read) {
      await countHeldParts(ctx, row);
      left.push({ row, saker: sakerHeldIn(row), error: refused });
      continue;
    }
    // A sak row that cannot be parsed is left out of the meeting read (written so, its stub would be lost); a sak
    // this user cannot read has only its stub to be made from. Either way the meeting waits for someone who reads it all.
    if (!read.ok || read.unreadable.length > 0 || read.meeting.items.some((item) => item.restricted)) {
      await countHeldParts(ctx, row);
      continue;
    }
    const { meeting } = read;
    // What the meeting row holds of an exempt sak (`holdsExemptParts`) goes into the sak's row first (its data only), then the
    // meeting row is written without it; a refused sak row leaves the meeting row as it is, nothing lost.
    const moves = meeting.items.flatMap((item, index): RowWrite[] => {
      const itemRow = read.rows[index];
      if (!itemRow || !read.moving?.items.has(item.id)) return [];
      const fields = { MotebokJson: meetingItemFields(meeting, item, index).MotebokJson };
      return [{ kind: 'update', key: `item:${item.id}`, list: 'MotebokAgendaItems', rowId: itemRow.id, eTag: itemRow.eTag, fields }];
    });
    // Each meeting on its own: one refused write leaves the others to be done.
    await ctx.lists
      .writeRows(moves)
      .then(() => ctx.lists.writeRows(staleColumns(row, withPartsInRow(meetingFields(meeting)))))
      .catch(async (error: unknown) => {
        leftAsItIs(error);
        await countHeldParts(ctx, row);
        if (isForbidden(error)) left.push({ row, saker: sakerHeldIn(row), error });
      });
  }
  return left;
}

/** The exempt saker a meeting row holds parts of, as its stubs name them: the case number, else the public title. */
function sakerHeldIn(row: ListRow): string[] {
  const read = readMeetingRows(row, []);
  return read.ok ? heldSaker(read.meeting).map((item) => item.caseNumber ?? item.title) : [];
}

const isForbidden = (error: unknown): boolean => error instanceof StorageError && error.kind === 'forbidden';

/** A meeting row whose parts stay where they are is counted (`PartsInRow`, from the row alone), so the start-up check names it. */
async function countHeldParts(ctx: ListContext, row: ListRow): Promise<void> {
  await ctx.lists.writeRows(staleColumns(row, { PartsInRow: partsInRow(row.fields) })).catch(leftAsItIs);
}

/** A meeting row saved meanwhile (412) or not this user's to write (403) is left as it is: the next run, or its secretariat, does it. */
function leftAsItIs(error: unknown): void {
  if (!(error instanceof ConflictError) && !isForbidden(error)) throw error;
}

const StubVersionsSchema = v.looseObject({ exemptStubs: v.optional(v.array(v.looseObject({ version: v.optional(v.number()) }))) });

/**
 * Whether a meeting row holds a stub made before `EXEMPT_STUB_VERSION` (listRows.ts reads it as `stubAsRead`
 * says). Here rather than in the read, which every page runs: only provisioning asks.
 */
function hasOutdatedStubs(row: ListRow): boolean {
  try {
    const data = v.safeParse(StubVersionsSchema, JSON.parse(String(row.fields['MotebokJson'])));
    return data.success && (data.output.exemptStubs ?? []).some((stub) => (stub.version ?? 1) < EXEMPT_STUB_VERSION);
  } catch {
    return false;
  }
}

/** A meeting row with its saker read, or SharePoint's refusal (403) of them. */
type RowsRead = { row: ListRow; read: MeetingRead; refused?: undefined } | { row: ListRow; read?: undefined; refused: unknown };

/**
 * Each meeting row read with its item rows (as this user may read them): by the indexed `MeetingId`, 20 meetings to a
 * `$batch`, none for none. A meeting whose item rows SharePoint refuses (403) comes back without a read (`refused`), the
 * others read: one refused meeting is no reason to leave the rest.
 */
async function withItemRows(ctx: ListContext, meetingRows: readonly ListRow[]): Promise<RowsRead[]> {
  if (meetingRows.length === 0) return [];
  const answers = await runBatch(
    ctx.storageClient,
    meetingRows.map((row, index) => ({ id: String(index), method: 'GET', url: ctx.lists.queryUrl('MotebokAgendaItems', 'MeetingId', String(row.fields['MeetingId'] ?? '')) })),
  );
  const read: RowsRead[] = [];
  for (const [index, row] of meetingRows.entries()) {
    try {
      read.push({ row, read: readMeetingRows(row, await ctx.lists.rowsAnswer(answers, String(index), 'MotebokAgendaItems')) });
    } catch (error) {
      if (!isForbidden(error)) throw error;
      read.push({ row, refused: error });
    }
  }
  return read;
}

/** The columns of a meeting row read without its item rows that provisioning fills in. */
function meetingColumns(meeting: Meeting, stubVersion: number | undefined): Record<string, unknown> {
  return {
    ...teamsLinkFields(meeting),
    ClosedRows: meeting.items.length,
    PartsInRow: exemptPartsCount(meeting),
    ...(stubVersion === undefined ? {} : { StubVersion: stubVersion }),
  };
}

/** The update of `row` with the fields of `wanted` it does not hold yet (none when it holds them all). */
function staleColumns(row: ListRow, wanted: Record<string, unknown>): RowWrite[] {
  const stale = Object.entries(wanted).filter(([column, value]) => row.fields[column] !== value);
  return stale.length > 0 ? [{ kind: 'update', key: row.id, list: 'MotebokMeetings', rowId: row.id, eTag: row.eTag, fields: Object.fromEntries(stale) }] : [];
}

/**
 * Stores the committee's settings. When they change who is entitled to exempt content (`entitlementChanged`)
 * and the repository sets row access (`rowAccess`), the committee's closed rows whose access key changes
 * (`closedRowKey`) get their access at once (`reapplyClosedRows`): nobody who lost entitlement keeps Read
 * until a later save of the meeting. The settings are stored first and stay stored if that step fails.
 */
export async function saveCommittee(ctx: WriteContext, committee: Committee, version?: string): Promise<Versioned<Committee>> {
  const previous = ctx.committees.get(committee.id);
  const fields = committeeFields(committee);
  let write: RowWrite;
  if (version) {
    const known = decodeRowVersion(version);
    write = { kind: 'update', key: 'committee', list: 'MotebokCommittees', rowId: known.r, eTag: known.e, fields };
  } else {
    const existing = await ctx.lists.query('MotebokCommittees', 'CommitteeId', committee.id);
    if (existing.length > 0) throw new ConflictError(`committee ${committee.id} exists already: created elsewhere since this page read`);
    write = { kind: 'create', key: 'committee', list: 'MotebokCommittees', fields };
  }
  const written = (await ctx.lists.writeRows([write])).get('committee');
  if (!written) throw unexpectedAnswer('Microsoft Graph', 'the committee row write', 'no answer for the row');
  ctx.committees.set(committee.id, committee);
  // A new committee has no meetings yet. Not known as it was (not read this session): every closed row is checked.
  const rowAccess = ctx.rowAccess;
  if (version && rowAccess && (!previous || entitlementChanged(previous, committee))) await reapplyClosedRows(ctx, previous, committee, rowAccess);
  return { value: committee, version: encodeVersion({ r: written.rowId, ...(written.eTag ? { e: written.eTag } : {}), h: hashFields(fields) }) };
}

/**
 * After a settings save: the access of each closed row of the committee whose key (`closedRowKey`) differs
 * between the committee as it was and as saved — for every meeting, draft to approved, each with its own
 * freeze (`applyItemRowAccess`: an approved meeting's rows get the frozen access, the referents reading).
 * Found without reading the committee's saker or its other meetings (`meetingsWithClosedRows`): the
 * meeting rows that have closed rows, by the indexed `CommitteeId` and `ClosedRows` (1 request, however
 * long the committee's history), then the item rows of those meetings only, by the indexed `MeetingId`
 * (1 `$batch`).
 * A failure (reading, or the permission step of a meeting) is told to `onRowAccessFailed` with the
 * committee and the saker left as they were; the settings are stored all the same.
 */
async function reapplyClosedRows(ctx: WriteContext, previous: Committee | undefined, committee: Committee, rowAccess: NonNullable<WriteContext['rowAccess']>): Promise<void> {
  const left: RowAccessFailure['saker'] = [];
  let error: unknown;
  try {
    for (const { row: meetingRow, read, refused } of await withItemRows(ctx, await meetingsWithClosedRows(ctx, committee.id))) {
      // A meeting whose saker SharePoint refused (403): its closed saker, as its stubs name them, are left; the others go on.
      if (!read) {
        error ??= refused;
        const stubs = readMeetingRows(meetingRow, []);
        const closed = stubs.ok ? stubs.meeting.items.filter(hasClosedRow) : [];
        left.push(...closed.map((item) => ({ itemId: item.id, caseNumber: item.caseNumber, title: item.title })));
        continue;
      }
      if (!read.ok) continue;
      const meeting = read.meeting;
      const due = meeting.items.flatMap((item, position) => {
        const row = read.rows[position];
        // A sak the secretariat cannot read (restricted) is left to «Rett tilgangene», as the meeting's save leaves it.
        if (!row || item.restricted || !hasClosedRow(item)) return [];
        const wanted = closedRowKey({ committee, meeting }, item);
        return previous && closedRowKey({ committee: previous, meeting }, item) === wanted ? [] : [{ item, rowId: row.id }];
      });
      if (due.length === 0) continue;
      try {
        await rowAccess({ committee, meeting }, due.map((entry) => entry.rowId));
      } catch (failed) {
        error ??= failed;
        left.push(...due.map(({ item }) => ({ itemId: item.id, caseNumber: item.caseNumber, title: item.title })));
      }
    }
  } catch (failed) {
    error = failed;
  }
  if (error === undefined) return;
  const failure: RowAccessFailure = { committeeId: committee.id, saker: left, error };
  ctx.tellRowAccessFailed(failure);
}

/**
 * The committee's meeting rows with public stubs (only those have closed rows): by the indexed `ClosedRows`
 * after the indexed `CommitteeId` — one request that does not grow with the meetings without closed rows.
 * A site set up before `ClosedRows` (the session's one read of the lists' columns, `checkLaterColumns`, which
 * also tells the secretariat that set-up is due) is read as before: every meeting row of the committee.
 */
async function meetingsWithClosedRows(ctx: ListContext, committeeId: string): Promise<ListRow[]> {
  if ((await ctx.lists.checkLaterColumns()).includes('MotebokMeetings.ClosedRows')) {
    return (await ctx.lists.query('MotebokMeetings', 'CommitteeId', committeeId)).filter((row) => {
      const read = readMeetingRows(row, []);
      return read.ok && read.meeting.items.length > 0;
    });
  }
  return ctx.lists.query('MotebokMeetings', 'CommitteeId', committeeId, 'fields/ClosedRows gt 0');
}

/**
 * Writes what changed since `version` was read: the meeting row if its fields changed, each
 * changed/new/removed item row — each with If-Match on its own eTag. Without a version the
 * meeting must be new. A 412 on any row is a ConflictError.
 *
 * A sak holding exempt content (`hasClosedRow`) has its row closed by the save that marks it, not
 * only at the send (`rowAccess`, SharePoint REST). SharePoint can stop an item inheriting only once
 * the item exists (`items(id)/breakroleinheritance` is its own request after the create), so the
 * order is what keeps the exempt text from ever being readable by the list's readers:
 * 1. a sak already stored and now marked, or whose entitled people changed (its grants, the meeting's
 *    chair or referent, the committee's roles or vara setting; `closedRowKey`): its row's access is set
 *    first, then the row written if it changed at all;
 * 2. a new sak holding exempt content: its row is created with the public stub (`exemptStub`, the
 *    same as the meeting row's), then closed, then the real sak is written into it (If-Match);
 * 3. a sak no longer exempt: written first, then its row inherits again (closed too tightly for a
 *    moment, never too loosely).
 * If the permission step fails, the save still stores everything (nothing typed is lost, on this
 * machine or any other), the row stays open, and `onRowAccessFailed` names the saker so the
 * workspace can say so; the start-up check names the open row (`exemptRowOpen`) and «Rett
 * tilgangene» closes it. The next save that writes the sak tries again.
 */
export async function saveMeeting(ctx: WriteContext, input: Meeting, version?: string, options: SaveOptions = {}): Promise<Versioned<Meeting>> {
  const meeting = checkedMeeting(input);
  const known: MeetingVersion | undefined = version ? decodeMeetingVersion(version) : undefined;
  if (!known) {
    const existing = await ctx.lists.query('MotebokMeetings', 'MeetingId', meeting.id);
    if (existing.length > 0) throw new ConflictError(`meeting ${meeting.id} exists already: created elsewhere since this page read`);
  }
  const writes: RowWrite[] = [];
  // An approved meeting's old rows: the parts its row still holds stay there while the sak's row is not written (`MeetingVersion.k`).
  const keptBefore = new Set(known?.k ?? []);
  const kept = new Set<string>();
  const itemFieldSets = new Map<string, Record<string, unknown>>();
  const access = new Map<string, AccessChange>();
  // The access each exempt row should have depends on the committee too (roles, vara setting): read
  // (once a session, else cached) only when the meeting has such a row, or had one.
  const rowAccess = ctx.rowAccess;
  const holdsClosedRows = meeting.items.some((item) => !item.restricted && (hasClosedRow(item) || known?.i[item.id]?.c !== undefined));
  const file: MeetingFile | undefined = rowAccess && holdsClosedRows ? { committee: await ctx.committeeOf(meeting.committeeId), meeting } : undefined;
  // Approving the referat writes every sak's row too, unchanged: each gets a new eTag, so a side
  // panel still holding the old one is refused (412), reads again and meets the freeze.
  const approving = known !== undefined && known.s !== 'minutesApproved' && meeting.status === 'minutesApproved';
  meeting.items.forEach((item, index) => {
    // A restricted item is the public stub of a row this reader cannot read: not theirs to write, create or delete.
    if (item.restricted) return;
    const row = known?.i[item.id];
    const asKept = keptBefore.has(item.id) && row && !approving ? meetingItemFields(meeting, item, index, keptBefore) : undefined;
    if (asKept && row?.h === hashFields(asKept)) kept.add(item.id);
    const fields = kept.has(item.id) && asKept ? asKept : meetingItemFields(meeting, item, index);
    itemFieldSets.set(item.id, fields);
    const key = file ? closedRowKey(file, item) : undefined;
    const changed = !row || row.h !== hashFields(fields) || approving;
    if (file && accessDue(row, key, changed)) access.set(item.id, { item, key, created: !row });
    // A new exempt sak's row is created with its public stub: it inherits the list's Read until closed.
    const stub = !row && key !== undefined && access.has(item.id);
    if (!row) writes.push({ kind: 'create', key: `item:${item.id}`, list: 'MotebokAgendaItems', fields: stub ? itemFields(meeting, exemptStub(item), index) : fields });
    else if (changed) writes.push({ kind: 'update', key: `item:${item.id}`, list: 'MotebokAgendaItems', rowId: row.r, eTag: row.e, fields });
  });
  for (const [itemId, row] of Object.entries(known?.i ?? {})) {
    if (!itemFieldSets.has(itemId)) writes.push({ kind: 'delete', key: `item:${itemId}`, list: 'MotebokAgendaItems', rowId: row.r, eTag: row.e });
  }
  const headerFields = meetingFields(meeting, kept);
  // Written with its `PartsInRow` (exemptPartsHeld.ts `withPartsInRow`), a copy for the start-up check's query, as `NextBody`
  // is to a sak's row: the version's hash is of `meetingFields` without it, as the read makes it.
  if (!known) writes.unshift({ kind: 'create', key: 'meeting', list: 'MotebokMeetings', fields: withPartsInRow(headerFields) });
  else if (known.m.h !== hashFields(headerFields)) writes.unshift({ kind: 'update', key: 'meeting', list: 'MotebokMeetings', rowId: known.m.r, eTag: known.m.e, fields: withPartsInRow(headerFields) });
  const withNextBody = await nextBodyWriter(ctx, meeting, writes, file?.committee);
  writes.forEach((write, index) => (writes[index] = withNextBody(write)));
  if (known?.s !== undefined) {
    const changes = { header: writes.some((write) => write.key === 'meeting'), items: writes.some((write) => write.key !== 'meeting') };
    const refusal = frozenChangeRefusal({ status: known.s, reopenings: known.n ?? 0 }, meeting, changes);
    if (refusal) throw refusal;
  }
  const failed = new Map<string, unknown>();
  const setAccess = async (changes: readonly AccessChange[], rowIdOf: (change: AccessChange) => string | undefined): Promise<void> => {
    const rowIds = changes.flatMap((change) => rowIdOf(change) ?? []);
    if (rowIds.length === 0 || !rowAccess || !file) return;
    try {
      await rowAccess(file, rowIds);
    } catch (error) {
      for (const change of changes) failed.set(change.item.id, error);
    }
  };
  const changes = [...access.values()];
  // (1) Closed before the exempt content is written into them.
  await setAccess(
    changes.filter((change) => !change.created && change.key !== undefined),
    (change) => known?.i[change.item.id]?.r,
  );
  const written = await ctx.lists.writeRows(writes, options);
  const rowIdOf = (change: AccessChange) => written.get(`item:${change.item.id}`)?.rowId ?? known?.i[change.item.id]?.r;
  // (2) New exempt saker (their rows hold the stub now), and saker no longer exempt (written public).
  const stubbed = changes.filter((change) => change.created && change.key !== undefined);
  await setAccess([...stubbed, ...changes.filter((change) => change.key === undefined)], rowIdOf);
  if (stubbed.length > 0) {
    const real: RowWrite[] = stubbed.flatMap((change): RowWrite[] => {
      const done = written.get(`item:${change.item.id}`);
      const fields = itemFieldSets.get(change.item.id);
      return done && fields ? [withNextBody({ kind: 'update', key: `item:${change.item.id}`, list: 'MotebokAgendaItems', rowId: done.rowId, eTag: done.eTag, fields })] : [];
    });
    for (const [key, row] of await ctx.lists.writeRows(real, options)) written.set(key, row);
  }
  const closingFailed = changes.filter((change) => change.key !== undefined && failed.has(change.item.id));
  if (closingFailed.length > 0) {
    const failure: RowAccessFailure = {
      meetingId: meeting.id,
      saker: closingFailed.map((change) => ({ itemId: change.item.id, caseNumber: change.item.caseNumber, title: change.item.title })),
      error: failed.get(closingFailed[0]?.item.id ?? ''),
    };
    ctx.tellRowAccessFailed(failure);
  }
  // The access key the session knows each row closed with; a failed step is remembered with the key it
  // wanted (`FAILED_ACCESS`), so the next save that writes the sak, or that wants another access, tries again.
  const closedWith = (itemId: string, previous: RowVersion | undefined): { c?: string } => {
    const change = access.get(itemId);
    const key = change === undefined ? previous?.c : failed.has(itemId) ? `${FAILED_ACCESS}${change.key ?? ''}` : change.key;
    return key === undefined ? {} : { c: key };
  };
  const next = (key: string, previous: RowVersion | undefined, fields: Record<string, unknown>): RowVersion => {
    const done = written.get(key);
    if (done) return { r: done.rowId, ...(done.eTag ? { e: done.eTag } : {}), h: hashFields(fields) };
    if (!previous) throw new Error(`no row version for ${key}: neither written now nor known before`);
    return previous;
  };
  const items: Record<string, RowVersion> = {};
  for (const item of meeting.items) {
    const fields = itemFieldSets.get(item.id);
    if (!fields) continue;
    const { c: _previousKey, ...row } = next(`item:${item.id}`, known?.i[item.id], fields);
    items[item.id] = { ...row, ...closedWith(item.id, known?.i[item.id]) };
  }
  return { value: meeting, version: encodeVersion({ m: next('meeting', known?.m, headerFields), i: items, ...frozenState(meeting), ...(kept.size > 0 ? { k: [...kept] } : {}) }) };
}

/**
 * What adds the `NextBody` column (nextBodyColumn.ts) to the save's item writes, as a copy: the field hash the version
 * keeps is of `itemFields` without it. The committee's name is needed only when a sak written has a saksgang: the one
 * the save read for exempt rows, else the repository's (cached for the session; one read the first time). When it
 * cannot be read the column is left as it is: the save never fails for a copy made for a query.
 */
async function nextBodyWriter(
  ctx: WriteContext,
  meeting: Meeting,
  writes: readonly RowWrite[],
  read: Committee | undefined,
): Promise<(write: RowWrite) => RowWrite> {
  const items = new Map(meeting.items.map((item) => [`item:${item.id}`, item]));
  const routed = writes.some((write) => write.kind !== 'delete' && (items.get(write.key)?.caseRoute ?? []).length > 0);
  const committee = read ?? (routed ? await ctx.committeeOf(meeting.committeeId).catch(() => undefined) : undefined);
  return (write) => {
    const item = items.get(write.key);
    return write.kind === 'delete' || item === undefined ? write : { ...write, fields: { ...write.fields, ...nextBodyField(item, committee) } };
  };
}

/**
 * A marker in a row version's `c` besides an access key (`UNKNOWN_ACCESS` is the reading half's):
 * `FAILED_ACCESS` + key, the step that was to set that access failed (tried again when the save writes
 * the sak, or wants another access).
 */
const FAILED_ACCESS = '!';

/**
 * Whether the save sets the access of a sak's row: a new row holding exempt content; a row whose wanted
 * access (`closedRowKey`, undefined: inherit) differs from the one it is known closed with — whatever changed
 * it, the row is written or not, so a changed invitee list or committee re-applies it and saving text does
 * not; a row whose last step failed, when the save writes it.
 */
function accessDue(row: RowVersion | undefined, key: string | undefined, written: boolean): boolean {
  if (!row) return key !== undefined;
  if (row.c === `${FAILED_ACCESS}${key ?? ''}`) return written;
  return key !== row.c;
}
