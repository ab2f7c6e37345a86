import { validateAttachmentSize, validateInviteTotalSize } from './attachmentSize';
import { publicVersion } from './confidentiality';
import type { DomainReason } from './errors';
import { inviteVedlegg, type Invitee } from './invitation';
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
 * as links, graph/confidentialNotice.ts), so they neither count nor change with the choice. The innkalling (.docx) and
 * the body are left out: tens of kB against 35 MB, and not known before they are rendered.
 */
export interface InviteMailFit {
  fits: boolean;
  /** The vedlegg the invite would attach under this mode, in bytes as stored. */
  attachedBytes: number;
  /** The same as mail carries them (base64). */
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
): InviteMailFit {
  const attached = inviteVedlegg(publicVersion({ committee, meeting }).meeting, mode).filter((entry) => entry.attached);
  const tooLarge = attached.flatMap((entry) => {
    const check = entry.attachment.size === undefined ? undefined : validateAttachmentSize(entry.attachment.size);
    return check !== undefined && !check.ok && check.code === 'tooLargeForInvite' ? [{ label: entry.label, reason: check.reason }] : [];
  });
  const attachedBytes = attached.reduce((sum, entry) => sum + (entry.attachment.size ?? 0), 0);
  const total = validateInviteTotalSize(attachedBytes, limitBytes);
  const [first] = tooLarge;
  const reason: DomainReason | undefined = first
    ? { key: 'attachmentRefused', values: { attachment: first.label, problem: first.reason } }
    : total.ok ? undefined : total.reason;
  return {
    fits: reason === undefined,
    attachedBytes,
    encodedBytes: Math.ceil(attachedBytes * MIME_ENCODING_FACTOR),
    limitBytes,
    tooLargeFiles: tooLarge.map((entry) => entry.label),
    ...(reason ? { reason } : {}),
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

