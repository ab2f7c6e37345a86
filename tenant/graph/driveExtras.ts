// The drive actions beyond CRUD: PDF conversion with LibreOffice, upload sessions, sharing links
// and invitations.
import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { GraphError } from '../http/graphError.js';
import { bytes, empty, json, type Reply, type RequestContext } from '../http/types.js';
import { SITE_PATH, findUser } from '../seed.js';
import type { Store } from '../store/store.js';
import { parseBody, readJsonObject, requireScope } from './common.js';
import { ROLE_ID, type SecurityService } from '../sharepoint/security.js';
import { PDF_CONVERTIBLE } from './driveNames.js';
import { permissionJson, type DriveAddress, type DriveItemRecord, type DriveService, type PermissionRecord } from './drive.js';
import type { DriveHandlers } from './driveRoutes.js';
import type { Mailboxes } from './mailboxes.js';
import type { UploadSessions } from './uploads.js';

let sofficePath: string | null | undefined;
export function findSoffice(): string | null {
  if (sofficePath !== undefined) return sofficePath;
  try {
    sofficePath = execFileSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' }).trim() || null;
  } catch {
    sofficePath = null;
  }
  return sofficePath;
}

const createLinkSchema = z.object({
  type: z.enum(['view', 'edit', 'embed']),
  scope: z.enum(['anonymous', 'organization', 'users']).optional(),
  password: z.string().optional(),
  expirationDateTime: z.string().optional(),
  retainInheritedPermissions: z.boolean().optional(),
}).passthrough();

const inviteSchema = z.object({
  recipients: z.array(z.object({ email: z.string().optional(), objectId: z.string().optional(), alias: z.string().optional() }).passthrough()).min(1),
  roles: z.array(z.enum(['read', 'write', 'owner'])).min(1),
  requireSignIn: z.boolean().optional(),
  sendInvitation: z.boolean().optional(),
  message: z.string().optional(),
}).passthrough();

export class DriveExtras implements DriveHandlers {
  private conversions = Promise.resolve();

  constructor(
    private readonly drive: DriveService,
    private readonly uploads: UploadSessions,
    private readonly mailboxes: Mailboxes,
    private readonly store: Store,
    private readonly dataDir: string,
  ) {}

  createUploadSession(ctx: RequestContext, address: DriveAddress): Reply {
    return this.uploads.createDriveSession(ctx, address);
  }

  async pdf(_ctx: RequestContext, item: DriveItemRecord): Promise<Reply> {
    const ext = item.name.includes('.') ? item.name.slice(item.name.lastIndexOf('.') + 1).toLowerCase() : '';
    if (ext === 'pdf') return bytes(200, this.drive.content(item), 'application/pdf');
    if (!PDF_CONVERTIBLE.has(ext)) throw new GraphError(406, 'notSupported', `Converting '.${ext}' files to PDF is not supported.`);
    const soffice = findSoffice();
    if (!soffice) throw new GraphError(406, 'notSupported', 'PDF conversion is not available here: LibreOffice (soffice) is not installed on this machine.');
    const cacheId = `pdf-${item.id}-${item.contentVersion}`;
    if (existsSync(this.store.blobPath(cacheId))) return bytes(200, this.store.readBlob(cacheId), 'application/pdf');
    // One conversion at a time: LibreOffice is heavy and the machine is shared.
    const run = this.conversions.then(() => this.convert(soffice, item, ext, cacheId));
    this.conversions = run.then(() => undefined, () => undefined);
    const pdf = await run;
    return bytes(200, pdf, 'application/pdf');
  }

  private async convert(soffice: string, item: DriveItemRecord, ext: string, cacheId: string): Promise<Buffer> {
    const work = mkdtempSync(path.join(tmpdir(), 'tenant-pdf-'));
    try {
      const input = path.join(work, `input.${ext}`);
      writeFileSync(input, this.drive.content(item));
      const profile = `file://${path.join(work, 'profile')}`;
      await new Promise<void>((resolve, reject) => {
        execFile(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, input], { timeout: 120_000 }, (err) => (err ? reject(err) : resolve()));
      });
      const output = path.join(work, 'input.pdf');
      if (!existsSync(output)) throw new GraphError(500, 'generalException', 'The document could not be converted to PDF.');
      const pdf = readFileSync(output);
      this.store.writeBlob(cacheId, pdf);
      return pdf;
    } catch (err) {
      if (err instanceof GraphError) throw err;
      throw new GraphError(500, 'generalException', 'The document could not be converted to PDF.');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }

  createLink(ctx: RequestContext, item: DriveItemRecord): Reply {
    this.drive.requireWrite(ctx, item);
    const body = parseBody(createLinkSchema, readJsonObject(ctx));
    const scope = body.scope ?? 'organization';
    const linkType = body.type === 'edit' ? 'edit' : 'view';
    const existing = item.permissions.find((p) => p.link?.type === linkType && p.link.scope === scope);
    if (existing) return json(200, permissionJson(existing));
    const token = randomBytes(16).toString('base64url');
    const kind = linkType === 'edit' ? 'e' : 'v';
    const permission: PermissionRecord = {
      id: randomBytes(16).toString('hex'),
      roles: [linkType === 'edit' ? 'write' : 'read'],
      link: { type: linkType, scope, webUrl: `${ctx.origin}${SITE_PATH.replace('/sites/', '/:w:/s/')}/${kind}${token}` },
    };
    this.drive.addPermission(item, permission);
    return json(201, permissionJson(permission));
  }

  /**
   * Sharing with people, as SharePoint does it: the item gets unique permissions (a copy of what it
   * inherited, so nobody loses access by it) and each recipient who is a user of this tenant gets
   * Read or Contribute on it. An address outside the tenant only gets a pending invitation here.
   */
  invite(ctx: RequestContext, item: DriveItemRecord): Reply {
    const inviter = this.drive.requireWrite(ctx, item);
    const body = parseBody(inviteSchema, readJsonObject(ctx));
    const security = this.drive.security;
    const created: Record<string, unknown>[] = [];
    const chain = this.drive.chainOf(item);
    const key = chain[0] ?? '';
    for (const r of body.recipients) {
      const addr = r.email ?? r.alias ?? '';
      const user = r.objectId ? findUser(r.objectId) : findUser(addr);
      if (!user && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(addr)) throw new GraphError(400, 'invalidRequest', `The recipient '${addr || r.objectId || ''}' is not a valid user or e-mail address.`);
      if (user) {
        if (!security.hasUnique(key)) security.breakInheritance(chain, true, [], inviter);
        const principal = security.ensurePrincipal(user.id, 'user');
        security.addRoleAssignment(chain, principal.id, body.roles.includes('write') ? ROLE_ID.contribute : ROLE_ID.read);
        const roleIds = security.assignments(chain).find((a) => a.principalId === principal.id)?.roleDefinitionIds ?? [];
        const granted = assignmentPermission(security, principal.id, roleIds);
        if (granted) created.push(granted);
      } else {
        const permission: PermissionRecord = { id: randomBytes(16).toString('hex'), roles: body.roles.includes('write') ? ['write'] : ['read'], invitationEmail: addr };
        this.drive.addPermission(item, permission);
        created.push(permissionJson(permission));
      }
    }
    if (body.sendInvitation !== false) this.mailboxes.notifyShare(inviter, item.name, this.drive.webUrl(item), body.message ?? '', body.recipients.map((r) => r.email ?? r.alias ?? '').filter(Boolean));
    return json(200, { value: created });
  }

  /**
   * The item's permissions: its role assignments (inherited or its own) and its sharing links. A
   * caller who cannot manage permissions there sees only the permissions that apply to them.
   */
  listPermissions(ctx: RequestContext, item: DriveItemRecord): Reply {
    const user = this.drive.requireRead(ctx, item);
    const security = this.drive.security;
    const chain = this.drive.chainOf(item);
    const owner = security.can(user, chain, 'managePermissions');
    const assigned = security.assignments(chain)
      .filter((a) => owner || security.contains(a.principalId, user))
      .map((a) => assignmentPermission(security, a.principalId, a.roleDefinitionIds))
      .filter((p): p is Record<string, unknown> => p !== undefined);
    const shared = item.permissions.filter((p) => owner || p.link || p.grantedTo?.id === user.id).map(permissionJson);
    return json(200, { value: [...assigned, ...shared] });
  }

  /** Only what was granted on the item itself can be removed; what it inherits cannot. */
  deletePermission(ctx: RequestContext, item: DriveItemRecord, permissionId: string): Reply {
    const user = this.drive.requireRead(ctx, item);
    requireScope(ctx, ['Files.ReadWrite.All', 'Sites.ReadWrite.All', 'Sites.Manage.All']);
    const security = this.drive.security;
    const chain = this.drive.chainOf(item);
    const key = chain[0] ?? '';
    const link = item.permissions.find((p) => p.id === permissionId);
    const assignment = security.assignments(chain).find((a) => permissionIdFor(security, a.principalId) === permissionId);
    if (!link && !assignment) throw new GraphError(404, 'itemNotFound', 'The permission could not be found.');
    if (!security.can(user, chain, 'managePermissions')) throw new GraphError(403, 'accessDenied', 'Access denied. You do not have permission to perform this action or access this resource.');
    if (link) {
      this.drive.removePermission(item, link.id);
      return empty(204);
    }
    if (!security.hasUnique(key) && assignment) throw new GraphError(400, 'invalidRequest', 'Inherited permissions cannot be deleted: this item inherits them from its folder or library. Only permissions granted on the item itself can be removed.');
    if (assignment) security.removeRoleAssignment(key, assignment.principalId);
    return empty(204);
  }

  dataDirectory(): string {
    return this.dataDir;
  }
}

/** Graph's ids for SharePoint permissions are opaque; here: base64 of the principal's login name. */
function permissionIdFor(security: SecurityService, principalId: number): string {
  const principal = security.principalJson(principalId);
  return Buffer.from(String(principal?.LoginName ?? principalId), 'utf8').toString('base64');
}

/** A role assignment as Graph's permission: owner (Full Control), write (Edit, Contribute, Design) or read. */
function assignmentPermission(security: SecurityService, principalId: number, roleIds: number[]): Record<string, unknown> | undefined {
  const levels = roleIds.map((id) => security.roleDefinition(id)).filter((r) => r !== undefined);
  const role = levels.some((r) => r.rights.includes('managePermissions')) ? 'owner' : levels.some((r) => r.rights.includes('write')) ? 'write' : levels.some((r) => r.rights.includes('read')) ? 'read' : undefined;
  const principal = security.principalJson(principalId);
  if (!role || !principal) return undefined;
  const id = permissionIdFor(security, principalId);
  if (principal.PrincipalType === 8) {
    return { id, roles: [role], grantedToV2: { siteGroup: { displayName: principal.Title, id: String(principalId), loginName: principal.LoginName } } };
  }
  const objectId = String(principal.LoginName).startsWith('c:0t.c|tenant|') ? String(principal.LoginName).slice('c:0t.c|tenant|'.length) : (principal.UserId as { NameId?: string } | null)?.NameId ?? '';
  const siteUser = { displayName: principal.Title, email: principal.Email, id: String(principalId), loginName: principal.LoginName };
  if (principal.PrincipalType === 4) {
    return { id, roles: [role], grantedToV2: { group: { id: objectId, displayName: principal.Title, email: principal.Email }, siteUser } };
  }
  const identity = { id: objectId, displayName: principal.Title, email: principal.Email };
  return { id, roles: [role], grantedTo: { user: identity }, grantedToV2: { user: identity, siteUser } };
}
