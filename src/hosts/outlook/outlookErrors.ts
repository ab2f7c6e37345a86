import type { OfficeErrorLike } from './officeApi';

/** Every way an Outlook call can fail that the pane handles, each worded by the pane. */
export type OutlookErrorCode =
  | 'notOutlook'
  | 'notAppointment'
  | 'notCompose'
  | 'bodyTooLarge'
  | 'attachmentTooLarge'
  | 'requirementMissing'
  | 'offline'
  | 'itemNotSaved'
  | 'customPropertiesTooLarge'
  | 'timeout'
  | 'failed';

/**
 * An Outlook call that failed, as data: the pane words `code` in the user's language (`error.<code>` in
 * ui/outlook/messages.ts, nb/nn/en); the message is a language-free line for the log, never shown.
 */
export class OutlookHostError extends Error {
  override readonly name = 'OutlookHostError';

  constructor(
    readonly code: OutlookErrorCode,
    /** Office's own error name/message, for the log. */
    readonly detail?: string,
  ) {
    super(detail ? `Outlook ${code}: ${detail}` : `Outlook ${code}`);
  }
}

/** Office error names (Office.AsyncResult.error.name) → our codes. */
export function fromOfficeError(error: OfficeErrorLike | undefined, fallback: OutlookErrorCode = 'failed'): OutlookHostError {
  const name = error?.name ?? '';
  const detail = [error?.name, error?.code, error?.message].filter((part) => part !== undefined && part !== '').join(' ');
  if (/DataExceedsMaximumSize|TooMuchData/i.test(name)) return new OutlookHostError('bodyTooLarge', detail);
  if (/AttachmentSizeExceeded|SizeLimitExceeded|NumberOfAttachmentsExceeded/i.test(name)) return new OutlookHostError('attachmentTooLarge', detail);
  if (/NetworkError|Offline|ConnectionFailure|InternalServerError|ServerUnavailable/i.test(name) || error?.code === 9017) {
    return new OutlookHostError('offline', detail);
  }
  if (/CustomPropertiesTooLarge|PropertySizeExceeded/i.test(name)) return new OutlookHostError('customPropertiesTooLarge', detail);
  return new OutlookHostError(fallback, detail);
}
