import type { MeetingRepository, MeetingWithCommittee } from '../../domain/ports';
import type { MeetingLink } from '../../domain/teamsLink';

export type { MeetingLink };
export type LinkedMeeting = MeetingWithCommittee;

/**
 * Finds the Møtebok meeting a Teams meeting belongs to. The innkalling records the Teams meeting's
 * join URL (and with it the meeting chat's id) on the meeting when it is sent; in the simulator and
 * in a plain browser the Møtebok id itself is given. The repository looks each key up by an indexed
 * column (one request by Møtebok id, two by a real Teams id, at any list size; never a walk through committees). Returns undefined when
 * nothing matches, so the surface can say so.
 */
export async function findLinkedMeeting(repository: Pick<MeetingRepository, 'getMeetingWithCommittee'>, link: MeetingLink): Promise<LinkedMeeting | undefined> {
  if (!link.motebokMeetingId && !link.teamsMeetingId && !link.chatId) return undefined;
  return repository.getMeetingWithCommittee(link);
}

/**
 * A meeting surface's lookup, started by its entry as soon as the services exist (the host has
 * answered, MSAL and the Graph side are here), while the surface's screens are still being
 * fetched: the Graph requests run beside that download instead of after it (issue 14: cold load).
 * `useLinkedMeeting` takes its answer when the link and repository are the same.
 */
export interface LinkedMeetingLookup {
  repository: Pick<MeetingRepository, 'getMeetingWithCommittee'>;
  link: MeetingLink;
  result: Promise<LinkedMeeting | undefined>;
}

/** Starts the lookup of the meeting the page at `href` in `host` belongs to (see LinkedMeetingLookup). */
export function startLinkedMeetingLookup(
  repository: Pick<MeetingRepository, 'getMeetingWithCommittee'>,
  host: { meetingId?: string | undefined; chatId?: string | undefined },
  href: string,
): LinkedMeetingLookup {
  const link = meetingLinkOf(href, host);
  const result = findLinkedMeeting(repository, link);
  result.catch(() => undefined); // the screen that takes it handles a failure (it looks again)
  return { repository, link, result };
}

/** Whether `lookup` was started for this repository and link, so its answer is this screen's. */
export function lookupMatches(lookup: LinkedMeetingLookup | undefined, repository: Pick<MeetingRepository, 'getMeetingWithCommittee'>, link: MeetingLink): lookup is LinkedMeetingLookup {
  return (
    lookup !== undefined &&
    lookup.repository === repository &&
    lookup.link.motebokMeetingId === link.motebokMeetingId &&
    lookup.link.teamsMeetingId === link.teamsMeetingId &&
    lookup.link.chatId === link.chatId &&
    lookup.link.committeeId === link.committeeId
  );
}

/** What the page at `href` in `host` knows of its meeting: `?meeting=`, `?committee=`, Teams' meeting and chat ids. */
export function meetingLinkOf(href: string, host: { meetingId?: string | undefined; chatId?: string | undefined }): MeetingLink {
  const params = new URL(href).searchParams;
  return { motebokMeetingId: params.get('meeting') ?? undefined, teamsMeetingId: host.meetingId, chatId: host.chatId, committeeId: params.get('committee') ?? undefined };
}
