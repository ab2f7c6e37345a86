import { attachmentExemption } from './confidentiality';
import { inviteesWithAccess, isCaseMemoExempt } from './confidentialityAudience';
import type { Invitee } from './invitation';
import type { AgendaItem, DocumentRef, MeetingFile } from './model';

/**
 * The exempt files of saker taken from an earlier body (carriedCase.ts `carryCase`): links to where that body stored them,
 * in its sak's closed folder, which only its own people may open. This meeting's send grants its entitled invitees Read on
 * each (graph/carriedExemptGrants.ts, through this body's own permission level, which the earlier body's later sends
 * leave alone), so the next body's members can open what their sak lists.
 */
export interface CarriedExemptFile {
  item: AgendaItem;
  /** Where the file lies (the earlier body's library), and its name as the sak lists it. */
  ref: DocumentRef & { webUrl: string };
  /** The body the sak was taken from (its last earlier treatment). */
  body: string;
  /** This meeting's invitees entitled to the sak (confidentialityAudience.ts `inviteesWithAccess`). */
  allowed: Invitee[];
}

/** The body a carried sak was taken from (its last earlier treatment), or undefined for a sak of this body's own. */
export function carriedFrom(item: Pick<AgendaItem, 'earlierTreatments'>): string | undefined {
  return item.earlierTreatments?.at(-1)?.body;
}

/** A file of a carried sak that lies where the earlier body keeps it: a link, no drive item of this meeting's. */
export function isCarriedLink(item: Pick<AgendaItem, 'earlierTreatments'>, ref: Pick<DocumentRef, 'driveItemId' | 'webUrl'>): boolean {
  return carriedFrom(item) !== undefined && ref.driveItemId === undefined && ref.webUrl !== undefined;
}

/** Every exempt vedlegg and exempt saksframlegg of a carried sak that is a link (no drive item of this meeting's), in agenda order. */
export function carriedExemptFiles(file: MeetingFile): CarriedExemptFile[] {
  return file.meeting.items.flatMap((item) => {
    const body = carriedFrom(item);
    if (body === undefined) return [];
    const refs: DocumentRef[] = [
      ...item.attachments.filter((attachment) => attachmentExemption(item, attachment) !== undefined),
      ...(item.caseMemo !== undefined && isCaseMemoExempt(item) ? [item.caseMemo] : []),
    ];
    const links = refs.filter((ref): ref is DocumentRef & { webUrl: string } => isCarriedLink(item, ref));
    if (links.length === 0) return [];
    const allowed = inviteesWithAccess(file, item);
    return links.map((ref) => ({ item, ref, body, allowed }));
  });
}
