import type { Client } from '@microsoft/microsoft-graph-client';
import type { Attendee, Event, FileAttachment } from '@microsoft/microsoft-graph-types';
import * as v from 'valibot';
import { bytesToBase64 } from '../domain/base64';
import { INLINE_ATTACHMENT_MAX_BYTES, DEFAULT_UPLOAD_CHUNK_BYTES } from '../domain/limits';
import type { Invitee } from '../domain/invitation';
import type { UploadProgress } from '../domain/ports';
import { answerOrThrow, BATCH_LIMIT, runBatch, type BatchStep } from './batch';
import { loadUploadSession } from './filesGateway';
import { graphCall, graphSend } from './graphCall';
import { collectionOf, UploadSessionSchema } from './graphSchemas';
import { allPages } from './pages';
import { lazySchema } from '../domain/lazySchema';

/** The event fields Møtebok reads back. Built when an innkalling is first sent or read (`domain/lazySchema.ts`): no page opens a meeting with them. */
export const EventSchema = lazySchema(() =>
  v.looseObject({
      id: v.string(),
      subject: v.optional(v.nullable(v.string())),
      transactionId: v.optional(v.nullable(v.string())),
      isOnlineMeeting: v.optional(v.nullable(v.boolean())),
      onlineMeeting: v.optional(v.nullable(v.looseObject({ joinUrl: v.optional(v.nullable(v.string())) }))),
      attendees: v.optional(
        v.nullable(
          v.array(
            v.looseObject({
              emailAddress: v.optional(v.nullable(v.looseObject({ address: v.optional(v.nullable(v.string())) }))),
            }),
          ),
        ),
      ),
    }),
);
export type EventData = v.InferOutput<ReturnType<typeof EventSchema>>;

const EventBodySchema = lazySchema(() => v.looseObject({ body: v.optional(v.nullable(v.looseObject({ content: v.optional(v.nullable(v.string())) }))) }));

export const AttachmentInfoSchema = lazySchema(() =>
  v.looseObject({
    id: v.string(),
    name: v.optional(v.nullable(v.string())),
    size: v.optional(v.nullable(v.number())),
  }),
);
export type AttachmentInfo = v.InferOutput<ReturnType<typeof AttachmentInfoSchema>>;

/** Base64 characters per $batch of attachments: under Graph's 4 MB request limit with room for JSON. */
const BATCH_PAYLOAD_CHARS = 3_000_000;

/** What the notice needs from an event, in domain terms; mapped to Graph's Event in one place. */
export interface NoticeEvent {
  subject: string;
  /** Local wall-clock times in Europe/Oslo: "2026-06-11T09:00:00". */
  start: string;
  end: string;
  location: string;
  online: boolean;
  bodyHtml: string;
  transactionId: string;
}

/** An attendee's address: the domain's invitee (`domain/invitation`). */
export type InviteeAddress = Invitee;

/**
 * The innkalling's calendar event, in the user's calendar (`/me`) or in the secretariat's shared
 * mailbox (`/users/{mailbox}`, Calendars.ReadWrite.Shared).
 */
export class CalendarGateway {
  private readonly base: string;

  constructor(
    private readonly client: Client,
    mailbox?: string,
    private readonly chunkBytes = DEFAULT_UPLOAD_CHUNK_BYTES,
  ) {
    this.base = mailbox ? `/users/${encodeURIComponent(mailbox)}` : '/me';
  }

  /**
   * Creates the event without attendees (so Exchange sends nothing yet). Graph answers a repeated
   * POST with the same transactionId with the event it already made, so this is safe to retry.
   */
  async createEvent(notice: NoticeEvent): Promise<EventData> {
    return graphCall(EventSchema(), () => this.client.api(`${this.base}/events`).post(toGraphEvent(notice)));
  }

  async getEvent(eventId: string): Promise<EventData> {
    return graphCall(EventSchema(), () => this.client.api(`${this.base}/events/${eventId}`).select('id,subject,transactionId,isOnlineMeeting,onlineMeeting,attendees').get());
  }

  /**
   * The event's body as Exchange keeps it: what Møtebok wrote plus what Exchange added (the Teams
   * join block of an online meeting), which an update must carry over.
   */
  async getEventBody(eventId: string): Promise<string> {
    const event = await graphCall(EventBodySchema(), () => this.client.api(`${this.base}/events/${eventId}`).select('body').get());
    return event.body?.content ?? '';
  }

  /**
   * Updates subject/time/place/body and, when given, the attendees — in one PATCH, so attendees get
   * one update carrying all of it.
   */
  async updateEvent(eventId: string, notice: Omit<NoticeEvent, 'transactionId'>, invitees?: readonly InviteeAddress[]): Promise<EventData> {
    const { transactionId: _omit, ...patch } = toGraphEvent({ ...notice, transactionId: '' });
    const body: Event = invitees ? { ...patch, attendees: toAttendees(invitees) } : patch;
    return graphCall(EventSchema(), () => this.client.api(`${this.base}/events/${eventId}`).patch(body));
  }

  /** Sets the attendees; this is the moment Exchange sends the invitations (or updates). */
  async setAttendees(eventId: string, invitees: readonly InviteeAddress[]): Promise<void> {
    await graphSend(() => this.client.api(`${this.base}/events/${eventId}`).patch({ attendees: toAttendees(invitees) } satisfies Event));
  }

  async listAttachments(eventId: string): Promise<AttachmentInfo[]> {
    return allPages(this.client, AttachmentInfoSchema(), () => this.client.api(`${this.base}/events/${eventId}/attachments`).select('id,name,size').get());
  }

  /** Adds a file: under 3 MB as one fileAttachment, larger through an attachment upload session. */
  async addAttachment(eventId: string, name: string, content: Blob, onProgress?: (progress: UploadProgress) => void): Promise<void> {
    if (content.size < INLINE_ATTACHMENT_MAX_BYTES) {
      await this.postAttachment(eventId, name, content.type || 'application/octet-stream', await toBase64(content));
      onProgress?.({ bytesSent: content.size, totalBytes: content.size });
      return;
    }
    const session = await graphCall(UploadSessionSchema(), () =>
      this.client.api(`${this.base}/events/${eventId}/attachments/createUploadSession`).post({ AttachmentItem: { attachmentType: 'file', name, size: content.size } }),
    );
    await (await loadUploadSession()).uploadSessionChunks(this.client, session.uploadUrl, content, name, this.chunkBytes, onProgress);
  }

  /**
   * Adds several small files in as few requests as Graph allows: $batch of fileAttachment POSTs,
   * chained with dependsOn so Exchange applies them one after another (parallel writes to one
   * item conflict), each batch's payload kept under the request size limit. A file too big to
   * share a batch goes alone. Throws the first failure after the rest of its batch is known.
   */
  async addSmallAttachments(eventId: string, files: readonly { name: string; content: Blob }[], onAdded?: (name: string) => void): Promise<void> {
    const prepared = await Promise.all(files.map(async (file) => ({ name: file.name, contentType: file.content.type || 'application/octet-stream', contentBytes: await toBase64(file.content), size: file.content.size })));
    const groups: (typeof prepared)[] = [];
    let current: typeof prepared = [];
    let currentChars = 0;
    for (const file of prepared) {
      if (current.length > 0 && (currentChars + file.contentBytes.length > BATCH_PAYLOAD_CHARS || current.length >= BATCH_LIMIT)) {
        groups.push(current);
        current = [];
        currentChars = 0;
      }
      current.push(file);
      currentChars += file.contentBytes.length;
    }
    if (current.length > 0) groups.push(current);
    for (const group of groups) {
      if (group.length === 1 && group[0]) {
        const only = group[0];
        await this.postAttachment(eventId, only.name, only.contentType, only.contentBytes);
        onAdded?.(only.name);
        continue;
      }
      const steps: BatchStep[] = group.map((file, index) => ({
        id: String(index),
        method: 'POST',
        url: `${this.base}/events/${eventId}/attachments`,
        body: { '@odata.type': '#microsoft.graph.fileAttachment', name: file.name, contentType: file.contentType, contentBytes: file.contentBytes },
        ...(index > 0 ? { dependsOn: [String(index - 1)] } : {}),
      }));
      const answers = await runBatch(this.client, steps);
      group.forEach((file, index) => {
        answerOrThrow(answers, String(index), AttachmentInfoSchema());
        onAdded?.(file.name);
      });
    }
  }

  private async postAttachment(eventId: string, name: string, contentType: string, contentBytes: string): Promise<void> {
    const attachment: FileAttachment & { '@odata.type': string } = { '@odata.type': '#microsoft.graph.fileAttachment', name, contentType, contentBytes };
    await graphCall(AttachmentInfoSchema(), () => this.client.api(`${this.base}/events/${eventId}/attachments`).post(attachment));
  }

  async deleteAttachment(eventId: string, attachmentId: string): Promise<void> {
    await graphSend(() => this.client.api(`${this.base}/events/${eventId}/attachments/${attachmentId}`).delete());
  }
}

function toAttendees(invitees: readonly InviteeAddress[]): Attendee[] {
  return invitees.map((invitee) => ({ type: 'required', emailAddress: { address: invitee.address, ...(invitee.name ? { name: invitee.name } : {}) } }));
}

function toGraphEvent(notice: NoticeEvent): Event {
  return {
    subject: notice.subject,
    body: { contentType: 'html', content: notice.bodyHtml },
    start: { dateTime: notice.start, timeZone: 'Europe/Oslo' },
    end: { dateTime: notice.end, timeZone: 'Europe/Oslo' },
    location: { displayName: notice.location },
    isOnlineMeeting: notice.online,
    ...(notice.online ? { onlineMeetingProvider: 'teamsForBusiness' } : {}),
    responseRequested: true,
    ...(notice.transactionId ? { transactionId: notice.transactionId } : {}),
  };
}

async function toBase64(content: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await content.arrayBuffer()));
}

export const EventCollectionSchema = lazySchema(() => collectionOf(EventSchema()));
