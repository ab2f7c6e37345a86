import { attachmentFileName, attachmentLabel, innkallingFileName } from './attachments';
import type { AgendaItem, Attachment, AttachmentMode, Committee, Meeting, Person } from './model';

/**
 * What the innkalling carries and to whom: the rules the notice sender (Graph), the Outlook
 * add-in and the send dialog all follow, so each names and counts the same files.
 */

export interface Invitee {
  address: string;
  name?: string;
}

/** Standing members (internal and external addresses), plus chair and referent, each once. */
export function invitees(committee: Pick<Committee, 'members'>, meeting: Pick<Meeting, 'chair' | 'minuteTaker'>): Invitee[] {
  const people: Person[] = [...committee.members, ...(meeting.chair ? [meeting.chair] : []), ...(meeting.minuteTaker ? [meeting.minuteTaker] : [])];
  const seen = new Set<string>();
  const result: Invitee[] = [];
  for (const person of people) {
    const address = person.email?.trim();
    if (!address || seen.has(address.toLowerCase())) continue;
    seen.add(address.toLowerCase());
    result.push({ address, ...(person.name ? { name: person.name } : {}) });
  }
  return result;
}

/**
 * The time the calendar event starts, «TT:MM» in Oslo: the befaring's (`Meeting.siteVisit`) when it starts before the meeting,
 * else the meeting's. A judgement, not a rule found in a source: the members must be at the befaring's meeting point then,
 * and an invite that began at the meeting left that hour out of their calendars; the body still says both times (the
 * meeting's under «Dato/sted», the befaring's on its own row), and the meeting's end is the event's end. The notice sender
 * (first send and every update) and the Outlook add-in both set it, so a moved befaring moves the event too.
 */
export function eventStart(meeting: Pick<Meeting, 'start' | 'siteVisit'>): string | undefined {
  const visit = meeting.siteVisit?.start;
  // «TT:MM» strings compare in time order.
  return visit !== undefined && meeting.start !== undefined && visit < meeting.start ? visit : meeting.start;
}

/** Every vedlegg of the meeting with its item, in agenda order. */
export function meetingAttachments(meeting: { readonly items: readonly AgendaItem[] }): { attachment: Attachment; item: AgendaItem }[] {
  return meeting.items.flatMap((item) => item.attachments.map((attachment) => ({ attachment, item })));
}

/** One vedlegg as the invitation presents it. */
export interface InviteVedlegg {
  attachment: Attachment;
  item: AgendaItem;
  /** "Vedlegg 1 - Sak 2026.02 Referat fra partnerskapsmøtet 05.06.25" — the agenda's words. */
  label: string;
  /** "Vedlegg 1 - Sak 2026.02 Referat fra partnerskapsmøtet 05.06.25.pdf" — the file as attendees receive it. */
  name: string;
  /** Goes along as a file (stored in the library and the committee attaches files). */
  attached: boolean;
  /** Stored in the library, or only a web address. */
  stored: boolean;
}

/**
 * The vedlegg of an invitation under the committee's attachment mode: a vedlegg stored in the
 * library is attached unless the committee shares by link only; a vedlegg that is only a web
 * address is never attached.
 */
export function inviteVedlegg(meeting: { readonly items: readonly AgendaItem[] }, mode: AttachmentMode): InviteVedlegg[] {
  return meetingAttachments(meeting).map(({ attachment, item }) => {
    const stored = attachment.driveItemId !== undefined;
    return { attachment, item, label: attachmentLabel(attachment, item), name: attachmentFileName(attachment, item), stored, attached: stored && mode !== 'link' };
  });
}

/**
 * The mode one send carries vedlegg in — the one rule the notice sender and the send dialog follow; the committee's own
 * setting is not changed:
 * - `attachLinked`: a committee that shares by link only attaches them as files as well (`fileAndLink`), when someone
 *   invited cannot open the links (`recipientReach.ts`);
 * - `linkInstead`: a committee that attaches them links them only (`link`), when attached they would pass Exchange's
 *   message limit (`inviteSize.ts` `inviteMailFit`). It wins: files that do not fit cannot go.
 */
export function sentAttachmentMode(mode: AttachmentMode, attachLinked: boolean | undefined, linkInstead?: boolean): AttachmentMode {
  if (linkInstead === true) return 'link';
  return attachLinked === true && mode === 'link' ? 'fileAndLink' : mode;
}

/** A file the invitation carries, under the name attendees see. */
export interface InviteFile {
  name: string;
  /** Known size in bytes (the innkalling's is known only once rendered). */
  size?: number;
  /** The vedlegg, absent for the innkalling itself. */
  vedlegg?: InviteVedlegg;
}

/** The innkalling .docx first, then every vedlegg that goes as a file — what the invite's attachments are. */
export function inviteFiles(committee: Committee, meeting: Meeting): InviteFile[] {
  const vedlegg = inviteVedlegg(meeting, committee.attachmentMode).filter((entry) => entry.attached);
  return [
    { name: innkallingFileName(committee, meeting) },
    ...vedlegg.map((entry) => ({ name: entry.name, ...(entry.attachment.size !== undefined ? { size: entry.attachment.size } : {}), vedlegg: entry })),
  ];
}

/**
 * Vedlegg an update must attach again even when a file of that name is already on the event:
 * those added since the last notice (a file of the same name there is an older one) and those
 * whose file changed (another eTag than the one sent). By attachment id.
 */
export function vedleggChangedSinceNotice(sent: readonly AgendaItem[], current: readonly AgendaItem[]): Set<string> {
  const before = new Map(sent.flatMap((item) => item.attachments.map((attachment) => [attachment.id, attachment.eTag] as const)));
  const changed = new Set<string>();
  for (const { attachment } of meetingAttachments({ items: current })) {
    if (!before.has(attachment.id)) changed.add(attachment.id);
    else if (attachment.eTag !== undefined && before.get(attachment.id) !== attachment.eTag) changed.add(attachment.id);
  }
  return changed;
}

export type OutlookFileDecision = 'file' | 'link' | 'none';
export type OutlookLinkReason = 'attachmentTooLarge' | 'totalTooLarge' | 'requirementMissing' | 'notStored' | 'modeLink';

export interface OutlookAttachmentPlanEntry {
  attachment: Attachment;
  label: string;
  /** The file name on the appointment: the same as the invite sent from the workspace. */
  name: string;
  decision: OutlookFileDecision;
  reason?: OutlookLinkReason;
}

export interface OutlookAttachmentLimits {
  canAttachFiles: boolean;
  maxFileBytes: number;
  maxTotalBytes: number;
}

/**
 * The Outlook add-in's plan: which vedlegg go on the appointment as files and which as links,
 * decided before Outlook is touched. Outlook's own limits come in as `limits`.
 */
export function planOutlookAttachments(
  committee: Committee,
  meeting: Meeting,
  limits: OutlookAttachmentLimits,
  mode: AttachmentMode = committee.attachmentMode,
): OutlookAttachmentPlanEntry[] {
  let total = 0;
  return inviteVedlegg(meeting, mode).map(({ attachment, label, name, stored }): OutlookAttachmentPlanEntry => {
    const linkOr = (reason: OutlookLinkReason): OutlookAttachmentPlanEntry => ({ attachment, label, name, decision: attachment.webUrl ? 'link' : 'none', reason });
    if (mode === 'link') return linkOr('modeLink');
    if (!stored) return linkOr('notStored');
    if (!limits.canAttachFiles) return linkOr('requirementMissing');
    const size = attachment.size ?? 0;
    if (size > limits.maxFileBytes) return linkOr('attachmentTooLarge');
    if (total + size > limits.maxTotalBytes) return linkOr('totalTooLarge');
    total += size;
    return { attachment, label, name, decision: 'file' };
  });
}
