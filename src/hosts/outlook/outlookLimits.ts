/**
 * Outlook's own limits that the add-in plans around (Microsoft Learn, "Limits for activation and
 * JavaScript API for Outlook add-ins" and the Office.Body / addFileAttachmentFromBase64Async
 * reference). Kept apart from src/domain/limits.ts, which holds the Graph/SharePoint limits.
 */

/** Body.setAsync / prependAsync refuse data over 1,000,000 characters (DataExceedsMaximumSize). */
export const BODY_MAX_CHARS = 1_000_000;

/** A file attached with addFileAttachmentFromBase64Async may be at most 25 MB. */
export const ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024;

/**
 * All attached files together are kept under 25 MB too: Exchange Online's default message size
 * limit for sending is about that once base64 overhead is counted, and an invite that cannot be
 * sent is worse than one with links.
 */
export const ATTACHMENTS_TOTAL_MAX_BYTES = 25 * 1024 * 1024;

/** All custom properties of one add-in on one item together: 2,500 characters. */
export const CUSTOM_PROPERTIES_MAX_CHARS = 2_500;

/** Requirement sets per feature. */
export const REQUIREMENT = {
  /** Body read/write, saveAsync, convertToRestId. */
  compose: '1.3',
  /** getItemIdAsync, addFileAttachmentFromBase64Async, getAttachmentsAsync. */
  itemIdAndAttachments: '1.8',
} as const;
