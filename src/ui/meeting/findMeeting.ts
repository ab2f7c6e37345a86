import type { MeetingRepository, MeetingWithCommittee } from '../../domain/ports';
import type { MeetingLink } from '../../domain/teamsLink';

export type { MeetingLink };
export type LinkedMeeting = MeetingWithCommittee;

/**
 * Finds the Møtebok meeting a Teams meeting belongs to. The innkalling records the Teams meeting's
 * join URL (and with it the meeting chat's id) on the meeting when it is sent; in the simulator and
 * in a plain browser the Møtebok id itself is given. The repository looks each key up by an indexed
 * column (two requests at any list size, never a walk through committees). Returns undefined when
 * nothing matches, so the surface can say so.
 */
export async function findLinkedMeeting(repository: Pick<MeetingRepository, 'getMeetingWithCommittee'>, link: MeetingLink): Promise<LinkedMeeting | undefined> {
  if (!link.motebokMeetingId && !link.teamsMeetingId && !link.chatId) return undefined;
  return repository.getMeetingWithCommittee(link);
}

/** The `?meeting=` parameter of a page URL. */
export function meetingIdFromUrl(href: string): string | undefined {
  return new URL(href).searchParams.get('meeting') ?? undefined;
}
