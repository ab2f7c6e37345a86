import type { Committee, Meeting, MeetingFile } from '../../domain/model';
import type { MeetingRepository, Versioned } from '../../domain/ports';
import { ConflictError } from '../../domain/ports';
import { eventStart, inviteVedlegg, planOutlookAttachments, vedleggChangedSinceNotice, type OutlookAttachmentPlanEntry, type OutlookLinkReason } from '../../domain/invitation';
import { formatDateLong, osloToUtc } from '../../domain/dates';
import { bytesToBase64 } from '../../domain/base64';
import { summariseAgendaChanges } from '../../domain/changeSummary';
import { publicItems, publicVersion } from '../../domain/confidentiality';
import { AGENDA_BLOCK_END, AGENDA_BLOCK_START, renderAgendaHtml, type AttachmentNote } from '../../documents';
import type { AttachmentMode } from '../../domain/model';
import type { ComposeAppointment } from '../../hosts/outlook/appointment';
import { OutlookHostError, type OutlookErrorCode } from '../../hosts/outlook/outlookErrors';
import { ATTACHMENT_MAX_BYTES, ATTACHMENTS_TOTAL_MAX_BYTES } from '../../hosts/outlook/outlookLimits';
import { agendaFingerprint } from './agendaFingerprint';
import { meetingLink } from '../../domain/meetingLink';

/** Custom properties Møtebok keeps on the organiser's appointment (2,500 characters for all). */
export const PROPERTY = {
  meetingId: 'motebokMeetingId',
  committeeId: 'motebokCommitteeId',
  agendaHash: 'motebokAgendaHash',
} as const;

export const AGENDA_MARKERS = { start: AGENDA_BLOCK_START, end: AGENDA_BLOCK_END };

export type AttachmentPlanEntry = OutlookAttachmentPlanEntry;
export type LinkReason = OutlookLinkReason;

/** The domain's plan (`planOutlookAttachments`) under Outlook's own limits. */
export function planAttachments(
  committee: Committee,
  meeting: Meeting,
  canAttachFiles: boolean,
  mode: AttachmentMode = committee.attachmentMode,
): AttachmentPlanEntry[] {
  return planOutlookAttachments(committee, meeting, { canAttachFiles, maxFileBytes: ATTACHMENT_MAX_BYTES, maxTotalBytes: ATTACHMENTS_TOTAL_MAX_BYTES }, mode);
}

/**
 * The block for this appointment: what the plan decided (files, links, why a vedlegg is missing)
 * handed to src/documents, which writes the HTML in the committee's målform.
 */
export function composeBlock(file: MeetingFile, plan: readonly AttachmentPlanEntry[], appUrl: string, changeSummary: string[] = []): string {
  const files = plan.filter((p) => p.decision === 'file').length;
  const withDocument = plan.filter((p) => p.decision !== 'none').length;
  // Say only what is true: when no file could be attached, the agenda speaks of links.
  const mode: AttachmentMode = files === 0 && withDocument > 0 ? 'link' : file.committee.attachmentMode;
  const links = Object.fromEntries(plan.flatMap((p) => (p.attachment.webUrl ? [[p.attachment.id, p.attachment.webUrl]] : [])));
  const attachmentNotes = plan.flatMap((p): AttachmentNote[] => {
    switch (p.reason) {
      case 'attachmentTooLarge':
        return [{ label: p.label, reason: 'tooLarge', limitBytes: ATTACHMENT_MAX_BYTES }];
      case 'totalTooLarge':
        return [{ label: p.label, reason: 'totalTooLarge', limitBytes: ATTACHMENTS_TOTAL_MAX_BYTES }];
      case 'requirementMissing':
        return file.committee.attachmentMode === 'link' ? [] : [{ label: p.label, reason: 'cannotAttach' }];
      case 'notStored':
        // An exempt vedlegg is left out on purpose; the block says its hjemmel instead.
        return p.decision === 'none' && p.attachment.exemption === undefined ? [{ label: p.label, reason: 'notStored' }] : [];
      default:
        return [];
    }
  });
  return renderAgendaHtml(file, {
    attachmentMode: mode,
    attachmentLinks: links,
    changeSummary,
    attachmentNotes,
    meetingUrl: meetingLink(appUrl, file.committee.id, file.meeting.id),
  });
}

export interface InsertResult {
  /** File names attached now or already on the appointment. */
  attached: string[];
  /** Vedlegg that went as links or not at all, with why. */
  notAttached: AttachmentPlanEntry[];
  /** Whether the Møtebok meeting now knows the event (false when Outlook cannot give the id). */
  linked: boolean;
  /** Why linking did not happen, for the pane to say. */
  linkProblem?: OutlookErrorCode | 'conflict';
  agendaHash: string;
  meeting: Versioned<Meeting>;
}

export interface InsertDeps {
  appointment: ComposeAppointment;
  repository: Pick<MeetingRepository, 'saveMeeting' | 'getMeeting' | 'downloadDocument'>;
  canAttachFiles: boolean;
  /** Where the app is served, for the "Åpne møtet i Møtebok" link. */
  appUrl: string;
  now?: () => Date;
}

/**
 * "Sett inn saksliste" / "Oppdater saksliste". Order matters so that a failure loses nothing:
 * the body is written first (one read-modify-write of only Møtebok's block; Outlook's limit is
 * checked before writing), then subject, place and time, attendees only when there are none,
 * then files, then the two-way link. Outlook refusing a file after all turns it into a link and
 * the block is written again to say so.
 */
export async function insertAgenda(deps: InsertDeps, committee: Committee, source: Versioned<Meeting>): Promise<InsertResult> {
  const { appointment } = deps;
  const meeting = source.value;
  // The appointment goes to every invitee: the public view, as the innkalling sent from the workspace (domain/confidentiality.ts).
  const full: MeetingFile = { committee, meeting };
  const file: MeetingFile = publicVersion(full);
  let plan = planAttachments(committee, file.meeting, deps.canAttachFiles);
  const changes = meeting.notice ? summariseAgendaChanges(publicItems(full, meeting.notice.items), file.meeting.items, committee) : [];

  await appointment.writeBlock(composeBlock(file, plan, deps.appUrl, changes), AGENDA_MARKERS);
  await appointment.setSubject(`${committee.name} ${formatDateLong(meeting.date)}`);
  if (meeting.place) await appointment.setLocation(meeting.place);
  const start = eventStart(meeting);
  if (start !== undefined && meeting.end !== undefined) {
    await appointment.setTimes(new Date(osloToUtc(meeting.date, start)), new Date(osloToUtc(meeting.date, meeting.end)));
  }
  const attendees = await appointment.getRequiredAttendees();
  if (attendees.length === 0) {
    const members = committee.members.flatMap((m) => (m.email ? [{ name: m.name, email: m.email }] : []));
    if (members.length > 0) await appointment.setRequiredAttendees(members);
  }

  // "Oppdater saksliste": the appointment carries the vedlegg as they are now. Files Møtebok put
  // there for vedlegg no longer on the agenda go; a vedlegg that is new or whose file changed
  // since the last insert replaces a file of the same name. Files the organiser added stay.
  const previous = meeting.notice ? inviteVedlegg({ items: meeting.notice.items }, committee.attachmentMode).map((entry) => entry.name) : [];
  const changed = meeting.notice ? vedleggChangedSinceNotice(meeting.notice.items, meeting.items) : new Set<string>();
  const wanted = new Set(plan.filter((p) => p.decision === 'file').map((p) => p.name));
  const stale = new Set([...previous.filter((name) => !wanted.has(name)), ...plan.filter((p) => p.decision === 'file' && changed.has(p.attachment.id)).map((p) => p.name)]);
  const already = new Set<string>();
  for (const existing of await appointment.listAttachments()) {
    if (existing.id !== undefined && stale.has(existing.name)) await appointment.removeAttachment(existing.id);
    else already.add(existing.name);
  }
  const attached: string[] = [];
  let replanned = false;
  for (const entry of plan.filter((p) => p.decision === 'file')) {
    const name = entry.name;
    if (already.has(name)) {
      attached.push(name);
      continue;
    }
    const bytes = await deps.repository.downloadDocument(entry.attachment);
    const result = await appointment.addFileAttachment(name, bytesToBase64(bytes), bytes.byteLength);
    if (result.added) attached.push(name);
    else {
      const reason: LinkReason = result.reason === 'requirementMissing' ? 'requirementMissing' : 'attachmentTooLarge';
      plan = plan.map((p) => (p === entry ? { ...p, decision: p.attachment.webUrl ? 'link' : 'none', reason } : p));
      replanned = true;
    }
  }
  if (replanned) await appointment.writeBlock(composeBlock(file, plan, deps.appUrl, changes), AGENDA_MARKERS);

  const agendaHash = await agendaFingerprint(meeting);
  const link = await linkBothWays(deps, meeting, source.version, plan);
  const properties = await appointment.loadCustomProperties();
  await properties.save({ [PROPERTY.meetingId]: meeting.id, [PROPERTY.committeeId]: committee.id, [PROPERTY.agendaHash]: agendaHash });
  return { attached, notAttached: plan.filter((p) => p.decision !== 'file'), agendaHash, ...link };
}

async function linkBothWays(
  deps: InsertDeps,
  meeting: Meeting,
  version: string,
  plan: readonly AttachmentPlanEntry[],
): Promise<{ linked: boolean; linkProblem?: OutlookErrorCode | 'conflict'; meeting: Versioned<Meeting> }> {
  let eventId: string;
  try {
    eventId = await deps.appointment.graphEventId();
  } catch (error) {
    if (error instanceof OutlookHostError && (error.code === 'requirementMissing' || error.code === 'itemNotSaved')) {
      return { linked: false, linkProblem: error.code, meeting: { value: meeting, version } };
    }
    throw error;
  }
  const withNotice = (base: Meeting): Meeting => ({
    ...base,
    notice: {
      eventId,
      transactionId: base.notice?.transactionId ?? `outlook-${base.id}`,
      sentAt: (deps.now ?? (() => new Date()))().toISOString(),
      version: (base.notice?.version ?? 0) + 1,
      items: base.items,
      attachmentIds: plan.map((p) => p.attachment.id),
    },
  });
  try {
    return { linked: true, meeting: await deps.repository.saveMeeting(withNotice(meeting), version) };
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    // Someone saved the meeting meanwhile: link the newest version rather than overwrite their change.
    const latest = await deps.repository.getMeeting(meeting.id);
    if (!latest) return { linked: false, linkProblem: 'conflict', meeting: { value: meeting, version } };
    return { linked: true, meeting: await deps.repository.saveMeeting(withNotice(latest.value), latest.version) };
  }
}

export type AgendaState = 'notInserted' | 'upToDate' | 'outOfDate';

/** Compares the hash kept on the appointment with the meeting as it is now. */
export async function agendaState(storedHash: string | undefined, meeting: Meeting): Promise<AgendaState> {
  if (!storedHash) return 'notInserted';
  return storedHash === (await agendaFingerprint(meeting)) ? 'upToDate' : 'outOfDate';
}
