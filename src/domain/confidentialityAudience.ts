import { attachmentExemption, isItemExempt, maySeeExempt } from './confidentiality';
import type { Exemption } from './confidentialitySchemas';
import { caseLabel } from './caseNumbering';
import { invitees, type Invitee } from './invitation';
import type { AgendaItem, Attachment, MeetingFile } from './model';

/**
 * The confidentiality rules that need the invitation's list of invitees (who may open an exempt
 * file, who received a sak before it was marked). Apart from confidentiality.ts so the stage and
 * the side panel, which only render views, do not load the invitation rules.
 */

/** The sak's saksframlegg is exempt: marked so itself, or the whole sak is (here, not in confidentiality.ts: only the storing and the send need it). */
export const isCaseMemoExempt = (item: AgendaItem): boolean => isItemExempt(item) || item.confidentiality?.caseMemo !== undefined;

/** Invitees who may not see this sak's exempt content. */
export function inviteesWithoutAccess(file: MeetingFile, item: AgendaItem): Invitee[] {
  return invitees(file.committee, file.meeting).filter((invitee) => !maySeeExempt(file, item, invitee.address));
}

/** Invitees who may see this sak's exempt content: who gets Read on its folder and files. */
export function inviteesWithAccess(file: MeetingFile, item: AgendaItem): Invitee[] {
  return invitees(file.committee, file.meeting).filter((invitee) => maySeeExempt(file, item, invitee.address));
}

/** One stored exempt file and who may open it. */
export interface ExemptFile {
  item: AgendaItem;
  attachment: Attachment;
  exemption: Exemption;
  /** Invitees entitled to it (addresses as invited). */
  allowed: Invitee[];
}

/** Every exempt vedlegg (its own exemption or its sak's) with the invitees who may open it. */
export function exemptFiles(file: MeetingFile): ExemptFile[] {
  return file.meeting.items.flatMap((item) =>
    item.attachments.flatMap((attachment) => {
      const exemption = attachmentExemption(item, attachment);
      return exemption ? [{ item, attachment, exemption, allowed: inviteesWithAccess(file, item) }] : [];
    }),
  );
}

/**
 * Marked exempt after the innkalling went out: the saker and vedlegg that were sent without the
 * exemption, and who received them (the invitees of the notice), so the secretariat can follow up.
 */
export interface ExemptAfterNotice {
  /** "Sak 2026.04 Personalsak" or "Vedlegg 3 …" as the notice carried it (the real title: only the secretariat sees this). */
  what: string;
  receivedBy: Invitee[];
}

export function exemptAfterNotice(file: MeetingFile): ExemptAfterNotice[] {
  const notice = file.meeting.notice;
  if (!notice) return [];
  const receivedBy = invitees(file.committee, file.meeting);
  const sent = new Map(notice.items.map((item) => [item.id, item]));
  const result: ExemptAfterNotice[] = [];
  for (const item of file.meeting.items) {
    const before = sent.get(item.id);
    if (!before) continue;
    const name = `${item.caseNumber === null ? '' : `${caseLabel(item.caseNumber)} `}${before.title}`;
    if (isItemExempt(item) && !isItemExempt(before)) {
      result.push({ what: name, receivedBy });
      continue;
    }
    if (item.confidentiality?.caseMemo && !before.confidentiality?.caseMemo && !isItemExempt(before)) result.push({ what: `Saksframlegget til ${name}`, receivedBy });
    for (const attachment of item.attachments) {
      const old = before.attachments.find((entry) => entry.id === attachment.id);
      if (old && attachment.exemption && !old.exemption && !isItemExempt(before) && notice.attachmentIds.includes(attachment.id)) result.push({ what: `Vedlegget «${old.title}» (${name})`, receivedBy });
    }
  }
  return result;
}

/** A sak, or one vedlegg of it, exempt in the last send and no longer marked: `sak` as the secretariat knows it ("Sak 2026.04 …"). */
export interface OpenedAfterNotice {
  sak: string;
  /** The vedlegg's title, when only that vedlegg was exempt (or it kept no marking of its own once the sak was unmarked). */
  vedlegg?: string;
}

/**
 * Exempt in the last send and not marked now: what the update's send would open (the sak's row inherits the list's
 * permissions again, its vedlegg go back to the meeting folder). Anyone who writes the sak's row can take the marking
 * off — a referent through Graph with Contribute, which SharePoint cannot limit to some fields, or someone in the
 * secretariat by mistake — so the send dialog names each before the secretariat sends (`ui/workspace/OpenedSinceNoticeNote.tsx`).
 */
export function openedAfterNotice(file: MeetingFile): OpenedAfterNotice[] {
  const notice = file.meeting.notice;
  if (!notice) return [];
  const sent = new Map(notice.items.map((item) => [item.id, item]));
  return file.meeting.items.flatMap((item) => {
    const before = sent.get(item.id);
    if (!before) return [];
    const sak = `${item.caseNumber === null ? '' : `${caseLabel(item.caseNumber)} `}${item.title}`;
    if (isItemExempt(before) && !isItemExempt(item)) return [{ sak }];
    if (isItemExempt(item)) return [];
    return item.attachments.flatMap((attachment) => {
      const old = before.attachments.find((entry) => entry.id === attachment.id);
      return old?.exemption && !attachment.exemption ? [{ sak, vedlegg: attachment.title }] : [];
    });
  });
}
