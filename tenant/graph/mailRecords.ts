// The records a mailbox keeps (events, messages, attachments, outbound mail) and the helpers
// calendar and mail share: Exchange's HTML wrapping, previews, recipients inside or outside the tenant.
import { z } from 'zod';
import { GraphError } from '../http/graphError.js';
import { findUser, type TenantUser } from '../seed.js';

export const MAX_POSTED_ATTACHMENT = 3 * 1024 * 1024;

/**
 * Exchange Online's default maximum message size of a mailbox (MaxSendSize), 35 MB of 1,048,576 bytes: Graph,
 * attachment-createuploadsession, «Tip» ("By default, this message size limit is 35 MB"); Exchange Online limits (35 MB
 * to send, 36 MB to receive); Exchange Online's MailTips configuration answers `MaxMessageSize` 36700160. An Outlook
 * item, message or event, whose attachments would pass it is refused as Graph refuses it:
 * `{"error":{"code":"ErrorMessageSizeExceeded","message":"The message exceeds the maximum supported size."}}`
 * (microsoftgraph/microsoft-graph-docs issue 15579: a file attached to an event through an upload session, refused at
 * a PUT part-way). The status is not given there; 413 is Graph's documented status for a request past a size limit
 * (Microsoft Graph error responses: "413 Request Entity Too Large"). Counted on the attachments' bytes as stored: how
 * Exchange counts an item in the store is not documented, so the tenant refuses only what certainly passes the limit
 * (the app plans by the encoded size, × 4/3, which is stricter: src/domain/inviteSize.ts).
 */
export const MAX_SEND_SIZE = 35 * 1024 * 1024;

/** Refuses adding `adding` bytes to an item that already carries `attachments`, past `MAX_SEND_SIZE`. */
export function assertWithinSendSize(attachments: readonly { size: number }[], adding: number): void {
  const total = attachments.reduce((sum, attachment) => sum + attachment.size, 0) + adding;
  if (total > MAX_SEND_SIZE) throw new GraphError(413, 'ErrorMessageSizeExceeded', 'The message exceeds the maximum supported size.');
}

export interface EmailAddress { name?: string; address: string }
export interface Attendee { type: 'required' | 'optional' | 'resource'; emailAddress: EmailAddress; status: { response: string; time: string } }

export interface AttachmentRecord {
  id: string;
  name: string;
  contentType: string;
  size: number;
  isInline: boolean;
  lastModifiedDateTime: string;
  blobId: string;
  contentId?: string;
}

export interface EventRecord {
  id: string;
  iCalUId: string;
  changeKey: string;
  created: string;
  modified: string;
  subject: string;
  body: { contentType: 'html' | 'text'; content: string };
  startMs: number;
  endMs: number;
  startZone: string;
  endZone: string;
  isAllDay: boolean;
  location: Record<string, unknown>;
  attendees: Attendee[];
  organizer: EmailAddress;
  isOrganizer: boolean;
  isCancelled: boolean;
  isOnlineMeeting: boolean;
  onlineMeetingProvider: string;
  joinUrl?: string;
  transactionId?: string;
  showAs: string;
  importance: string;
  sensitivity: string;
  categories: string[];
  reminderMinutesBeforeStart: number;
  isReminderOn: boolean;
  responseRequested: boolean;
  allowNewTimeProposals: boolean;
  hideAttendees: boolean;
  attachments: AttachmentRecord[];
  /** Organiser side: addresses that have received the invitation. */
  invited: string[];
  /**
   * Organiser side: attachments were added or deleted after the invitations went out. Exchange sends
   * no update for that by itself; the organiser's next PATCH sends one update that carries them.
   */
  attachmentsUnsent?: boolean;
  /** Attendee side: the organiser's event this copy mirrors. */
  source?: { mailboxId: string; eventId: string };
}

export interface MessageRecord {
  id: string;
  kind: 'message' | 'eventMessage';
  folder: 'inbox' | 'sentitems' | 'drafts';
  subject: string;
  body: { contentType: 'html' | 'text'; content: string };
  from: EmailAddress;
  toRecipients: EmailAddress[];
  ccRecipients: EmailAddress[];
  received: string;
  isRead: boolean;
  attachments: AttachmentRecord[];
  meetingMessageType?: 'meetingRequest' | 'meetingCancelled';
  eventRef?: { mailboxId: string; eventId: string };
}

export interface OutboundMail {
  id: string;
  time: string;
  from: EmailAddress;
  to: EmailAddress[];
  subject: string;
  kind: 'message' | 'meetingRequest' | 'meetingUpdate' | 'meetingCancelled';
  bodyHtml: string;
  attachments: Array<{ name: string; size: number; blobId: string; contentType: string }>;
}

export interface MailboxDoc { events: EventRecord[]; messages: MessageRecord[] }
export interface OutboundDoc { mails: OutboundMail[] }

export const emailSchema = z.object({ emailAddress: z.object({ address: z.string(), name: z.string().optional().nullable() }).passthrough() }).passthrough();
export const bodySchema = z.object({ contentType: z.string().optional(), content: z.string().optional().nullable() });



export const fileAttachmentSchema = z.object({
  '@odata.type': z.string(),
  name: z.string().min(1).max(255),
  contentBytes: z.string(),
  contentType: z.string().optional().nullable(),
  isInline: z.boolean().optional(),
  contentId: z.string().optional().nullable(),
}).passthrough();



export const EMAIL = /^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]+$/;

export function bad(message: string, code = 'ErrorInvalidRequest'): GraphError {
  return new GraphError(400, code, message);
}

export function textPreview(content: string): string {
  return content.replace(/<style[\s\S]*?<\/style>/gi, ' ').replace(/<script[\s\S]*?<\/script>/gi, ' ').replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\s+/g, ' ').trim().slice(0, 255);
}

/**
 * Exchange stores an HTML body as a whole document: what the client sent ends up inside <body>,
 * after a <head> with the charset. Clients that look for their own markup must search, not compare.
 */
export function exchangeHtml(content: string): string {
  if (/^\s*<html[\s>]/i.test(content)) return content;
  return `<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>\r\n<body>\r\n${content}\r\n</body>\r\n</html>\r\n`;
}

export function storedBody(body: { contentType?: string; content?: string | null } | null | undefined): { contentType: 'html' | 'text'; content: string } {
  const html = (body?.contentType ?? 'text').toLowerCase() === 'html';
  const content = body?.content ?? '';
  return html ? { contentType: 'html', content: exchangeHtml(content) } : { contentType: 'text', content };
}

export function address(user: TenantUser): EmailAddress {
  return { name: user.displayName, address: user.mail };
}

/** A recipient whose mailbox lives in this tenant: members, not guests (their mail goes home). */
export function internalRecipient(addr: string): TenantUser | undefined {
  const user = findUser(addr);
  return user && user.userType === 'Member' ? user : undefined;
}
