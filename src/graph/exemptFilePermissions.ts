import * as v from 'valibot';
import { EXEMPT_FOLDER_NAME, exemptFolderPath, meetingFolderPath } from '../domain/attachments';
import { committeeAccess } from '../domain/committeeAccess';
import { hasExemptContent } from '../domain/confidentiality';
import { exemptFiles, inviteesWithAccess } from '../domain/confidentialityAudience';
import { DomainError } from '../domain/errors';
import type { Meeting, MeetingFile } from '../domain/model';
import { StorageError } from '../domain/ports';
import { FilesGateway } from './filesGateway';
import { graphCall } from './graphCall';
import { applyItemRowAccess } from './meetingFreeze';
import { closeReferatFolder } from './referatFolder';
import { restString } from './sharePointRest';
import type { SitePermissionDeps } from './sitePermissions';
import { roleIds, withoutLimitedAccess } from './sharePointRoles';
import { lazySchema } from '../domain/lazySchema';

/**
 * Content unntatt offentlighet lives apart, with unique permissions: each sak with exempt content
 * has a folder `<meeting>/Unntatt offentlighet/Sak <nr>` that only the secretariat (Full Control)
 * and the invitees entitled to the sak (Read) can open, and each exempt vedlegg is moved into it
 * (Graph `PATCH driveItem` with `parentReference`) and keeps unique permissions of its own too, so
 * a file moved out by hand stays closed. A vedlegg no longer exempt is moved back to the meeting
 * folder and inherits its permissions again.
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
 * Everything the send closes before anything leaves (the sender's `protectExempt`): the exempt files
 * (`protectExemptFiles`), then the rows of the saker that hold exempt content (`protectExemptRows`),
 * then the closed folder the referat of such a meeting is made in (`referatFolder.ts`). Returns the
 * meeting with the vedlegg's new addresses.
 */
export async function protectExempt(deps: SitePermissionDeps, file: MeetingFile): Promise<Meeting> {
  const meeting = await protectExemptFiles(deps, file);
  await protectExemptRows(deps, { committee: file.committee, meeting });
  await closeReferatFolder(deps, { committee: file.committee, meeting });
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

/** Moves and protects the exempt content; returns the meeting with the vedlegg's new addresses (webUrl). */
export async function protectExemptFiles(deps: SitePermissionDeps, file: MeetingFile): Promise<Meeting> {
  const { committee } = file;
  const files = new FilesGateway(deps.graph, deps.siteId);
  const exempt = exemptFiles(file).filter((entry) => entry.attachment.driveItemId !== undefined);
  const exemptIds = new Set(exempt.map((entry) => entry.attachment.driveItemId));
  const moved = new Map<string, string>();
  const driveItem = (id: string) => graphCall(DriveItemPlaceSchema(), () => deps.graph.api(`/sites/${deps.siteId}/drive/items/${id}`).select('id,webUrl,parentReference').get());
  const moveTo = async (id: string, parentId: string): Promise<string> =>
    (await graphCall(DriveItemPlaceSchema(), () => deps.graph.api(`/sites/${deps.siteId}/drive/items/${id}`).patch({ parentReference: { id: parentId } }))).webUrl;
  const listItem = (webUrl: string) => `web/GetFileByServerRelativeUrl(${restString(decodeURIComponent(new URL(webUrl).pathname))})/ListItemAllFields`;

  // Vedlegg that are no longer exempt come back to the meeting folder and inherit its permissions.
  const root = await files.findFolder(`${meetingFolderPath(committee, file.meeting)}/${EXEMPT_FOLDER_NAME}`);
  if (root !== undefined) {
    const stored = new Set(file.meeting.items.flatMap((item) => item.attachments.map((attachment) => attachment.driveItemId)));
    for (const folder of (await files.children(root)).filter((child) => child.folder)) {
      for (const child of await files.children(folder.id)) {
        if (child.folder || exemptIds.has(child.id) || !stored.has(child.id)) continue;
        const meetingFolder = await files.ensureFolder(meetingFolderPath(committee, file.meeting));
        const webUrl = await moveTo(child.id, meetingFolder);
        await deps.rest.post(`${listItem(webUrl)}/resetroleinheritance`);
        moved.set(child.id, webUrl);
      }
    }
  }

  const saker = file.meeting.items.filter(hasExemptContent);
  if (saker.length > 0) {
    const permissions = await permissionWriter(deps, file);
    for (const item of saker) {
      const allowed = inviteesWithAccess(file, item).map((invitee) => invitee.address);
      const folderPath = exemptFolderPath(committee, file.meeting, item);
      const folderId = await files.ensureFolder(folderPath);
      const folder = await driveItem(folderId);
      await permissions.apply(`web/GetFolderByServerRelativeUrl(${restString(decodeURIComponent(new URL(folder.webUrl).pathname))})/ListItemAllFields`, allowed);
      for (const entry of exempt.filter((candidate) => candidate.item.id === item.id)) {
        const id = entry.attachment.driveItemId ?? '';
        const place = await driveItem(id);
        const webUrl = place.parentReference?.id === folderId ? place.webUrl : await moveTo(id, folderId);
        if (webUrl !== entry.attachment.webUrl) moved.set(id, webUrl);
        await permissions.apply(listItem(webUrl), allowed);
      }
    }
  }
  return {
    ...file.meeting,
    items: file.meeting.items.map((item) => ({
      ...item,
      attachments: item.attachments.map((attachment) => {
        const webUrl = attachment.driveItemId === undefined ? undefined : moved.get(attachment.driveItemId);
        return webUrl === undefined ? attachment : { ...attachment, webUrl };
      }),
    })),
  };
}

/**
 * Unique permissions on one list item (folder or file): the caller and the secretariat Full Control,
 * `allowed` Read, nobody else. A folder's files keep their own unique permissions (clearSubscopes=false).
 */
async function permissionWriter(deps: SitePermissionDeps, file: MeetingFile) {
  const roleId = await roleIds(deps.rest);
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
  return {
    async apply(path: string, allowed: readonly string[]): Promise<void> {
      const info = await deps.rest.get(`${path}?$select=HasUniqueRoleAssignments`, ItemInfoSchema());
      if (!info.HasUniqueRoleAssignments) await deps.rest.post(`${path}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=false)`);
      const wanted = new Map<number, number>();
      // The caller keeps Full Control while working (and after: only the secretariat sends).
      wanted.set(me.Id, roleId('manage'));
      for (const email of managers) wanted.set(await principalFor(email), roleId('manage'));
      for (const address of allowed) {
        const id = await principalFor(address);
        if (!wanted.has(id)) wanted.set(id, roleId('read'));
      }
      const actual = (await deps.rest.get(`${path}/roleassignments?$expand=RoleDefinitionBindings`, AssignmentsSchema())).value;
      for (const [principal, role] of wanted) {
        const has = actual.find((assignment) => assignment.PrincipalId === principal);
        if (!has?.RoleDefinitionBindings.some((binding) => binding.Id === role)) await deps.rest.post(`${path}/roleassignments/addroleassignment(principalid=${principal},roledefid=${role})`);
      }
      for (const assignment of actual) {
        for (const binding of assignment.RoleDefinitionBindings) {
          if (wanted.get(assignment.PrincipalId) !== binding.Id) await deps.rest.post(`${path}/roleassignments/removeroleassignment(principalid=${assignment.PrincipalId},roledefid=${binding.Id})`);
        }
      }
    },
  };
}
