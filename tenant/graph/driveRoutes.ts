// Routes for a drive item address (`root`, `items/{id}`, `root:/path:` …): get, children, folders,
// rename/move, delete, simple upload and content download; the heavier actions (PDF, upload
// sessions, links, invite) are delegated through DriveHandlers.
import { z } from 'zod';
import { GraphError, notFound } from '../http/graphError.js';
import { empty, json, type Reply, type RequestContext } from '../http/types.js';
import { DRIVE_ID } from '../seed.js';
import { ctag, etag, ifMatchFails, parseBody, readJsonObject } from './common.js';
import { assertValidName, decodeSegment, splitPath } from './driveNames.js';
import { SIMPLE_UPLOAD_LIMIT, conflictBehaviorFrom, preconditionFailed, resolveDriveAddress, type DriveAddress, type DriveItemRecord, type DriveService } from './drive.js';
import { applySelect, page, parseOrderBy, parseTop, readPath, sortBy } from './odata.js';

const createChildSchema = z.object({
  name: z.string(),
  folder: z.record(z.string(), z.unknown()).optional(),
  file: z.record(z.string(), z.unknown()).optional(),
  '@microsoft.graph.conflictBehavior': z.string().optional(),
}).passthrough();

const patchSchema = z.object({
  name: z.string().optional(),
  parentReference: z.object({ id: z.string().optional(), path: z.string().optional() }).passthrough().optional(),
  '@microsoft.graph.conflictBehavior': z.string().optional(),
}).passthrough();

export interface DriveHandlers {
  pdf(ctx: RequestContext, item: DriveItemRecord): Promise<Reply>;
  createUploadSession(ctx: RequestContext, address: DriveAddress): Reply;
  createLink(ctx: RequestContext, item: DriveItemRecord): Reply;
  invite(ctx: RequestContext, item: DriveItemRecord): Reply;
  listPermissions(ctx: RequestContext, item: DriveItemRecord): Reply;
  deletePermission(ctx: RequestContext, item: DriveItemRecord, permissionId: string): Reply;
}

export async function handleDriveItem(ctx: RequestContext, drive: DriveService, rest: string, more: DriveHandlers): Promise<Reply> {
  const address = resolveDriveAddress(drive, rest);
  const { action } = address;
  const m = ctx.method;

  if (action === 'content' && m === 'PUT') return simpleUpload(ctx, drive, address);
  if (action === 'createUploadSession' && m === 'POST') return more.createUploadSession(ctx, address);

  const item = address.item;
  if (!item) {
    drive.requireRead(ctx);
    throw notFound('The resource could not be found.');
  }

  if (action === '' && m === 'GET') {
    const reader = drive.requireRead(ctx, item);
    const expand = (ctx.query.get('$expand') ?? '').toLowerCase();
    const body = { '@odata.context': `${ctx.origin}/v1.0/$metadata#drives('${DRIVE_ID}')/items/$entity`, ...drive.toJson(item, { expandChildren: expand.includes('children'), visibleTo: reader }) };
    return json(200, applySelect(body, ctx.query.get('$select')), { ETag: etag(item.guid, item.version) });
  }
  if (action === '' && m === 'PATCH') {
    const user = drive.requireWrite(ctx, item);
    const body = parseBody(patchSchema, readJsonObject(ctx));
    if (ifMatchFails(ctx, [etag(item.guid, item.version), ctag(item.guid, item.contentVersion)])) throw preconditionFailed();
    let parentId: string | undefined = body.parentReference?.id;
    if (!parentId && body.parentReference?.path) {
      const p = body.parentReference.path.replace(/^\/drive(s\/[^/]+)?\/root:?/, '');
      const target = drive.walk(drive.root(), splitPath(p.split('/').map(decodeSegment).join('/')));
      if (!target) throw notFound('The destination folder does not exist.');
      parentId = target.id;
    }
    const destination = parentId ? drive.get(parentId) : undefined;
    if (destination) drive.requireWrite(ctx, destination);
    const updated = drive.update(item, { name: body.name, parentId, behavior: conflictBehaviorFrom(body['@microsoft.graph.conflictBehavior'], 'fail') }, user);
    return json(200, drive.toJson(updated));
  }
  if (action === '' && m === 'DELETE') {
    const user = drive.requireWrite(ctx, item);
    if (ifMatchFails(ctx, [etag(item.guid, item.version), ctag(item.guid, item.contentVersion)])) throw preconditionFailed();
    drive.remove(item, user);
    return empty(204);
  }
  if (action === 'children' && m === 'GET') {
    const reader = drive.requireRead(ctx, item);
    if (!item.isFolder) return json(200, { value: [] });
    const order = parseOrderBy(ctx.query.get('$orderby'));
    const visible = drive.children(item.id).filter((c) => drive.can(reader, c, 'read'));
    const sorted = sortBy(visible.map((c) => drive.toJson(c, { visibleTo: reader })), order.length ? order : [{ path: 'name', desc: false }], (x, p) => readPath(x, p));
    const { items, nextLink } = page(sorted, ctx.query, ctx.origin, ctx.rawPath, parseTop(ctx.query.get('$top'), 1000, 200));
    const value = items.map((x) => applySelect(x, ctx.query.get('$select')));
    return json(200, { '@odata.context': `${ctx.origin}/v1.0/$metadata#drives('${DRIVE_ID}')/items('${item.id}')/children`, value, ...(nextLink ? { '@odata.nextLink': nextLink } : {}) });
  }
  if (action === 'children' && m === 'POST') {
    const user = drive.requireWrite(ctx, item);
    const body = parseBody(createChildSchema, readJsonObject(ctx));
    if (!body.folder) throw new GraphError(400, 'invalidRequest', 'Only folders can be created this way; upload files with PUT .../content or an upload session.');
    const behavior = conflictBehaviorFrom(body['@microsoft.graph.conflictBehavior'], 'fail');
    const { item: folder, created } = drive.createFolder(item, body.name, behavior, user);
    return json(created ? 201 : 200, drive.toJson(folder));
  }
  if (action === 'content' && m === 'GET') {
    drive.requireRead(ctx, item);
    if (item.isFolder) throw new GraphError(400, 'invalidRequest', 'Folders have no content.');
    const format = ctx.query.get('format');
    if (format && format.toLowerCase() === 'pdf') return more.pdf(ctx, item);
    if (format) throw new GraphError(400, 'invalidRequest', `Format '${format}' is not supported.`);
    return empty(302, { Location: drive.downloadUrl(item) });
  }
  if (action === 'createLink' && m === 'POST') return more.createLink(ctx, item);
  if (action === 'invite' && m === 'POST') return more.invite(ctx, item);
  if (action === 'permissions' && m === 'GET') return more.listPermissions(ctx, item);
  if (action.startsWith('permissions/') && m === 'DELETE') return more.deletePermission(ctx, item, decodeSegment(action.slice('permissions/'.length)));
  throw new GraphError(400, 'BadRequest', `Unsupported operation: ${m} on '${action || 'item'}'.`);
}

function simpleUpload(ctx: RequestContext, drive: DriveService, address: DriveAddress): Reply {
  const target = drive.writeTarget(address);
  if (!target) throw notFound();
  const user = drive.requireWrite(ctx, target);
  if (ctx.body.length > SIMPLE_UPLOAD_LIMIT) {
    throw new GraphError(413, 'requestEntityTooLarge', `Simple upload accepts at most ${SIMPLE_UPLOAD_LIMIT} bytes (4 MB); use createUploadSession for larger files.`, {}, 'maxFileSizeExceeded');
  }
  const behavior = conflictBehaviorFrom(ctx.query.get('@microsoft.graph.conflictBehavior') ?? undefined, 'replace');
  if (address.item) {
    if (address.item.isFolder) throw new GraphError(400, 'invalidRequest', 'Cannot upload content to a folder.');
    if (ifMatchFails(ctx, [etag(address.item.guid, address.item.version), ctag(address.item.guid, address.item.contentVersion)])) throw preconditionFailed();
    const parent = address.item.parentId ? drive.get(address.item.parentId) : undefined;
    if (!parent) throw notFound();
    const { blobId, sha256 } = drive.storeBlob(ctx.body);
    if (behavior === 'replace') {
      const { item } = drive.putContent(parent, address.item.name, blobId, ctx.body.length, sha256, behavior, user, address.item);
      return json(200, drive.toJson(item));
    }
    const { item, created } = drive.putContent(parent, address.item.name, blobId, ctx.body.length, sha256, behavior, user);
    return json(created ? 201 : 200, drive.toJson(item));
  }
  const missing = address.missing;
  if (!missing || missing.segments.length === 0) throw notFound();
  const name = missing.segments[missing.segments.length - 1] ?? '';
  assertValidName(name);
  // Find how much of the path exists: walk() failed somewhere along it.
  const folderSegments = missing.segments.slice(0, -1);
  const parent = drive.ensureFolders(missing.base, folderSegments, user);
  const { blobId, sha256 } = drive.storeBlob(ctx.body);
  const { item, created } = drive.putContent(parent, name, blobId, ctx.body.length, sha256, behavior, user);
  return json(created ? 201 : 200, drive.toJson(item));
}
