// Resumable uploads: drive upload sessions (chunks in multiples of 320 KiB, each under 60 MiB)
// and Outlook attachment upload sessions (3–150 MB, each request under 4 MB). Bytes wait in a
// staging file until the last one arrives, then move into place in one rename: a crash never
// leaves a half file visible, and a restart resumes at the last byte acknowledged.
import { createHash, randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, openSync, closeSync, ftruncateSync, readFileSync, rmSync, statSync } from 'node:fs';
import { z } from 'zod';
import { GraphError } from '../http/graphError.js';
import { empty, json, type Reply, type RequestContext } from '../http/types.js';
import { findUser, type TenantUser } from '../seed.js';
import type { Store } from '../store/store.js';
import { etag, ctag, ifMatchFails, readJsonObject } from './common.js';
import { assertValidName, mimeTypeFor } from './driveNames.js';
import { conflictBehaviorFrom, preconditionFailed, type ConflictBehavior, type DriveAddress, type DriveService } from './drive.js';
import type { EventRecord, Mailboxes } from './mailboxes.js';

export const CHUNK_MULTIPLE = 320 * 1024;
export const MAX_DRIVE_CHUNK = 60 * 1024 * 1024;
export const MAX_ATTACHMENT_CHUNK = 4 * 1024 * 1024;
export const MIN_ATTACHMENT_SESSION = 3 * 1024 * 1024;
export const MAX_ATTACHMENT_SESSION = 150 * 1024 * 1024;
export const SESSION_LIFETIME_MS = 24 * 3600 * 1000;

interface DriveSession {
  kind: 'drive';
  id: string;
  secret: string;
  userId: string;
  /** The item to overwrite, or the parent folder + path below it for a new file. */
  targetId?: string;
  baseId?: string;
  segments?: string[];
  behavior: ConflictBehavior;
  ifMatch?: string;
  total?: number;
  received: number;
  expires: number;
}

interface AttachmentSession {
  kind: 'attachment';
  id: string;
  secret: string;
  ownerId: string;
  eventId: string;
  name: string;
  contentType: string;
  isInline: boolean;
  total: number;
  received: number;
  expires: number;
}

type Session = DriveSession | AttachmentSession;
interface SessionsDoc { sessions: Session[] }

const driveSessionBodySchema = z.object({
  item: z.object({
    '@microsoft.graph.conflictBehavior': z.string().optional(),
    fileSize: z.number().int().min(0).optional(),
    name: z.string().optional(),
  }).passthrough().nullable().optional(),
}).passthrough();

const attachmentItemSchema = z.object({
  AttachmentItem: z.object({
    attachmentType: z.enum(['file', 'item', 'reference']),
    name: z.string().min(1).max(255),
    size: z.number().int().min(0),
    contentType: z.string().optional().nullable(),
    isInline: z.boolean().optional().nullable(),
    contentId: z.string().optional().nullable(),
  }).passthrough(),
});

function parseRange(header: string | undefined): { start: number; end: number; total: number | undefined } {
  const m = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec((header ?? '').trim());
  if (!m) throw new GraphError(400, 'invalidRequest', "The Content-Range header is missing or malformed; expected 'bytes {start}-{end}/{total}'.", {}, 'invalidRange');
  const start = Number(m[1]);
  const end = Number(m[2]);
  if (end < start) throw new GraphError(416, 'invalidRange', 'The Content-Range end is before its start.');
  return { start, end, total: m[3] === '*' ? undefined : Number(m[3]) };
}

export class UploadSessions {
  constructor(
    private readonly store: Store,
    private readonly origin: () => string,
    private readonly drive: DriveService,
    private readonly mailboxes: Mailboxes,
    private readonly now: () => number = Date.now,
  ) {
    this.recover();
  }

  private get doc(): SessionsDoc {
    return this.store.doc<SessionsDoc>('upload-sessions', () => ({ sessions: [] }));
  }

  private save(): void {
    this.store.touch('upload-sessions');
  }

  /** After a crash, staging files may hold bytes never acknowledged: cut them back to what was. */
  private recover(): void {
    const now = this.now();
    for (const s of [...this.doc.sessions]) {
      const file = this.store.stagingPath(`${s.id}.part`);
      if (s.expires < now) {
        this.drop(s);
        continue;
      }
      if (!existsSync(file)) {
        s.received = 0;
        continue;
      }
      const size = statSync(file).size;
      if (size !== s.received) {
        const fd = openSync(file, 'r+');
        ftruncateSync(fd, Math.min(size, s.received));
        closeSync(fd);
        s.received = Math.min(size, s.received);
      }
    }
    this.save();
    this.store.flush();
  }

  private drop(s: Session): void {
    rmSync(this.store.stagingPath(`${s.id}.part`), { force: true });
    this.doc.sessions = this.doc.sessions.filter((x) => x.id !== s.id);
    this.save();
  }

  private find(raw: string, query: URLSearchParams): Session {
    const id = decodeURIComponent(raw.split('/')[0] ?? '');
    const s = this.doc.sessions.find((x) => x.id === id);
    if (!s || s.secret !== query.get('tempauth')) throw new GraphError(404, 'itemNotFound', 'The upload session was not found.', {}, 'uploadSessionNotFound');
    if (s.expires < this.now()) {
      this.drop(s);
      throw new GraphError(404, 'itemNotFound', 'The upload session has expired.', {}, 'uploadSessionNotFound');
    }
    return s;
  }

  private status(s: Session): Record<string, unknown> {
    return { expirationDateTime: new Date(s.expires).toISOString(), nextExpectedRanges: [s.total !== undefined ? `${s.received}-${s.total - 1}` : `${s.received}-`] };
  }

  // ---- drive
  createDriveSession(ctx: RequestContext, address: DriveAddress): Reply {
    const target = this.drive.writeTarget(address);
    if (!target) throw new GraphError(404, 'itemNotFound', 'The resource could not be found.');
    const user = this.drive.requireWrite(ctx, target);
    const parsed = driveSessionBodySchema.safeParse(ctx.body.length > 0 ? readJsonObject(ctx) : {});
    if (!parsed.success) throw new GraphError(400, 'invalidRequest', `Invalid createUploadSession body: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''}`.trim());
    const item = parsed.data.item ?? {};
    const behavior = conflictBehaviorFrom(item['@microsoft.graph.conflictBehavior'], 'replace');
    const session: DriveSession = { kind: 'drive', id: `us${randomBytes(16).toString('hex')}`, secret: randomBytes(24).toString('base64url'), userId: user.id, behavior, received: 0, expires: this.now() + SESSION_LIFETIME_MS };
    if (typeof item.fileSize === 'number') session.total = item.fileSize;
    if (address.item) {
      if (address.item.isFolder) throw new GraphError(400, 'invalidRequest', 'An upload session must target a file, not a folder.');
      if (ifMatchFails(ctx, [etag(address.item.guid, address.item.version), ctag(address.item.guid, address.item.contentVersion)])) throw preconditionFailed();
      if (behavior === 'fail') throw new GraphError(409, 'nameAlreadyExists', `The specified item name already exists. Name: ${address.item.name}`);
      if (behavior === 'replace') session.targetId = address.item.id;
      else { session.baseId = address.item.parentId ?? undefined; session.segments = [address.item.name]; }
      if (ctx.headers['if-match']) session.ifMatch = ctx.headers['if-match'];
    } else if (address.missing) {
      const name = address.missing.segments[address.missing.segments.length - 1];
      if (!name) throw new GraphError(400, 'invalidRequest', 'The upload session needs a file name in the path.');
      assertValidName(name);
      session.baseId = address.missing.base.id;
      session.segments = address.missing.segments;
    }
    this.doc.sessions.push(session);
    this.save();
    return json(200, {
      '@odata.context': `${ctx.origin}/v1.0/$metadata#microsoft.graph.uploadSession`,
      uploadUrl: `${this.origin()}/_tenant/upload/${session.id}?tempauth=${session.secret}`,
      expirationDateTime: new Date(session.expires).toISOString(),
      nextExpectedRanges: ['0-'],
    });
  }

  handleDriveUpload(ctx: RequestContext, raw: string): Reply {
    const s = this.find(raw, ctx.query);
    if (s.kind !== 'drive') throw new GraphError(404, 'itemNotFound', 'The upload session was not found.', {}, 'uploadSessionNotFound');
    if (ctx.method === 'GET') return json(200, this.status(s));
    if (ctx.method === 'DELETE') { this.drop(s); return empty(204); }
    if (ctx.method !== 'PUT') throw new GraphError(405, 'invalidRequest', 'Upload URLs take PUT, GET or DELETE.');
    const range = parseRange(ctx.headers['content-range']);
    const length = ctx.body.length;
    if (range.total === undefined) throw new GraphError(400, 'invalidRequest', 'The total size must be given in Content-Range.', {}, 'invalidRange');
    if (s.total !== undefined && range.total !== s.total) throw new GraphError(400, 'invalidRequest', `The total size ${range.total} differs from the session's ${s.total}.`, {}, 'invalidRange');
    s.total = range.total;
    if (range.end - range.start + 1 !== length) throw new GraphError(400, 'invalidRequest', `The fragment is ${length} bytes but Content-Range announces ${range.end - range.start + 1}.`, {}, 'fragmentLengthMismatch');
    if (length >= MAX_DRIVE_CHUNK) throw new GraphError(413, 'requestEntityTooLarge', `Each fragment must be under 60 MiB (${MAX_DRIVE_CHUNK} bytes).`, {}, 'maxFragmentLengthExceeded');
    if (range.end >= range.total) throw new GraphError(416, 'invalidRange', 'The fragment goes past the total size.', {}, 'invalidRange');
    if (range.start !== s.received) {
      const inner = range.start < s.received ? 'fragmentOverlap' : 'fragmentOutOfOrder';
      throw new GraphError(416, 'invalidRange', `The next expected range starts at ${s.received}.`, {}, inner);
    }
    const last = range.end + 1 === range.total;
    if (!last && length % CHUNK_MULTIPLE !== 0) {
      throw new GraphError(400, 'invalidRequest', `Each fragment except the last must be a multiple of 320 KiB (${CHUNK_MULTIPLE} bytes); this one is ${length}.`, {}, 'invalidRange');
    }
    appendFileSync(this.store.stagingPath(`${s.id}.part`), ctx.body);
    s.received += length;
    s.expires = this.now() + SESSION_LIFETIME_MS;
    this.save();
    if (!last) return json(202, this.status(s));
    return this.completeDrive(s);
  }

  private completeDrive(s: DriveSession): Reply {
    const user = findUser(s.userId);
    if (!user) throw new GraphError(403, 'accessDenied', 'The uploader no longer exists.');
    const staging = this.store.stagingPath(`${s.id}.part`);
    const content = readFileSync(staging);
    const sha256 = createHash('sha256').update(content).digest('hex');
    const blobId = `b${randomBytes(16).toString('hex')}`;
    let reply: Reply;
    try {
      if (s.targetId) {
        const target = this.drive.get(s.targetId);
        const parent = target?.parentId ? this.drive.get(target.parentId) : undefined;
        if (!target || !parent) throw new GraphError(404, 'itemNotFound', 'The item being replaced was deleted.');
        this.store.promoteStaged(`${s.id}.part`, blobId);
        const { item } = this.drive.putContent(parent, target.name, blobId, content.length, sha256, 'replace', user, target);
        reply = json(200, this.drive.toJson(item));
      } else {
        const base = s.baseId ? this.drive.get(s.baseId) : undefined;
        const segments = s.segments ?? [];
        const name = segments[segments.length - 1];
        if (!base || !name) throw new GraphError(404, 'itemNotFound', 'The destination folder was deleted.');
        const parent = this.drive.ensureFolders(base, segments.slice(0, -1), user);
        if (s.behavior === 'fail' && this.drive.childByName(parent.id, name)) throw new GraphError(409, 'nameAlreadyExists', `The specified item name already exists. Name: ${name}`);
        this.store.promoteStaged(`${s.id}.part`, blobId);
        const { item, created } = this.drive.putContent(parent, name, blobId, content.length, sha256, s.behavior, user);
        reply = json(created ? 201 : 200, this.drive.toJson(item));
      }
    } finally {
      this.drop(s);
    }
    return reply;
  }

  // ---- event attachments
  createAttachmentSession(ctx: RequestContext, owner: TenantUser, event: EventRecord): Reply {
    const parsed = attachmentItemSchema.safeParse(readJsonObject(ctx));
    if (!parsed.success) throw new GraphError(400, 'ErrorInvalidRequest', `Invalid AttachmentItem: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''}`.trim());
    const item = parsed.data.AttachmentItem;
    if (item.attachmentType !== 'file') throw new GraphError(400, 'ErrorInvalidRequest', 'Only file attachments can be uploaded in a session.');
    if (item.size < MIN_ATTACHMENT_SESSION) throw new GraphError(400, 'ErrorAttachmentSizeShouldNotBeLessThanMinimumSize', `Attachment size must be at least 3 MB (${MIN_ATTACHMENT_SESSION} bytes) for an upload session; POST smaller files to /attachments.`);
    if (item.size > MAX_ATTACHMENT_SESSION) throw new GraphError(400, 'ErrorAttachmentSizeExceeded', `The attachment is larger than 150 MB (${MAX_ATTACHMENT_SESSION} bytes).`);
    const session: AttachmentSession = { kind: 'attachment', id: `as${randomBytes(16).toString('hex')}`, secret: randomBytes(24).toString('base64url'), ownerId: owner.id, eventId: event.id, name: item.name, contentType: item.contentType ?? mimeTypeFor(item.name), isInline: item.isInline ?? false, total: item.size, received: 0, expires: this.now() + 6 * 3600 * 1000 };
    this.doc.sessions.push(session);
    this.save();
    return json(201, {
      '@odata.context': `${ctx.origin}/v1.0/$metadata#microsoft.graph.uploadSession`,
      uploadUrl: `${this.origin()}/_tenant/attachment-upload/${session.id}?tempauth=${session.secret}`,
      expirationDateTime: new Date(session.expires).toISOString(),
      nextExpectedRanges: ['0-'],
    });
  }

  handleAttachmentUpload(ctx: RequestContext, raw: string): Reply {
    const s = this.find(raw, ctx.query);
    if (s.kind !== 'attachment') throw new GraphError(404, 'ErrorItemNotFound', 'The upload session was not found.');
    if (ctx.method === 'DELETE') { this.drop(s); return empty(204); }
    if (ctx.method === 'GET') return json(200, this.status(s));
    if (ctx.method !== 'PUT') throw new GraphError(405, 'ErrorInvalidRequest', 'Upload URLs take PUT.');
    const range = parseRange(ctx.headers['content-range']);
    const length = ctx.body.length;
    if (range.total !== s.total) throw new GraphError(400, 'ErrorInvalidRequest', `The total size must be ${s.total}, as given when the session was created.`);
    if (range.end - range.start + 1 !== length) throw new GraphError(400, 'ErrorInvalidRequest', 'The body length does not match Content-Range.');
    if (length > MAX_ATTACHMENT_CHUNK) throw new GraphError(413, 'ErrorRequestEntityTooLarge', `Each request must be at most 4 MB (${MAX_ATTACHMENT_CHUNK} bytes).`);
    if (range.start !== s.received) throw new GraphError(416, 'ErrorInvalidRange', `The next expected range starts at ${s.received}.`);
    // Exchange refuses the part that takes the event past the mailbox's message size (mailRecords.ts `MAX_SEND_SIZE`).
    this.mailboxes.assertUploadFits(s.ownerId, s.eventId, s.received + length);
    appendFileSync(this.store.stagingPath(`${s.id}.part`), ctx.body);
    s.received += length;
    this.save();
    if (s.received < s.total) return json(200, this.status(s));
    const content = readFileSync(this.store.stagingPath(`${s.id}.part`));
    const att = this.mailboxes.storeAttachment(s.name, s.contentType, content, s.isInline);
    try {
      this.mailboxes.attachUploaded(s.ownerId, s.eventId, att);
    } finally {
      this.drop(s);
    }
    // Outlook answers the last chunk with 201, no body, and the attachment's URL in Location.
    return empty(201, { Location: `${this.origin()}/v1.0/users/${s.ownerId}/events/${encodeURIComponent(s.eventId)}/attachments/${encodeURIComponent(att.id)}` });
  }

  pending(): Session[] {
    return [...this.doc.sessions];
  }
}
