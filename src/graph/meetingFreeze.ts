import { z } from 'zod';
import { accessRank, frozenAccess, personKey, type AccessEntry, type AccessLevel } from '../domain/committeeAccess';
import type { Committee } from '../domain/model';
import { restString, type SharePointRest } from './sharePointRest';
import { EXPAND_ASSIGNMENTS, RoleAssignmentsSchema, RoleAssignmentSchema, principals, rankOf, roleIds, type Assignment } from './sharePointRoles';

/**
 * The freeze after the referat is approved, enforced by SharePoint and not only by Møtebok: the
 * meeting's row in `MotebokMeetings` and its saker's rows in `MotebokAgendaItems` (which hold the
 * møtebehandling and the konklusjon) stop inheriting the lists' permissions; the committee's
 * secretariat keeps Full Control and everyone else with access gets Read (`domain/committeeAccess`
 * `frozenAccess`). Reopening resets the rows to inherit again. Both need Manage Permissions on the
 * rows, so only the secretariat can do them. Graph v1.0 has no API for item permissions: this goes
 * through SharePoint REST (`…/items(id)/breakroleinheritance`, `roleassignments/…`, `resetroleinheritance`).
 *
 * Cost: SharePoint REST `$batch` (OData multipart) is not used, so every change is its own request.
 * Freezing a meeting of n rows: 2 reads of the rows, 1 of the permission levels, 2 of the lists'
 * assignments, then per row 1 break plus 2 per referent who is not in the secretariat (1 add, 1 remove)
 * — with one such referent about 3n + 5, ~100 requests for a 30-sak meeting, once per approval.
 * Reopening: 2 reads and 1 reset per row. The check reads all rows of a meeting in one request.
 */

const FROZEN_LISTS = ['MotebokAgendaItems', 'MotebokMeetings'] as const;
type FrozenList = (typeof FROZEN_LISTS)[number];

const RowSchema = z.object({ Id: z.number(), HasUniqueRoleAssignments: z.boolean() }).loose();
const RowsSchema = z.object({ value: z.array(RowSchema) });
const RowsWithAssignmentsSchema = z.object({ value: z.array(RowSchema.extend({ RoleAssignments: z.array(RoleAssignmentSchema) })) });

export interface MeetingRow {
  list: FrozenList;
  id: number;
  unique: boolean;
  assignments?: Assignment[];
}

const listPath = (list: FrozenList): string => `web/lists/getbytitle(${restString(list)})`;
const rowPath = (row: Pick<MeetingRow, 'list' | 'id'>): string => `${listPath(row.list)}/items(${row.id})`;
const byMeeting = (meetingId: string): string => encodeURIComponent(`MeetingId eq '${meetingId.replace(/'/g, "''")}'`);

/**
 * The meeting's rows, saker first and the meeting's own row last (so an interrupted freeze or reset
 * leaves the meeting row telling the truth about the rest), with their role assignments when asked
 * (which needs Manage Permissions on each row). One request per list.
 */
export async function meetingRows(rest: SharePointRest, meetingId: string, withAssignments = false): Promise<MeetingRow[]> {
  const rows: MeetingRow[] = [];
  for (const list of FROZEN_LISTS) {
    const query = `${listPath(list)}/items?$top=5000&$filter=${byMeeting(meetingId)}`;
    if (withAssignments) {
      const answer = await rest.get(`${query}&$select=Id,HasUniqueRoleAssignments,RoleAssignments&$expand=RoleAssignments/Member,RoleAssignments/RoleDefinitionBindings`, RowsWithAssignmentsSchema);
      rows.push(...answer.value.map((row) => ({ list, id: row.Id, unique: row.HasUniqueRoleAssignments, assignments: row.RoleAssignments })));
    } else {
      const answer = await rest.get(`${query}&$select=Id,HasUniqueRoleAssignments`, RowsSchema);
      rows.push(...answer.value.map((row) => ({ list, id: row.Id, unique: row.HasUniqueRoleAssignments })));
    }
  }
  return rows;
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
 * Freezes the meeting's rows in SharePoint: each row stops inheriting (copying the list's
 * assignments, so it never passes through a state where readers lose access) and then gets exactly
 * `frozenAccess(committee)`. Rows already unique are read and corrected. Idempotent: running it again
 * on a frozen meeting only reads.
 */
export async function freezeMeeting(rest: SharePointRest, committee: Committee, meetingId: string): Promise<void> {
  const rows = await meetingRows(rest, meetingId);
  if (rows.length === 0) return;
  const roleId = await roleIds(rest);
  const principalFor = principals(rest);
  const wanted = frozenAccess(committee);
  const listAssignments = new Map<FrozenList, Assignment[]>();
  for (const row of rows) {
    let base: Assignment[];
    if (row.unique) {
      base = (await rest.get(`${rowPath(row)}/roleassignments?$expand=${EXPAND_ASSIGNMENTS}`, RoleAssignmentsSchema)).value;
    } else {
      let copied = listAssignments.get(row.list);
      if (!copied) {
        copied = (await rest.get(`${listPath(row.list)}/roleassignments?$expand=${EXPAND_ASSIGNMENTS}`, RoleAssignmentsSchema)).value;
        listAssignments.set(row.list, copied);
      }
      base = copied;
      await rest.post(`${rowPath(row)}/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)`);
    }
    await setAssignments(rest, rowPath(row), base, wanted, roleId, principalFor);
  }
}

/**
 * Makes the assignments at `path` (as `actual`) exactly `wanted`: adds before it removes, per person;
 * everyone else loses access, the caller (`me`) last, so the work is never cut off half-way.
 */
export async function setAssignments(rest: SharePointRest, path: string, actual: readonly Assignment[], wanted: readonly AccessEntry[], roleId: (level: AccessLevel) => number, principalFor: (email: string) => Promise<number | undefined>, me?: number): Promise<void> {
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

/** Lifts the freeze: every unique row of the meeting inherits the list's permissions again (saker first, the meeting's row last). */
export async function unfreezeMeeting(rest: SharePointRest, meetingId: string): Promise<void> {
  for (const row of await meetingRows(rest, meetingId)) {
    if (row.unique) await rest.post(`${rowPath(row)}/resetroleinheritance`);
  }
}
