import { validateAttachmentSize, validateInviteTotalSize } from './attachmentSize';
import { hasExemptContent, maySeeExempt, publicVersion } from './confidentiality';
import { invitees, inviteVedlegg, type Invitee } from './invitation';
import { afterSakWord } from './sakWord';
import type { AttachmentMode, Committee, Meeting } from './model';

/**
 * What reaches an invitee who cannot open the committee's SharePoint: the send dialog warns about
 * them before sending (not blocking it), naming each and what they get instead — except someone with no
 * account who may see a sak unntatt offentlighet (`exemptUnreachable`): the send cannot grant it, so it waits.
 *
 * The invite is one event for everyone: its body (agenda, time, place, Teams' join block), the
 * innkalling (.docx) and the vedlegg attached as files arrive in any mailbox. Everything else lives in
 * the committee's SharePoint and needs an account there:
 * - the vedlegg's links are organisation links (`createLink` scope `organization`: "only usable for
 *   users signed into the same tenant", Graph's sharingLink resource), so an address with no account in
 *   the tenant (`ensureuser` 404, the start-up check's `noAccount`) cannot open them;
 * - the saksframlegg and the møtebok PDF lie in the meeting folder, which only those Møtebok granted on
 *   the committee's folder read: a guest the check finds missing there (`missing`, before «Rett
 *   tilgangene») cannot open them, and neither can an address with no account.
 * Whether an organisation link opens for a B2B guest is not relied on either way: a guest is named for
 * what certainly needs the folder.
 */

/** Why an invitee cannot open what lives in SharePoint. */
export type ReachGap = 'noAccount' | 'notGranted';

export interface OutsideRecipient {
  invitee: Invitee;
  why: ReachGap;
  /** Vedlegg sent only as a link they cannot open, by the agenda's words («Vedlegg 1 - Sak 2026.12 …»). */
  linkedOnly: string[];
  /** How many saksframlegg the meeting has (read in SharePoint only). */
  caseMemos: number;
}

/**
 * An invitee with no account in the tenant whom the send must give saker unntatt offentlighet: she may see them
 * (`maySeeExempt`), so the send grants her Read on their rows and folders (`exemptRowAccess`, `exemptFiles`), which
 * SharePoint cannot do for an address it does not know (`ensureuser` 404), and the send refuses (`exempt.unknownUser`).
 * The send dialog names her and the saker before Send, and Send waits until it is put right.
 */
export interface ExemptUnreachable {
  invitee: Invitee;
  /** The saker as the dialog's «sak …» names them (`afterSakWord`: «6/27» for «ER-sak 6/27»), or their titles. */
  saker: string[];
}

export interface RecipientReach {
  recipients: OutsideRecipient[];
  /** Who would block the send: entitled to an exempt sak, with no account for SharePoint to grant it to. */
  exemptUnreachable: ExemptUnreachable[];
  /** Vedlegg the invite would attach as files under the committee's mode. */
  attached: number;
  /**
   * The committee shares vedlegg by link only, someone cannot open those links, and the stored ones
   * fit as files within Exchange's limits (each ≤ 150 MB, all together within the message size):
   * this send may attach them as well (`fileAndLink`).
   */
  canAttachLinked: boolean;
  /** The bytes of the stored vedlegg the invite may carry (what attaching them all adds). */
  storedBytes: number;
}

/** Who SharePoint cannot serve, by address, from the start-up permission check. */
export interface KnownAccess {
  noAccount: readonly string[];
  notGranted: readonly string[];
}

const lower = (addresses: readonly string[]) => new Set(addresses.map((address) => address.trim().toLowerCase()));

export function recipientReach(committee: Committee, meeting: Meeting, known: KnownAccess, mode: AttachmentMode = committee.attachmentMode): RecipientReach {
  // What every invitee receives is the public version (graph/noticeSender.ts): exempt vedlegg are neither attached nor linked.
  const open = publicVersion({ committee, meeting }).meeting;
  const vedlegg = inviteVedlegg(open, mode);
  const linkedOnly = vedlegg.filter((entry) => entry.stored && !entry.attached).map((entry) => entry.label);
  const caseMemos = open.items.filter((item) => item.caseMemo !== undefined).length;
  const noAccount = lower(known.noAccount);
  const notGranted = lower(known.notGranted);
  const recipients: OutsideRecipient[] = [];
  for (const invitee of invitees(committee, meeting)) {
    const key = invitee.address.toLowerCase();
    if (noAccount.has(key)) recipients.push({ invitee, why: 'noAccount', linkedOnly, caseMemos });
    else if (notGranted.has(key)) recipients.push({ invitee, why: 'notGranted', linkedOnly: [], caseMemos });
  }
  const exemptSaker = meeting.items.filter(hasExemptContent);
  const exemptUnreachable = recipients.flatMap(({ invitee, why }): ExemptUnreachable[] => {
    if (why !== 'noAccount') return [];
    const saker = exemptSaker
      .filter((item) => maySeeExempt({ committee, meeting }, item, invitee.address))
      .map((item) => (item.caseNumber === null ? item.title : afterSakWord(item.caseNumber)));
    return saker.length > 0 ? [{ invitee, saker }] : [];
  });
  const stored = vedlegg.filter((entry) => entry.stored);
  const fits = stored.every((entry) => entry.attachment.size !== undefined && validateAttachmentSize(entry.attachment.size).ok);
  const total = stored.reduce((sum, entry) => sum + (entry.attachment.size ?? 0), 0);
  const canAttachLinked = mode === 'link' && linkedOnly.length > 0 && recipients.some((r) => r.why === 'noAccount') && fits && validateInviteTotalSize(total).ok;
  return { recipients, exemptUnreachable, attached: vedlegg.filter((entry) => entry.attached).length, canAttachLinked, storedBytes: total };
}
