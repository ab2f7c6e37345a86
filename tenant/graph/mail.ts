// Mail: sendMail (internal recipients' inboxes, everyone else to the outbound log) and messages
// (list, read, drafts, attachments) in a user's mailbox.
import { z } from 'zod';
import { GraphError } from '../http/graphError.js';
import { bytes, empty, json, type Reply, type RequestContext } from '../http/types.js';
import type { TenantUser } from '../seed.js';
import { newOutlookId, nowIso, readJsonObject } from './common.js';
import { MAX_POSTED_ATTACHMENT, EMAIL, address, bad, bodySchema, emailSchema, fileAttachmentSchema, internalRecipient, storedBody, type EmailAddress, type MessageRecord } from './mailRecords.js';
import type { Mailboxes } from './mailboxes.js';
import { applySelect, evaluate, page, parseFilter, parseOrderBy, parseTop, readPath, sortBy } from './odata.js';
import { preferredZone } from './timeZones.js';

const draftSchema = z.object({ subject: z.string().optional().nullable(), body: bodySchema.optional().nullable() }).passthrough();

const sendMailSchema = z.object({
  message: z.object({
    subject: z.string().optional().nullable(),
    body: bodySchema.optional().nullable(),
    toRecipients: z.array(emailSchema).optional(),
    ccRecipients: z.array(emailSchema).optional(),
    bccRecipients: z.array(emailSchema).optional(),
    attachments: z.array(fileAttachmentSchema).optional(),
  }).passthrough(),
  saveToSentItems: z.boolean().optional().nullable(),
});

export function handleSendMail(ctx: RequestContext, owner: TenantUser, boxes: Mailboxes): Reply {
  boxes.checkAccess(ctx, owner, 'send', true);
  const parsed = sendMailSchema.safeParse(readJsonObject(ctx));
  if (!parsed.success) throw bad(`Invalid sendMail payload: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''}`.trim(), 'ErrorInvalidRequest');
  const msg = parsed.data.message;
  const recipients = [...(msg.toRecipients ?? []), ...(msg.ccRecipients ?? []), ...(msg.bccRecipients ?? [])].map((r) => ({
    address: r.emailAddress.address,
    name: r.emailAddress.name ?? undefined,
  }));
  if (recipients.length === 0) throw bad('At least one recipient is required, but none were found.', 'ErrorInvalidRecipients');
  for (const r of recipients) if (!EMAIL.test(r.address)) throw bad(`The recipient '${r.address}' is not a valid SMTP address.`, 'ErrorInvalidRecipients');
  let total = 0;
  const files = (msg.attachments ?? []).map((a) => {
    const content = Buffer.from(a.contentBytes, 'base64');
    total += content.length;
    return { name: a.name, contentType: a.contentType ?? 'application/octet-stream', content, isInline: a.isInline ?? false };
  });
  if (total > MAX_POSTED_ATTACHMENT) throw new GraphError(413, 'ErrorMessageSizeExceeded', 'The message exceeds the maximum supported size for sendMail with inline attachments (about 3 MB).');
  const body = storedBody(msg.body);
  const from = address(owner);
  const to = (msg.toRecipients ?? []).map((r) => ({ address: r.emailAddress.address, name: r.emailAddress.name ?? undefined }));
  const cc = (msg.ccRecipients ?? []).map((r) => ({ address: r.emailAddress.address, name: r.emailAddress.name ?? undefined }));
  const external: EmailAddress[] = [];
  for (const r of recipients) {
    const user = internalRecipient(r.address);
    if (!user) { external.push(r); continue; }
    boxes.mailbox(user.id).messages.push({ id: newOutlookId('AAMkMsg'), kind: 'message', folder: 'inbox', subject: msg.subject ?? '', body, from, toRecipients: to, ccRecipients: cc, received: nowIso(), isRead: false, attachments: files.map((f) => boxes.storeAttachment(f.name, f.contentType, f.content, f.isInline)) });
    boxes.touch(user.id);
  }
  if (external.length > 0) {
    const stored = files.map((f) => boxes.storeAttachment(f.name, f.contentType, f.content, f.isInline));
    boxes.addOutbound({ from, to: external, subject: msg.subject ?? '', kind: 'message', bodyHtml: body.content, attachments: stored.map((a) => ({ name: a.name, size: a.size, blobId: a.blobId, contentType: a.contentType })) });
  }
  if (parsed.data.saveToSentItems !== false) {
    boxes.mailbox(owner.id).messages.push({ id: newOutlookId('AAMkMsg'), kind: 'message', folder: 'sentitems', subject: msg.subject ?? '', body, from, toRecipients: to, ccRecipients: cc, received: nowIso(), isRead: true, attachments: files.map((f) => boxes.storeAttachment(f.name, f.contentType, f.content, f.isInline)) });
    boxes.touch(owner.id);
  }
  return empty(202);
}

export function handleMessages(ctx: RequestContext, owner: TenantUser, folder: string | undefined, rest: string[], boxes: Mailboxes): Reply {
  const write = ctx.method !== 'GET';
  boxes.checkAccess(ctx, owner, 'mail', write);
  const box = boxes.mailbox(owner.id);
  const folderName = folder === 'inbox' ? 'inbox' : folder === 'sentitems' ? 'sentitems' : folder === 'drafts' ? 'drafts' : undefined;
  if (folder && !folderName) throw new GraphError(404, 'ErrorItemNotFound', 'The specified folder could not be found in the store.');
  const [id, sub, attId] = rest;
  if (!id) {
    if (ctx.method === 'GET') {
      let rows = box.messages.filter((m) => !folderName || m.folder === folderName).map((m) => ({ m, j: boxes.messageJson(m, false) }));
      const filter = ctx.query.get('$filter');
      if (filter) {
        const ast = parseFilter(filter, 'BadRequest');
        rows = rows.filter((r) => evaluate(ast, (p) => readPath(r.j, p)));
      }
      const order = parseOrderBy(ctx.query.get('$orderby'));
      // Newest first; messages received in the same second keep arrival order (latest first), as in a mailbox.
      rows = sortBy([...rows].reverse(), order.length ? order : [{ path: 'receivedDateTime', desc: true }], (r, p) => readPath(r.j, p));
      const { items, nextLink } = page(rows, ctx.query, ctx.origin, ctx.rawPath, parseTop(ctx.query.get('$top'), 1000, 10), 'skip');
      const expand = (ctx.query.get('$expand') ?? '').includes('attachments');
      return json(200, { '@odata.context': `${ctx.origin}/v1.0/$metadata#users('${owner.id}')/messages`, value: items.map((r) => applySelect(boxes.messageJson(r.m, expand), ctx.query.get('$select'))), ...(nextLink ? { '@odata.nextLink': nextLink } : {}) });
    }
    if (ctx.method === 'POST') {
      const parsed = draftSchema.safeParse(readJsonObject(ctx));
      if (!parsed.success) throw bad(`Invalid message: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''}`.trim());
      const draft: MessageRecord = {
        id: newOutlookId('AAMkMsg'), kind: 'message', folder: 'drafts', subject: parsed.data.subject ?? '',
        body: storedBody(parsed.data.body ?? { contentType: 'html', content: '' }),
        from: address(owner), toRecipients: [], ccRecipients: [], received: nowIso(), isRead: true, attachments: [],
      };
      box.messages.push(draft);
      boxes.touch(owner.id);
      return json(201, boxes.messageJson(draft, false));
    }
  }
  const message = box.messages.find((m) => m.id === decodeURIComponent(id ?? ''));
  if (!message) throw new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
  if (!sub) {
    if (ctx.method === 'GET') return json(200, boxes.messageJson(message, (ctx.query.get('$expand') ?? '').includes('attachments')));
    if (ctx.method === 'PATCH') {
      const body = readJsonObject(ctx);
      if (typeof body.isRead === 'boolean') message.isRead = body.isRead;
      if (typeof body.subject === 'string' && message.folder === 'drafts') message.subject = body.subject;
      boxes.touch(owner.id);
      return json(200, boxes.messageJson(message, false));
    }
    if (ctx.method === 'DELETE') {
      box.messages = box.messages.filter((m) => m.id !== message.id);
      boxes.touch(owner.id);
      return empty(204);
    }
  }
  if (sub === 'attachments') {
    if (!attId) return json(200, { value: message.attachments.map((a) => boxes.attachmentJson(a, true)) });
    const att = message.attachments.find((a) => a.id === decodeURIComponent(attId));
    if (!att) throw new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
    if (rest[3] === '$value') return bytes(200, boxes.readBlob(att.blobId), att.contentType);
    return json(200, boxes.attachmentJson(att, true));
  }
  if (sub === 'event' && message.eventRef) {
    const event = boxes.mailbox(message.eventRef.mailboxId).events.find((e) => e.id === message.eventRef?.eventId);
    if (event) return json(200, boxes.eventJson(message.eventRef.mailboxId, event, preferredZone(ctx.headers.prefer), false));
  }
  throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${sub ?? ''}'.`);
}
