import { newMeetingFromTemplate, previousHeldMeeting } from '../../domain/agendaTemplate';
import { hasBeenHeld } from '../../domain/meetingStatus';
import type { Committee, Meeting } from '../../domain/model';
import type { MeetingRepository, Versioned } from '../../domain/ports';
import { followUpListEntries, followUpsOf, type FollowUpStatus } from '../../domain/followUp';
import type { FollowUpTasks } from '../../graph/tasksGateway';

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
  followUps?: FollowUpListSource,
): Promise<Versioned<Meeting>> {
  const listed = previousHeldMeeting(meetings, form);
  const latest = listed ? (await repository.getMeeting(listed.id))?.value : undefined;
  const previousMeeting = latest && hasBeenHeld(latest) ? latest : listed;
  const held = meetings.filter((m) => hasBeenHeld(m) && m.date < form.date).map((m) => (m.id === previousMeeting?.id ? previousMeeting : m));
  const meeting = newMeetingFromTemplate({
    committee,
    ...form,
    previousMeeting,
    existingMeetings: meetings,
    idFactory,
    ...(followUps ? { followUpList: await followUpList(held, previousMeeting?.date, followUps) } : {}),
  });
  return repository.saveMeeting(meeting);
}

/** Where the Oppfølgingsliste's statuses come from (Planner/To Do through Graph), and today's date. */
export interface FollowUpListSource {
  tasks: () => Promise<FollowUpTasks>;
  today: string;
}

/**
 * The points of the meetings held before, with their status read from Planner/To Do now. When
 * Graph cannot be asked (offline, consent refused), the meeting is still made: the points are
 * listed with their status unknown rather than left out.
 */
async function followUpList(held: readonly Meeting[], since: string | undefined, source: FollowUpListSource) {
  const sources = followUpsOf(held);
  let statuses = new Map<string, FollowUpStatus>();
  if (sources.length > 0) {
    try {
      statuses = await (await source.tasks()).statuses(sources.map((s) => s.followUp.task));
    } catch {
      // Unknown for each: said on the list itself.
    }
  }
  return { entries: followUpListEntries(sources, (f) => statuses.get(f.task.taskId) ?? { state: 'unknown' }, since), today: source.today };
}
