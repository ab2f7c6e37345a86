import * as v from 'valibot';
import { EXEMPT_FOLDER_NAME, exemptFolderPath, meetingFolderPath } from '../domain/attachments';
import { committeeAccess } from '../domain/committeeAccess';
import { forwardedTo } from '../domain/caseRoute';
import { hasExemptContent } from '../domain/confidentiality';
import { exemptFiles, inviteesWithAccess, isCaseMemoExempt } from '../domain/confidentialityAudience';
import { DomainError } from '../domain/errors';
import type { AgendaItem, DocumentRef, Meeting, MeetingFile } from '../domain/model';
import { StorageError } from '../domain/ports';
import { FilesGateway } from './filesGateway';
import { graphCall } from './graphCall';
import { applyItemRowAccess } from './meetingFreeze';
import { closeReferatFolder } from './referatFolder';
import { grantCarriedExemptFiles } from './carriedExemptGrants';
import { restString } from './sharePointRest';
import type { SitePermissionDeps } from './sitePermissions';
import { siteRoles, withoutLimitedAccess } from './sharePointRoles';
import { lazySchema } from '../domain/lazySchema';

/**
 * Content unntatt offentlighet lives apart, with unique permissions: each sak with exempt content
 * has a folder `<meeting>/Unntatt offentlighet/Sak <nr>` that only the secretariat (Full Control)
 * and the invitees entitled to the sak (Read) can open, and each exempt vedlegg and an exempt
 * saksframlegg (the sak's `caseMemo`, `isCaseMemoExempt`) is moved into it (Graph `PATCH driveItem`
 * with `parentReference`) and keeps unique permissions of its own too, so a file moved out by hand
 * stays closed. A file no longer exempt is moved back to the meeting folder and inherits its
 * permissions again, unless its sak goes on to another body, which links it where it lies (`openInPlace`). «Lag saksframlegg» for a sak already exempt closes the folder first and writes
 * the saksframlegg straight into it (`closeCaseMemoPlace`, through the repository's `storeCaseMemo`).
 *
 * Graph v1.0 cannot stop an item inheriting its parent's permissions (`invite` only adds), so the
 * permissions go through SharePoint REST on the item's list item (breakroleinheritance,
 * addroleassignment, removeroleassignment), as `sitePermissions.ts` does for folders. The notice
 * sender calls this before `checkExemptPermissions` reads the result back through Graph; the folder
 * per sak is also what the Outlook read pane tries with the reader's own token.
 *
 * Why move at send, not at the moment of marking: marking is an autosaved edit (maybe offline, maybe
 * undone a second later), while every channel that lets a file out — the innkalling, its links —
 * runs through the send, which refuses to go on unless the move and the permissions succeeded.
 */

const ItemInfoSchema = lazySchema(() => v.looseObject({ HasUniqueRoleAssignments: v.boolean() }));
const PrincipalSchema = lazySchema(() => v.looseObject({ Id: v.number(), Email: v.optional(v.nullable(v.string())), LoginName: v.string() }));
const AssignmentsSchema = lazySchema(() =>
  v.object({
    value: v.pipe(v.array(
        v.looseObject({
          PrincipalId: v.number(),
          Member: v.optional(v.looseObject({ Email: v.optional(v.nullable(v.string())) })),
          RoleDefinitionBindings: v.array(v.looseObject({ Id: v.number(), RoleTypeKind: v.optional(v.number()) })),
        }),
      ), v.transform(withoutLimitedAccess)),
  }),
);
const DriveItemPlaceSchema = lazySchema(() =>
  v.looseObject({
    id: v.string(),
    webUrl: v.string(),
    parentReference: v.optional(v.looseObject({ id: v.optional(v.string()) })),
  }),
);

/**
 * Per stored exempt file of this meeting (drive item id), the addresses that read it through a later body's grant
 * (a sak taken into another body's meeting, `carriedExemptGrants.ts`), which this body's send leaves alone: the
 * check before sending (`confidentialNotice.ts` `checkExemptPermissions`) allows them on that file besides this
 * meeting's entitled invitees.
 */
export type LaterBodyReaders = Map<string, Set<string>>;

/**
 * Everything the send closes before anything leaves (the sender's `protectExempt`): the exempt files
 * (`protectExemptFiles`: vedlegg and saksframlegg), then the rows of the saker that hold exempt content
 * (`protectExemptRows`), then the closed folder the referat of such a meeting is made in
 * (`referatFolder.ts`), then Read for the entitled invitees on the exempt files of saker taken from an
 * earlier body, where that body stored them (`carriedExemptGrants.ts`). Returns the meeting with the new addresses of the vedlegg and saksframlegg moved;
 * `laterBodyReaders` gets, per stored exempt file, who reads it through a later body's grant (left alone), for `checkExemptPermissions`;
 * `builtInRead` the ids of the carried saker whose files got the built-in Read, this body's own level lacking (for the notice).
 */
export async function protectExempt(
  deps: SitePermissionDeps,
  file: MeetingFile,
  laterBodyReaders: LaterBodyReaders = new Map(),
  builtInRead: Set<string> = new Set(),
): Promise<Meeting> {
  const meeting = await protectExemptFiles(deps, file, laterBodyReaders);
  await protectExemptRows(deps, { committee: file.committee, meeting });
  await closeReferatFolder(deps, { committee: file.committee, meeting });
  for (const id of await grantCarriedExemptFiles(deps, { committee: file.committee, meeting })) builtInRead.add(id);
  return meeting;
}

/**
 * The list row of each sak that holds exempt content (`hasClosedRow`) gets exactly `exemptRowAccess`
 * (its `MotebokJson` holds the real title, body and konklusjon, or the saksframlegg's background); the
 * row of a sak no longer exempt inherits the list's permissions again. The meeting's own row is left
 * alone (it carries only the public stubs). A frozen meeting's rows keep the referents reading. Through
 * `meetingFreeze.ts` `applyRowAccess`, as the freeze: see «Rader unntatt offentlighet» in README.md.
 * Rows whose sak is not in `file` (not saved, or unreadable) are left as they are.
 */
export async function protectExemptRows(deps: Pick<SitePermissionDeps, 'rest'>, file: MeetingFile): Promise<void> {
  await applyItemRowAccess(deps.rest, file);
}

/**
 * Moves and protects the exempt content: the vedlegg and the saksframlegg (`item.caseMemo`, when
 * `isCaseMemoExempt`); returns the meeting with their new addresses (webUrl), which the sender saves.
 */
export async function protectExemptFiles(deps: SitePermissionDeps, file: MeetingFile, laterBodyReaders: LaterBodyReaders = new Map()): Promise<Meeting> {
  const { committee } = file;
  const places = exemptPlaces(deps, file, laterBodyReaders);
  const exempt = exemptFiles(file).filter((entry) => entry.attachment.driveItemId !== undefined);
  const exemptIds = new Set([...exempt.map((entry) => entry.attachment.driveItemId), ...file.meeting.items.flatMap(exemptMemoIds)]);
  const moved = new Map<string, string>();

  // Vedlegg and saksframlegg that are no longer exempt come back to the meeting folder and inherit its permissions; those of a
  // sak that goes on to another body stay where they lie, open as the meeting folder is (`openInPlace`).
  const root = await places.files.findFolder(`${meetingFolderPath(committee, file.meeting)}/${EXEMPT_FOLDER_NAME}`);
  if (root !== undefined) {
    const sakOf = new Map<string, AgendaItem>();
    for (const item of file.meeting.items) {
      for (const id of [...item.attachments.map((attachment) => attachment.driveItemId), item.caseMemo?.driveItemId]) if (id !== undefined) sakOf.set(id, item);
    }
    for (const folder of (await places.files.children(root)).filter((child) => child.folder)) {
      for (const child of await places.files.children(folder.id)) {
        const sak = sakOf.get(child.id);
        if (child.folder || exemptIds.has(child.id) || sak === undefined) continue;
        if (forwardedTo(sak, committee) !== undefined && child.webUrl !== undefined) {
          await places.openInPlace(child.webUrl);
          continue;
        }
        const meetingFolder = await places.files.ensureFolder(meetingFolderPath(committee, file.meeting));
        const webUrl = await places.moveTo(child.id, meetingFolder);
        await deps.rest.post(`${places.listItem(webUrl)}/resetroleinheritance`);
        moved.set(child.id, webUrl);
      }
    }
  }

  for (const item of file.meeting.items.filter(hasExemptContent)) {
    const ids = [...exempt.filter((entry) => entry.item.id === item.id).map((entry) => entry.attachment.driveItemId ?? ''), ...exemptMemoIds(item)];
    for (const [id, webUrl] of await places.protect(item, ids)) moved.set(id, webUrl);
  }
  const withPlace = <T extends DocumentRef>(ref: T): T => {
    const webUrl = ref.driveItemId === undefined ? undefined : moved.get(ref.driveItemId);
    return webUrl === undefined || webUrl === ref.webUrl ? ref : { ...ref, webUrl };
  };
  return {
    ...file.meeting,
    items: file.meeting.items.map((item) => ({
      ...item,
      ...(item.caseMemo === undefined ? {} : { caseMemo: withPlace(item.caseMemo) }),
      attachments: item.attachments.map(withPlace),
    })),
  };
}

/**
 * «Lag saksframlegg» for a sak whose saksframlegg is exempt (`isCaseMemoExempt`), before anything is
 * written: the sak's folder for exempt content is made and closed as the send closes it, and a
 * saksframlegg stored before (in the meeting folder, made before the marking) is moved into it and
 * closed too. A new saksframlegg uploaded into the folder inherits its permissions (as SharePoint
 * gives a new file its folder's), so it is never open, not even until the send.
 */
export interface CaseMemoPlace {
  /** The sak's folder for exempt content (`exemptFolderPath`), closed. */
  folderPath: string;
  /** The saksframlegg stored before, now in that folder; undefined when there is none (or it was deleted). */
  storedId: string | undefined;
}

export async function closeCaseMemoPlace(deps: SitePermissionDeps, file: MeetingFile, item: AgendaItem): Promise<CaseMemoPlace> {
  const places = exemptPlaces(deps, file);
  const memoId = item.caseMemo?.driveItemId;
  const storedId = memoId !== undefined && (await places.exists(memoId)) ? memoId : undefined;
  await places.protect(item, storedId === undefined ? [] : [storedId]);
  return { folderPath: exemptFolderPath(file.committee, file.meeting, item), storedId };
}

/** The stored saksframlegg of a sak whose saksframlegg is exempt, as a list of ids (none or one). */
const exemptMemoIds = (item: AgendaItem): string[] => (isCaseMemoExempt(item) && item.caseMemo?.driveItemId !== undefined ? [item.caseMemo.driveItemId] : []);

/** The library moves and the per-sak closing shared by the send (`protectExemptFiles`) and «Lag saksframlegg» (`closeCaseMemoPlace`). */
function exemptPlaces(deps: SitePermissionDeps, file: MeetingFile, laterBodyReaders: LaterBodyReaders = new Map()) {
  const files = new FilesGateway(deps.graph, deps.siteId);
  let writer: ReturnType<typeof permissionWriter> | undefined;
  // The meeting folder's list item, asked for once per send (`openInPlace`).
  let meetingFolderItem: Promise<string> | undefined;
  const driveItem = (id: string) => graphCall(DriveItemPlaceSchema(), () => deps.graph.api(`/sites/${deps.siteId}/drive/items/${id}`).select('id,webUrl,parentReference').get());
  const moveTo = async (id: string, parentId: string): Promise<string> =>
    (await graphCall(DriveItemPlaceSchema(), () => deps.graph.api(`/sites/${deps.siteId}/drive/items/${id}`).patch({ parentReference: { id: parentId } }))).webUrl;
  const listItem = (webUrl: string) => `web/GetFileByServerRelativeUrl(${restString(decodeURIComponent(new URL(webUrl).pathname))})/ListItemAllFields`;
  return {
    files,
    moveTo,
    listItem,
    async exists(id: string): Promise<boolean> {
      return driveItem(id).then(
        () => true,
        (error: unknown) => {
          if (error instanceof StorageError && error.kind === 'notFound') return false;
          throw error;
        },
      );
    },
    /**
     * A file no longer exempt of a sak that goes on to another body (its saksgang names the next, caseRoute.ts `forwardedTo`),
     * left where it lies: that body's meeting links it by this address (carriedCase.ts `linkTo`), in its innkalling too, and a
     * move would break the link for everyone. It gets what it would inherit in the meeting folder (that folder's role
     * assignments, which SharePoint answers from the object they are defined on when the folder inherits them) and keeps the
     * later body's grants (its own level, `carriedExemptGrants.ts`): a member of that body who has no access to the site
     * through the meeting folder (another organisation's, a guest) still opens every document of her innkalling.
     */
    async openInPlace(webUrl: string): Promise<void> {
      const permissions = await (writer ??= permissionWriter(deps, file));
      meetingFolderItem ??= files
        .ensureFolder(meetingFolderPath(file.committee, file.meeting))
        .then(driveItem)
        .then((folder) => `web/GetFolderByServerRelativeUrl(${restString(decodeURIComponent(new URL(folder.webUrl).pathname))})/ListItemAllFields`);
      await permissions.openLike(listItem(webUrl), await meetingFolderItem);
    },
    /**
     * The sak's folder made and closed (the secretariat Full Control, `inviteesWithAccess` Read), then each
     * of `ids` moved into it where it is not yet, and closed on its own too. Returns each file's address now.
     */
    async protect(item: AgendaItem, ids: readonly string[]): Promise<Map<string, string>> {
      const permissions = await (writer ??= permissionWriter(deps, file));
      const allowed = inviteesWithAccess(file, item).map((invitee) => invitee.address);
      const folderId = await files.ensureFolder(exemptFolderPath(file.committee, file.meeting, item));
      const folder = await driveItem(folderId);
      await permissions.apply(`web/GetFolderByServerRelativeUrl(${restString(decodeURIComponent(new URL(folder.webUrl).pathname))})/ListItemAllFields`, allowed);
      const places = new Map<string, string>();
      for (const id of ids) {
        const place = await driveItem(id);
        const webUrl = place.parentReference?.id === folderId ? place.webUrl : await moveTo(id, folderId);
        const kept = await permissions.apply(listItem(webUrl), allowed, 'file');
        if (kept.size > 0) laterBodyReaders.set(id, kept);
        else laterBodyReaders.delete(id);
        places.set(id, webUrl);
      }
      return places;
    },
  };
}

/**
 * Unique permissions on one list item (folder or file): the caller and the secretariat Full Control,
 * `allowed` Read, nobody else — except a later body's grants (`carriedExemptGrants.ts`: its own permission
 * level, `sharePointRoles.ts` `siteRoles().carried`, Read's rights, never more), which this body did not make
 * and leaves alone: that body's send takes them back when it no longer entitles the person. A person removed
 * from this body loses the Read this body gave; only her grant from the later body, if any, stays. A later
 * body grants on files only, so a folder gets exactly this body's set. `apply` answers the addresses that keep
 * reading a file through such a grant alone. A folder's files keep their own unique permissions (clearSubscopes=false).
 */
async function permissionWriter(deps: SitePermissionDeps, file: MeetingFile) {
  const roles = await siteRoles(deps.rest);
  const roleId = roles.id;
  const me = await deps.rest.get('web/currentuser', PrincipalSchema());
  const principals = new Map<string, number>();
  const principalFor = async (email: string): Promise<number> => {
    const known = principals.get(email.toLowerCase());
    if (known !== undefined) return known;
    // SharePoint answers 404 for an address in no directory of the organisation (not even as a guest): said
    // as that, not as «Fant ikke det du ba om». The folder is left closed (only the caller), too tight.
    const answer = await deps.rest.post('web/ensureuser', { logonName: email }).catch((error: unknown) => {
      if (error instanceof StorageError && error.kind === 'notFound') {
        throw new DomainError('exemptContentExposed', { key: 'exempt.unknownUser', values: { email } });
      }
      throw error;
    });
    const ensured = v.parse(PrincipalSchema(), answer);
    principals.set(email.toLowerCase(), ensured.Id);
    return ensured.Id;
  };
  const managers = committeeAccess(file.committee).filter((entry) => entry.level === 'manage').flatMap((entry) => (entry.person.email ? [entry.person.email] : []));
  /** Unique permissions on `path` exactly `wanted` (principal id → permission level ids), a later body's grants on a file left alone. */
  const converge = async (path: string, wanted: ReadonlyMap<number, ReadonlySet<number>>, kind: 'folder' | 'file'): Promise<Set<string>> => {
    const info = await deps.rest.get(`${path}?$select=HasUniqueRoleAssignments`, ItemInfoSchema());
    if (!info.HasUniqueRoleAssignments) await deps.rest.post(`${path}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=false)`);
    const actual = (await deps.rest.get(`${path}/roleassignments?$expand=RoleDefinitionBindings,Member`, AssignmentsSchema())).value;
    for (const [principal, levels] of wanted) {
      const has = actual.find((assignment) => assignment.PrincipalId === principal);
      for (const role of levels) {
        if (!has?.RoleDefinitionBindings.some((binding) => binding.Id === role)) await deps.rest.post(`${path}/roleassignments/addroleassignment(principalid=${principal},roledefid=${role})`);
      }
    }
    const laterBody = new Set<string>();
    for (const assignment of actual) {
      for (const binding of assignment.RoleDefinitionBindings) {
        if (kind === 'file' && roles.carried.has(binding.Id)) continue;
        if (wanted.get(assignment.PrincipalId)?.has(binding.Id) !== true) await deps.rest.post(`${path}/roleassignments/removeroleassignment(principalid=${assignment.PrincipalId},roledefid=${binding.Id})`);
      }
      const email = assignment.Member?.Email;
      const byLaterBody = assignment.RoleDefinitionBindings.some((binding) => roles.carried.has(binding.Id));
      if (kind === 'file' && !wanted.has(assignment.PrincipalId) && email && byLaterBody) laterBody.add(email.toLowerCase());
    }
    return laterBody;
  };
  return {
    async apply(path: string, allowed: readonly string[], kind: 'folder' | 'file' = 'folder'): Promise<Set<string>> {
      const wanted = new Map<number, ReadonlySet<number>>();
      // The caller keeps Full Control while working (and after: only the secretariat sends).
      wanted.set(me.Id, new Set([roleId('manage')]));
      for (const email of managers) wanted.set(await principalFor(email), new Set([roleId('manage')]));
      for (const address of allowed) {
        const id = await principalFor(address);
        if (!wanted.has(id)) wanted.set(id, new Set([roleId('read')]));
      }
      return converge(path, wanted, kind);
    },
    /** A file given exactly the role assignments `folderPath` has (its own or those it inherits), the caller Full Control, a later body's grants kept. */
    async openLike(path: string, folderPath: string): Promise<void> {
      const from = (await deps.rest.get(`${folderPath}/roleassignments?$expand=RoleDefinitionBindings,Member`, AssignmentsSchema())).value;
      const wanted = new Map<number, ReadonlySet<number>>(
        from.map((assignment) => [assignment.PrincipalId, new Set(assignment.RoleDefinitionBindings.map((binding) => binding.Id))]),
      );
      wanted.set(me.Id, new Set([...(wanted.get(me.Id) ?? []), roleId('manage')]));
      await converge(path, wanted, 'file');
    },
  };
}
