import { exemptFolderPath } from '../../domain/attachments';
import { hasExemptContent, viewFor } from '../../domain/confidentiality';
import type { Committee, Meeting } from '../../domain/model';
import { OfflineError, StorageError, type MeetingRepository } from '../../domain/ports';
import { AuthError } from '../../auth/tokenProvider';
import type { ReadAppointment } from '../../hosts/outlook/appointment';
import type { AttachmentDetailsLike } from '../../hosts/outlook/officeApi';
import { AGENDA_MARKERS } from './insertAgenda';
import { meetingIdFromBlock } from '../../domain/meetingLink';

/** What the attendee's pane shows; every case that is not a bug is a view, not an error. */
export type ReadView =
  /** `agendaHeading`: the committee's word for its list (`conventions.agendaHeading`), '' for the default «Saksliste». */
  | { kind: 'agenda'; meeting: Meeting; agendaHeading: string }
  /** Another organisation's member: no access to the organiser's SharePoint (403/401/sign-in refused). */
  | { kind: 'noAccess'; inInvite: AttachmentDetailsLike[] }
  | { kind: 'offline'; inInvite: AttachmentDetailsLike[] }
  | { kind: 'notFound'; inInvite: AttachmentDetailsLike[] }
  | { kind: 'notMotebok'; inInvite: AttachmentDetailsLike[] };

function isNoAccess(error: unknown): boolean {
  if (error instanceof StorageError) return error.kind === 'forbidden' || error.kind === 'unauthorized';
  return error instanceof AuthError && error.code !== 'network';
}

function isOffline(error: unknown): boolean {
  if (error instanceof AuthError) return error.code === 'network';
  return error instanceof OfflineError;
}

export type ReadRepository = Pick<MeetingRepository, 'getMeetingWithCommittee' | 'canOpenFolder'>;

/**
 * The meeting as this reader may see it. Reading the meeting's rows says nothing about exempt
 * content (members, vara and observers of the site all can), so for each sak with exempt content
 * the reader's own token tries the sak's folder for it (exemptFilePermissions.ts gives it unique
 * permissions): opened → the sak in full; not found or refused → its public view.
 */
export async function readableMeeting(committee: Committee, meeting: Meeting, repository: Pick<MeetingRepository, 'canOpenFolder'>): Promise<Meeting> {
  const exempt = meeting.items.filter(hasExemptContent);
  if (exempt.length === 0) return meeting;
  const opened = await Promise.all(exempt.map(async (item) => ((await repository.canOpenFolder(exemptFolderPath(committee, meeting, item))) ? [item.id] : [])));
  return viewFor({ committee, meeting }, { kind: 'readable', itemIds: new Set(opened.flat()) }).meeting;
}

export async function loadReadView(appointment: ReadAppointment, repository: ReadRepository): Promise<ReadView> {
  const inInvite = appointment.attachments;
  const block = await appointment.readBlock(AGENDA_MARKERS);
  const meetingId = block ? meetingIdFromBlock(block) : undefined;
  if (!meetingId) return { kind: 'notMotebok', inInvite };
  try {
    const found = await repository.getMeetingWithCommittee({ motebokMeetingId: meetingId });
    return found ? { kind: 'agenda', meeting: await readableMeeting(found.committee, found.meeting.value, repository), agendaHeading: found.committee.conventions?.agendaHeading ?? '' } : { kind: 'notFound', inInvite };
  } catch (error) {
    if (isNoAccess(error)) return { kind: 'noAccess', inInvite };
    if (isOffline(error)) return { kind: 'offline', inInvite };
    throw error;
  }
}
