// The site's default document library: the item store (tree, versions, eTags, blobs, permissions),
// path addressing and the rules for names and conflicts. HTTP routes are in driveRoutes.ts.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { GraphError, notFound } from '../http/graphError.js';
import type { RequestContext } from '../http/types.js';
import { DRIVE_ID, DRIVE_LIST_ID, SITE_ID, SITE_PATH, findUser, type TenantUser } from '../seed.js';
import type { Right, ScopeChain, SecurityService } from '../sharepoint/security.js';
import type { Store } from '../store/store.js';
import { ctag, currentUser, etag, newDriveItemId, newGuid, nowIso, requireScope, userIdentity } from './common.js';
import { assertValidName, decodeSegment, mimeTypeFor, renameCandidate, splitPath } from './driveNames.js';

export const SIMPLE_UPLOAD_LIMIT = 4 * 1024 * 1024;
const READ_SCOPES = ['Files.Read.All', 'Files.ReadWrite.All', 'Sites.Read.All', 'Sites.ReadWrite.All', 'Sites.Manage.All'];
const WRITE_SCOPES = ['Files.ReadWrite.All', 'Sites.ReadWrite.All', 'Sites.Manage.All'];

export interface PermissionRecord {
  id: string;
  roles: string[];
  link?: { type: 'view' | 'edit'; scope: 'anonymous' | 'organization' | 'users'; webUrl: string };
  grantedTo?: { id: string; displayName: string; email: string };
  invitationEmail?: string;
}

export interface DriveItemRecord {
  id: string;
  name: string;
  parentId: string | null;
  isFolder: boolean;
  size: number;
  blobId?: string;
  sha256?: string;
  mimeType?: string;
  guid: string;
  version: number;
  contentVersion: number;
  created: string;
  modified: string;
  createdBy: string;
  modifiedBy: string;
  permissions: PermissionRecord[];
}

interface DriveDoc {
  rootId: string;
  items: Record<string, DriveItemRecord>;
}

export type ConflictBehavior = 'fail' | 'replace' | 'rename';

export class DriveService {
  private readonly downloadSecret = randomBytes(32);

  constructor(private readonly store: Store, private readonly origin: () => string, readonly security: SecurityService) {}

  private get doc(): DriveDoc {
    return this.store.doc<DriveDoc>('drive', () => {
      const rootId = '01ROOTHELSEFELLESSKAPETVESTFOLD0000';
      const now = nowIso();
      return {
        rootId,
        items: {
          [rootId]: { id: rootId, name: 'root', parentId: null, isFolder: true, size: 0, guid: newGuid(), version: 1, contentVersion: 1, created: now, modified: now, createdBy: 'system', modifiedBy: 'system', permissions: [] },
        },
      };
    });
  }

  private save(): void {
    this.store.touch('drive');
  }

  root(): DriveItemRecord {
    const root = this.doc.items[this.doc.rootId];
    if (!root) throw new Error('drive root missing');
    return root;
  }

  get(id: string): DriveItemRecord | undefined {
    return this.doc.items[id];
  }

  children(id: string): DriveItemRecord[] {
    return Object.values(this.doc.items).filter((i) => i.parentId === id);
  }

  childByName(parentId: string, name: string): DriveItemRecord | undefined {
    const lower = name.toLowerCase();
    return this.children(parentId).find((c) => c.name.toLowerCase() === lower);
  }

  pathOf(item: DriveItemRecord): string {
    const names: string[] = [];
    let current: DriveItemRecord | undefined = item;
    while (current && current.parentId !== null) {
      names.unshift(current.name);
      current = this.get(current.parentId);
    }
    return `/${names.join('/')}`;
  }

  /** Resolves `segments` below `base`; undefined when some part does not exist. */
  walk(base: DriveItemRecord, segments: string[]): DriveItemRecord | undefined {
    let current: DriveItemRecord | undefined = base;
    for (const s of segments) {
      if (!current?.isFolder) return undefined;
      current = this.childByName(current.id, s);
    }
    return current;
  }

  all(): DriveItemRecord[] {
    return Object.values(this.doc.items);
  }

  /** Where a new item at this address would be written: the item itself, or the deepest folder of its path that exists. */
  writeTarget(address: DriveAddress): DriveItemRecord | undefined {
    if (address.item) return address.item;
    if (!address.missing) return undefined;
    let current = address.missing.base;
    for (const s of address.missing.segments) {
      const next = current.isFolder ? this.childByName(current.id, s) : undefined;
      if (!next) break;
      current = next;
    }
    return current;
  }

  /** Everything below a folder. */
  descendants(item: DriveItemRecord): DriveItemRecord[] {
    const out: DriveItemRecord[] = [];
    const stack = this.children(item.id);
    for (let next = stack.pop(); next; next = stack.pop()) {
      out.push(next);
      stack.push(...this.children(next.id));
    }
    return out;
  }

  /**
   * The item as a securable object: itself and its folders up to the library (a list whose root
   * folder is the drive root), then the web. The nearest one with unique role assignments decides.
   */
  chainOf(item: DriveItemRecord): ScopeChain {
    const keys: string[] = [];
    for (let current: DriveItemRecord | undefined = item; current && current.parentId !== null; current = this.get(current.parentId)) {
      keys.push(`item:${DRIVE_LIST_ID}:${current.id}`);
    }
    return [...keys, `list:${DRIVE_LIST_ID}`, 'web'];
  }

  can(user: TenantUser, item: DriveItemRecord, right: Right): boolean {
    return this.security.can(user, this.chainOf(item), right);
  }

  // --- JSON in Graph's shape
  webUrl(item: DriveItemRecord): string {
    const path = item.parentId === null ? '' : this.pathOf(item).split('/').map(encodeURIComponent).join('/');
    return `${this.origin()}${SITE_PATH}/Shared%20Documents${path}`;
  }

  downloadUrl(item: DriveItemRecord): string {
    const expires = Date.now() + 3600_000;
    const payload = `${item.id}.${item.contentVersion}.${expires}`;
    const sig = createHmac('sha256', this.downloadSecret).update(payload).digest('base64url');
    return `${this.origin()}/_tenant/download/${encodeURIComponent(item.id)}?v=${item.contentVersion}&e=${expires}&tempauth=${sig}`;
  }

  /** Checks a pre-authenticated download URL the way Graph's are checked: signature and expiry only. */
  verifyDownload(id: string, query: URLSearchParams): DriveItemRecord | undefined {
    const item = this.get(id);
    const v = query.get('v');
    const e = query.get('e');
    const sig = query.get('tempauth');
    if (!item || !v || !e || !sig || Number(e) < Date.now()) return undefined;
    const expected = createHmac('sha256', this.downloadSecret).update(`${id}.${v}.${e}`).digest('base64url');
    return expected === sig && String(item.contentVersion) === v ? item : undefined;
  }

  parentReference(item: DriveItemRecord): Record<string, unknown> {
    if (item.parentId === null) return { driveType: 'documentLibrary', driveId: DRIVE_ID, siteId: SITE_ID };
    const parent = this.get(item.parentId);
    const parentPath = parent ? (parent.parentId === null ? '' : this.pathOf(parent)) : '';
    return { driveType: 'documentLibrary', driveId: DRIVE_ID, id: item.parentId, name: parent?.parentId === null ? 'Shared Documents' : parent?.name, path: `/drives/${DRIVE_ID}/root:${parentPath}`, siteId: SITE_ID };
  }

  identity(userId: string): Record<string, unknown> {
    const user = findUser(userId);
    return user ? userIdentity(user) : { application: { displayName: 'SharePoint', id: '00000003-0000-0ff1-ce00-000000000000' } };
  }

  /** `visibleTo`: children the user may not read are left out, as SharePoint trims them. */
  toJson(item: DriveItemRecord, opts: { expandChildren?: boolean; visibleTo?: TenantUser } = {}): Record<string, unknown> {
    const children = (): DriveItemRecord[] => this.children(item.id).filter((c) => !opts.visibleTo || this.can(opts.visibleTo, c, 'read'));
    const out: Record<string, unknown> = {};
    if (!item.isFolder) out['@microsoft.graph.downloadUrl'] = this.downloadUrl(item);
    Object.assign(out, {
      createdDateTime: item.created,
      eTag: etag(item.guid, item.version),
      id: item.id,
      lastModifiedDateTime: item.modified,
      name: item.name,
      webUrl: this.webUrl(item),
      cTag: ctag(item.guid, item.contentVersion),
      size: item.isFolder ? children().reduce((n, c) => n + (c.isFolder ? 0 : c.size), 0) : item.size,
      createdBy: this.identity(item.createdBy),
      lastModifiedBy: this.identity(item.modifiedBy),
      parentReference: this.parentReference(item),
      fileSystemInfo: { createdDateTime: item.created, lastModifiedDateTime: item.modified },
    });
    if (item.isFolder) out.folder = { childCount: children().length };
    else out.file = { mimeType: item.mimeType ?? mimeTypeFor(item.name), hashes: { sha256Hash: (item.sha256 ?? '').toUpperCase() } };
    if (item.parentId === null) out.root = {};
    if (opts.expandChildren && item.isFolder) out.children = children().map((c) => this.toJson(c, opts.visibleTo ? { visibleTo: opts.visibleTo } : {}));
    return out;
  }

  // --- rights: the token's scope, then the user's SharePoint permissions on the item.
  /** An item the user may not read does not exist for them (404), as in SharePoint. */
  requireRead(ctx: RequestContext, item?: DriveItemRecord): TenantUser {
    requireScope(ctx, READ_SCOPES);
    const user = currentUser(ctx);
    if (item && !this.can(user, item, 'read')) throw notFound('The resource could not be found.');
    return user;
  }

  /** Writing (or creating below a folder) needs write there; without read it is 404, with read only 403. */
  requireWrite(ctx: RequestContext, item: DriveItemRecord): TenantUser {
    requireScope(ctx, WRITE_SCOPES);
    const user = this.requireRead(ctx, item);
    if (!this.can(user, item, 'write')) throw new GraphError(403, 'accessDenied', 'Access denied. You do not have permission to perform this action or access this resource.');
    return user;
  }

  // --- mutations
  private uniqueName(parentId: string, name: string, behavior: ConflictBehavior, isFolder: boolean): { name: string; replace?: DriveItemRecord } {
    const existing = this.childByName(parentId, name);
    if (!existing) return { name };
    if (behavior === 'fail') throw new GraphError(409, 'nameAlreadyExists', `The specified item name already exists. Name: ${name}`);
    if (behavior === 'replace') {
      if (existing.isFolder !== isFolder) throw new GraphError(409, 'nameAlreadyExists', `An item of another kind already exists with the name ${name}.`);
      return { name, replace: existing };
    }
    for (let n = 1; ; n++) {
      const candidate = renameCandidate(name, n);
      if (!this.childByName(parentId, candidate)) return { name: candidate };
    }
  }

  createFolder(parent: DriveItemRecord, name: string, behavior: ConflictBehavior, user: TenantUser): { item: DriveItemRecord; created: boolean } {
    assertValidName(name);
    if (!parent.isFolder) throw new GraphError(400, 'invalidRequest', 'The parent item is not a folder.');
    const resolved = this.uniqueName(parent.id, name, behavior, true);
    if (resolved.replace) return { item: resolved.replace, created: false };
    const now = nowIso();
    const item: DriveItemRecord = {
      id: newDriveItemId(),
      name: resolved.name,
      parentId: parent.id,
      isFolder: true,
      size: 0,
      guid: newGuid(),
      version: 1,
      contentVersion: 1,
      created: now,
      modified: now,
      createdBy: user.id,
      modifiedBy: user.id,
      permissions: [],
    };
    this.doc.items[item.id] = item;
    this.touchParents(parent, user);
    this.save();
    return { item, created: true };
  }

  /** Creates folders along `segments` as needed (SharePoint creates missing folders on path uploads). */
  ensureFolders(base: DriveItemRecord, segments: string[], user: TenantUser): DriveItemRecord {
    let current = base;
    for (const s of segments) {
      const next = this.childByName(current.id, s);
      if (next && !next.isFolder) throw new GraphError(409, 'nameAlreadyExists', `A file with the name ${s} exists where a folder is needed.`);
      current = next ?? this.createFolder(current, s, 'fail', user).item;
    }
    return current;
  }

  private touchParents(parent: DriveItemRecord, user: TenantUser): void {
    parent.modified = nowIso();
    parent.modifiedBy = user.id;
    parent.version++;
  }

  /** Writes content as a new file or a new version of an existing one. The blob must already be stored. */
  putContent(
    parent: DriveItemRecord,
    name: string,
    blobId: string,
    size: number,
    sha256: string,
    behavior: ConflictBehavior,
    user: TenantUser,
    existingTarget?: DriveItemRecord,
  ): { item: DriveItemRecord; created: boolean } {
    const now = nowIso();
    let target = existingTarget;
    if (!target) {
      assertValidName(name);
      const resolved = this.uniqueName(parent.id, name, behavior, false);
      target = resolved.replace;
      name = resolved.name;
    }
    if (target) {
      const oldBlob = target.blobId;
      Object.assign(target, {
        blobId,
        size,
        sha256,
        modified: now,
        modifiedBy: user.id,
        version: target.version + 1,
        contentVersion: target.contentVersion + 1,
        mimeType: mimeTypeFor(target.name),
      });
      this.save();
      if (oldBlob && oldBlob !== blobId) this.store.deleteBlob(oldBlob);
      return { item: target, created: false };
    }
    const item: DriveItemRecord = {
      id: newDriveItemId(),
      name,
      parentId: parent.id,
      isFolder: false,
      size,
      blobId,
      sha256,
      mimeType: mimeTypeFor(name),
      guid: newGuid(),
      version: 1,
      contentVersion: 1,
      created: now,
      modified: now,
      createdBy: user.id,
      modifiedBy: user.id,
      permissions: [],
    };
    this.doc.items[item.id] = item;
    this.touchParents(parent, user);
    this.save();
    return { item, created: true };
  }

  storeBlob(data: Buffer): { blobId: string; sha256: string } {
    const blobId = `b${randomBytes(16).toString('hex')}`;
    this.store.writeBlob(blobId, data);
    return { blobId, sha256: createHash('sha256').update(data).digest('hex') };
  }

  remove(item: DriveItemRecord, user: TenantUser): void {
    if (item.parentId === null) throw new GraphError(403, 'accessDenied', 'The root of the library cannot be deleted.');
    const parent = this.get(item.parentId);
    const stack = [item];
    while (stack.length > 0) {
      const next = stack.pop();
      if (!next) break;
      stack.push(...this.children(next.id));
      if (next.blobId) this.store.deleteBlob(next.blobId);
      delete this.doc.items[next.id];
    }
    if (parent) this.touchParents(parent, user);
    this.save();
  }

  update(item: DriveItemRecord, patch: { name?: string; parentId?: string; behavior: ConflictBehavior }, user: TenantUser): DriveItemRecord {
    if (item.parentId === null) throw new GraphError(400, 'invalidRequest', 'The root cannot be renamed or moved.');
    const targetParentId = patch.parentId ?? item.parentId;
    const targetParent = this.get(targetParentId);
    if (!targetParent?.isFolder) throw notFound('The destination folder does not exist.');
    // Moving a folder into itself or its own descendant would detach it from the tree.
    for (let p: DriveItemRecord | undefined = targetParent; p; p = p.parentId ? this.get(p.parentId) : undefined) {
      if (p.id === item.id) throw new GraphError(400, 'invalidRequest', 'An item cannot be moved into itself.');
    }
    const newName = patch.name ?? item.name;
    assertValidName(newName);
    if (newName.toLowerCase() !== item.name.toLowerCase() || targetParentId !== item.parentId) {
      const clash = this.childByName(targetParentId, newName);
      if (clash && clash.id !== item.id) {
        if (patch.behavior === 'rename') return this.update(item, { ...patch, name: this.uniqueName(targetParentId, newName, 'rename', item.isFolder).name }, user);
        if (patch.behavior === 'replace' && !clash.isFolder && !item.isFolder) this.remove(clash, user);
        else throw new GraphError(409, 'nameAlreadyExists', `The specified item name already exists. Name: ${newName}`);
      }
    }
    item.name = newName;
    item.parentId = targetParentId;
    item.modified = nowIso();
    item.modifiedBy = user.id;
    item.version++;
    this.save();
    return item;
  }

  content(item: DriveItemRecord): Buffer {
    if (!item.blobId) return Buffer.alloc(0);
    return this.store.readBlob(item.blobId);
  }

  addPermission(item: DriveItemRecord, permission: PermissionRecord): void {
    item.permissions.push(permission);
    this.save();
  }

  removePermission(item: DriveItemRecord, permissionId: string): void {
    item.permissions = item.permissions.filter((p) => p.id !== permissionId);
    this.save();
  }
}

// --- request handling --------------------------------------------------------------------------

const conflictSchema = z.enum(['fail', 'replace', 'rename']);

export function conflictBehaviorFrom(value: unknown, fallback: ConflictBehavior): ConflictBehavior {
  if (value === undefined || value === null) return fallback;
  const parsed = conflictSchema.safeParse(value);
  if (!parsed.success) throw new GraphError(400, 'invalidRequest', `Invalid value '${String(value)}' for @microsoft.graph.conflictBehavior; use fail, replace or rename.`);
  return parsed.data;
}

/** An addressed item: an existing record, or a path below an existing folder that does not exist yet. */
export interface DriveAddress {
  item?: DriveItemRecord;
  /** When the path does not exist: the deepest existing folder and the segments below it. */
  missing?: { base: DriveItemRecord; segments: string[] };
  action: string;
}

/**
 * Parses what follows `/drives/{drive-id}/`: `root`, `items/{id}`, `root:/a/b:`, `items/{id}:/a/b:/content`…
 * Graph allows the trailing colon to be left out when nothing follows the path.
 */
export function resolveDriveAddress(drive: DriveService, rest: string): DriveAddress {
  const match = /^(root|items\/([^/:]+))(?::([^:]*)(?::)?)?(\/.*)?$/.exec(rest);
  if (!match) throw new GraphError(400, 'invalidRequest', `Resource not found for the segment '${rest.split('/')[0] ?? rest}'.`);
  const base = match[1] === 'root' ? drive.root() : drive.get(decodeSegment(match[2] ?? ''));
  if (!base) throw notFound('The resource could not be found.');
  const action = (match[4] ?? '').replace(/^\//, '').replace(/^microsoft\.graph\./, '');
  if (match[3] === undefined || match[3] === '' || match[3] === '/') return { item: base, action };
  const segments = splitPath(match[3].split('/').map(decodeSegment).join('/'));
  const item = drive.walk(base, segments);
  if (item) return { item, action };
  return { missing: { base, segments }, action };
}





export function preconditionFailed(): GraphError {
  return new GraphError(412, 'resourceModified', 'The resource has changed since the caller last read it; the If-Match eTag does not match.', {}, 'entityTagDoesNotMatch');
}

export function permissionJson(p: PermissionRecord): Record<string, unknown> {
  const out: Record<string, unknown> = { id: p.id, roles: p.roles };
  if (p.link) out.link = { type: p.link.type, scope: p.link.scope, webUrl: p.link.webUrl, preventsDownload: false };
  if (p.grantedTo) out.grantedToV2 = { user: p.grantedTo };
  if (p.invitationEmail) out.invitation = { email: p.invitationEmail, signInRequired: true };
  return out;
}

