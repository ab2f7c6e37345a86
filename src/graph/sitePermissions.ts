import type { PartsLeft } from './meetingWrites';
import type { Client } from '@microsoft/microsoft-graph-client';
import * as v from 'valibot';
import { accessRank, committeeAccess, frozenAccess, hasManager, mergeAccess, personKey, type AccessEntry, type AccessLevel } from '../domain/committeeAccess';
import { settingsAccess } from '../domain/settingsAccess';
import { committeeFolderName } from '../domain/attachments';
import type { Committee, MeetingFile } from '../domain/model';
import { StorageError } from '../domain/ports';
import { DomainError, type DomainReason } from '../domain/errors';
import { graphCall } from './graphCall';
import { GraphRequestError } from './graphError';
import { collectionOf } from './graphSchemas';
import { COMMITTEES_LIST, LISTS } from './listDefinitions';
import { allPagesFrom } from './pages';
import { exemptStub, hasClosedRow } from '../domain/exemptRowAccess';
import { referatFolderAccess, referatLiesOpen } from '../domain/referatAccess';
import { applyItemRowAccess, referatFileWanted, referatFilePaths, freezeMeeting, frozenRowProblems, meetingFileOf, meetingRows, setAssignments, unfreezeMeeting, wantedRowAccess, type FrozenRowProblem } from './meetingFreeze';
import { restString, type SharePointRest } from './sharePointRest';
import { ItemInfoSchema, PrincipalSchema, RoleAssignmentsSchema, carriedRoleName, principals, rankOf, siteRoles, type Assignment, type CarriedLevel } from './sharePointRoles';
import { carriedExemptFiles } from '../domain/carriedExemptFiles';
import { lazySchema } from '../domain/lazySchema';
import { explainRefusal, siteAccessReason, type SiteAccessDeps } from './siteAccess';
import { rowHoldsExemptParts } from './exemptPartsHeld';
import { ListsGateway } from './listsGateway';

/**
 * Møtebok's permissions on its SharePoint site («Klargjør SharePoint-området», and the check on
 * every start): the three lists and each committee's folder (and the meeting folders in it) have
 * unique permissions — the secretariat Full Control, the referents Contribute, the members Read,
 * nobody else anything (`domain/committeeAccess`) — and the lists and the library keep versions.
 * Graph v1.0 cannot set any of this, so it goes through the SharePoint REST API (`sharePointRest.ts`).
 */

export type FindingProblem =
  | 'inherits'
  | 'missing'
  | 'tooMuch'
  | 'extra'
  | 'versioningOff'
  | 'folderMissing'
  | 'noEmail'
  | 'notFrozen'
  | 'frozenNotApproved'
  | 'exemptRowOpen'
  /**
   * The referat of a meeting with exempt content lies open in the meeting folder (stored before its closed
   * folder existed, `domain/referatAccess.ts` `referatLiesOpen`) and inherits it: every member reads it.
   */
  | 'referatOpen'
  /**
   * A meeting row still holds what the meeting records about an exempt sak (an inhabilitet's ground, who came only for
   * it, a written treatment's answers: `exemptPartsHeld.ts`), readable by every reader of the list: written before those
   * parts moved into the sak's closed row, and never saved since. «Rett tilgangene» moves them (`moveExemptParts`).
   */
  | 'exemptPartsInMeetingRow'
  /**
   * «Rett tilgangene» could not move what a meeting row holds of this exempt sak (`sak`): SharePoint refused (403) the
   * meeting's sak rows or the sak's row (meetingWrites.ts `PartsLeft`). The row keeps it, counted; the other meetings were moved.
   */
  | 'exemptPartsNotMoved'
  /** SharePoint refused (403) to show this object's permissions to the user: they could not be checked. */
  | 'unreadable'
  /** SharePoint refused (403) «Rett tilgangene» on this object: its permissions could not be set. */
  | 'notSet'
  /** The committee has nobody in its secretariat with an address (`committeeAccess.ts` `hasManager`): nobody can manage its access. */
  | 'noManager'
  /**
   * A person with a role whose address SharePoint cannot resolve (`web/ensureuser` answers 404): no
   * account in the organisation's directory, not even as a guest, so no permission can be given to
   * them and «Rett tilgangene» cannot change that (`repairable`). Replaces their `missing` findings.
   */
  | 'noAccount'
  /**
   * The committee's own permission level for the exempt files of saker it took from an earlier body
   * (`sharePointRoles.ts` `carriedRoleName`, `levelName`) is not on the site, and the committee has such a sak in a
   * meeting not approved: its send would grant the built-in Read, which the earlier body's next send takes away. Only
   * someone with Manage Permissions on the site makes it: «Rett tilgangene» by a site owner.
   */
  | 'levelMissing'
  /** A level of that name whose rights are not Read's exactly (changed by hand): never used; a site owner removes or corrects it by hand. */
  | 'levelOtherRights';

/** What a finding is about, as data: the screens and `npm run doctor` word it (`ui/workspace/permissionFindingText.ts`). */
export type FindingTarget =
  | { kind: 'list'; name: string }
  | { kind: 'library' }
  /** A committee's folder or a meeting folder in it, by its path in the library ("Partnerskapsmøtet/2026-06-11 PM"). */
  | { kind: 'folder'; path: string; committeeId: string }
  /** A meeting's rows in the lists (`date`: its ISO date, when known). */
  | { kind: 'meeting'; committeeId: string; committee: string; date?: string }
  | { kind: 'committee'; committeeId: string; committee: string };

/**
 * One difference, as data only — its kind and its values; the user's language and the committee's
 * words are the screen's (`PermissionsWarning`), so a protokoll committee reads «protokollen».
 */
export interface PermissionFinding {
  target: FindingTarget;
  problem: FindingProblem;
  /** Who, when it is about one person or group: their address (or SharePoint's title for them). */
  who?: string;
  /** The person's name as the committee's settings have it (`missing`, `noEmail`, `noAccount`). */
  name?: string;
  /** The access the person's role gives (`missing` on a list or folder). */
  level?: AccessLevel;
  /** How many rows of an approved meeting are not locked (`notFrozen` without `who`). */
  rows?: number;
  /** The sak (case number, else title) whose closed row it is about (`exemptRowOpen`, `missing`). */
  sak?: string;
  /** On a sak's closed row: what is wrong (`exemptRowOpen`). */
  how?: 'inherits' | 'extra' | 'tooMuch';
  /** The meeting's referat is approved (findings on a frozen meeting's rows). */
  approved?: true;
  /** The permission level's name (`levelMissing`, `levelOtherRights`). */
  levelName?: string;
}

/** A target as a key (to compare and de-duplicate findings). */
export const targetKey = (target: FindingTarget): string => JSON.stringify(target);

/** Whether «Rett tilgangene» can change it: not a person SharePoint cannot resolve, nor a committee nobody manages (its settings can). */
export const repairable = (finding: PermissionFinding): boolean => finding.problem !== 'noAccount' && finding.problem !== 'noManager' && finding.problem !== 'levelOtherRights';

export interface PermissionReport {
  /**
   * False when the signed-in user may read no permissions at all (not secretariat or site owner):
   * nothing could be checked. An object whose permissions SharePoint refuses while others could be
   * read is a finding of its own (`unreadable`), never a reason to report nothing.
   */
  checked: boolean;
  findings: PermissionFinding[];
  /**
   * Sites.Selected (`siteAccess.ts`): nothing could be checked and the effective rights lack Manage
   * Permissions — the app's role on the site is too small, or the user is no owner. Shown to the secretariat only.
   */
  siteAccess?: DomainReason;
}

export interface SitePermissionDeps {
  rest: SharePointRest;
  /** The Graph client with the storage scopes (the library's folders). */
  graph: Client;
  siteId: string;
}

const ListInfoSchema = lazySchema(() => v.looseObject({ HasUniqueRoleAssignments: v.boolean(), EnableVersioning: v.boolean() }));
// The versioning check of a list that already has its own permissions.
const VersioningSchema = lazySchema(() => v.pick(ListInfoSchema(), ['EnableVersioning']));
const DriveRootSchema = lazySchema(() => v.looseObject({ webUrl: v.string() }));
const FolderChildSchema = lazySchema(() => v.looseObject({ name: v.string(), folder: v.optional(v.looseObject({})) }));

/** A securable object Møtebok looks after, with the REST path that reaches it. */
interface Target {
  label: FindingTarget;
  /** `web/lists/getbytitle('…')` or `web/GetFolderByServerRelativeUrl('…')/ListItemAllFields`. */
  path: string;
  kind: 'list' | 'library' | 'folder';
  access: AccessEntry[];
  /** Folders that do not exist yet are created by repair (the committee folder). */
  folderPath?: string;
  /** A folder of a committee nobody manages (`hasManager`): checked, but left as it is by repair. */
  unmanaged?: true;
  /** Who should be able to read its permissions (the secretariat's addresses, lower-cased): a refusal for anyone else is expected. */
  managers: readonly string[];
}

const managersOf = (access: readonly AccessEntry[]): string[] => access.filter((entry) => entry.level === 'manage' && entry.person.email).map((entry) => personKey(entry.person));

/** The library's server-relative path ("/sites/helsefellesskapet/Shared Documents"): 1 Graph read. */
export async function libraryUrl(deps: Pick<SitePermissionDeps, 'graph' | 'siteId'>): Promise<string> {
  const root = await graphCall(DriveRootSchema(), () => deps.graph.api(`/sites/${deps.siteId}/drive/root`).select('webUrl').get());
  return decodeURIComponent(new URL(root.webUrl).pathname).replace(/\/+$/, '');
}

async function targets(deps: SitePermissionDeps, committees: readonly Committee[]): Promise<{ targets: Target[]; library: string; missingFolders: Target[] }> {
  const library = await libraryUrl(deps);
  const everyone = mergeAccess(committees.flatMap(committeeAccess));
  // The settings rows only the secretariat writes (`settingsAccess`): the meetings and saker the referents write too.
  const settingsReaders = mergeAccess(committees.flatMap(settingsAccess));
  const out: Target[] = LISTS.map((list) => {
    const access = list.name === COMMITTEES_LIST.name ? settingsReaders : everyone;
    return { label: { kind: 'list' as const, name: list.name }, path: `web/lists/getbytitle(${restString(list.name)})`, kind: 'list' as const, access, managers: managersOf(access) };
  });
  out.push({ label: { kind: 'library' }, path: `web/GetList(${restString(library)})`, kind: 'library', access: [], managers: managersOf(everyone) });
  const missingFolders: Target[] = [];
  for (const committee of committees) {
    const access = committeeAccess(committee);
    const committeeFolder = committeeFolderName(committee);
    const unmanaged = hasManager(committee) ? {} : { unmanaged: true as const };
    const folderTarget = (path: string): Target => ({ label: { kind: 'folder', path, committeeId: committee.id }, path: `web/GetFolderByServerRelativeUrl(${restString(`${library}/${path}`)})/ListItemAllFields`, kind: 'folder', access, folderPath: path, managers: managersOf(access), ...unmanaged });
    const children = await folderChildren(deps, committeeFolder);
    if (children === undefined) {
      missingFolders.push(folderTarget(committeeFolder));
      continue;
    }
    out.push(folderTarget(committeeFolder));
    for (const child of children) out.push(folderTarget(`${committeeFolder}/${child}`));
  }
  return { targets: out, library, missingFolders };
}

/** The meeting folders in a committee's folder; undefined when the committee folder does not exist yet. */
async function folderChildren(deps: SitePermissionDeps, folder: string): Promise<string[] | undefined> {
  try {
    const first = await graphCall(collectionOf(FolderChildSchema()), () => deps.graph.api(`/sites/${deps.siteId}/drive/root:/${folder.split('/').map(encodeURIComponent).join('/')}:/children`).select('name,folder').top(200).get());
    const all = await allPagesFrom(deps.graph, FolderChildSchema(), first);
    return all.filter((c) => c.folder !== undefined).map((c) => c.name);
  } catch (error) {
    if (error instanceof StorageError && error.kind === 'notFound') return undefined;
    throw error;
  }
}

function who(a: Assignment): string {
  return a.Member.Email || a.Member.Title;
}

/**
 * How many objects' permissions the check could read, and how many SharePoint refused (403); and who
 * asks (their address, lower-cased), for whom a refusal is a finding only where they should manage.
 */
interface Tally {
  read: number;
  refused: number;
  me: string;
}

const isForbidden = (error: unknown): boolean => error instanceof StorageError && error.kind === 'forbidden';

/** An object whose permissions SharePoint would not show the user: named, so the warning (and «Rett tilgangene») stays. */
function unreadable(target: FindingTarget): PermissionFinding {
  return { target, problem: 'unreadable' };
}

/** An object «Rett tilgangene» could not change: SharePoint refused (403) the user or the app. */
function notSet(target: FindingTarget): PermissionFinding {
  return { target, problem: 'notSet' };
}

/** A committee saved with nobody managing its access (before the settings refused it). */
function noManager(committee: Committee): PermissionFinding {
  return { target: { kind: 'committee', committeeId: committee.id, committee: committee.name }, problem: 'noManager' };
}

/** What differs between what a target has and what Møtebok wants there. */
async function inspect(deps: SitePermissionDeps, target: Target, tally: Tally): Promise<PermissionFinding[]> {
  try {
    return await inspectTarget(deps, target, tally);
  } catch (error) {
    if (!isForbidden(error)) throw error;
    tally.refused++;
    // Another committee's folder, for someone outside its secretariat: closed to them on purpose, checked by its own secretariat.
    return target.managers.includes(tally.me) ? [unreadable(target.label)] : [];
  }
}

async function inspectTarget(deps: SitePermissionDeps, target: Target, tally: Tally): Promise<PermissionFinding[]> {
  const findings: PermissionFinding[] = [];
  if (target.kind === 'list' || target.kind === 'library') {
    const info = await deps.rest.get(`${target.path}?$select=HasUniqueRoleAssignments,EnableVersioning`, ListInfoSchema());
    if (!info.EnableVersioning) findings.push({ target: target.label, problem: 'versioningOff' });
    if (target.kind === 'library') return findings;
    if (!info.HasUniqueRoleAssignments) return [...findings, inherits(target)];
  } else {
    const info = await deps.rest.get(`${target.path}?$select=HasUniqueRoleAssignments`, ItemInfoSchema());
    if (!info.HasUniqueRoleAssignments) return [inherits(target)];
  }
  const actual = (await deps.rest.get(`${target.path}/roleassignments?$expand=Member,RoleDefinitionBindings`, RoleAssignmentsSchema())).value;
  tally.read++;
  const wanted = new Map(target.access.filter((e) => e.person.email).map((e) => [personKey(e.person), e]));
  for (const assignment of actual) {
    const entry = assignment.Member.Email ? wanted.get(assignment.Member.Email.toLowerCase()) : undefined;
    if (!entry) findings.push({ target: target.label, problem: 'extra', who: who(assignment) });
    else if (rankOf(assignment) > accessRank(entry.level)) findings.push({ target: target.label, problem: 'tooMuch', who: who(assignment) });
  }
  for (const entry of target.access) {
    if (!entry.person.email) {
      findings.push({ target: target.label, problem: 'noEmail', who: entry.person.name, name: entry.person.name });
      continue;
    }
    const assignment = actual.find((a) => a.Member.Email?.toLowerCase() === personKey(entry.person));
    if (!assignment || rankOf(assignment) < accessRank(entry.level)) {
      findings.push({ target: target.label, problem: 'missing', who: entry.person.email, name: entry.person.name, level: entry.level });
    }
  }
  return findings;
}

function inherits(target: Target): PermissionFinding {
  return { target: target.label, problem: 'inherits' };
}

/**
 * Compares the site with what Møtebok wants and lists every difference. A user who may read no
 * permissions at all (only the secretariat and site owners may) gets `checked: false`; an object
 * whose permissions SharePoint refuses (403) to someone who should manage it (in the secretariat of
 * its committee: a folder changed by hand, a row left without the caller's Full Control) while others
 * could be read is a finding for that object (`unreadable`), so the warning stays and says what could
 * not be checked. Another committee's folder refused to someone outside its secretariat is closed to
 * them on purpose and not named (its own secretariat checks it). More requests: `web/currentuser`; the meeting rows with
 * closed rows, for what old ones still hold of an exempt sak (`heldExemptParts`, one indexed query); and
 * `web/roledefinitions` only when a committee has a carried exempt sak in a meeting not approved (`carriedLevelFindings`).
 * Plain function so `npm run doctor` can call it too.
 */
export async function checkPermissions(deps: SitePermissionDeps, committees: readonly Committee[]): Promise<PermissionReport> {
  try {
    const me = await deps.rest.get('web/currentuser', PrincipalSchema());
    const tally: Tally = { read: 0, refused: 0, me: (me.Email ?? '').trim().toLowerCase() };
    const { targets: all, missingFolders } = await targets(deps, committees);
    const findings = (await Promise.all(all.map((t) => inspect(deps, t, tally)))).flat();
    const rows = await frozenState(deps.rest, committees, tally);
    findings.push(...rows.findings, ...(await heldExemptParts(deps.rest, committees)));
    findings.push(...(await carriedLevelFindings(deps.rest, committees.filter((c) => rows.carryingBodies.has(c.id)))));
    // A folder closed to the user (its committee's secretariat does not include them) is not found by them either
    // (Graph answers 404 for what one may not see): named missing only to those who manage it, as `inspect` names refusals.
    for (const folder of missingFolders) if (folder.managers.includes(tally.me)) findings.push({ target: folder.label, problem: 'folderMissing' });
    // Nothing readable and something refused: this user may not read permissions here; nothing claimed.
    if (tally.read === 0 && tally.refused > 0) return { checked: false, findings: [] };
    for (const committee of committees) if (!hasManager(committee)) findings.push(noManager(committee));
    return { checked: true, findings: await withoutAccounts(deps.rest, committees, findings) };
  } catch (error) {
    if (error instanceof StorageError && (error.kind === 'forbidden' || error.kind === 'notFound')) return { checked: false, findings: [] };
    throw error;
  }
}

/** A committee's own level (`carriedRoleName`) as data: missing, or with other rights than Read; nothing when it is right. */
function levelFinding(committee: Committee, level: CarriedLevel): PermissionFinding[] {
  if (typeof level === 'number') return [];
  const target: FindingTarget = { kind: 'committee', committeeId: committee.id, committee: committee.name };
  return [{ target, problem: level === 'missing' ? 'levelMissing' : 'levelOtherRights', levelName: carriedRoleName(committee.id) }];
}

/**
 * The levels of the committees with a carried exempt sak in a meeting not approved (`frozenState`'s `carryingBodies`): 1
 * request (`web/roledefinitions`), none when no committee has such a sak. Refused (403): nothing claimed.
 */
async function carriedLevelFindings(rest: SharePointRest, committees: readonly Committee[]): Promise<PermissionFinding[]> {
  if (committees.length === 0) return [];
  try {
    const roles = await siteRoles(rest);
    return committees.flatMap((committee) => levelFinding(committee, roles.carriedLevel(committee.id)));
  } catch (error) {
    if (isForbidden(error)) return [];
    throw error;
  }
}

/**
 * A person with a role SharePoint cannot give access to: the addresses the check found missing are
 * asked for once each (`web/ensureuser`, what repair asks too; one request per address, only when
 * someone is missing). SharePoint resolves an address only for an account in the organisation's
 * directory — a member, or a guest invited by IT (Entra B2B); an address from another organisation
 * nobody invited is not found (404, "The specified user … could not be found"), and no permission can
 * be given to it. Their `missing` findings become one `noAccount` per person and committee (which
 * «Rett tilgangene» does not offer to fix, `repairable`). An address that cannot be asked (refused,
 * 403) stays `missing`: the check claims nothing it could not see.
 */
async function withoutAccounts(rest: SharePointRest, committees: readonly Committee[], findings: PermissionFinding[]): Promise<PermissionFinding[]> {
  const missing = [...new Set(findings.filter((f) => f.problem === 'missing' && f.who?.includes('@')).map((f) => (f.who ?? '').toLowerCase()))];
  if (missing.length === 0) return findings;
  const principalFor = principals(rest);
  const unknown = new Set<string>();
  for (const address of missing) {
    try {
      if ((await principalFor(address)) === undefined) unknown.add(address);
    } catch (error) {
      if (!isForbidden(error)) throw error;
    }
  }
  if (unknown.size === 0) return findings;
  const out = findings.filter((f) => !(f.problem === 'missing' && unknown.has((f.who ?? '').toLowerCase())));
  for (const committee of committees) {
    for (const entry of committeeAccess(committee)) {
      const address = entry.person.email?.trim().toLowerCase();
      if (!address || !unknown.has(address)) continue;
      out.push({ target: { kind: 'committee', committeeId: committee.id, committee: committee.name }, problem: 'noAccount', who: entry.person.email?.trim() ?? address, name: entry.person.name });
    }
  }
  return out;
}

/**
 * Makes the site as Møtebok wants it: versioning on, unique permissions on the lists and the
 * committees' folders (created if missing), the wanted people added and everyone else removed.
 * The caller keeps their own access only if they have a role (the secretariat normally runs it).
 */
export async function repairPermissions(deps: SitePermissionDeps, committees: readonly Committee[]): Promise<PermissionReport> {
  const plan = await targets(deps, committees);
  for (const folder of plan.missingFolders) {
    if (!folder.folderPath) continue;
    // 'fail', never 'replace': a folder closed to whoever repairs (another secretariat's, since «Opprett
    // møteorganet» grants every committee) reads as missing to them but exists, with its papers in it. Its
    // 409 says so, and it is left as its own secretariat set it.
    try {
      await graphCall(v.unknown(), () => deps.graph.api(`/sites/${deps.siteId}/drive/root/children`).post({ name: folder.folderPath, folder: {}, '@microsoft.graph.conflictBehavior': 'fail' }));
    } catch (error) {
      if (error instanceof GraphRequestError && error.status === 409) continue;
      throw error;
    }
    plan.targets.push(folder);
  }
  // The one read of the site's levels: the built-in ones for the folders, and each committee's own (`carriedRoleName`).
  const roles = await siteRoles(deps.rest);
  const roleId = roles.id;
  const me = await deps.rest.get('web/currentuser', PrincipalSchema());
  // Without a committee nobody would be given access: only versioning is set now; the check
  // asks again once the first committee exists. And whoever repairs must stay in charge, or
  // they would remove themselves half-way.
  const managers = mergeAccess(committees.flatMap(committeeAccess)).filter((e) => e.level === 'manage').map((e) => personKey(e.person));
  if (committees.length > 0 && !managers.includes((me.Email ?? '').toLowerCase())) {
    throw new DomainError('notInSecretariat', { key: 'repair.notInSecretariat', values: { who: me.Email ?? me.LoginName } });
  }
  const principalFor = principals(deps.rest);
  // An object SharePoint refuses (403) is named and the others are still set; refused everywhere, the
  // refusal itself is the answer (the app without the right, or a user who is no owner: sharePointRest.ts).
  const refused: { label: FindingTarget; error: unknown }[] = [];
  let attempted = 0;
  const attempt = async (label: FindingTarget, work: () => Promise<void>) => {
    attempted++;
    try {
      await work();
    } catch (error) {
      if (!isForbidden(error)) throw error;
      refused.push({ label, error });
    }
  };
  for (const target of plan.targets) {
    // A folder of a committee nobody manages would be left with nobody able to change it (the site's Owners removed).
    if (target.unmanaged) continue;
    await attempt(target.label, async () => {
      if (target.kind !== 'folder') {
        const info = await deps.rest.get(`${target.path}?$select=EnableVersioning`, VersioningSchema());
        if (!info.EnableVersioning) await deps.rest.merge(target.path, { EnableVersioning: true });
      }
      if (target.kind === 'library' || committees.length === 0) return;
      const unique = await deps.rest.get(`${target.path}?$select=HasUniqueRoleAssignments`, ItemInfoSchema());
      // clearSubscopes=false: what below has its own permissions on purpose keeps them — an exempt
      // vedlegg (exemptFilePermissions.ts), wherever it lies, and the rows of a meeting whose referat
      // is approved (meetingFreeze.ts, checked and corrected below).
      if (!unique.HasUniqueRoleAssignments) await deps.rest.post(`${target.path}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=false)`);
      const actual = (await deps.rest.get(`${target.path}/roleassignments?$expand=Member,RoleDefinitionBindings`, RoleAssignmentsSchema())).value;
      await setAssignments(deps.rest, target.path, actual, target.access, roleId, principalFor, me.Id);
    });
  }
  if (committees.length > 0) {
    const frozen = await frozenState(deps.rest, committees);
    for (const { committee, meetingId, label } of frozen.toFreeze) await attempt(label, () => freezeMeeting(deps.rest, committee, meetingId));
    for (const { committee, meetingId, label } of frozen.toUnfreeze) await attempt(label, () => unfreezeMeeting(deps.rest, committee, meetingId));
  }
  // After the rows' access is set: what old meeting rows hold of an exempt sak goes into the sak's closed row, then the meeting row is written without it.
  // With the writes' chunk (fetched only then) and a lists gateway over the storage client, as the repository's own writes go.
  const held = committees.length > 0 ? await heldExemptParts(deps.rest, committees) : [];
  let partsLeft: PartsLeft[] = [];
  if (held.length > 0) {
    const { moveExemptParts } = await import(/* webpackChunkName: "repository-writes" */ './meetingWrites');
    const ids = [...new Set(held.flatMap((finding) => (finding.target.kind === 'meeting' ? [finding.target.committeeId] : [])))];
    partsLeft = await moveExemptParts({ lists: new ListsGateway(deps.graph, deps.siteId), storageClient: deps.graph }, ids);
  }
  if (refused.length > 0 && refused.length === attempted) throw refused[0]?.error;
  const levels = await carriedLevels(roles, committees);
  const report = await checkPermissions(deps, committees);
  // What the check could not read is already named; what it could read but repair could not set is named here.
  const named = new Set(report.findings.filter((f) => f.problem === 'unreadable').map((f) => targetKey(f.target)));
  const said = new Set(report.findings.map((f) => `${f.problem}:${targetKey(f.target)}`));
  const levelsLeft = levels.filter((f) => !said.has(`${f.problem}:${targetKey(f.target)}`));
  // A meeting whose parts SharePoint refused to move is named with its saker, once (not also as the check's `exemptPartsInMeetingRow`).
  const notMoved = partsLeft.flatMap(({ row, saker }): PermissionFinding[] => {
    const committee = committees.find((c) => c.id === row.fields['CommitteeId']);
    if (!committee) return [];
    const target = meetingLabel(committee, { MeetingDate: typeof row.fields['MeetingDate'] === 'string' ? row.fields['MeetingDate'] : undefined });
    return saker.map((sak) => ({ target, problem: 'exemptPartsNotMoved', sak }));
  });
  const notMovedTargets = new Set(notMoved.map((f) => targetKey(f.target)));
  const findings = report.findings.filter((f) => !(f.problem === 'exemptPartsInMeetingRow' && notMovedTargets.has(targetKey(f.target))));
  const notSetLeft = refused.filter((r) => !named.has(targetKey(r.label))).map((r) => notSet(r.label));
  return { ...report, findings: [...findings, ...notMoved, ...notSetLeft, ...levelsLeft] };
}

/**
 * Each committee's own level for the exempt files of saker it takes from an earlier body (`sharePointRoles.ts`
 * `carriedRoleName`, Read's rights exactly), made where missing — by «Klargjør SharePoint-området», «Opprett møteorganet»
 * and «Rett tilgangene», where the site owner acts, so a secretary who may not make levels never needs to. 1 `POST
 * web/roledefinitions` per missing level, none once they exist (the levels come with the read repair makes anyway).
 * What is left: a level SharePoint refused to make (403: not a site owner) is `levelMissing`, one of that name with other
 * rights `levelOtherRights` (never used, never changed here: someone made it so by hand).
 */
async function carriedLevels(roles: Awaited<ReturnType<typeof siteRoles>>, committees: readonly Committee[]): Promise<PermissionFinding[]> {
  const left: PermissionFinding[] = [];
  for (const committee of committees) {
    const level = roles.carriedLevel(committee.id);
    if (level !== 'missing') {
      left.push(...levelFinding(committee, level));
      continue;
    }
    try {
      await roles.carriedFor(committee.id, committee.name);
    } catch (error) {
      if (!isForbidden(error)) throw error;
      left.push(...levelFinding(committee, 'missing'));
    }
  }
  return left;
}

const FrozenMeetingRowsSchema = lazySchema(() => v.object({
  value: v.array(
    v.looseObject({
      Id: v.number(),
      MeetingId: v.nullable(v.string()),
      CommitteeId: v.nullable(v.string()),
      MeetingDate: v.optional(v.nullable(v.string())),
      HasUniqueRoleAssignments: v.boolean(),
      MotebokJson: v.optional(v.nullable(v.string())),
    }),
  ),
}));
const StubCountSchema = lazySchema(() => v.looseObject({ exemptStubs: v.optional(v.array(v.unknown())) }));

function meetingLabel(committee: Committee, row: { MeetingDate?: string | null | undefined }): FindingTarget {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(row.MeetingDate ?? '')?.[0];
  return { kind: 'meeting', committeeId: committee.id, committee: committee.name, ...(date ? { date } : {}) };
}

/** Whether a meeting row's data names saker with closed rows (`listRows.ts` `exemptStubs`), read without parsing the meeting. */
function hasExemptStubs(json: string | null | undefined): boolean {
  try {
    const parsed = v.safeParse(StubCountSchema(), JSON.parse(json ?? ''));
    return parsed.success && (parsed.output.exemptStubs?.length ?? 0) > 0;
  } catch {
    return false;
  }
}

type MeetingRef = { committee: Committee; meetingId: string; label: FindingTarget };

const HeldPartsRowsSchema = lazySchema(() => v.object({
  value: v.array(
    v.looseObject({
      Id: v.number(),
      CommitteeId: v.nullable(v.string()),
      MeetingDate: v.optional(v.nullable(v.string())),
      MotebokJson: v.optional(v.nullable(v.string())),
    }),
  ),
}));

/**
 * The committees' meeting rows that still hold what the meeting records about an exempt sak (`exemptPartsHeld.ts`
 * `rowHoldsExemptParts`), each named `exemptPartsInMeetingRow`. One request, whatever the number of meetings: each
 * meeting row counts the exempt saker it holds such parts of in the indexed `PartsInRow` (exemptPartsHeld.ts `partsInRow`,
 * written with every save, counted by set-up), so `PartsInRow gt 0` returns those rows alone, with their data — none
 * once the site is repaired. A site set up before `PartsInRow` (SharePoint answers 400 for the unknown column; the
 * workspace says set-up is due, `SetUpDueBar`) is asked as before, for the rows with closed rows (`ClosedRows gt 0`:
 * only a meeting with an exempt sak can hold its parts), a second request; one set up before `ClosedRows` too, nothing
 * (its set-up moves them). Refused: nothing claimed.
 */
async function heldExemptParts(rest: SharePointRest, committees: readonly Committee[]): Promise<PermissionFinding[]> {
  const rows = (await meetingRowsWhere(rest, 'PartsInRow')) ?? (await meetingRowsWhere(rest, 'ClosedRows')) ?? [];
  return rows.flatMap((row) => {
    const committee = committees.find((c) => c.id === row.CommitteeId);
    if (!committee || !rowHoldsExemptParts({ id: String(row.Id), fields: { MotebokJson: row.MotebokJson, MeetingDate: row.MeetingDate } })) return [];
    return [{ target: meetingLabel(committee, row), problem: 'exemptPartsInMeetingRow' as const }];
  });
}

/**
 * The meeting rows `column gt 0` (an indexed column) returns, with their data; undefined when the site lacks the column
 * (SharePoint REST answers 400 "The field or property 'X' does not exist."), none when refused.
 */
async function meetingRowsWhere(rest: SharePointRest, column: string): Promise<v.InferOutput<ReturnType<typeof HeldPartsRowsSchema>>['value'] | undefined> {
  try {
    const query = `$top=5000&$select=Id,CommitteeId,MeetingDate,MotebokJson&$filter=${encodeURIComponent(`${column} gt 0`)}`;
    return (await rest.get(`web/lists/getbytitle(${restString('MotebokMeetings')})/items?${query}`, HeldPartsRowsSchema())).value;
  } catch (error) {
    if (error instanceof StorageError && error.message.includes(`The field or property '${column}' does not exist`)) return undefined;
    if (isForbidden(error)) return [];
    throw error;
  }
}

/**
 * The rows' access as SharePoint holds it, for the committees' meetings (`meetingFreeze.ts`
 * `wantedRowAccess`): a meeting whose referat is approved must have every row unique with `frozenAccess`
 * (nobody but the secretariat writing); a meeting that is held (reopened) must not have its row frozen;
 * in a meeting not approved (a draft included), the row of each sak holding exempt content must have exactly
 * `exemptRowAccess` (`exemptRowOpen`). Reads the approved, held, ongoing, sent and draft meeting rows (indexed
 * `Status`, 5 requests) and the rows with their assignments of each approved meeting (2 requests; 2
 * more with their data when a row is not `frozenAccess`, as an exempt sak's row is not) and with their
 * data of each other meeting with exempt saker (2 requests), and for such a meeting whose referat lies
 * outside its closed folder (`referatOpen`: stored before the folder existed) 1 read of whether the file
 * inherits; for an approved one whose rows were read with their data, 1 read of the file's assignments
 * (`approvedReferatOpen`). An approved meeting whose rows all hold `frozenAccess` is not read with its
 * data: every member is then entitled to every exempt sak, so its referat shuts nobody out wherever it lies.
 * `carryingBodies`: the committees with an exempt file of a sak taken from an earlier body in a meeting not approved
 * (`domain/carriedExemptFiles.ts`), seen in the rows read with their data anyway: their own level is checked.
 */
async function frozenState(
  rest: SharePointRest,
  committees: readonly Committee[],
  tally: Tally = { read: 0, refused: 0, me: '' },
): Promise<{ findings: PermissionFinding[]; toFreeze: MeetingRef[]; toUnfreeze: MeetingRef[]; carryingBodies: Set<string> }> {
  const out = { findings: [] as PermissionFinding[], toFreeze: [] as MeetingRef[], toUnfreeze: [] as MeetingRef[], carryingBodies: new Set<string>() };
  // The data column only for the few meetings not yet approved (to see their stubs): approved ones are many over the years.
  const meetings = async (status: string) =>
    (await rest.get(`web/lists/getbytitle(${restString('MotebokMeetings')})/items?$top=5000&$select=Id,MeetingId,CommitteeId,MeetingDate,HasUniqueRoleAssignments${status === 'minutesApproved' ? '' : ',MotebokJson'}&$filter=${encodeURIComponent(`Status eq '${status}'`)}`, FrozenMeetingRowsSchema())).value;
  /**
   * The problems of each row of the meeting with what it should have; exempt rows' problems become
   * findings here. A frozen meeting is read first without the rows' data, every row held to
   * `frozenAccess`: a closed exempt row then shows as missing people, and only then are the rows read
   * again with their data to hold each to its own list — so a meeting without exempt saker costs as before.
   */
  const inspectRows = async (committee: Committee, meetingId: string, label: FindingTarget, frozen: boolean) => {
    if (frozen) {
      const plain = await meetingRows(rest, meetingId, { assignments: true });
      tally.read++;
      // Every row as `frozenAccess`: every member entitled to every exempt sak, so a referat lying open is
      // read by nobody the closed folder would shut out (its freeze keeps `frozenAccess` at most).
      const allFrozen = plain.every((row) => frozenRowProblems(row, frozenAccess(committee)).length === 0);
      if (allFrozen) return { problems: [], exemptWrong: false, resetDue: false, referatDue: false };
    }
    const rows = await meetingRows(rest, meetingId, { assignments: true, data: true });
    if (!frozen) tally.read++;
    const file = meetingFileOf(committee, rows);
    // A meeting still to be sent (or sent again) with an exempt file of a sak taken from an earlier body: its send grants through the committee's own level.
    if (file !== undefined && !frozen && carriedExemptFiles(file).length > 0) out.carryingBodies.add(committee.id);
    const problems: FrozenRowProblem[] = [];
    let exemptWrong = false;
    // A referat stored open before its closed folder existed: repair (`unfreezeMeeting`) closes it where it lies.
    let resetDue = file !== undefined && !frozen && (await referatOpen(rest, file));
    // Approved: frozen as it lay (the freeze before the closed folder kept every member reading); repair (`freezeMeeting`) narrows it.
    const referatDue = file !== undefined && frozen && (await approvedReferatOpen(rest, file));
    if (resetDue || referatDue) out.findings.push({ target: label, problem: 'referatOpen' });
    for (const row of rows) {
      const wanted = file ? wantedRowAccess(file, row, frozen) : frozen ? frozenAccess(committee) : 'unknown';
      if (wanted === 'unknown') continue;
      if (wanted === undefined) {
        // A sak no longer exempt: its row is closed too tightly, never too loosely; repair opens it.
        resetDue ||= row.unique;
        continue;
      }
      const item = row.list === 'MotebokAgendaItems' ? file?.meeting.items.find((candidate) => candidate.id === row.itemId) : undefined;
      const rowProblems = frozenRowProblems(row, wanted);
      if (!item || !hasClosedRow(item)) {
        problems.push(...rowProblems);
        continue;
      }
      const sak = item.caseNumber ?? exemptStub(item).title;
      for (const problem of rowProblems) {
        exemptWrong = true;
        if (problem.kind === 'inherits') out.findings.push({ target: label, problem: 'exemptRowOpen', sak, how: 'inherits' });
        else if (problem.kind === 'missing') out.findings.push({ target: label, problem: 'missing', who: problem.who, sak });
        else out.findings.push({ target: label, problem: 'exemptRowOpen', who: problem.who, sak, how: problem.kind });
      }
    }
    return { problems, exemptWrong, resetDue, referatDue };
  };
  /**
   * The rows' assignments are read in one request per list, refused (403) when the user may not
   * enumerate the permissions of one row of them (a row left without the site's Owners): the meeting's
   * rows are then named as not checked, and the rest of the check goes on.
   */
  const inspectRowsOrName = async (committee: Committee, meetingId: string, label: FindingTarget, frozen: boolean) => {
    try {
      return await inspectRows(committee, meetingId, label, frozen);
    } catch (error) {
      if (!isForbidden(error)) throw error;
      tally.refused++;
      if (managersOf(committeeAccess(committee)).includes(tally.me)) out.findings.push(unreadable(label));
      return undefined;
    }
  };
  for (const row of await meetings('minutesApproved')) {
    const committee = committees.find((c) => c.id === row.CommitteeId);
    if (!committee || !row.MeetingId) continue;
    const label = meetingLabel(committee, row);
    const inspected = await inspectRowsOrName(committee, row.MeetingId, label, true);
    if (!inspected) continue;
    const { problems, exemptWrong, referatDue } = inspected;
    if (problems.length === 0 && !exemptWrong && !referatDue) continue;
    out.toFreeze.push({ committee, meetingId: row.MeetingId, label });
    const unlocked = problems.filter((p) => p.kind === 'inherits').length;
    if (unlocked > 0) out.findings.push({ target: label, problem: 'notFrozen', rows: unlocked, approved: true });
    const people = new Map<string, string>();
    for (const p of problems) if (p.kind !== 'inherits' && !people.has(`${p.kind}:${p.who}`)) people.set(`${p.kind}:${p.who}`, p.who);
    for (const [key, whoText] of people) {
      const kind = key.slice(0, key.indexOf(':'));
      out.findings.push({ target: label, problem: kind === 'missing' ? 'missing' : kind === 'extra' ? 'extra' : 'notFrozen', who: whoText, approved: true, ...(kind === 'missing' ? { level: 'read' as const } : {}) });
    }
  }
  // Drafts too: a sak's row is closed when the secretariat's save marks it, not only at the send.
  for (const status of ['held', 'inProgress', 'noticeSent', 'draft']) {
    for (const row of await meetings(status)) {
      const committee = committees.find((c) => c.id === row.CommitteeId);
      if (!row.MeetingId || !committee) continue;
      const label = meetingLabel(committee, row);
      const stillFrozen = status === 'held' && row.HasUniqueRoleAssignments;
      if (stillFrozen) out.findings.push({ target: label, problem: 'frozenNotApproved' });
      const rows = hasExemptStubs(row.MotebokJson) ? await inspectRowsOrName(committee, row.MeetingId, label, false) : undefined;
      if (stillFrozen || rows?.exemptWrong || rows?.resetDue) out.toUnfreeze.push({ committee, meetingId: row.MeetingId, label });
    }
  }
  return out;
}

/**
 * Whether an approved meeting's recorded referat lies open (`referatLiesOpen`) and lets someone do more
 * than its freeze would (`meetingFreeze.ts` `referatFileWanted`: the closed folder's people, read-only):
 * inheriting the meeting folder, or frozen before the closed folder existed with every member reading.
 * 1 request (its assignments, inherited or its own), only for a meeting with exempt content whose referat
 * lies outside its closed folder.
 */
async function approvedReferatOpen(rest: SharePointRest, file: MeetingFile): Promise<boolean> {
  const [docx] = referatFilePaths(file.meeting);
  const closed = referatFolderAccess(file);
  if (!docx || !closed || !referatLiesOpen(file)) return false;
  let actual: Assignment[];
  try {
    actual = (await rest.get(`web/GetFileByServerRelativeUrl(${restString(docx)})/ListItemAllFields/roleassignments?$expand=Member,RoleDefinitionBindings`, RoleAssignmentsSchema())).value;
  } catch (error) {
    if (error instanceof StorageError && error.kind === 'notFound') return false;
    throw error;
  }
  const wanted = new Map(referatFileWanted(file.committee, actual, true, closed).filter((e) => e.person.email).map((e) => [personKey(e.person), e]));
  // Limited Access (rank 0: someone given a file below the folder) opens nothing.
  return actual.some((a) => {
    const entry = a.Member.Email ? wanted.get(a.Member.Email.toLowerCase()) : undefined;
    return rankOf(a) > (entry ? accessRank(entry.level) : 0);
  });
}

/**
 * Whether the meeting's recorded referat lies open (`referatLiesOpen`) and still inherits the meeting
 * folder: 1 request, only for a meeting with exempt content whose referat lies outside its closed folder.
 */
async function referatOpen(rest: SharePointRest, file: MeetingFile): Promise<boolean> {
  const [docx] = referatFilePaths(file.meeting);
  if (!docx || !referatLiesOpen(file)) return false;
  try {
    return !(await rest.get(`web/GetFileByServerRelativeUrl(${restString(docx)})/ListItemAllFields?$select=HasUniqueRoleAssignments`, ItemInfoSchema())).HasUniqueRoleAssignments;
  } catch (error) {
    if (error instanceof StorageError && error.kind === 'notFound') return false;
    throw error;
  }
}

const BasePermissionsSchema = lazySchema(() => v.looseObject({ High: v.union([v.string(), v.number()]), Low: v.union([v.string(), v.number()]) }));
/** `SP.PermissionKind.managePermissions` (26): bit 25 of the mask's low half (`SPBasePermissions.ManagePermissions`, 0x2000000). */
const MANAGE_PERMISSIONS_LOW = 0x2000000;

/**
 * Whether the signed-in user may manage the site's permissions (Full Control: a site owner, IT), by
 * the site's `EffectiveBasePermissions` for them — one request, capped by the token's scope as
 * SharePoint caps it. Someone who may not read the site may not manage it either.
 */
export async function mayManagePermissions(rest: SharePointRest): Promise<boolean> {
  try {
    const mask = await rest.get('web/EffectiveBasePermissions', BasePermissionsSchema());
    // The low half is up to 32 bits (a string in JSON light); `&` works on it as a signed 32-bit integer, which keeps bit 25.
    return (Number(mask.Low) & MANAGE_PERMISSIONS_LOW) !== 0;
  } catch (error) {
    if (error instanceof StorageError && (error.kind === 'forbidden' || error.kind === 'notFound')) return false;
    throw error;
  }
}

/**
 * The check on every start, cached for the session: the workspace asks once per committee set
 * and again only after a repair or when the cache is older than `maxAgeMs`.
 */
export class SitePermissions {
  private cache: { key: string; at: number; report: Promise<PermissionReport> } | undefined;

  constructor(
    private readonly deps: () => SitePermissionDeps,
    private readonly maxAgeMs = 10 * 60 * 1000,
    private readonly now: () => number = () => Date.now(),
    /** With Sites.Selected (MOTEBOK_SITE_ACCESS=selected): the app's client id, for telling its missing role on the site (`siteAccess.ts`). */
    private readonly selectedAppId?: string,
  ) {}

  private siteAccessDeps(appId: string): SiteAccessDeps {
    const deps = this.deps();
    return { graph: deps.graph, rest: async () => deps.rest, siteId: deps.siteId, appId };
  }

  /**
   * Sites.Selected: a check that could read nothing may be the app's role on the site. No role at all is
   * a refusal for everyone; too small a role rides on the report (`siteAccess`), for the secretariat only,
   * since a member's own rights look the same.
   */
  private async withSiteAccess(report: PermissionReport): Promise<PermissionReport> {
    if (report.checked || this.selectedAppId === undefined) return report;
    const reason = await siteAccessReason(this.siteAccessDeps(this.selectedAppId));
    if (reason?.key === 'siteAccess.notGranted') throw new DomainError('siteAccess', reason);
    return reason ? { ...report, siteAccess: reason } : report;
  }

  /**
   * Sets the access a committee just created needs (`repairPermissions`: its folder, its people on the
   * lists — which keep inheriting the site's permissions until the first committee exists), as
   * «Klargjør SharePoint-området» set the versioning: without it the check after «Opprett møteorganet»
   * warned about what Møtebok itself had left unset. Only for someone who may manage the site's
   * permissions (`mayManagePermissions`); for anyone else, or when SharePoint refuses, nothing changes and
   * the check says what is missing. The next `check` waits for it, so it does not report the site half-set.
   */
  grant(committees: readonly Committee[]): Promise<void> {
    this.cache = undefined;
    const granting = (async () => {
      if (!(await mayManagePermissions(this.deps().rest))) return;
      await repairPermissions(this.deps(), committees);
    })().catch(() => undefined);
    this.granting = granting;
    void granting.then(() => {
      if (this.granting === granting) this.granting = undefined;
    });
    return granting;
  }

  private granting: Promise<void> | undefined;

  check(committees: readonly Committee[]): Promise<PermissionReport> {
    if (this.granting) return this.granting.then(() => this.check(committees));
    // Who may see exempt content (roles, the vara setting) decides what an exempt sak's row should have: a change of it asks again.
    const key = JSON.stringify(committees.map((c) => [c.id, c.name, committeeAccess(c).map((e) => [personKey(e.person), e.level]), c.confidentiality ?? null]));
    if (this.cache && this.cache.key === key && this.now() - this.cache.at < this.maxAgeMs) return this.cache.report;
    const report = checkPermissions(this.deps(), committees).then((checked) => this.withSiteAccess(checked));
    this.cache = { key, at: this.now(), report };
    report.catch(() => (this.cache = undefined));
    return report;
  }

  /**
   * The committee's own level for the exempt files of saker it takes from an earlier body, as findings (`levelMissing`,
   * `levelOtherRights`; none when right): for the send dialog of a meeting with such a sak, which the start-up check may
   * not have seen (taken in after it ran). 1 request, asked only for such a meeting.
   */
  carriedLevel(committee: Committee): Promise<PermissionFinding[]> {
    return carriedLevelFindings(this.deps().rest, [committee]);
  }

  /** Whether the signed-in user may manage the site's permissions (`mayManagePermissions`): asked only when the check found something to show someone outside every secretariat. */
  mayManage(): Promise<boolean> {
    return mayManagePermissions(this.deps().rest);
  }

  /** Locks an approved meeting's rows in SharePoint (`meetingFreeze.ts`); the secretariat only. */
  async freeze(committee: Committee, meetingId: string): Promise<void> {
    this.cache = undefined;
    await freezeMeeting(this.deps().rest, committee, meetingId);
  }

  /** Unlocks a reopened meeting's rows (they inherit the lists' permissions again, exempt saker's rows keep their own); the secretariat only. */
  async unfreeze(committee: Committee, meetingId: string): Promise<void> {
    this.cache = undefined;
    await unfreezeMeeting(this.deps().rest, committee, meetingId);
  }

  /**
   * Sets the access of these sak rows of the meeting (`meetingFreeze.ts` `applyItemRowAccess`): the
   * repository's save, when it marks, unmarks or creates a sak holding exempt content.
   */
  async setRowAccess(file: MeetingFile, rowIds: readonly string[]): Promise<void> {
    this.cache = undefined;
    await applyItemRowAccess(this.deps().rest, file, rowIds);
  }

  async repair(committees: readonly Committee[]): Promise<PermissionReport> {
    this.cache = undefined;
    try {
      return await repairPermissions(this.deps(), committees);
    } catch (error) {
      throw this.selectedAppId === undefined ? error : await explainRefusal(error, this.siteAccessDeps(this.selectedAppId));
    }
  }
}
