// Exchange mailboxes and calendars: events with attendees, invitations, updates and
// cancellations (delivered as Exchange does), attachments, online meetings, transactionId, time
// zones. Mail itself is in mail.ts; the records and shared helpers in mailRecords.ts; the routes
// under /me and /users/{id} in mailboxRoutes.ts (so neither mail.ts nor uploads.ts is imported here).
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { GraphError } from '../http/graphError.js';
import { empty, json, type Reply, type RequestContext } from '../http/types.js';
import { USERS, findUser, type TenantUser } from '../seed.js';
import type { Store } from '../store/store.js';
import { newOutlookId, nowIso, readJsonObject, requireScope } from './common.js';
import { MAX_POSTED_ATTACHMENT, address, assertWithinSendSize, bad, bodySchema, emailSchema, fileAttachmentSchema, internalRecipient, storedBody, textPreview, EMAIL, type AttachmentRecord, type Attendee, type EmailAddress, type EventRecord, type MailboxDoc, type MessageRecord, type OutboundDoc, type OutboundMail } from './mailRecords.js';
import { applySelect, evaluate, page, parseFilter, parseOrderBy, parseTop, readPath, sortBy } from './odata.js';
import { hasJoinBlock, withJoinBlock } from './onlineMeetingBlock.js';
import { fromInstant, preferredZone, toInstant } from './timeZones.js';
import type { Misconfigurations } from '../http/misconfig.js';

export { MAX_POSTED_ATTACHMENT, MAX_SEND_SIZE, exchangeHtml, textPreview } from './mailRecords.js';
export type { AttachmentRecord, EventRecord, MessageRecord, OutboundMail } from './mailRecords.js';

const attendeeSchema = emailSchema.extend({ type: z.enum(['required', 'optional', 'resource']).optional() });
const dateTimeTz = z.object({ dateTime: z.string(), timeZone: z.string().optional().nullable() });

const EVENT_PROPS = new Set(['subject', 'body', 'start', 'end', 'location', 'locations', 'attendees', 'isOnlineMeeting', 'onlineMeetingProvider', 'transactionId', 'isAllDay', 'showAs', 'importance', 'sensitivity', 'categories', 'reminderMinutesBeforeStart', 'isReminderOn', 'responseRequested', 'allowNewTimeProposals', 'hideAttendees', 'attachments', 'organizer', 'recurrence', 'bodyPreview', 'id', '@odata.type', '@odata.etag', 'changeKey', 'iCalUId', 'onlineMeeting', 'onlineMeetingUrl', 'isDraft', 'webLink', 'type', 'seriesMasterId', 'createdDateTime', 'lastModifiedDateTime', 'originalStartTimeZone', 'originalEndTimeZone', 'responseStatus', 'isCancelled', 'isOrganizer', 'hasAttachments']);

const eventWriteSchema = z.object({
  subject: z.string().max(255).optional().nullable(),
  body: bodySchema.optional().nullable(),
  start: dateTimeTz.optional(),
  end: dateTimeTz.optional(),
  location: z.record(z.string(), z.unknown()).optional().nullable(),
  attendees: z.array(attendeeSchema).optional(),
  isOnlineMeeting: z.boolean().optional(),
  onlineMeetingProvider: z.enum(['teamsForBusiness', 'skypeForBusiness', 'skypeForConsumer', 'unknown']).optional(),
  transactionId: z.string().max(255).optional().nullable(),
  isAllDay: z.boolean().optional(),
  showAs: z.string().optional(),
  importance: z.enum(['low', 'normal', 'high']).optional(),
  sensitivity: z.enum(['normal', 'personal', 'private', 'confidential']).optional(),
  categories: z.array(z.string()).optional(),
  reminderMinutesBeforeStart: z.number().int().optional(),
  isReminderOn: z.boolean().optional(),
  responseRequested: z.boolean().optional(),
  allowNewTimeProposals: z.boolean().optional(),
  hideAttendees: z.boolean().optional(),
}).passthrough();

export class Mailboxes {
  constructor(private readonly store: Store, readonly origin: () => string, private readonly misconfig?: Misconfigurations) {}

  /** Who may use `owner`'s calendar besides the owner; `mailboxCannotSend` takes the shared mailbox's delegates away. */
  private delegatesOf(owner: TenantUser): readonly string[] {
    return owner.sharedMailbox && this.misconfig?.has('mailboxCannotSend') ? [] : owner.delegates;
  }

  mailbox(userId: string): MailboxDoc {
    return this.store.doc<MailboxDoc>(`mailbox-${userId}`, () => ({ events: [], messages: [] }));
  }

  touch(userId: string): void {
    this.store.touch(`mailbox-${userId}`);
  }

  readBlob(blobId: string): Buffer {
    return this.store.readBlob(blobId);
  }

  outbound(): OutboundMail[] {
    return this.store.doc<OutboundDoc>('outbound', () => ({ mails: [] })).mails;
  }

  addOutbound(mail: Omit<OutboundMail, 'id' | 'time'>): void {
    this.outbound().push({ ...mail, id: randomBytes(8).toString('hex'), time: nowIso() });
    this.store.touch('outbound');
  }

  // ---- access
  checkAccess(ctx: RequestContext, owner: TenantUser, kind: 'calendar' | 'mail' | 'send', write: boolean): void {
    const caller = ctx.user;
    if (!caller) throw new GraphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    if (owner.userType === 'Guest') {
      throw new GraphError(404, 'MailboxNotEnabledForRESTAPI', 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.');
    }
    const self = caller.id === owner.id;
    const scopes = kind === 'calendar'
      ? self ? (write ? ['Calendars.ReadWrite'] : ['Calendars.Read', 'Calendars.ReadWrite']) : (write ? ['Calendars.ReadWrite.Shared'] : ['Calendars.Read.Shared', 'Calendars.ReadWrite.Shared'])
      : kind === 'send' ? (self ? ['Mail.Send'] : ['Mail.Send.Shared'])
      : self ? (write ? ['Mail.ReadWrite'] : ['Mail.Read', 'Mail.ReadWrite']) : (write ? ['Mail.ReadWrite.Shared'] : ['Mail.Read.Shared', 'Mail.ReadWrite.Shared']);
    requireScope(ctx, scopes, 'ErrorAccessDenied');
    if (!self && !this.delegatesOf(owner).includes(caller.id)) throw new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
  }

  // ---- JSON
  attachmentJson(a: AttachmentRecord, withContent: boolean): Record<string, unknown> {
    const out: Record<string, unknown> = {
      '@odata.type': '#microsoft.graph.fileAttachment',
      id: a.id,
      lastModifiedDateTime: a.lastModifiedDateTime,
      name: a.name,
      contentType: a.contentType,
      size: a.size,
      isInline: a.isInline,
      contentId: a.contentId ?? null,
      contentLocation: null,
    };
    if (withContent) out.contentBytes = this.store.readBlob(a.blobId).toString('base64');
    return out;
  }

  eventJson(ownerId: string, e: EventRecord, zone: string | undefined, expandAttachments: boolean): Record<string, unknown> {
    const tz = zone ?? 'UTC';
    const out: Record<string, unknown> = {
      '@odata.etag': `W/"${e.changeKey}"`,
      id: e.id,
      createdDateTime: e.created,
      lastModifiedDateTime: e.modified,
      changeKey: e.changeKey,
      categories: e.categories,
      transactionId: e.transactionId ?? null,
      originalStartTimeZone: e.startZone,
      originalEndTimeZone: e.endZone,
      iCalUId: e.iCalUId,
      uid: e.iCalUId,
      reminderMinutesBeforeStart: e.reminderMinutesBeforeStart,
      isReminderOn: e.isReminderOn,
      hasAttachments: e.attachments.length > 0,
      subject: e.subject,
      bodyPreview: textPreview(e.body.content),
      importance: e.importance,
      sensitivity: e.sensitivity,
      isAllDay: e.isAllDay,
      isCancelled: e.isCancelled,
      isOrganizer: e.isOrganizer,
      responseRequested: e.responseRequested,
      seriesMasterId: null,
      showAs: e.showAs,
      type: 'singleInstance',
      webLink: `${this.origin()}/_tenant/calendar/${encodeURIComponent(ownerId)}#${encodeURIComponent(e.id)}`,
      onlineMeetingUrl: null,
      isOnlineMeeting: e.isOnlineMeeting,
      onlineMeetingProvider: e.isOnlineMeeting ? e.onlineMeetingProvider : 'unknown',
      allowNewTimeProposals: e.allowNewTimeProposals,
      isDraft: false,
      hideAttendees: e.hideAttendees,
      responseStatus: { response: e.isOrganizer ? 'organizer' : 'notResponded', time: '0001-01-01T00:00:00Z' },
      body: e.body,
      start: { dateTime: fromInstant(e.startMs, tz), timeZone: tz },
      end: { dateTime: fromInstant(e.endMs, tz), timeZone: tz },
      location: e.location,
      locations: e.location.displayName ? [e.location] : [],
      recurrence: null,
      attendees: e.attendees,
      organizer: { emailAddress: e.organizer },
      onlineMeeting: e.joinUrl ? { joinUrl: e.joinUrl } : null,
    };
    if (expandAttachments) out.attachments = e.attachments.map((a) => this.attachmentJson(a, true));
    return out;
  }

  messageJson(m: MessageRecord, expandAttachments: boolean): Record<string, unknown> {
    const out: Record<string, unknown> = {
      '@odata.type': m.kind === 'eventMessage' ? '#microsoft.graph.eventMessageRequest' : '#microsoft.graph.message',
      '@odata.etag': `W/"${m.id.slice(-12)}"`,
      id: m.id,
      createdDateTime: m.received,
      lastModifiedDateTime: m.received,
      receivedDateTime: m.received,
      sentDateTime: m.received,
      hasAttachments: m.attachments.length > 0,
      subject: m.subject,
      bodyPreview: textPreview(m.body.content),
      importance: 'normal',
      isRead: m.isRead,
      isDraft: m.folder === 'drafts',
      body: m.body,
      sender: { emailAddress: m.from },
      from: { emailAddress: m.from },
      toRecipients: m.toRecipients.map((r) => ({ emailAddress: r })),
      ccRecipients: m.ccRecipients.map((r) => ({ emailAddress: r })),
      bccRecipients: [],
      replyTo: [],
      parentFolderId: m.folder,
      webLink: `${this.origin()}/_tenant/`,
    };
    if (m.kind === 'eventMessage') {
      out.meetingMessageType = m.meetingMessageType ?? 'meetingRequest';
      const source = m.eventRef ? this.mailbox(m.eventRef.mailboxId).events.find((e) => e.id === m.eventRef?.eventId) : undefined;
      if (source) {
        out.startDateTime = { dateTime: fromInstant(source.startMs, 'UTC'), timeZone: 'UTC' };
        out.endDateTime = { dateTime: fromInstant(source.endMs, 'UTC'), timeZone: 'UTC' };
        out.location = source.location;
        out.isAllDay = source.isAllDay;
        out.type = 'singleInstance';
      }
    }
    if (expandAttachments) out.attachments = m.attachments.map((a) => this.attachmentJson(a, true));
    return out;
  }

  preferApplied(ctx: RequestContext): Record<string, string> {
    const zone = preferredZone(ctx.headers.prefer);
    return zone ? { 'Preference-Applied': `outlook.timezone="${zone}"` } : {};
  }

  findEvent(owner: TenantUser, rawId: string): EventRecord {
    const id = decodeURIComponent(rawId);
    const event = this.mailbox(owner.id).events.find((e) => e.id === id);
    if (!event) throw new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
    return event;
  }

  listEvents(ctx: RequestContext, owner: TenantUser): Reply {
    const zone = preferredZone(ctx.headers.prefer);
    const expand = (ctx.query.get('$expand') ?? '').includes('attachments');
    // Filters and ordering see UTC values, as Exchange evaluates them; the answer is then converted.
    let rows = this.mailbox(owner.id).events.map((e) => ({ e, utc: this.eventJson(owner.id, e, undefined, false) }));
    const filter = ctx.query.get('$filter');
    if (filter) {
      const ast = parseFilter(filter, 'BadRequest');
      rows = rows.filter((r) => evaluate(ast, (p) => readPath(r.utc, p)));
    }
    rows = sortBy(rows, parseOrderBy(ctx.query.get('$orderby')), (r, p) => readPath(r.utc, p));
    const { items, nextLink } = page(rows, ctx.query, ctx.origin, ctx.rawPath, parseTop(ctx.query.get('$top'), 1000, 10), 'skip');
    const value = items.map((r) => applySelect(this.eventJson(owner.id, r.e, zone, expand), ctx.query.get('$select')));
    return json(200, { '@odata.context': `${ctx.origin}/v1.0/$metadata#users('${owner.id}')/events`, value, ...(nextLink ? { '@odata.nextLink': nextLink } : {}) }, this.preferApplied(ctx));
  }

  private parseEventBody(ctx: RequestContext): z.infer<typeof eventWriteSchema> {
    const raw = readJsonObject(ctx);
    for (const key of Object.keys(raw)) {
      if (!EVENT_PROPS.has(key) && !key.includes('@')) throw new GraphError(400, 'RequestBodyRead', `The property '${key}' does not exist on type 'microsoft.graph.event'. Make sure to only use property names that are defined by the type or mark the type as open type.`);
    }
    if (raw.attachments !== undefined) throw bad('Attachments cannot be sent with the event; POST them to /events/{id}/attachments (under 3 MB) or use attachments/createUploadSession (3–150 MB).');
    const result = eventWriteSchema.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new GraphError(400, 'RequestBodyRead', `Cannot convert the literal for property '${issue?.path.join('.') ?? ''}': ${issue?.message ?? 'invalid value'}.`);
    }
    for (const a of result.data.attendees ?? []) {
      if (!EMAIL.test(a.emailAddress.address)) throw bad(`The attendee address '${a.emailAddress.address}' is not a valid SMTP address.`, 'ErrorInvalidRecipients');
    }
    return result.data;
  }

  private attendeesFrom(list: z.infer<typeof attendeeSchema>[]): Attendee[] {
    return list.map((a) => {
      const user = findUser(a.emailAddress.address);
      return {
        type: a.type ?? 'required',
        emailAddress: { name: a.emailAddress.name ?? user?.displayName ?? a.emailAddress.address, address: a.emailAddress.address },
        status: { response: 'none', time: '0001-01-01T00:00:00Z' },
      };
    });
  }

  private applyTimes(event: EventRecord, body: z.infer<typeof eventWriteSchema>): void {
    if (body.start) {
      event.startMs = toInstant(body.start.dateTime, body.start.timeZone);
      event.startZone = body.start.timeZone ?? 'UTC';
    }
    if (body.end) {
      event.endMs = toInstant(body.end.dateTime, body.end.timeZone);
      event.endZone = body.end.timeZone ?? 'UTC';
    }
    if (event.endMs < event.startMs) throw new GraphError(400, 'ErrorCalendarEndDateIsEarlierThanStartDate', 'The end date occurs before the start date.');
  }

  createEvent(ctx: RequestContext, owner: TenantUser): Reply {
    const body = this.parseEventBody(ctx);
    const box = this.mailbox(owner.id);
    if (body.transactionId) {
      const existing = box.events.find((e) => e.transactionId === body.transactionId && e.isOrganizer);
      // A retry of the same create: Graph answers with the event it already made, never a second one.
      if (existing) return json(201, this.eventJson(owner.id, existing, preferredZone(ctx.headers.prefer), false), { Location: `${ctx.origin}/v1.0/users/${owner.id}/events/${existing.id}`, ...this.preferApplied(ctx) });
    }
    if (!body.start || !body.end) throw bad('Start and End are required to create an event.', 'ErrorPropertyValidationFailure');
    const now = nowIso();
    const event: EventRecord = {
      id: newOutlookId(),
      iCalUId: `040000008200E00074C5B7101A82E008${randomBytes(28).toString('hex').toUpperCase()}`,
      changeKey: randomBytes(12).toString('base64'),
      created: now,
      modified: now,
      subject: body.subject ?? '',
      body: storedBody(body.body),
      startMs: 0,
      endMs: 0,
      startZone: 'UTC',
      endZone: 'UTC',
      isAllDay: body.isAllDay ?? false,
      location: body.location ?? { displayName: '', locationType: 'default', uniqueIdType: 'unknown' },
      attendees: this.attendeesFrom(body.attendees ?? []),
      organizer: address(owner),
      isOrganizer: true,
      isCancelled: false,
      isOnlineMeeting: body.isOnlineMeeting ?? false,
      onlineMeetingProvider: body.onlineMeetingProvider ?? 'teamsForBusiness',
      transactionId: body.transactionId ?? undefined,
      showAs: body.showAs ?? 'busy',
      importance: body.importance ?? 'normal',
      sensitivity: body.sensitivity ?? 'normal',
      categories: body.categories ?? [],
      reminderMinutesBeforeStart: body.reminderMinutesBeforeStart ?? 15,
      isReminderOn: body.isReminderOn ?? true,
      responseRequested: body.responseRequested ?? true,
      allowNewTimeProposals: body.allowNewTimeProposals ?? true,
      hideAttendees: body.hideAttendees ?? false,
      attachments: [],
      invited: [],
    };
    this.applyTimes(event, body);
    if (event.isOnlineMeeting) this.goOnline(event);
    box.events.push(event);
    this.touch(owner.id);
    this.propagate(owner, event, 'invite');
    return json(201, this.eventJson(owner.id, event, preferredZone(ctx.headers.prefer), false), { Location: `${ctx.origin}/v1.0/users/${owner.id}/events/${event.id}`, ...this.preferApplied(ctx) });
  }

  private joinUrl(): string {
    const id = `19:meeting_${randomBytes(18).toString('base64url')}@thread.v2`;
    return `${this.origin()}/_tenant/meeting/join/${encodeURIComponent(id)}`;
  }

  /** Exchange creates the Teams meeting and appends its join block to the body attendees receive. */
  private goOnline(event: EventRecord): void {
    event.isOnlineMeeting = true;
    event.joinUrl = this.joinUrl();
    event.body = withJoinBlock(event.body, event.joinUrl);
  }

  private touchEvent(ownerId: string, event: EventRecord): void {
    event.modified = nowIso();
    event.changeKey = randomBytes(12).toString('base64');
    this.touch(ownerId);
  }

  updateEvent(ctx: RequestContext, owner: TenantUser, event: EventRecord): Reply {
    const body = this.parseEventBody(ctx);
    const ifMatch = ctx.headers['if-match'];
    if (ifMatch && ifMatch !== '*' && ifMatch.replace(/^W\//, '') !== `"${event.changeKey}"`) {
      throw new GraphError(412, 'ErrorIrresolvableConflict', 'The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.');
    }
    const contentChanged =
      body.subject !== undefined ||
      body.body !== undefined ||
      body.start !== undefined ||
      body.end !== undefined ||
      body.location !== undefined ||
      body.isOnlineMeeting !== undefined;
    const wasOnline = event.isOnlineMeeting;
    if (body.subject !== undefined) event.subject = body.subject ?? '';
    if (body.body !== undefined) {
      event.body = storedBody(body.body);
      // "Inadvertently removing the meeting blob from the body would disable meeting online."
      if (wasOnline && event.joinUrl && !hasJoinBlock(event.body.content, event.joinUrl)) {
        event.isOnlineMeeting = false;
        delete event.joinUrl;
      }
    }
    this.applyTimes(event, body);
    if (body.location !== undefined) event.location = body.location ?? { displayName: '' };
    if (body.isAllDay !== undefined) event.isAllDay = body.isAllDay;
    if (body.showAs !== undefined) event.showAs = body.showAs;
    if (body.importance !== undefined) event.importance = body.importance;
    if (body.sensitivity !== undefined) event.sensitivity = body.sensitivity;
    if (body.categories !== undefined) event.categories = body.categories;
    if (body.reminderMinutesBeforeStart !== undefined) event.reminderMinutesBeforeStart = body.reminderMinutesBeforeStart;
    if (body.isReminderOn !== undefined) event.isReminderOn = body.isReminderOn;
    if (body.responseRequested !== undefined) event.responseRequested = body.responseRequested;
    if (body.allowNewTimeProposals !== undefined) event.allowNewTimeProposals = body.allowNewTimeProposals;
    if (body.hideAttendees !== undefined) event.hideAttendees = body.hideAttendees;
    // Once online, isOnlineMeeting false and another provider are ignored; an offline event goes online.
    if (body.isOnlineMeeting === true && !wasOnline) {
      if (body.onlineMeetingProvider !== undefined) event.onlineMeetingProvider = body.onlineMeetingProvider;
      this.goOnline(event);
    } else if (!wasOnline && body.onlineMeetingProvider !== undefined) event.onlineMeetingProvider = body.onlineMeetingProvider;
    let removed: Attendee[] = [];
    if (body.attendees !== undefined) {
      const next = this.attendeesFrom(body.attendees);
      const nextAddrs = new Set(next.map((a) => a.emailAddress.address.toLowerCase()));
      removed = event.attendees.filter((a) => !nextAddrs.has(a.emailAddress.address.toLowerCase()));
      // Keep known responses for attendees who stay.
      event.attendees = next.map((a) => event.attendees.find((o) => o.emailAddress.address.toLowerCase() === a.emailAddress.address.toLowerCase()) ?? a);
    }
    this.touchEvent(owner.id, event);
    if (event.isOrganizer) {
      for (const r of removed) this.cancelFor(owner, event, r.emailAddress.address, '');
      event.invited = event.invited.filter((a) => !removed.some((r) => r.emailAddress.address.toLowerCase() === a));
      // "the organizer can subsequently update the event to send the attachment": any PATCH after
      // attachment changes is that update, even one that changes nothing else.
      this.propagate(owner, event, contentChanged || event.attachmentsUnsent === true ? 'update' : 'invite');
    }
    return json(200, this.eventJson(owner.id, event, preferredZone(ctx.headers.prefer), false), this.preferApplied(ctx));
  }

  deleteEvent(owner: TenantUser, event: EventRecord): Reply {
    if (event.isOrganizer && !event.isCancelled) for (const addr of event.invited) this.cancelFor(owner, event, addr, '');
    const box = this.mailbox(owner.id);
    box.events = box.events.filter((e) => e.id !== event.id);
    this.touch(owner.id);
    return empty(204);
  }

  postAttachment(ctx: RequestContext, owner: TenantUser, event: EventRecord): Reply {
    const body = readJsonObject(ctx);
    const type = typeof body['@odata.type'] === 'string' ? body['@odata.type'] : '';
    if (type !== '#microsoft.graph.fileAttachment' && type !== 'microsoft.graph.fileAttachment') {
      throw bad("Only '#microsoft.graph.fileAttachment' is supported here; set @odata.type.", 'ErrorInvalidRequest');
    }
    const parsed = fileAttachmentSchema.safeParse(body);
    if (!parsed.success) throw bad(`Invalid attachment: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''}`.trim());
    const content = Buffer.from(parsed.data.contentBytes, 'base64');
    if (content.length > MAX_POSTED_ATTACHMENT) {
      throw new GraphError(413, 'ErrorAttachmentSizeExceeded', `The attachment is ${content.length} bytes; a POSTed attachment must be under 3 MB (${MAX_POSTED_ATTACHMENT} bytes). Use attachments/createUploadSession for files up to 150 MB.`);
    }
    assertWithinSendSize(event.attachments, content.length);
    const att = this.storeAttachment(parsed.data.name, parsed.data.contentType ?? 'application/octet-stream', content, parsed.data.isInline ?? false, parsed.data.contentId ?? undefined);
    event.attachments.push(att);
    this.attachmentChanged(owner.id, event);
    return json(201, { '@odata.context': `${ctx.origin}/v1.0/$metadata#users('${owner.id}')/events('${event.id}')/attachments/$entity`, ...this.attachmentJson(att, false) });
  }

  deleteAttachment(owner: TenantUser, event: EventRecord, attachmentId: string): void {
    event.attachments = event.attachments.filter((a) => a.id !== attachmentId);
    this.attachmentChanged(owner.id, event);
  }

  /**
   * Microsoft Learn, "Add attachment" (event): "If an organizer adds an attachment to a meeting event, the
   * organizer can subsequently update the event to send the attachment and update the event for each
   * attendee as well." So an attachment change alone changes only the organiser's event; attendees'
   * copies and mail wait for the organiser's next update (`updateEvent`), which sends one update.
   */
  private attachmentChanged(ownerId: string, event: EventRecord): void {
    this.touchEvent(ownerId, event);
    if (event.isOrganizer && event.invited.length > 0) event.attachmentsUnsent = true;
  }

  storeAttachment(name: string, contentType: string, content: Buffer, isInline: boolean, contentId?: string): AttachmentRecord {
    const blobId = `att${randomBytes(16).toString('hex')}`;
    this.store.writeBlob(blobId, content);
    return { id: newOutlookId('AAMkAtt'), name, contentType, size: content.length, isInline, lastModifiedDateTime: nowIso(), blobId, ...(contentId ? { contentId } : {}) };
  }

  /** Called by the upload session when the last byte of an attachment arrives. */
  /** Refuses a part of an upload session that would take the event past the mailbox's message size (`MAX_SEND_SIZE`). */
  assertUploadFits(ownerId: string, eventId: string, uploadedBytes: number): void {
    const event = this.mailbox(ownerId).events.find((e) => e.id === eventId);
    if (event) assertWithinSendSize(event.attachments, uploadedBytes);
  }

  attachUploaded(ownerId: string, eventId: string, att: AttachmentRecord): void {
    const owner = findUser(ownerId);
    const event = this.mailbox(ownerId).events.find((e) => e.id === eventId);
    if (!owner || !event) throw new GraphError(404, 'ErrorItemNotFound', 'The event was deleted before the upload finished.');
    event.attachments.push(att);
    this.attachmentChanged(ownerId, event);
  }

  // ---- invitations
  /**
   * Delivers the event to attendees. `invite`: only attendees not yet invited. `update`: everyone
   * already invited gets their copy refreshed and an update message; new attendees get an invite.
   */
  private propagate(owner: TenantUser, event: EventRecord, mode: 'invite' | 'update'): void {
    if (!event.isOrganizer || event.isCancelled) return;
    if (mode === 'update') delete event.attachmentsUnsent;
    for (const attendee of event.attendees) {
      const addr = attendee.emailAddress.address.toLowerCase();
      if (addr === owner.mail.toLowerCase()) continue;
      const already = event.invited.includes(addr);
      if (already && mode === 'invite') continue;
      this.deliver(owner, event, attendee.emailAddress, already ? 'meetingUpdate' : 'meetingRequest');
      if (!already) event.invited.push(addr);
    }
    this.touch(owner.id);
  }

  private copyAttachments(list: AttachmentRecord[]): AttachmentRecord[] {
    // Each mailbox owns its copy, as in Exchange: later changes to the organiser's do not leak.
    return list.map((a) => this.storeAttachment(a.name, a.contentType, this.store.readBlob(a.blobId), a.isInline, a.contentId));
  }

  private deliver(owner: TenantUser, event: EventRecord, to: EmailAddress, kind: 'meetingRequest' | 'meetingUpdate'): void {
    const subject = kind === 'meetingUpdate' ? `Oppdatert: ${event.subject}` : event.subject;
    const recipient = internalRecipient(to.address);
    if (!recipient) {
      this.addOutbound({
        from: event.organizer,
        to: [to],
        subject,
        kind,
        bodyHtml: event.body.content,
        attachments: event.attachments.map((a) => ({ name: a.name, size: a.size, blobId: a.blobId, contentType: a.contentType })),
      });
      return;
    }
    const box = this.mailbox(recipient.id);
    let copy = box.events.find((e) => e.iCalUId === event.iCalUId);
    if (!copy) {
      copy = {
        ...structuredClone(event),
        id: newOutlookId(),
        isOrganizer: false,
        invited: [],
        transactionId: undefined,
        attachments: [],
        source: { mailboxId: owner.id, eventId: event.id },
      };
      box.events.push(copy);
    } else {
      for (const old of copy.attachments) this.store.deleteBlob(old.blobId);
      Object.assign(copy, {
        ...structuredClone(event),
        id: copy.id,
        isOrganizer: false,
        invited: [],
        transactionId: undefined,
        attachments: [],
        source: { mailboxId: owner.id, eventId: event.id },
      });
    }
    copy.attachments = this.copyAttachments(event.attachments);
    copy.changeKey = randomBytes(12).toString('base64');
    box.messages.push({
      id: newOutlookId('AAMkMsg'),
      kind: 'eventMessage',
      folder: 'inbox',
      subject,
      body: event.body,
      from: event.organizer,
      toRecipients: event.attendees.map((a) => a.emailAddress),
      ccRecipients: [],
      received: nowIso(),
      isRead: false,
      attachments: this.copyAttachments(event.attachments),
      meetingMessageType: 'meetingRequest',
      eventRef: { mailboxId: recipient.id, eventId: copy.id },
    });
    this.touch(recipient.id);
  }

  private cancelFor(owner: TenantUser, event: EventRecord, addr: string, comment: string): void {
    const subject = `Avlyst: ${event.subject}`;
    const content = comment ? `<p>${comment.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}</p>${event.body.content}` : event.body.content;
    const recipient = internalRecipient(addr);
    if (!recipient) {
      this.addOutbound({ from: event.organizer, to: [{ address: addr }], subject, kind: 'meetingCancelled', bodyHtml: content, attachments: [] });
      return;
    }
    const box = this.mailbox(recipient.id);
    const copy = box.events.find((e) => e.iCalUId === event.iCalUId);
    if (copy) {
      copy.isCancelled = true;
      copy.subject = subject;
      copy.changeKey = randomBytes(12).toString('base64');
    }
    box.messages.push({ id: newOutlookId('AAMkMsg'), kind: 'eventMessage', folder: 'inbox', subject, body: { contentType: 'html', content }, from: event.organizer, toRecipients: [{ address: addr }], ccRecipients: [], received: nowIso(), isRead: false, attachments: [], meetingMessageType: 'meetingCancelled', ...(copy ? { eventRef: { mailboxId: recipient.id, eventId: copy.id } } : {}) });
    this.touch(recipient.id);
  }

  // ---- mail


  /** The sharing invitation SharePoint mails when a file is shared with `invite`. */
  notifyShare(inviter: TenantUser, fileName: string, webUrl: string, message: string, recipients: string[]): void {
    const esc = (v: string): string => v.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    const subject = `${inviter.displayName} har delt «${fileName}» med deg`;
    const content = `<p>${esc(inviter.displayName)} har delt en fil med deg.</p>${message ? `<p>${esc(message)}</p>` : ''}<p><a href="${esc(webUrl)}">${esc(fileName)}</a></p>`;
    for (const addr of recipients) {
      const user = internalRecipient(addr);
      if (!user) {
        this.addOutbound({ from: address(inviter), to: [{ address: addr }], subject, kind: 'message', bodyHtml: content, attachments: [] });
        continue;
      }
      this.mailbox(user.id).messages.push({ id: newOutlookId('AAMkMsg'), kind: 'message', folder: 'inbox', subject, body: { contentType: 'html', content }, from: address(inviter), toRecipients: [{ address: addr }], ccRecipients: [], received: nowIso(), isRead: false, attachments: [] });
      this.touch(user.id);
    }
  }

  /**
   * What Teams shows in a meeting window's title bar: the subject of the online meeting's event, the
   * organiser's copy (the event the join link was made for, `goOnline`). Undefined for a thread no
   * event has.
   */
  subjectOfJoinThread(threadId: string): string | undefined {
    const joinPath = `/_tenant/meeting/join/${encodeURIComponent(threadId)}`;
    const events = this.allMailboxes()
      .flatMap(({ box }) => box.events)
      .filter((event) => event.joinUrl !== undefined && new URL(event.joinUrl).pathname === joinPath);
    return (events.find((event) => event.isOrganizer) ?? events[0])?.subject;
  }

  /** For the inspector. */
  allMailboxes(): Array<{ user: TenantUser; box: MailboxDoc }> {
    return USERS.filter((u) => u.userType === 'Member').map((user) => ({ user, box: this.mailbox(user.id) }));
  }


}
