import { DomainError } from './errors';
import type { Meeting, MeetingStatus } from './model';

/**
 * The life of a meeting: draft → noticeSent → inProgress → held → minutesApproved.
 *
 * Decisions, with the secretary's needs in mind:
 * - No skipping: a meeting is started (inProgress) before it is held, so the side panel and the
 *   stage always have a meeting to follow, and minutes are approved only after it was held.
 * - inProgress is entered only from noticeSent (a draft nobody was invited to cannot start) —
 *   with one exception, reopening:
 * - held → inProgress is allowed ("Gjenåpne møtet"): the referent who pressed "Avslutt møtet" too
 *   early, or wants to add to the møtebehandling while people are still in the room, must not be
 *   locked out. Once the minutes are approved (by the next meeting) nothing reopens.
 * - noticeSent → draft is NOT allowed: invitees already have the agenda and its case numbers;
 *   changes go out as an updated notice, which keeps the status noticeSent (not a transition).
 * - minutesApproved is final for `transition`: the only way back is `reopenApprovedMinutes`
 *   (minutesApproval.ts), an explicit act that records who, when and why.
 */
const ALLOWED: Readonly<Record<MeetingStatus, readonly MeetingStatus[]>> = {
  draft: ['noticeSent'],
  noticeSent: ['inProgress'],
  inProgress: ['held'],
  held: ['minutesApproved', 'inProgress'],
  minutesApproved: [],
};

export function canTransition(from: MeetingStatus, to: MeetingStatus): boolean {
  return ALLOWED[from].includes(to);
}

/**
 * Moves the meeting to a new status, or throws DomainError('transitionNotAllowed').
 * `at` (ISO instant, injected so this stays pure) is recorded as `minutesApprovedAt` when the
 * minutes are approved. Leaving inProgress clears the current item so the stage stops following.
 */
export function transition(meeting: Meeting, to: MeetingStatus, at?: string): Meeting {
  if (!canTransition(meeting.status, to)) {
    throw new DomainError('transitionNotAllowed', meeting.status === to ? { key: 'alreadyStatus', values: { status: to } } : { key: 'statusNotAllowed', values: { from: meeting.status, to } });
  }
  const next: Meeting = { ...meeting, status: to };
  if (to === 'held') delete next.currentItemId;
  if (to === 'minutesApproved' && at !== undefined) next.minutesApprovedAt = at;
  return next;
}

/** After the notice is sent the case numbers are public and no longer follow agenda order. */
export function isAgendaFrozen(meeting: Pick<Meeting, 'status'>): boolean {
  return meeting.status !== 'draft';
}

/** Approved minutes are the record: nothing in the meeting changes any more (until reopened, see minutesApproval.ts). */
export function isMeetingLocked(meeting: Pick<Meeting, 'status'>): boolean {
  return meeting.status === 'minutesApproved';
}

/** The meeting took place and was ended ("Avslutt møtet"): it has, or will have, a referat. */
export function hasBeenHeld(meeting: Pick<Meeting, 'status'>): boolean {
  return meeting.status === 'held' || meeting.status === 'minutesApproved';
}
