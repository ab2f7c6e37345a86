import { alreadyCarried, sakerGoingTo, type TreatedSak } from '../../domain/carriedCase';
import type { Committee, Meeting } from '../../domain/model';
import type { MeetingRepository } from '../../domain/ports';

/** How far back «Hent sak fra et annet utvalg» looks: the held meetings of the year before this meeting (a judgement). */
const LOOK_BACK_YEARS = 1;

export interface CarriableSaker {
  saker: TreatedSak[];
  /** Committees, meetings or saker that could not be read (a row that cannot be parsed, no access): their saker may be missing. */
  unread: number;
}

const yearBefore = (date: string) => `${String(Number(date.slice(0, 4)) - LOOK_BACK_YEARS).padStart(4, '0')}${date.slice(4)}`;

/**
 * The treated saker of the other committees' held meetings that go on to `target` next (domain/carriedCase.ts), as the
 * signed-in user can read them, not those this meeting already took. Asks the repository only for the saker whose saksgang
 * names `target` right after their committee, in meetings of the year up to this meeting (`listSakerGoingNextTo`: two
 * requests against SharePoint, however many committees and meetings there are), and checks each against its route here.
 * A sak of a committee the user cannot read (not in `committees`) is not offered: that committee counts as unread.
 *
 * Why not per committee: SharePoint gives the whole app 1,200 resource units a minute in a tenant under 1,000 licences, for
 * all its users, a list query costs 2 and the requests inside a `$batch` count one by one (Microsoft Learn, "Avoid getting
 * throttled or blocked in SharePoint Online",
 * https://learn.microsoft.com/en-us/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online).
 * Reading each committee's meetings and each held meeting cost ≈ 800 of them at 20 committees; this costs 4.
 */
export async function findCarriableSaker(
  repository: Pick<MeetingRepository, 'listSakerGoingNextTo'>,
  committees: readonly Committee[],
  target: Pick<Committee, 'id' | 'name'>,
  meeting: Pick<Meeting, 'date' | 'items'>,
): Promise<CarriableSaker> {
  const found = await repository.listSakerGoingNextTo(target.name, yearBefore(meeting.date), meeting.date);
  const byId = new Map(committees.map((committee) => [committee.id, committee]));
  const unreadCommittees = new Set<string>();
  const treated = found.saker.flatMap(({ meeting: held, item }): TreatedSak[] => {
    const committee = byId.get(held.committeeId);
    if (committee === undefined) unreadCommittees.add(held.committeeId);
    return committee === undefined || committee.id === target.id ? [] : [{ committee, meeting: held, item }];
  });
  const saker = sakerGoingTo(treated, target)
    .filter((sak) => !alreadyCarried(meeting, sak))
    .sort((a, b) => a.meeting.date.localeCompare(b.meeting.date) || a.committee.name.localeCompare(b.committee.name, 'nb'));
  return { saker, unread: found.unread + unreadCommittees.size };
}
