import type { MeetingRepository, MeetingWithCommittee } from '../../domain/ports';
import type { MeetingLink } from '../../domain/teamsLink';
import { startEarlyRead, type EarlyRead } from '../shared/earlyRead';

export type { MeetingLink };
export type LinkedMeeting = MeetingWithCommittee;

/**
 * Finds the Møtebok meeting a Teams meeting belongs to. The innkalling records the Teams meeting's
 * join URL (and with it the meeting chat's id) on the meeting when it is sent; in the simulator and
 * in a plain browser the Møtebok id itself is given. The repository looks each key up by an indexed
 * column (one request by Møtebok id, two by a real Teams id, at any list size; never a walk through committees). Returns undefined when
 * nothing matches, so the surface can say so.
 */
export async function findLinkedMeeting(
  repository: Pick<MeetingRepository, 'getMeetingWithCommittee'>,
  link: MeetingLink,
  options: { withSignedInUser?: boolean } = {},
): Promise<LinkedMeeting | undefined> {
  if (!link.motebokMeetingId && !link.teamsMeetingId && !link.chatId) return undefined;
  return repository.getMeetingWithCommittee(link, options);
}

/**
 * A meeting surface's lookup, started by its entry as soon as the services exist (the host has
 * answered, MSAL and the Graph side are here), while the surface's screens are still being
 * fetched: the Graph requests run beside that download instead of after it (issue 14: cold load).
 * `useLinkedMeeting` takes its answer once, for the same repository and link (`ui/shared/earlyRead.ts`).
 */
export type LinkedMeetingLookup = EarlyRead<LookupKey, LinkedMeeting | undefined>;

interface LookupKey {
  repository: Pick<MeetingRepository, 'getMeetingWithCommittee'>;
  link: MeetingLink;
}

const sameLookup = (a: LookupKey, b: LookupKey) =>
  a.repository === b.repository &&
  a.link.motebokMeetingId === b.link.motebokMeetingId &&
  a.link.teamsMeetingId === b.link.teamsMeetingId &&
  a.link.chatId === b.link.chatId &&
  a.link.committeeId === b.link.committeeId;

/**
 * Starts the lookup of the meeting the page at `href` in `host` belongs to (see LinkedMeetingLookup).
 * `withSignedInUser`: the page's `GET /me` rides in the lookup's first request (the side panel: one
 * request and one token to open, issue 14); a read again after a failure asks for the meeting alone.
 */
export function startLinkedMeetingLookup(
  repository: Pick<MeetingRepository, 'getMeetingWithCommittee'>,
  host: { meetingId?: string | undefined; chatId?: string | undefined },
  href: string,
  options: { withSignedInUser?: boolean } = {},
): LinkedMeetingLookup {
  let first = true;
  return startEarlyRead<LookupKey, LinkedMeeting | undefined>(
    { repository, link: meetingLinkOf(href, host) },
    (key) => {
      const withSignedInUser = first && options.withSignedInUser === true;
      first = false;
      return findLinkedMeeting(key.repository, key.link, { withSignedInUser });
    },
    sameLookup,
  );
}

/** What the page at `href` in `host` knows of its meeting: `?meeting=`, `?committee=`, Teams' meeting and chat ids. */
export function meetingLinkOf(href: string, host: { meetingId?: string | undefined; chatId?: string | undefined }): MeetingLink {
  const params = new URL(href).searchParams;
  return { motebokMeetingId: params.get('meeting') ?? undefined, teamsMeetingId: host.meetingId, chatId: host.chatId, committeeId: params.get('committee') ?? undefined };
}
