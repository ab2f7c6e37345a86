import { meetingFolderPath, referatFolderPath } from '../domain/attachments';
import { isSecretariat, mergeAccess, type AccessEntry } from '../domain/committeeAccess';
import { DomainError } from '../domain/errors';
import type { DocumentRef, MeetingFile } from '../domain/model';
import { StorageError } from '../domain/ports';
import { referatFolderAccess, referatLiesOpen } from '../domain/referatAccess';
import { FilesGateway } from './filesGateway';
import { applyReferatFileAccess, noManager, roleLookups, setAssignments } from './meetingFreeze';
import { restString } from './sharePointRest';
import { EXPAND_ASSIGNMENTS, ItemInfoSchema, PrincipalSchema, RoleAssignmentsSchema } from './sharePointRoles';
import { libraryUrl, type SitePermissionDeps } from './sitePermissions';

/**
 * The referat of a meeting with content unntatt offentlighet lives in a closed folder
 * (`domain/attachments` `referatFolderPath`: `<meeting>/Unntatt offentlighet/Referat`), whose
 * permissions are exactly `domain/referatAccess` `referatFolderAccess`: the secretariat Full Control,
 * the referents Contribute, Read only for those entitled to every exempt sak. The meeting folder
 * inherits the committee folder, where every member reads — a guest, an observer or a vara not
 * entitled to an exempt sak would read its møtebehandling and vedtak in the referat there.
 *
 * The file is uploaded into the folder already closed, so it inherits the closed permissions from its
 * first byte (SharePoint gives a new item its parent's permissions; replacing the content of an item
 * keeps the item's own): it is never open, not even for a moment, and the referent who makes it needs
 * only the Contribute they have — breaking inheritance needs Manage Permissions, which only the
 * secretariat has. So the secretariat's send closes the folder (`exemptFilePermissions.ts`
 * `protectExempt` → `closeReferatFolder`), and `storeClosedReferat` only checks it, closing it itself
 * when the caller is in the secretariat and refusing a referent otherwise (`referatFolderNotClosed`).
 *
 * Cost: the send, for a meeting with exempt content, up to 4 reads to find or create the folder
 * (Graph, once per path per session), 1 read of whether it inherits, 1 break the first time, 1 read of
 * its assignments, 1 of the caller, the permission levels once, and per person to add or remove 1-2
 * (`ensureuser` once per person): about 10 + 2 per entitled reader the first time, 4 reads after.
 * The store: 1 read (whether the folder is there and closed; the library's path once per session),
 * the upload; only when the folder is not ready, 1 read of the caller and, for the secretariat, the
 * closing above; and 1 delete when the previous referat lay open in the meeting folder.
 */

export interface ReferatFolderDeps extends SitePermissionDeps {
  /** The session's files gateway (folder ids and the library's address cached); a new one without. */
  files?: FilesGateway;
}

const filesOf = (deps: ReferatFolderDeps): FilesGateway => deps.files ?? new FilesGateway(deps.graph, deps.siteId);

/** The library's path, read once per Graph client (a session). */
const libraries = new WeakMap<object, Promise<string>>();

/** The folder's list item in SharePoint REST, by its server-relative path. */
async function folderItem(deps: ReferatFolderDeps, path: string): Promise<string> {
  let library = libraries.get(deps.graph);
  if (!library) {
    library = libraryUrl(deps);
    libraries.set(deps.graph, library);
    library.catch(() => libraries.delete(deps.graph));
  }
  return `web/GetFolderByServerRelativeUrl(${restString(`${await library}/${path}`)})/ListItemAllFields`;
}

/**
 * Creates the meeting's closed referat folder where missing and gives it exactly `referatFolderAccess`
 * (Manage Permissions needed: the secretariat's send). Nothing for a meeting without exempt content.
 * Returns the folder's path.
 */
export async function closeReferatFolder(deps: ReferatFolderDeps, file: MeetingFile): Promise<string | undefined> {
  const wanted = referatFolderAccess(file);
  if (!wanted) return undefined;
  // Own permissions with nobody managing them would leave the folder where no one but a site collection admin can change it.
  if (!wanted.some((entry) => entry.level === 'manage' && entry.person.email)) throw noManager(file.committee);
  const files = filesOf(deps);
  const path = referatFolderPath(file.committee, file.meeting);
  await files.ensureFolder(path);
  const item = await folderItem(deps, path);
  const { HasUniqueRoleAssignments: unique } = await deps.rest.get(`${item}?$select=HasUniqueRoleAssignments`, ItemInfoSchema());
  // copyRoleAssignments=false: the folder holds only the caller until the wanted are added, never the
  // members the meeting folder lets read; clearSubscopes=false: an approved referat in it keeps its freeze.
  if (!unique) await deps.rest.post(`${item}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=false)`);
  const actual = (await deps.rest.get(`${item}/roleassignments?$expand=${EXPAND_ASSIGNMENTS}`, RoleAssignmentsSchema())).value;
  const me = await deps.rest.get('web/currentuser', PrincipalSchema());
  // The caller keeps Full Control, as on the saker's folders (`exemptFilePermissions.ts`): whoever sends
  // manages the site's permissions already, and losing it half-way would leave the folder half-set.
  const caller: AccessEntry[] = me.Email ? [{ person: { name: me.Email, email: me.Email }, level: 'manage' }] : [];
  const roles = await roleLookups(deps.rest)();
  await setAssignments(deps.rest, item, actual, mergeAccess([...wanted, ...caller]), roles.roleId, roles.principalFor, me.Id);
  // A referat stored open in the meeting folder before (this folder did not exist, or no sak was exempt
  // then) is closed where it lies; the referent's next «Lag referat» puts it into this folder.
  if (referatLiesOpen(file)) await applyReferatFileAccess(deps.rest, file, file.meeting.status === 'minutesApproved');
  return path;
}

/**
 * Whether the closed folder is there with its own permissions: one request (SharePoint's 404 when it
 * is missing). Whom it lets in is the send's to keep right (`closeReferatFolder`).
 */
async function isClosed(deps: ReferatFolderDeps, path: string): Promise<boolean> {
  try {
    return (await deps.rest.get(`${await folderItem(deps, path)}?$select=HasUniqueRoleAssignments`, ItemInfoSchema())).HasUniqueRoleAssignments;
  } catch (error) {
    if (error instanceof StorageError && error.kind === 'notFound') return false;
    throw error;
  }
}

/**
 * The closed folder, ready for the referat: checked, or — when it is missing or open (marked exempt
 * after the last send) — closed first by a caller in the secretariat. A referent is refused
 * (`referatFolderNotClosed`), and nothing is uploaded: the file would lie open.
 */
export async function readyReferatFolder(deps: ReferatFolderDeps, file: MeetingFile): Promise<string> {
  const path = referatFolderPath(file.committee, file.meeting);
  if (await isClosed(deps, path)) return path;
  const me = await deps.rest.get('web/currentuser', PrincipalSchema());
  if (!isSecretariat(file.committee, me.Email ?? undefined)) throw new DomainError('minutesNotReady', { key: 'referatFolderNotClosed' });
  await closeReferatFolder(deps, file);
  return path;
}

/**
 * Stores the referat of a meeting with exempt content in its closed folder (`minutesService.ts`
 * `store`), replacing the one made before. A previous referat that lay open in the meeting folder
 * (made before the meeting had exempt content, or before this folder existed) is deleted once the
 * closed one is stored: the meeting's record points to the new one (the caller saves it).
 */
export async function storeClosedReferat(deps: ReferatFolderDeps, file: MeetingFile, fileName: string, bytes: Uint8Array): Promise<DocumentRef> {
  const files = filesOf(deps);
  const folder = await readyReferatFolder({ ...deps, files }, file);
  const stored = await files.upload(folder, fileName, bytes, { conflictBehavior: 'replace' });
  const previous = file.meeting.minutes;
  const openBefore = previous?.webUrl !== undefined && liesIn(previous.webUrl, meetingFolderPath(file.committee, file.meeting));
  if (previous?.driveItemId && previous.driveItemId !== stored.driveItemId && openBefore) await files.delete(previous);
  return stored;
}

/** Whether the file at `webUrl` lies directly in the folder at `folderPath` of the library. */
function liesIn(webUrl: string, folderPath: string): boolean {
  const path = decodeURIComponent(new URL(webUrl).pathname);
  return path.slice(0, path.lastIndexOf('/')).endsWith(`/${folderPath}`);
}
