import { validateAttachmentSize, validateInviteTotalSize } from './attachmentSize';
import { publicVersion } from './confidentiality';
import { inviteVedlegg, type Invitee } from './invitation';
import { DomainError, type DomainReason } from './errors';
import { DEFAULT_MAX_MESSAGE_SIZE_BYTES, MIME_ENCODING_FACTOR } from './limits';
import type { AttachmentMode, Committee, Meeting } from './model';
import { recipientReach, type KnownAccess } from './recipientReach';

/**
 * Whether the innkalling's vedlegg can go out attached to the invite, by Exchange Online's message limit (`limits.ts`
 * `DEFAULT_MAX_MESSAGE_SIZE_BYTES`: 35 MB of 1,048,576 bytes, counted as mail encodes them, base64 × 4/3) and the
 * largest attachment (150 MB). Graph refuses an invite past them (`ErrorMessageSizeExceeded`), after the event is made:
 * so the send dialog says it before Send, with the way out the product has — vedlegg as links to the committee's
 * library for this send (`invitation.ts` `sentAttachmentMode`, `linkInstead`) — and the notice sender refuses to begin
 * such a send (graph/noticeSender.ts). One rule for the first send and every update: what the invite would carry now.
 *
 * Counted on the public version, as the invite carries it: exempt vedlegg are never attached (they go to those entitled
 * as links, graph/confidentialNotice.ts), so they neither count nor change with the choice. The message also carries the
 * innkalling (.docx) and the body (tens of kB): `carriedBytes`, as made (`inviteCarriedBytes`), counted with the vedlegg,
 * so an innkalling at the edge is not let through. The limit is the build's (`AppConfig.maxSendBytes`,
 * MOTEBOK_MAX_SEND_SIZE_MB, for a tenant whose administrator raised MaxSendSize), else Exchange Online's default.
 */
export interface InviteMailFit {
  fits: boolean;
  /** The vedlegg the invite would attach under this mode, in bytes as stored. */
  attachedBytes: number;
  /** The innkalling (.docx) and the body the message carries besides (`inviteCarriedBytes`), as made. */
  carriedBytes: number;
  /** The message as mail carries it (base64): the vedlegg attached and what it carries besides. */
  encodedBytes: number;
  limitBytes: number;
  /** Vedlegg larger than one attachment may be (150 MB), by the agenda's words («Vedlegg 3 - Sak 2026.12 …»). */
  tooLargeFiles: string[];
  /** What a refusal says (the first: a file too large, else the total), when it does not fit. */
  reason?: DomainReason;
}

export function inviteMailFit(
  committee: Committee,
  meeting: Meeting,
  mode: AttachmentMode = committee.attachmentMode,
  limitBytes: number = DEFAULT_MAX_MESSAGE_SIZE_BYTES,
  carriedBytes = 0,
): InviteMailFit {
  const attached = inviteVedlegg(publicVersion({ committee, meeting }).meeting, mode).filter((entry) => entry.attached);
  const tooLarge = attached.flatMap((entry) => {
    const check = entry.attachment.size === undefined ? undefined : validateAttachmentSize(entry.attachment.size);
    return check !== undefined && !check.ok && check.code === 'tooLargeForInvite' ? [{ label: entry.label, reason: check.reason }] : [];
  });
  const attachedBytes = attached.reduce((sum, entry) => sum + (entry.attachment.size ?? 0), 0);
  // The reason's «til sammen» is the message's: the vedlegg with the innkalling and the body.
  const total = validateInviteTotalSize(attachedBytes + carriedBytes, limitBytes);
  const [first] = tooLarge;
  const reason: DomainReason | undefined = first
    ? { key: 'attachmentRefused', values: { attachment: first.label, problem: first.reason } }
    : total.ok ? undefined : total.reason;
  return {
    fits: reason === undefined,
    attachedBytes,
    carriedBytes,
    encodedBytes: Math.ceil((attachedBytes + carriedBytes) * MIME_ENCODING_FACTOR),
    limitBytes,
    tooLargeFiles: tooLarge.map((entry) => entry.label),
    ...(reason ? { reason } : {}),
  };
}

/**
 * Room in the body for what is added to it past what Møtebok renders: the Teams join block Exchange appends to an online
 * meeting's invite (a few kB of HTML with its dial-in text), and, where the send dialog renders the body before the
 * sharing links exist, each vedlegg's link (a SharePoint organisation link is about 120 characters, written twice in the
 * row's HTML). Generous on purpose: a few kB against 35 MB holds back only an innkalling that is at the edge anyway.
 */
export const BODY_ALLOWANCE_BYTES = 16 * 1024;
export const LINK_ALLOWANCE_BYTES = 512;

/**
 * What the invite carries besides its vedlegg, in bytes as made: the innkalling .docx as rendered and the body's HTML
 * (UTF-8), with `BODY_ALLOWANCE_BYTES` for the Teams block and `links` × `LINK_ALLOWANCE_BYTES` for links not yet made.
 */
export function inviteCarriedBytes(docxBytes: number, bodyHtml: string, links = 0): number {
  return docxBytes + new TextEncoder().encode(bodyHtml).byteLength + BODY_ALLOWANCE_BYTES + links * LINK_ALLOWANCE_BYTES;
}

/**
 * The sender refused the send for its size (`inviteMailFit` by the sizes the library has now, which may be larger than
 * those Møtebok stored: a vedlegg replaced in SharePoint). Nothing was stored or sent. It carries the sender's fit and
 * each stored vedlegg's size as read, so the send dialog says the same note with the true sizes and offers links.
 */
export class InviteTooLargeError extends DomainError {
  constructor(
    readonly fit: InviteMailFit & { reason: DomainReason },
    /** Attachment id → its size in the library now. */
    readonly sizes: Readonly<Record<string, number>>,
  ) {
    super('inviteTooLarge', fit.reason);
  }
}

export function isInviteTooLarge(error: unknown): error is InviteTooLargeError {
  return error instanceof InviteTooLargeError;
}

/** The meeting with each vedlegg's size as in `sizes` (the library's now, from a refusal). */
export function withSizes(meeting: Meeting, sizes: Readonly<Record<string, number>>): Meeting {
  return {
    ...meeting,
    items: meeting.items.map((item) => ({
      ...item,
      attachments: item.attachments.map((attachment) => {
        const size = sizes[attachment.id];
        return size === undefined || size === attachment.size ? attachment : { ...attachment, size };
      }),
    })),
  };
}

/**
 * Who would not get the vedlegg if this send links them instead of attaching them: an invitee with no account in the
 * tenant cannot open the library's organisation links (`recipientReach.ts`), and the files do not fit in mail. Only
 * those the committee's own mode would have given files (a committee that always links has told them already, and
 * NoticeReach says it). The send dialog names them and holds Send back: no safe way reaches them.
 */
export function unreachableByLinks(committee: Committee, meeting: Meeting, known: KnownAccess): Invitee[] {
  if (committee.attachmentMode === 'link') return [];
  const attachedNow = recipientReach(committee, meeting, known).attached;
  if (attachedNow === 0) return [];
  return recipientReach(committee, meeting, known, 'link')
    .recipients.filter((recipient) => recipient.why === 'noAccount' && recipient.linkedOnly.length > 0)
    .map((recipient) => recipient.invitee);
}

