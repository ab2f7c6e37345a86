import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import { approvePreviousMinutes, canApprovePreviousMinutes, frozenChangeRefusal, minutesItemOf, reopenApprovedMinutes } from './minutesApproval';
import { transition } from './meetingStatus';
import type { Meeting } from './model';
import { aMeeting, anItem } from './testing/builders';

const previous: Meeting = aMeeting({ id: 'pm-2025', date: '2025-06-05', status: 'held', minutes: { fileName: 'Referat Partnerskapsmøtet 05.06.25.docx' } });
const referatsak = anItem('r', { kinds: ['Referatsak'], title: 'Referat fra Partnerskapsmøte 05.06.2025' });
const current = (outcome: 'pending' | 'treated'): Meeting =>
  aMeeting({ id: 'pm-2026', status: 'inProgress', previousMeetingId: 'pm-2025', items: [anItem('g', { kinds: ['Godkjenning'] }), { ...referatsak, outcome }] });

function messageOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) return error.message;
    throw error;
  }
  return '';
}

describe('approving the previous minutes', () => {
  it('finds the Referatsak of a meeting', () => {
    expect(minutesItemOf(current('pending'))?.id).toBe('r');
    expect(minutesItemOf(aMeeting())).toBeUndefined();
  });

  it('recognises the Referatsak by its title when it has no kind, as in the 2026 seed', () => {
    const meeting = aMeeting({ items: [anItem('g', { kinds: [] }), anItem('r', { kinds: [], title: 'Referat fra Partnerskapsmøte 05.06.2025' })] });
    expect(minutesItemOf(meeting)?.id).toBe('r');
    expect(minutesItemOf(aMeeting({ items: [anItem('x', { kinds: [], title: 'Referatrutiner' })] }))).toBeUndefined();
  });

  it('approves the previous minutes once the Referatsak is treated, recording when', () => {
    expect(canApprovePreviousMinutes(current('treated'), previous)).toBe(true);
    const approved = approvePreviousMinutes(current('treated'), previous, '2026-06-11T11:40:00.000Z');
    expect(approved).toMatchObject({ id: 'pm-2025', status: 'minutesApproved', minutesApprovedAt: '2026-06-11T11:40:00.000Z' });
  });

  it('waits until the Referatsak has been treated', () => {
    expect(canApprovePreviousMinutes(current('pending'), previous)).toBe(false);
    expect(messageOf(() => approvePreviousMinutes(current('pending'), previous, 'x'))).toBe('minutesItemNotTreated');
  });

  it('refuses minutes that are not stored, not of the previous meeting, or already approved', () => {
    const { minutes: _minutes, ...noMinutes } = previous;
    expect(messageOf(() => approvePreviousMinutes(current('treated'), noMinutes, 'x'))).toBe('previousMinutesNotStored');
    expect(messageOf(() => approvePreviousMinutes(current('treated'), { ...previous, id: 'other' }, 'x'))).toBe('minutesOtherMeeting');
    expect(messageOf(() => approvePreviousMinutes(current('treated'), { ...previous, status: 'minutesApproved' }, 'x'))).toBe('minutesAlreadyApproved');
    expect(messageOf(() => approvePreviousMinutes(current('treated'), { ...previous, status: 'inProgress' }, 'x'))).toBe('previousNotEnded');
  });
});

describe('the freeze after approval', () => {
  const approved: Meeting = aMeeting({ id: 'pm-2025', status: 'minutesApproved', minutesApprovedAt: '2026-06-11T11:40:00.000Z', items: [anItem('a', { conclusion: ['Vedtatt.'] })] });

  it('refuses any change to an approved meeting, with the reason that says how to reopen', () => {
    const refusal = frozenChangeRefusal({ status: 'minutesApproved', reopenings: 0 }, { ...approved, place: 'Tønsberg' }, { header: true, items: false });
    expect(refusal?.code).toBe('minutesApprovedFrozen');
    expect(refusal?.reason).toEqual({ key: 'minutesFrozen' });
    expect(frozenChangeRefusal({ status: 'minutesApproved', reopenings: 0 }, approved, { header: false, items: true })?.code).toBe('minutesApprovedFrozen');
    expect(frozenChangeRefusal({ status: 'minutesApproved', reopenings: 0 }, approved, { header: false, items: false })).toBeUndefined();
    expect(frozenChangeRefusal({ status: 'held', reopenings: 0 }, approved, { header: true, items: true })).toBeUndefined();
  });

  it('reopens only as a recorded act with a reason, which the freeze lets through once', () => {
    expect(() => reopenApprovedMinutes(approved, { by: 'Hilde Kari Maugesten', at: '2026-06-20T08:00:00.000Z', reason: '   ' })).toThrow(
      expect.objectContaining({ code: 'minutesApprovedFrozen', rule: { code: 'required', field: 'reopeningReason' } }),
    );
    expect(messageOf(() => reopenApprovedMinutes({ ...approved, status: 'held' }, { by: 'Hilde', at: '2026-06-20T08:00:00.000Z', reason: 'Feil' }))).toBe('reopenOnlyApproved');
    const reopened = reopenApprovedMinutes(approved, { by: 'Hilde Kari Maugesten', at: '2026-06-20T08:00:00.000Z', reason: 'Feil i konklusjonen i sak 2026.03' });
    expect(reopened.status).toBe('held');
    expect(reopened.minutesApprovedAt).toBeUndefined();
    expect(reopened.reopenings).toEqual([{ by: 'Hilde Kari Maugesten', at: '2026-06-20T08:00:00.000Z', reason: 'Feil i konklusjonen i sak 2026.03', approvedAt: '2026-06-11T11:40:00.000Z' }]);
    expect(frozenChangeRefusal({ status: 'minutesApproved', reopenings: 0 }, reopened, { header: true, items: false })).toBeUndefined();
    // A reopening that also changes a sak is not a reopening.
    expect(frozenChangeRefusal({ status: 'minutesApproved', reopenings: 0 }, reopened, { header: true, items: true })?.code).toBe('minutesApprovedFrozen');
    // Approving again freezes again.
    const again = transition(reopened, 'minutesApproved', '2026-06-21T08:00:00.000Z');
    expect(frozenChangeRefusal({ status: again.status, reopenings: 1 }, { ...again, place: 'Larvik' }, { header: true, items: false })?.code).toBe('minutesApprovedFrozen');
  });
});
