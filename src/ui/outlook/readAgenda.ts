import type { Meeting } from '../../domain/model';
import { OfflineError, StorageError, type MeetingRepository } from '../../domain/ports';
import { AuthError } from '../../auth/tokenProvider';
import type { ReadAppointment } from '../../hosts/outlook/appointment';
import type { AttachmentDetailsLike } from '../../hosts/outlook/officeApi';
import { AGENDA_MARKERS, meetingIdFromBlock } from './insertAgenda';

/** What the attendee's pane shows; every case that is not a bug is a view, not an error. */
export type ReadView =
  | { kind: 'agenda'; meeting: Meeting }
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

export async function loadReadView(appointment: ReadAppointment, repository: Pick<MeetingRepository, 'getMeeting'>): Promise<ReadView> {
  const inInvite = appointment.attachments;
  const block = await appointment.readBlock(AGENDA_MARKERS);
  const meetingId = block ? meetingIdFromBlock(block) : undefined;
  if (!meetingId) return { kind: 'notMotebok', inInvite };
  try {
    const found = await repository.getMeeting(meetingId);
    return found ? { kind: 'agenda', meeting: found.value } : { kind: 'notFound', inInvite };
  } catch (error) {
    if (isNoAccess(error)) return { kind: 'noAccess', inInvite };
    if (isOffline(error)) return { kind: 'offline', inInvite };
    throw error;
  }
}
