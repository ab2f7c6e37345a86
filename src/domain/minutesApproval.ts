import { MINUTES_KIND } from './conventions';
import { DomainError } from './errors';
import { transition } from './meetingStatus';
import type { AgendaItem, Meeting } from './model';

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
    throw new DomainError('minutesNotReady', 'Dette møtet behandler ikke referatet fra det valgte møtet.');
  }
  if (previous.status !== 'held') {
    throw new DomainError(
      'minutesNotReady',
      previous.status === 'minutesApproved' ? 'Referatet er allerede godkjent.' : 'Det forrige møtet er ikke avsluttet ennå, så referatet kan ikke godkjennes.',
    );
  }
  if (previous.minutes === undefined) {
    throw new DomainError('minutesNotReady', 'Referatet fra det forrige møtet er ikke lagret ennå.');
  }
  const item = minutesItemOf(meeting);
  if (item?.outcome !== 'treated') {
    throw new DomainError('minutesNotReady', 'Referatsaken er ikke behandlet ennå. Marker den som behandlet først.');
  }
  return transition(previous, 'minutesApproved', at);
}
