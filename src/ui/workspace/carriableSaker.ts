import { alreadyCarried, sakerGoingTo, type TreatedSak } from '../../domain/carriedCase';
import { hasBeenHeld } from '../../domain/meetingStatus';
import type { Committee, Meeting, MeetingHeader } from '../../domain/model';
import type { MeetingRepository } from '../../domain/ports';

/** How far back «Hent sak fra et annet utvalg» looks: the held meetings of the year before this meeting (a judgement). */
const LOOK_BACK_YEARS = 1;

export interface CarriableSaker {
  saker: TreatedSak[];
  /** Committees or meetings whose rows could not be read (a failed request, no access): their saker may be missing. */
  unread: number;
}

const yearBefore = (date: string) => `${String(Number(date.slice(0, 4)) - LOOK_BACK_YEARS).padStart(4, '0')}${date.slice(4)}`;

/**
 * The treated saker of the other committees' held meetings that go on to `target` next (domain/carriedCase.ts), as the
 * signed-in user can read them, not those this meeting already took. Requests, all through the repository and side by side:
 * one per other committee (its meeting rows, `listMeetingRows`), then one per held meeting of those committees dated in the
 * year up to this meeting (`getMeeting`, its items) — none for drafts, meetings not held, or this committee's own.
 */
export async function findCarriableSaker(
  repository: Pick<MeetingRepository, 'listMeetingRows' | 'getMeeting'>,
  committees: readonly Committee[],
  target: Pick<Committee, 'id' | 'name'>,
  meeting: Pick<Meeting, 'date' | 'items'>,
): Promise<CarriableSaker> {
  let unread = 0;
  const from = yearBefore(meeting.date);
  const others = committees.filter((committee) => committee.id !== target.id);
  const rows = await Promise.all(
    others.map(async (committee) => {
      try {
        const headers = await repository.listMeetingRows(committee.id);
        unread += headers.unreadable?.length ?? 0;
        return headers.filter((header) => hasBeenHeld(header) && header.date >= from && header.date <= meeting.date).map((header) => ({ committee, header }));
      } catch {
        unread += 1;
        return [];
      }
    }),
  );
  const read = await Promise.all(
    rows.flat().map(async ({ committee, header }: { committee: Committee; header: MeetingHeader }): Promise<TreatedSak[]> => {
      try {
        const held = await repository.getMeeting(header.id);
        if (held === undefined) return [];
        unread += held.unreadable?.length ?? 0;
        const { value } = held;
        return value.items.map((item) => ({ committee, meeting: { id: value.id, date: value.date, status: value.status }, item }));
      } catch {
        unread += 1;
        return [];
      }
    }),
  );
  const saker = sakerGoingTo(read.flat(), target)
    .filter((sak) => !alreadyCarried(meeting, sak))
    .sort((a, b) => a.meeting.date.localeCompare(b.meeting.date) || a.committee.name.localeCompare(b.committee.name, 'nb'));
  return { saker, unread };
}
