// The drive actions beyond CRUD: PDF conversion with LibreOffice, upload sessions, sharing links
// and invitations.
import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { GraphError } from '../http/graphError.js';
import { bytes, json, type Reply, type RequestContext } from '../http/types.js';
import { SITE_PATH, findUser } from '../seed.js';
import type { Store } from '../store/store.js';
import { parseBody, readJsonObject } from './common.js';
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

  constructor(private readonly drive: DriveService, private readonly uploads: UploadSessions, private readonly mailboxes: Mailboxes, private readonly store: Store, private readonly dataDir: string) {}

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
    this.drive.requireWrite(ctx);
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

  invite(ctx: RequestContext, item: DriveItemRecord): Reply {
    const inviter = this.drive.requireWrite(ctx);
    const body = parseBody(inviteSchema, readJsonObject(ctx));
    const created: PermissionRecord[] = [];
    for (const r of body.recipients) {
      const addr = r.email ?? r.alias ?? '';
      const user = r.objectId ? findUser(r.objectId) : findUser(addr);
      if (!user && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(addr)) throw new GraphError(400, 'invalidRequest', `The recipient '${addr || r.objectId || ''}' is not a valid user or e-mail address.`);
      const permission: PermissionRecord = {
        id: randomBytes(16).toString('hex'),
        roles: body.roles.includes('write') ? ['write'] : ['read'],
        ...(user ? { grantedTo: { id: user.id, displayName: user.displayName, email: user.mail } } : { invitationEmail: addr }),
      };
      this.drive.addPermission(item, permission);
      created.push(permission);
    }
    if (body.sendInvitation !== false) this.mailboxes.notifyShare(inviter, item.name, this.drive.webUrl(item), body.message ?? '', body.recipients.map((r) => r.email ?? r.alias ?? '').filter(Boolean));
    return json(200, { value: created.map(permissionJson) });
  }

  dataDirectory(): string {
    return this.dataDir;
  }
}
