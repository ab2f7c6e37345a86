/**
 * Limits of Microsoft 365 that Møtebok plans around, as named constants with where they come
 * from, so a limit is changed in one place when Microsoft changes it.
 */

/**
 * A file under this size is attached to a message or event inline: one `POST …/attachments`, or
 * inside the message of `sendMail` (Graph docs, "Attach large files to Outlook messages or
 * events": "If the file size is under 3 MB, do a single POST"). From this size on, an upload
 * session. The one source for every inline attachment Møtebok makes (invite and referat mail).
 */
export const INLINE_ATTACHMENT_MAX_BYTES = 3 * 1024 * 1024;

/** Event attachments between 3 MB and 150 MB go through `attachments/createUploadSession` (same Graph article). Above this Outlook refuses the file. */
export const EVENT_ATTACHMENT_UPLOAD_SESSION_MAX_BYTES = 150 * 1024 * 1024;

/** Each PUT to an Outlook attachment upload session carries at most 4 MB (attachment-createuploadsession: "ranges of bytes (up to 4 MB each time)"). Not the drive rule below. */
export const OUTLOOK_UPLOAD_RANGE_MAX_BYTES = 4 * 1024 * 1024;

/**
 * Exchange Online's default maximum message size, 35 MB, the limit a calendar invite with its attachments must keep to
 * when it goes out through Graph: the invite is a message from the organiser's mailbox (its MaxSendSize) to each
 * attendee's (MaxReceiveSize, 36 MB by default in Exchange Online). What it rests on:
 * - Graph, attachment-createuploadsession, «Tip»: "Exchange Online lets administrators customize the message size limit
 *   for Microsoft 365 mailboxes, including any message attachments. By default, this message size limit is 35 MB"
 *   (administrators may raise it to 150 MB; a single attachment is at most 150 MB, «Attach large files to Outlook
 *   messages or events»).
 * - Exchange Online limits (service description): 35 MB to send and 36 MB to receive by default; a message that leaves
 *   Microsoft's datacenters grows by about a third through encoding (so 150 MB becomes 112 MB), and Outlook on the web
 *   holds messages to 25 % under the limit for that reason. The members' own mail systems (a kommune, a guest's) count
 *   the encoded message too.
 * - The megabyte is 1,048,576 bytes: Exchange sizes are binary (ByteQuantifiedSize), and Exchange Online's own answer
 *   for its default (EWS MailTips configuration) is `MaxMessageSize` 36700160 = 35 × 1,048,576.
 * - What Graph answers when the item passes it: `ErrorMessageSizeExceeded`, "The message exceeds the maximum supported
 *   size." (microsoftgraph/microsoft-graph-docs issue 15579, a file attached to an event through an upload session);
 *   the local tenant imitates it (`tenant/graph/mailRecords.ts` `MAX_SEND_SIZE`).
 * So the vedlegg attached must fit once base64-encoded (× 4/3): at most 26.25 MB as stored (`domain/inviteSize.ts`),
 * with the innkalling and the body the message carries besides.
 * A tenant's administrator may set the mailbox's MaxSendSize ("the maximum size, in bytes, of email messages that can be
 * sent by the recipient", Exchange's MailEnabledRecipient.MaxSendSize) to a custom maximum between 1 MB and 150 MB
 * (Exchange Online limits, «Message limits»). Møtebok cannot read it without Mail.Read (MailTips), so the build says it
 * (config `maxSendBytes`, MOTEBOK_MAX_SEND_SIZE_MB); this default stands otherwise.
 */
export const DEFAULT_MAX_MESSAGE_SIZE_BYTES = 35 * 1024 * 1024;
/** Base64, as mail carries attachments, writes 4 characters for every 3 bytes. */
export const MIME_ENCODING_FACTOR = 4 / 3;

/** Simple `PUT /drive/items/{parent}:/{name}:/content` — documented safe up to 4 MB (driveitem-put-content; newer docs allow 250 MB, we do not rely on that). Larger files use a drive upload session. */
export const SIMPLE_DRIVE_UPLOAD_MAX_BYTES = 4 * 1024 * 1024;

/** Upload-session chunks must be a multiple of 320 KiB (driveitem-createuploadsession: "byte ranges … multiple of 320 KiB (327,680 bytes)"). */
export const UPLOAD_CHUNK_MULTIPLE_BYTES = 327_680;

/** Each upload-session chunk must stay under 60 MiB (same article). */
export const UPLOAD_CHUNK_MAX_BYTES = 60 * 1024 * 1024;

/** A chunk size we use: 10 × 320 KiB = 3.125 MiB, a multiple of the required unit and small enough to retry cheaply on a bad connection. */
export const DEFAULT_UPLOAD_CHUNK_BYTES = 10 * UPLOAD_CHUNK_MULTIPLE_BYTES;

/** Longest file or folder name SharePoint/OneDrive accepts ("Restrictions and limitations in OneDrive and SharePoint": 255 characters per name). */
export const MAX_FILE_NAME_LENGTH = 255;

/** Longest decoded path, folders and file name together, in SharePoint/OneDrive (same article: 400 characters). */
export const MAX_PATH_LENGTH = 400;

/** 3 145 728 → "3,0 MB" (Norwegian decimal comma, binary megabytes as Outlook shows them). */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toLocaleString('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;
}

/**
 * A file's size for people: under 1 MB in whole kilobytes ("850 kB", at least "1 kB" for a
 * non-empty file), from 1 MB with one decimal ("1,2 MB") — binary units as Outlook shows them.
 */
export function formatFileSize(bytes: number): string {
  const kilobytes = bytes === 0 ? 0 : Math.max(1, Math.round(bytes / 1024));
  if (kilobytes >= 1024) return formatMegabytes(bytes);
  return `${kilobytes.toLocaleString('nb-NO')} kB`;
}

/*
 * Text limits per field. They keep one field from freezing the side panel or LibreOffice
 * (100 000 characters in one field did both), and each is enforced in the schema (model.ts) with a
 * message naming the field and the limit.
 */

/** A sak's title: SharePoint's single-line text column holds 255 characters, and the title is shown in one. */
export const MAX_TITLE_LENGTH = 255;

/** One numbered point of a konklusjon or forslag til konklusjon. */
export const MAX_CONCLUSION_POINT_LENGTH = 4_000;

/** One rich text field (sammendrag, bakgrunn, møtebehandling), counted as its plain text. */
export const MAX_RICH_TEXT_LENGTH = 50_000;
