import type { LanguageForm } from './model';
import { domainTexts } from './texts';
import { DEFAULT_MAX_MESSAGE_SIZE_BYTES, EVENT_ATTACHMENT_UPLOAD_SESSION_MAX_BYTES, formatMegabytes, INLINE_ATTACHMENT_MAX_BYTES, MIME_ENCODING_FACTOR } from './limits';

/**
 * Whether files fit the innkalling, with the message in the committee's målform (`texts.ts`), by the
 * limits of `limits.ts`. Apart from the limits, which the Graph side reads on every page, so that those
 * pages do not start with the domain's wording table (issue 14: the stage).
 */

/** How an attachment of a given size reaches the calendar invite. */
export type AttachmentUpload = 'inline' | 'uploadSession';

export type AttachmentSizeCheck =
  | { ok: true; upload: AttachmentUpload }
  | { ok: false; code: 'emptyFile' | 'invalidSize' | 'tooLargeForInvite'; message: string };

/** Can a file of this size be attached to the invite, and how? Links have no size limit; this is only for attached files. */
export function validateAttachmentSize(bytes: number, form: LanguageForm = 'nb'): AttachmentSizeCheck {
  const messages = domainTexts(form).attachmentSize;
  if (!Number.isInteger(bytes) || bytes < 0) return { ok: false, code: 'invalidSize', message: messages.invalid };
  if (bytes === 0) return { ok: false, code: 'emptyFile', message: messages.empty };
  if (bytes > EVENT_ATTACHMENT_UPLOAD_SESSION_MAX_BYTES) {
    return {
      ok: false,
      code: 'tooLargeForInvite',
      message: messages.tooLarge(formatMegabytes(bytes), formatMegabytes(EVENT_ATTACHMENT_UPLOAD_SESSION_MAX_BYTES)),
    };
  }
  return { ok: true, upload: bytes < INLINE_ATTACHMENT_MAX_BYTES ? 'inline' : 'uploadSession' };
}

export type InviteSizeCheck = { ok: true } | { ok: false; code: 'inviteTooLarge'; message: string };

/**
 * Do the attached files of one invitation fit in a message? `maxMessageBytes` is the sender's
 * limit when known (an administrator may have raised it), otherwise Exchange Online's default.
 */
export function validateInviteTotalSize(totalBytes: number, form: LanguageForm = 'nb', maxMessageBytes: number = DEFAULT_MAX_MESSAGE_SIZE_BYTES): InviteSizeCheck {
  if (totalBytes * MIME_ENCODING_FACTOR <= maxMessageBytes) return { ok: true };
  return { ok: false, code: 'inviteTooLarge', message: domainTexts(form).attachmentSize.totalTooLarge(formatMegabytes(totalBytes), formatMegabytes(maxMessageBytes)) };
}
