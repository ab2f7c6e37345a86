import type { DomainReason } from './errors';
import { DEFAULT_MAX_MESSAGE_SIZE_BYTES, EVENT_ATTACHMENT_UPLOAD_SESSION_MAX_BYTES, INLINE_ATTACHMENT_MAX_BYTES, MIME_ENCODING_FACTOR } from './limits';

/**
 * Whether files fit the innkalling, by the limits of `limits.ts`, with the reason as data (sizes in
 * megabytes, one decimal): the screens word it in the user's language (`ui/shared/domainReasonText.ts`).
 * Apart from the limits, which the Graph side reads on every page.
 */

/** Megabytes with one decimal, as the reasons give sizes (the screens write "212,4 MB"). */
const megabytes = (bytes: number): number => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/** How an attachment of a given size reaches the calendar invite. */
export type AttachmentUpload = 'inline' | 'uploadSession';

export type AttachmentSizeCheck =
  | { ok: true; upload: AttachmentUpload }
  | { ok: false; code: 'emptyFile' | 'invalidSize' | 'tooLargeForInvite'; reason: DomainReason };

/** Can a file of this size be attached to the invite, and how? Links have no size limit; this is only for attached files. */
export function validateAttachmentSize(bytes: number): AttachmentSizeCheck {
  if (!Number.isInteger(bytes) || bytes < 0) return { ok: false, code: 'invalidSize', reason: { key: 'size.invalid' } };
  if (bytes === 0) return { ok: false, code: 'emptyFile', reason: { key: 'size.empty' } };
  if (bytes > EVENT_ATTACHMENT_UPLOAD_SESSION_MAX_BYTES) {
    return {
      ok: false,
      code: 'tooLargeForInvite',
      reason: { key: 'size.tooLarge', values: { size: megabytes(bytes), max: megabytes(EVENT_ATTACHMENT_UPLOAD_SESSION_MAX_BYTES) } },
    };
  }
  return { ok: true, upload: bytes < INLINE_ATTACHMENT_MAX_BYTES ? 'inline' : 'uploadSession' };
}

export type InviteSizeCheck = { ok: true } | { ok: false; code: 'inviteTooLarge'; reason: DomainReason };

/**
 * Do the attached files of one invitation fit in a message, once encoded as mail carries them (`limits.ts`
 * `DEFAULT_MAX_MESSAGE_SIZE_BYTES`, `MIME_ENCODING_FACTOR`)? `maxMessageBytes` is the sender's limit when known (an
 * administrator may have raised it), otherwise Exchange Online's default.
 */
export function validateInviteTotalSize(totalBytes: number, maxMessageBytes: number = DEFAULT_MAX_MESSAGE_SIZE_BYTES): InviteSizeCheck {
  if (totalBytes * MIME_ENCODING_FACTOR <= maxMessageBytes) return { ok: true };
  const encoded = megabytes(totalBytes * MIME_ENCODING_FACTOR);
  return { ok: false, code: 'inviteTooLarge', reason: { key: 'size.totalTooLarge', values: { size: megabytes(totalBytes), encoded, max: megabytes(maxMessageBytes) } } };
}
