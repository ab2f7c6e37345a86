import { newMeetingFromTemplate, previousHeldMeeting } from '../../domain/agendaTemplate';
import { hasBeenHeld } from '../../domain/meetingStatus';
import { sameYearNumbering } from '../../domain/numberingScope';
import { yearOf } from '../../domain/dates';
import type { Committee, Meeting, MeetingHeader } from '../../domain/model';
import { NotProvisionedError, type MeetingRepository, type Versioned } from '../../domain/ports';
import { followUpListEntries, followUpsOf, type FollowUpStatus } from '../../domain/followUp';
import type { FollowUpTasks } from '../../graph/tasksGateway';
import type { MeetingFactsInput } from '../../domain/meetingFacts';

/**
 * What the "Nytt møte" dialog asks for: the first of the meeting's facts («Endre møtet» asks for the rest); `written`, a
 * written treatment instead, whose `date` and `start` are the answer deadline (domain/writtenTreatment.ts).
 */
export type NewMeetingForm = Pick<MeetingFactsInput, 'date' | 'start' | 'end' | 'place' | 'online'> & { written?: boolean };

/**
 * "Nytt møte": the committee template, with the last meeting held before this one as Referatsak.
 * That meeting is read again before use: its referat may have been made or approved (in the side
 * panel, in another window) since the workspace loaded the list, and the Referatsak must carry
 * the referat as it is now. The list holds meeting rows only: the case numbers of the committee's
 * other meetings that year are read here, in the same moment (numbering continues from them).
 */
export async function createNewMeeting(
  repository: Pick<MeetingRepository, 'getMeeting' | 'saveMeeting' | 'listCaseNumbers' | 'listFollowUpItems'>,
  committee: Committee,
  meetings: readonly MeetingHeader[],
  form: NewMeetingForm,
  idFactory: () => string = () => crypto.randomUUID(),
  followUps?: FollowUpListSource,
): Promise<Versioned<Meeting>> {
  if (form.written === true) {
    // Fetched when a written treatment is made: only boards make one, and the workspace's start-up is at its limit.
    const { newWrittenTreatment } = await import(/* webpackChunkName: "written-treatment" */ '../../domain/writtenTreatment');
    return repository.saveMeeting(newWrittenTreatment(committee, form, idFactory()));
  }
  const listed = previousHeldMeeting(meetings, form);
  const [latest, numbered, earlier] = await Promise.all([
    listed ? repository.getMeeting(listed.id).then((read) => read?.value) : undefined,
    repository.listCaseNumbers(sameYearNumbering(committee, meetings, form.date)),
    followUps ? heldWithFollowUps(repository, committee, meetings, form.date) : [],
  ]);
  const previousMeeting = latest && hasBeenHeld(latest) ? latest : listed;
  const meeting = newMeetingFromTemplate({
    committee,
    ...form,
    previousMeeting,
    existingMeetings: numbered,
    committeeMeetings: meetings,
    idFactory,
    ...(followUps ? { followUpList: await followUpList(earlier, committee, previousMeeting?.date, followUps) } : {}),
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
async function followUpList(held: readonly Pick<Meeting, 'date' | 'items'>[], committee: Committee, since: string | undefined, source: FollowUpListSource) {
  const sources = followUpsOf(held, committee);
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

/**
 * The saker with oppfølgingspunkter of the meetings held this year and last, grouped by meeting:
 * one request for the item rows that have points (`listFollowUpItems`, indexed), never the
 * meetings in full. Older points are not followed up in the list: a committee's Oppfølgingsliste
 * covers about a year. Which meetings were held before this one comes from the meeting list.
 */
async function heldWithFollowUps(repository: Pick<MeetingRepository, 'listFollowUpItems' | 'getMeeting'>, committee: Committee, meetings: readonly MeetingHeader[], date: string): Promise<Pick<Meeting, 'date' | 'items'>[]> {
  const since = `${yearOf(date) - 1}-01-01`;
  const held = new Map(meetings.filter((m) => m.committeeId === committee.id && hasBeenHeld(m) && m.date < date && m.date >= since).map((m) => [m.id, m]));
  if (held.size === 0) return [];
  const years = [...new Set([...held.values()].map((m) => yearOf(m.date)))];
  let found;
  try {
    found = await repository.listFollowUpItems(committee.id, years);
  } catch (error) {
    if (!(error instanceof NotProvisionedError)) throw error;
    // A site set up before the point count column existed: the meetings in full, as before, until it is prepared.
    const read = await Promise.all([...held.keys()].map((id) => repository.getMeeting(id)));
    return read.flatMap((r) => (r ? [r.value] : []));
  }
  const byMeeting = new Map<string, Pick<Meeting, 'date' | 'items'>>();
  for (const { meetingId, item } of found) {
    const header = held.get(meetingId);
    if (!header) continue;
    const entry = byMeeting.get(meetingId) ?? { date: header.date, items: [] };
    entry.items.push(item);
    byMeeting.set(meetingId, entry);
  }
  return [...byMeeting.values()];
}
