/**
 * How a Teams meeting points at its Møtebok meeting. Teams gives a meeting app `context.meeting.id`
 * and `context.chat.id` (the meeting chat's thread id, "19:meeting_…@thread.v2"); the innkalling's
 * join URL carries that thread id ("…/meetup-join/19%3ameeting_…%40thread.v2/0"), so the thread id
 * read from the join URL links the two. Storage indexes both ids so one query finds the meeting.
 */

/** What a meeting surface knows about the meeting it is in: any of these may be missing. */
export interface MeetingLink {
  /** `?meeting=<id>` in the page URL: the stage URL the side panel shares carries it. */
  motebokMeetingId?: string | undefined;
  /** Teams' context.meeting.id, matched against Meeting.teamsMeetingId. */
  teamsMeetingId?: string | undefined;
  /** Teams' context.chat.id, matched against the thread id in Meeting.onlineMeetingJoinUrl. */
  chatId?: string | undefined;
  /**
   * `?committee=<id>` in the page URL (a Teams tab's configured URL carries it, and the stage URL the
   * side panel shares): not a key to the meeting, only a hint that lets its committee be read in the
   * same request as the meeting. A wrong hint costs a second request, never a wrong committee.
   */
  committeeId?: string | undefined;
}

const THREAD_ID = /19:[A-Za-z0-9_\-.]+@thread\.(?:v2|skype|tacv2)/;

/** The meeting chat's thread id in a Teams join URL, or undefined when it carries none. */
export function chatIdFromJoinUrl(joinUrl: string | undefined): string | undefined {
  if (!joinUrl) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(joinUrl);
  } catch {
    return undefined;
  }
  return THREAD_ID.exec(decoded)?.[0];
}
