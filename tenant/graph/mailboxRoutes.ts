// Routes under /me and /users/{id}: calendar, events and their attachments, mail, online meetings.
// Kept apart from the mailbox store (mailboxes.ts), as lists and drive keep their routes apart, so
// the store imports neither mail.ts nor uploads.ts and no module cycle remains.
import { GraphError } from '../http/graphError.js';
import { bytes, empty, json, type Reply, type RequestContext } from '../http/types.js';
import type { TenantUser } from '../seed.js';
import { handleMessages, handleSendMail } from './mail.js';
import { address } from './mailRecords.js';
import type { Mailboxes } from './mailboxes.js';
import { preferredZone } from './timeZones.js';
import type { UploadSessions } from './uploads.js';

export async function handleMailbox(
  mailboxes: Mailboxes,
  ctx: RequestContext,
  owner: TenantUser,
  viaMe: boolean,
  tail: string[],
  uploads: UploadSessions,
): Promise<Reply> {
  const [first, second, third, fourth, fifth] = tail;
  if (first === 'calendar' && second === 'events') return handleMailbox(mailboxes, ctx, owner, viaMe, ['events', ...tail.slice(2)], uploads);
  if (first === 'calendars' && third === 'events') return handleMailbox(mailboxes, ctx, owner, viaMe, ['events', ...tail.slice(3)], uploads);
  if (first === 'calendar' && !second) {
    mailboxes.checkAccess(ctx, owner, 'calendar', false);
    return json(200, { id: `cal-${owner.id}`, name: 'Kalender', canEdit: true, canShare: true, isDefaultCalendar: true, owner: address(owner) });
  }
  if (first === 'events') {
    const write = ctx.method !== 'GET';
    mailboxes.checkAccess(ctx, owner, 'calendar', write);
    if (!second) {
      if (ctx.method === 'GET') return mailboxes.listEvents(ctx, owner);
      if (ctx.method === 'POST') return mailboxes.createEvent(ctx, owner);
      throw new GraphError(405, 'ErrorInvalidRequest', `${ctx.method} is not supported on events.`);
    }
    const event = mailboxes.findEvent(owner, second);
    if (!third) {
      if (ctx.method === 'GET') return json(200, mailboxes.eventJson(owner.id, event, preferredZone(ctx.headers.prefer), (ctx.query.get('$expand') ?? '').includes('attachments')), mailboxes.preferApplied(ctx));
      if (ctx.method === 'PATCH') return mailboxes.updateEvent(ctx, owner, event);
      if (ctx.method === 'DELETE') return mailboxes.deleteEvent(owner, event);
    }
    if (third === 'attachments') {
      if (fourth === 'createUploadSession' && ctx.method === 'POST') return uploads.createAttachmentSession(ctx, owner, event);
      if (!fourth) {
        if (ctx.method === 'GET') return json(200, { '@odata.context': `${ctx.origin}/v1.0/$metadata#users('${owner.id}')/events('${event.id}')/attachments`, value: event.attachments.map((a) => mailboxes.attachmentJson(a, true)) });
        if (ctx.method === 'POST') return mailboxes.postAttachment(ctx, owner, event);
      }
      if (fourth) {
        const att = event.attachments.find((a) => a.id === decodeURIComponent(fourth));
        if (!att) throw new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
        if (fifth === '$value' && ctx.method === 'GET') return bytes(200, mailboxes.readBlob(att.blobId), att.contentType);
        if (!fifth && ctx.method === 'GET') return json(200, mailboxes.attachmentJson(att, true));
        if (!fifth && ctx.method === 'DELETE') {
          mailboxes.deleteAttachment(owner, event, att.id);
          return empty(204);
        }
      }
    }
    throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${third ?? ''}'.`);
  }
  if (first === 'sendMail' && ctx.method === 'POST') return handleSendMail(ctx, owner, mailboxes);
  if (first === 'messages' || (first === 'mailFolders' && third === 'messages')) {
    const folder = first === 'mailFolders' ? (second ?? '').toLowerCase() : undefined;
    const rest = first === 'mailFolders' ? tail.slice(3) : tail.slice(1);
    return handleMessages(ctx, owner, folder, rest, mailboxes);
  }
  throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${first ?? ''}'.`);
}
