import * as v from 'valibot';
import { accessRank, frozenAccess, hasManager, personKey, type AccessEntry, type AccessLevel } from '../domain/committeeAccess';
import { exemptRowAccess } from '../domain/exemptRowAccess';
import { referatFolderAccess, referatLiesOpen } from '../domain/referatAccess';
import { DomainError } from '../domain/errors';
import type { Committee, Meeting, MeetingFile } from '../domain/model';
import { StorageError } from '../domain/ports';
import { readMeetingRows } from './listRows';
import type { ListRow } from './listsGateway';
import { restString, type SharePointRest } from './sharePointRest';
import { EXPAND_ASSIGNMENTS, ItemInfoSchema, RoleAssignmentListSchema, RoleAssignmentsSchema, principals, rankOf, roleIds, type Assignment } from './sharePointRoles';
import { lazySchema } from '../domain/lazySchema';

/**
 * The freeze after the referat is approved, enforced by SharePoint and not only by Møtebok: the
 * meeting's row in `MotebokMeetings` and its saker's rows in `MotebokAgendaItems` (which hold the
 * møtebehandling and the konklusjon) stop inheriting the lists' permissions; the committee's
 * secretariat keeps Full Control and everyone else with access gets Read (`domain/committeeAccess`
 * `frozenAccess`). Reopening resets the rows to inherit again. The approved referat's own files in the
 * meeting folder — the .docx recorded as `meeting.minutes` and a PDF of the same name beside it, if
 * one is stored (`referatFilePaths`) — are frozen the same way on their list items in the library
 * (`applyReferatFileAccess`: `frozenAccess`, never more than the file gave before), and inherit their
 * folder again on reopening; nothing else in the folder is touched (exempt vedlegg, public versions in
 * «Offentlig»). The row of a sak that holds exempt
 * content (`domain/exemptRowAccess` `hasClosedRow`) is the exception both ways: frozen, it gets
 * `exemptRowAccess` with the referents reading; reopened, `exemptRowAccess` with them writing — never
 * the committee's whole list. The send closes those rows the same way (`exemptFilePermissions.ts`
 * `protectExemptRows`). All of it needs Manage Permissions on the rows, so only the secretariat can do
 * it. Graph v1.0 has no API for item permissions: this goes through SharePoint REST
 * (`…/items(id)/breakroleinheritance`, `roleassignments/…`, `resetroleinheritance`; a file's through
 * `…/GetFileByServerRelativeUrl(…)/ListItemAllFields/…`, as `exemptFilePermissions.ts` does).
 *
 * Cost: SharePoint REST `$batch` (OData multipart) is not used, so every change is its own request.
 * Freezing a meeting of n rows: 2 reads of the rows, 1 of the permission levels, 2 of the lists'
 * assignments, then per row 1 break plus 2 per referent who is not in the secretariat (1 add, 1 remove);
 * the referat's files add, per file stored, 1 read of whether it inherits, 1 break, 1 read of its
 * assignments and the same 2 per such referent, and 1 read (SharePoint's 404) for a PDF not stored —
 * with one such referent and no PDF about 3n + 11, ~100 requests for a 30-sak meeting, once per approval
 * (the `ensureuser` and permission-level reads are shared by the files and the rows). Reopening: 2
 * reads and 1 reset per row (an exempt row: its assignments read and corrected instead), and per referat
 * file 1 read and 1 reset (1 read for a PDF not stored). The check reads all rows of a meeting, with their
 * data and assignments, in one request per list; it looks at the referat's file only for a meeting with
 * exempt content whose referat lies open in the meeting folder (`sitePermissions.ts` `referatOpen` and,
 * approved, `approvedReferatOpen`, 1 read each). Closing such a file where it lies (`referatFileWanted`, not frozen) costs what
 * freezing it does.
 */

const FROZEN_LISTS = ['MotebokAgendaItems', 'MotebokMeetings'] as const;
type FrozenList = (typeof FROZEN_LISTS)[number];

const RowSchema = lazySchema(() =>
  v.looseObject({
    Id: v.number(),
    HasUniqueRoleAssignments: v.boolean(),
    ItemId: v.optional(v.nullable(v.string())),
    SortOrder: v.optional(v.unknown()),
    MotebokJson: v.optional(v.nullable(v.string())),
  }),
);
const RowsSchema = lazySchema(() => v.object({ value: v.array(RowSchema()) }));
const RowsWithAssignmentsSchema = lazySchema(() =>
  v.object({ value: v.array(v.looseObject({ ...RowSchema().entries, RoleAssignments: RoleAssignmentListSchema() })) }),
);

export interface MeetingRow {
  list: FrozenList;
  id: number;
  unique: boolean;
  assignments?: Assignment[];
  /** The sak an item row holds (its ItemId column). */
  itemId?: string;
  /** The row as `listRows.ts` reads it (MotebokJson, SortOrder, ItemId), when asked for `data`. */
  fields?: Record<string, unknown>;
}

const listPath = (list: FrozenList): string => `web/lists/getbytitle(${restString(list)})`;
const rowPath = (row: Pick<MeetingRow, 'list' | 'id'>): string => `${listPath(row.list)}/items(${row.id})`;
const byMeeting = (meetingId: string): string => encodeURIComponent(`MeetingId eq '${meetingId.replace(/'/g, "''")}'`);

/**
 * The meeting's rows, saker first and the meeting's own row last (so an interrupted freeze or reset
 * leaves the meeting row telling the truth about the rest), with their role assignments when asked
 * (which needs Manage Permissions on each row) and their data when asked (to know which saker are
 * exempt and who may see them). One request per list.
 */
export async function meetingRows(rest: SharePointRest, meetingId: string, ask: { assignments?: boolean; data?: boolean } = {}): Promise<MeetingRow[]> {
  const rows: MeetingRow[] = [];
  for (const list of FROZEN_LISTS) {
    const select = ['Id', 'HasUniqueRoleAssignments', ...(list === 'MotebokAgendaItems' ? ['ItemId', ...(ask.data ? ['SortOrder'] : [])] : []), ...(ask.data ? ['MotebokJson'] : [])];
    const query = `${listPath(list)}/items?$top=5000&$filter=${byMeeting(meetingId)}`;
    const answer = ask.assignments
      ? await rest.get(`${query}&$select=${select.join(',')},RoleAssignments&$expand=RoleAssignments/Member,RoleAssignments/RoleDefinitionBindings`, RowsWithAssignmentsSchema())
      : await rest.get(`${query}&$select=${select.join(',')}`, RowsSchema());
    for (const row of answer.value) {
      rows.push({
        list,
        id: row.Id,
        unique: row.HasUniqueRoleAssignments,
        ...('RoleAssignments' in row ? { assignments: row.RoleAssignments as Assignment[] } : {}),
        ...(row.ItemId ? { itemId: row.ItemId } : {}),
        ...(ask.data ? { fields: { MotebokJson: row.MotebokJson, SortOrder: row.SortOrder, ItemId: row.ItemId } } : {}),
      });
    }
  }
  return rows;
}

/**
 * The meeting as its rows hold it (read with `data`), for the access each row should have; undefined
 * when the meeting's own row cannot be read. Unreadable item rows are left out: their access is left as it is.
 */
export function meetingFileOf(committee: Committee, rows: readonly MeetingRow[]): MeetingFile | undefined {
  const asListRow = (row: MeetingRow): ListRow => ({ id: String(row.id), fields: row.fields ?? {} });
  const header = rows.find((row) => row.list === 'MotebokMeetings');
  if (!header) return undefined;
  const read = readMeetingRows(asListRow(header), rows.filter((row) => row.list === 'MotebokAgendaItems').map(asListRow));
  return read.ok ? { committee, meeting: read.meeting } : undefined;
}

/**
 * What a row of the meeting should have; undefined: it inherits the list's permissions. A sak's row
 * that holds exempt content gets `exemptRowAccess` (frozen or not), every other row of a frozen
 * meeting `frozenAccess`. `unknown` for an item row whose sak is not in `file` (its row could not be
 * read): its permissions are left as they are, too tight rather than too loose.
 */
export function wantedRowAccess(file: MeetingFile, row: Pick<MeetingRow, 'list' | 'itemId'>, frozen: boolean): AccessEntry[] | undefined | 'unknown' {
  if (row.list === 'MotebokAgendaItems') {
    const item = file.meeting.items.find((candidate) => candidate.id === row.itemId && candidate.restricted !== true);
    if (!item) return frozen ? frozenAccess(file.committee) : 'unknown';
    const exempt = exemptRowAccess(file, item, { frozen });
    if (exempt) return exempt;
  }
  return frozen ? frozenAccess(file.committee) : undefined;
}

/**
 * Gives each of `rows` what `wantedRowAccess` says: a row that should inherit and does not is reset;
 * a row that should have its own list stops inheriting (copying the list's assignments, so it never
 * passes through a state where readers lose access) and gets exactly that list. Rows already right
 * cost only the reads. The one way the freeze, the reopening, the send and the repair set row access.
 */
export async function applyRowAccess(
  rest: SharePointRest,
  file: MeetingFile,
  rows: readonly MeetingRow[],
  frozen: boolean,
  lookups: RoleLookups = roleLookups(rest),
): Promise<void> {
  const listAssignments = new Map<FrozenList, Assignment[]>();
  for (const row of rows) {
    const wanted = wantedRowAccess(file, row, frozen);
    if (wanted === 'unknown') continue;
    if (wanted === undefined) {
      if (row.unique) await rest.post(`${rowPath(row)}/resetroleinheritance`);
      continue;
    }
    // Own permissions with nobody managing them would drop the site's Owners from the row: the first
    // removal takes the caller's Full Control, the next is refused (403), and the row is left half-set
    // (still readable by the list's readers) where no one but a site collection admin can change it.
    if (!wanted.some((entry) => entry.level === 'manage' && entry.person.email)) throw noManager(file.committee);
    const roles = await lookups();
    let base: Assignment[];
    if (row.unique) {
      base = (await rest.get(`${rowPath(row)}/roleassignments?$expand=${EXPAND_ASSIGNMENTS}`, RoleAssignmentsSchema())).value;
    } else {
      let copied = listAssignments.get(row.list);
      if (!copied) {
        copied = (await rest.get(`${listPath(row.list)}/roleassignments?$expand=${EXPAND_ASSIGNMENTS}`, RoleAssignmentsSchema())).value;
        listAssignments.set(row.list, copied);
      }
      base = copied;
      await rest.post(`${rowPath(row)}/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)`);
    }
    await setAssignments(rest, rowPath(row), base, wanted, roles.roleId, roles.principalFor);
  }
}

/** The site's permission levels and its users' principal ids, read on first use and shared by the rows and the files of one freeze. */
export type RoleLookups = () => Promise<{ roleId: (level: AccessLevel) => number; principalFor: (email: string) => Promise<number | undefined> }>;

export function roleLookups(rest: SharePointRest): RoleLookups {
  let roles: ReturnType<RoleLookups> | undefined;
  return () => (roles ??= roleIds(rest).then((roleId) => ({ roleId, principalFor: principals(rest) })));
}

/**
 * The approved referat's own files, as server-relative paths for `GetFileByServerRelativeUrl`: the
 * .docx Møtebok stored in the meeting folder and recorded on the meeting (`meeting.minutes`, written
 * by `minutesService.ts` `store` under `domain/attachments` `referatFileName`), and a PDF of the same
 * name beside it, in case one was stored (a signed or archived copy). Exactly these: the meeting
 * folder's other files, the exempt folder (`exemptFilePermissions.ts`) and the «Offentlig» folder's
 * public versions (`publicVersions.ts`) are never touched. None when no referat was recorded, or it
 * has no address.
 */
export function referatFilePaths(meeting: Pick<Meeting, 'minutes'>): string[] {
  const webUrl = meeting.minutes?.webUrl;
  if (!webUrl) return [];
  const docx = decodeURIComponent(new URL(webUrl).pathname);
  const pdf = docx.replace(/\.docx$/i, '.pdf');
  return pdf === docx ? [docx] : [docx, pdf];
}

/**
 * What a frozen referat file gets: `frozenAccess`, but never more than the file gave before (its own
 * assignments, or its folder's copied by the break): someone in the committee without a direct
 * assignment there stays without one. Only the secretariat keeps (or gets) Full Control, which it
 * needs to set this at all. So a referat that lies under narrower rules (an exempt sak's folder, or
 * its own permissions set by hand) is narrowed further, never widened.
 */
export function frozenFileAccess(committee: Committee, actual: readonly Assignment[]): AccessEntry[] {
  const reads = (email: string): boolean => actual.some((a) => a.Member.Email?.toLowerCase() === email.toLowerCase() && rankOf(a) >= 1);
  return frozenAccess(committee).filter((entry) => entry.level === 'manage' || (entry.person.email !== undefined && reads(entry.person.email)));
}

/**
 * What a referat file gets. Not frozen: nothing of its own (it inherits its folder), or — a referat of a
 * meeting with exempt content lying open in the meeting folder — exactly the closed folder's
 * `referatFolderAccess` (`closed`). Frozen: the same people who read it before the approval, now
 * read-only, never anyone more: for a meeting with exempt content the closed folder's people (a guest
 * or member entitled to every exempt sak keeps reading the approved referat they read the day before),
 * else `frozenAccess`; either way only those the file let read before (its own assignments, or its
 * folder's copied by the break: `frozenFileAccess`'s rule) and the secretariat managing.
 */
export function referatFileWanted(
  committee: Committee,
  actual: readonly Assignment[],
  frozen: boolean,
  closed: readonly AccessEntry[] | undefined,
): AccessEntry[] {
  if (!frozen) return [...(closed ?? [])];
  if (!closed) return frozenFileAccess(committee, actual);
  const reads = (email: string): boolean => actual.some((a) => a.Member.Email?.toLowerCase() === email.toLowerCase() && rankOf(a) >= 1);
  return closed
    .map((entry): AccessEntry => (entry.level === 'manage' ? entry : { ...entry, level: 'read' }))
    .filter((entry) => entry.level === 'manage' || (entry.person.email !== undefined && reads(entry.person.email)));
}

/**
 * Freezes or unfreezes the approved referat's files (`referatFilePaths`) on their list items in the
 * library (`…/GetFileByServerRelativeUrl(…)/ListItemAllFields`, as `exemptFilePermissions.ts` does for
 * vedlegg). Frozen: the file stops inheriting (copying its folder's assignments) and gets exactly
 * `referatFileWanted` (those who read it before, read-only), so the referents read it and no longer write it. Unfrozen: it inherits its folder
 * again (the meeting folder, or for a meeting with exempt content its closed folder), so a referat made
 * anew after a reopening replaces a file the referents may write. A referat of a meeting with exempt
 * content that lies open in the meeting folder (`referatLiesOpen`) is closed where it lies instead
 * (`referatFileWanted`; the send, the repair and the reopening all come here). A file not
 * there (SharePoint's 404: no PDF stored) is skipped.
 */
export async function applyReferatFileAccess(
  rest: SharePointRest,
  file: MeetingFile,
  frozen: boolean,
  lookups: RoleLookups = roleLookups(rest),
): Promise<void> {
  // A referat of a meeting with exempt content that lies outside its closed folder (stored before it
  // existed) is closed where it lies, frozen or not: inheriting the meeting folder would open it to every member.
  const closed = referatFolderAccess(file);
  const liesOpen = referatLiesOpen(file);
  for (const path of referatFilePaths(file.meeting)) {
    const item = `web/GetFileByServerRelativeUrl(${restString(path)})/ListItemAllFields`;
    let unique: boolean;
    try {
      unique = (await rest.get(`${item}?$select=HasUniqueRoleAssignments`, ItemInfoSchema())).HasUniqueRoleAssignments;
    } catch (error) {
      if (error instanceof StorageError && error.kind === 'notFound') continue;
      throw error;
    }
    if (!frozen && !liesOpen) {
      if (unique) await rest.post(`${item}/resetroleinheritance`);
      continue;
    }
    if (!hasManager(file.committee)) throw noManager(file.committee);
    if (!unique) await rest.post(`${item}/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)`);
    const actual = (await rest.get(`${item}/roleassignments?$expand=${EXPAND_ASSIGNMENTS}`, RoleAssignmentsSchema())).value;
    const roles = await lookups();
    await setAssignments(rest, item, actual, referatFileWanted(file.committee, actual, frozen, closed), roles.roleId, roles.principalFor);
  }
}

/** Said when a row would get its own permissions but the committee has nobody (with an address) in its secretariat. */
export function noManager(committee: Committee): DomainError {
  return new DomainError('exemptContentExposed', { key: 'exempt.noManager', values: { committee: committee.name } });
}

const ItemRowSchema = lazySchema(() => v.pick(RowSchema(), ['Id', 'HasUniqueRoleAssignments', 'ItemId']));

/**
 * Sets the access of the meeting's sak rows (`applyRowAccess` with the meeting frozen when its referat
 * is approved): every sak row of the meeting (the send, `exemptFilePermissions.ts` `protectExemptRows`:
 * one query), or only the rows `rowIds` names (a save that marks, unmarks or creates an exempt sak,
 * `SharePointMeetingRepository.saveMeeting`: one read of each row by id). Rows whose sak is not in
 * `file` are left as they are.
 */
export async function applyItemRowAccess(rest: SharePointRest, file: MeetingFile, rowIds?: readonly string[]): Promise<void> {
  const rows: MeetingRow[] = [];
  if (rowIds === undefined) rows.push(...(await meetingRows(rest, file.meeting.id)).filter((row) => row.list === 'MotebokAgendaItems'));
  else {
    for (const id of rowIds) {
      const row = await rest.get(`${listPath('MotebokAgendaItems')}/items(${Number(id)})?$select=Id,HasUniqueRoleAssignments,ItemId`, ItemRowSchema());
      rows.push({ list: 'MotebokAgendaItems', id: row.Id, unique: row.HasUniqueRoleAssignments, ...(row.ItemId ? { itemId: row.ItemId } : {}) });
    }
  }
  await applyRowAccess(rest, file, rows, file.meeting.status === 'minutesApproved');
}

/** What is wrong with a frozen row: it inherits, someone may do more than read, or someone with access cannot read it. */
export type FrozenRowProblem = { kind: 'inherits' } | { kind: 'tooMuch' | 'extra' | 'missing'; who: string };

export function frozenRowProblems(row: MeetingRow, wanted: readonly AccessEntry[]): FrozenRowProblem[] {
  if (!row.unique) return [{ kind: 'inherits' }];
  const byEmail = new Map(wanted.filter((e) => e.person.email).map((e) => [personKey(e.person), e]));
  const problems: FrozenRowProblem[] = [];
  for (const assignment of row.assignments ?? []) {
    const entry = assignment.Member.Email ? byEmail.get(assignment.Member.Email.toLowerCase()) : undefined;
    const who = assignment.Member.Email || assignment.Member.Title;
    if (!entry) problems.push({ kind: 'extra', who });
    else if (rankOf(assignment) > accessRank(entry.level)) problems.push({ kind: 'tooMuch', who });
  }
  for (const entry of wanted) {
    const email = entry.person.email?.toLowerCase();
    if (!email) continue;
    if (!(row.assignments ?? []).some((a) => a.Member.Email?.toLowerCase() === email && rankOf(a) >= 1)) problems.push({ kind: 'missing', who: entry.person.email ?? entry.person.name });
  }
  return problems;
}

/**
 * Freezes the meeting's rows in SharePoint: each row stops inheriting and gets exactly
 * `frozenAccess(committee)`, or, for a sak whose row is closed, `exemptRowAccess` with the referents
 * reading only. Rows already unique are read and corrected. Idempotent: running it again on a frozen
 * meeting only reads.
 */
export async function freezeMeeting(rest: SharePointRest, committee: Committee, meetingId: string): Promise<void> {
  const rows = await meetingRows(rest, meetingId, { data: true });
  const file = meetingFileOf(committee, rows);
  if (!file) return;
  const lookups = roleLookups(rest);
  // The referat's files before the rows: the meeting's row, locked last, says the whole meeting is.
  await applyReferatFileAccess(rest, file, true, lookups);
  await applyRowAccess(rest, file, rows, true, lookups);
}

/**
 * Makes the assignments at `path` (as `actual`) exactly `wanted`: adds before it removes, per person;
 * everyone else loses access, the caller (`me`) last, so the work is never cut off half-way.
 */
export async function setAssignments(
  rest: SharePointRest,
  path: string,
  actual: readonly Assignment[],
  wanted: readonly AccessEntry[],
  roleId: (level: AccessLevel) => number,
  principalFor: (email: string) => Promise<number | undefined>,
  me?: number,
): Promise<void> {
  const keep = new Set<number>();
  for (const entry of wanted) {
    if (!entry.person.email) continue;
    const id = await principalFor(entry.person.email);
    if (id === undefined) continue;
    keep.add(id);
    const role = roleId(entry.level);
    const has = actual.find((a) => a.PrincipalId === id);
    if (!has?.RoleDefinitionBindings.some((b) => b.Id === role)) await rest.post(`${path}/roleassignments/addroleassignment(principalid=${id},roledefid=${role})`);
    for (const binding of has?.RoleDefinitionBindings ?? []) {
      if (binding.Id !== role) await rest.post(`${path}/roleassignments/removeroleassignment(principalid=${id},roledefid=${binding.Id})`);
    }
  }
  for (const extra of actual.filter((a) => !keep.has(a.PrincipalId)).sort((a, b) => Number(a.PrincipalId === me) - Number(b.PrincipalId === me))) {
    for (const binding of extra.RoleDefinitionBindings) await rest.post(`${path}/roleassignments/removeroleassignment(principalid=${extra.PrincipalId},roledefid=${binding.Id})`);
  }
}

/**
 * Lifts the freeze: every unique row of the meeting inherits the list's permissions again (saker
 * first, the meeting's row last), except the row of a sak that holds exempt content, which gets
 * `exemptRowAccess` with the referents writing again.
 */
export async function unfreezeMeeting(rest: SharePointRest, committee: Committee, meetingId: string): Promise<void> {
  const rows = await meetingRows(rest, meetingId, { data: true });
  const file = meetingFileOf(committee, rows);
  if (!file) return;
  await applyReferatFileAccess(rest, file, false);
  await applyRowAccess(rest, file, rows, false);
}
