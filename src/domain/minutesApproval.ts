import * as v from 'valibot';
import { MINUTES_KIND } from './conventions';
import { DomainError } from './errors';
import { fieldError } from './fieldRules';
import { transition } from './meetingStatus';
import { ReopeningSchema, type AgendaItem, type Meeting, type MeetingStatus } from './model';

/**
 * The referat of a meeting is approved at the next one, as its Referatsak ("Referat fra
 * Partnerskapsmøte 05.06.2025"). When that item is treated, the previous meeting's minutes are
 * approved and the previous meeting becomes final (minutesApproved).
 */

/**
 * The item of `meeting` that treats the minutes of its previous meeting: the one of kind
 * Referatsak, or else — the 2026 seed gives that row no kind — the one titled "Referat fra/frå …".
 */
export function minutesItemOf(meeting: Meeting): AgendaItem | undefined {
  return (
    meeting.items.find((item) => item.kinds.includes(MINUTES_KIND)) ??
    meeting.items.find((item) => !item.closing && /^referat fr[aå]\s/i.test(item.title.trim()))
  );
}

/** Is everything in place to approve the previous meeting's minutes? */
export function canApprovePreviousMinutes(meeting: Meeting, previous: Meeting): boolean {
  return (
    meeting.previousMeetingId === previous.id &&
    previous.status === 'held' &&
    previous.minutes !== undefined &&
    minutesItemOf(meeting)?.outcome === 'treated'
  );
}

/**
 * Marks the previous meeting's minutes approved, at `at` (ISO instant, injected). Throws
 * DomainError('minutesNotReady') saying what is missing.
 */
export function approvePreviousMinutes(meeting: Meeting, previous: Meeting, at: string): Meeting {
  if (meeting.previousMeetingId !== previous.id) {
    throw new DomainError('minutesNotReady', { key: 'minutesOtherMeeting' });
  }
  if (previous.status !== 'held') {
    throw new DomainError('minutesNotReady', previous.status === 'minutesApproved' ? { key: 'minutesAlreadyApproved' } : { key: 'previousNotEnded' });
  }
  if (previous.minutes === undefined) {
    throw new DomainError('minutesNotReady', { key: 'previousMinutesNotStored' });
  }
  const item = minutesItemOf(meeting);
  if (item?.outcome !== 'treated') {
    throw new DomainError('minutesNotReady', { key: 'minutesItemNotTreated' });
  }
  return transition(previous, 'minutesApproved', at);
}

/**
 * Reopens an approved referat: the meeting goes back to «møtet er holdt», so what was recorded can
 * be corrected and the referat made and approved again (which freezes it again). Who, when and why
 * are kept in `reopenings`. Throws DomainError when the referat is not approved or no reason is given.
 */
export function reopenApprovedMinutes(meeting: Meeting, act: { by: string; at: string; reason: string }): Meeting {
  if (meeting.status !== 'minutesApproved') {
    throw new DomainError('transitionNotAllowed', { key: 'reopenOnlyApproved' });
  }
  const parsed = v.safeParse(ReopeningSchema, {
    by: act.by,
    at: act.at,
    reason: act.reason,
    ...(meeting.minutesApprovedAt ? { approvedAt: meeting.minutesApprovedAt } : {}),
  });
  if (!parsed.success) throw fieldError('minutesApprovedFrozen', parsed.issues[0]?.message, { key: 'reopenInvalid' });
  const { minutesApprovedAt: _approvedAt, ...rest } = meeting;
  return { ...rest, status: 'held', reopenings: [...(meeting.reopenings ?? []), parsed.output] };
}

/** What a store knows about the meeting as it was read: its status and how many times it had been reopened. */
export interface StoredMeetingState {
  status: MeetingStatus;
  reopenings: number;
}

/**
 * The freeze after approval, for every store (SharePoint and the in-memory one): a save on a
 * meeting whose stored referat is approved is refused unless it changes nothing or is exactly one
 * reopening (status back to held, one more entry in `reopenings`, no sak changed). Returns the
 * refusal, or undefined when the save may go ahead.
 */
export function frozenChangeRefusal(stored: StoredMeetingState, next: Meeting, changes: { header: boolean; items: boolean }): DomainError | undefined {
  if (stored.status !== 'minutesApproved') return undefined;
  if (!changes.header && !changes.items) return undefined;
  const reopening = next.status === 'held' && (next.reopenings?.length ?? 0) === stored.reopenings + 1 && !changes.items;
  return reopening ? undefined : new DomainError('minutesApprovedFrozen', { key: 'minutesFrozen' });
}
