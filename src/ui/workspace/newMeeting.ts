import { newMeetingFromTemplate, previousHeldMeeting } from '../../domain/agendaTemplate';
import { hasBeenHeld } from '../../domain/meetingStatus';
import type { Committee, Meeting } from '../../domain/model';
import type { MeetingRepository, Versioned } from '../../domain/ports';

/** What the "Nytt møte" dialog asks for. */
export interface NewMeetingForm {
  date: string;
  start: string;
  end: string;
  place: string;
  online: boolean;
}

/**
 * "Nytt møte": the committee template, with the last meeting held before this one as Referatsak.
 * That meeting is read again before use: its referat may have been made or approved (in the side
 * panel, in another window) since the workspace loaded the list, and the Referatsak must carry
 * the referat as it is now.
 */
export async function createNewMeeting(
  repository: Pick<MeetingRepository, 'getMeeting' | 'saveMeeting'>,
  committee: Committee,
  meetings: readonly Meeting[],
  form: NewMeetingForm,
  idFactory: () => string = () => crypto.randomUUID(),
): Promise<Versioned<Meeting>> {
  const listed = previousHeldMeeting(meetings, form);
  const latest = listed ? (await repository.getMeeting(listed.id))?.value : undefined;
  const meeting = newMeetingFromTemplate({
    committee,
    ...form,
    previousMeeting: latest && hasBeenHeld(latest) ? latest : listed,
    existingMeetings: meetings,
    idFactory,
  });
  return repository.saveMeeting(meeting);
}
