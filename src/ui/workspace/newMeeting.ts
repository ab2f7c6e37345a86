import { newMeetingFromTemplate, previousHeldMeeting } from '../../domain/agendaTemplate';
import { hasBeenHeld } from '../../domain/meetingStatus';
import { yearOf } from '../../domain/dates';
import type { Committee, Meeting, MeetingHeader } from '../../domain/model';
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
 * the referat as it is now. The list holds meeting rows only: the case numbers of the committee's
 * other meetings that year are read here, in the same moment (numbering continues from them).
 */
export async function createNewMeeting(
  repository: Pick<MeetingRepository, 'getMeeting' | 'saveMeeting' | 'listCaseNumbers'>,
  committee: Committee,
  meetings: readonly MeetingHeader[],
  form: NewMeetingForm,
  idFactory: () => string = () => crypto.randomUUID(),
): Promise<Versioned<Meeting>> {
  const listed = previousHeldMeeting(meetings, form);
  const [latest, numbered] = await Promise.all([
    listed ? repository.getMeeting(listed.id).then((read) => read?.value) : undefined,
    repository.listCaseNumbers(sameYearNumbering(committee, meetings, form.date)),
  ]);
  const meeting = newMeetingFromTemplate({
    committee,
    ...form,
    previousMeeting: latest && hasBeenHeld(latest) ? latest : listed,
    existingMeetings: numbered,
    idFactory,
  });
  return repository.saveMeeting(meeting);
}

/**
 * The meetings whose case numbers numbering a meeting on `date` needs: the committee's others of the
 * same year (`caseNumbering.ts` counts per committee and year), none when the serial restarts per meeting.
 */
export function sameYearNumbering(committee: Committee, meetings: readonly MeetingHeader[], date: string, exceptId?: string): MeetingHeader[] {
  if (committee.caseNumberSerial === 'perMeeting') return [];
  const year = yearOf(date);
  return meetings.filter((meeting) => meeting.committeeId === committee.id && meeting.id !== exceptId && yearOf(meeting.date) === year);
}
