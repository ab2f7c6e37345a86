import type { Committee, Meeting } from '../../domain/model';
import type { MeetingRepository, Versioned } from '../../domain/ports';

export interface MeetingLink {
  /** `?meeting=<id>` in the page URL: the stage URL the side panel shares carries it. */
  motebokMeetingId?: string;
  /** Teams' context.meeting.id and context.chat.id, matched against Meeting.teamsMeetingId. */
  teamsMeetingId?: string;
  chatId?: string;
}

export interface LinkedMeeting {
  committee: Committee;
  meeting: Versioned<Meeting>;
}

/**
 * Finds the Møtebok meeting a Teams meeting belongs to. The innkalling records the Teams meeting's
 * id on the meeting when it is sent; in the simulator and in a plain browser the Møtebok id itself
 * is given. Returns undefined when nothing matches, so the surface can say so.
 */
export async function findLinkedMeeting(
  repository: Pick<MeetingRepository, 'listCommittees' | 'listMeetings' | 'getMeeting'>,
  link: MeetingLink,
): Promise<LinkedMeeting | undefined> {
  const committees = await repository.listCommittees();
  const wanted = [link.motebokMeetingId, link.teamsMeetingId, link.chatId].filter((v): v is string => Boolean(v));
  if (wanted.length === 0) return undefined;
  for (const committee of committees) {
    const meetings = await repository.listMeetings(committee.value.id);
    const match =
      meetings.find((m) => link.motebokMeetingId !== undefined && m.value.id === link.motebokMeetingId) ??
      meetings.find((m) => m.value.teamsMeetingId !== undefined && wanted.includes(m.value.teamsMeetingId)) ??
      meetings.find((m) => joinUrlMentions(m.value.onlineMeetingJoinUrl, wanted)) ??
      meetings.find((m) => wanted.includes(m.value.id));
    if (match) return { committee: committee.value, meeting: match };
  }
  return undefined;
}

/**
 * A Teams join URL carries the meeting chat's thread id ("…/meetup-join/19%3ameeting_…%40thread.v2/0"),
 * which is what Teams gives the app as context.chat.id: the innkalling's join URL links the two.
 */
function joinUrlMentions(joinUrl: string | undefined, ids: readonly string[]): boolean {
  if (!joinUrl) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(joinUrl);
  } catch {
    return false;
  }
  return ids.some((id) => id.startsWith('19:') && decoded.includes(id));
}

/** The `?meeting=` parameter of a page URL. */
export function meetingIdFromUrl(href: string): string | undefined {
  return new URL(href).searchParams.get('meeting') ?? undefined;
}
