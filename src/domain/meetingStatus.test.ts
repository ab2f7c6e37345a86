import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import { canTransition, hasBeenHeld, isAgendaFrozen, isMeetingLocked, transition } from './meetingStatus';
import { MeetingStatusSchema, type MeetingStatus } from './model';
import { aMeeting } from './testing/builders';

const ALL: readonly MeetingStatus[] = MeetingStatusSchema.options;

describe('meeting status', () => {
  it('follows draft → noticeSent → inProgress → held → minutesApproved', () => {
    let meeting = aMeeting();
    for (const to of ['noticeSent', 'inProgress', 'held', 'minutesApproved'] as const) {
      meeting = transition(meeting, to);
      expect(meeting.status).toBe(to);
    }
  });

  it('allows exactly these transitions', () => {
    const allowed = ALL.flatMap((from) => ALL.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`));
    expect(allowed.sort()).toEqual(['draft→noticeSent', 'held→inProgress', 'held→minutesApproved', 'inProgress→held', 'noticeSent→inProgress'].sort());
  });

  it('does not start a meeting nobody was invited to', () => {
    expect(canTransition('draft', 'inProgress')).toBe(false);
    expect(() => transition(aMeeting(), 'inProgress')).toThrow(DomainError);
  });

  it('treats sending an updated notice as no transition at all', () => {
    expect(canTransition('noticeSent', 'noticeSent')).toBe(false);
    expect(() => transition(aMeeting({ status: 'noticeSent' }), 'noticeSent')).toThrow('alreadyStatus status=noticeSent');
  });

  it('lets the referent reopen a held meeting until the minutes are approved', () => {
    expect(transition(aMeeting({ status: 'held' }), 'inProgress').status).toBe('inProgress');
    expect(() => transition(aMeeting({ status: 'minutesApproved' }), 'inProgress')).toThrow(DomainError);
  });

  it('never goes back to draft once the notice is out', () => {
    for (const from of ALL) expect(canTransition(from, 'draft')).toBe(false);
  });

  it('explains a refused transition in Norwegian with the code transitionNotAllowed', () => {
    try {
      transition(aMeeting({ status: 'draft' }), 'held');
      expect.unreachable();
    } catch (error) {
      expect((error as DomainError).code).toBe('transitionNotAllowed');
      expect((error as DomainError).reason).toEqual({ key: 'statusNotAllowed', values: { from: 'draft', to: 'held' } });
    }
  });

  it('records when the minutes were approved and stops the stage following an item when the meeting ends', () => {
    const inProgress = aMeeting({ status: 'inProgress', currentItemId: 'a' });
    const held = transition(inProgress, 'held');
    expect(held.currentItemId).toBeUndefined();
    expect(inProgress.currentItemId).toBe('a');
    expect(transition(held, 'minutesApproved', '2027-06-10T12:00:00.000Z').minutesApprovedAt).toBe('2027-06-10T12:00:00.000Z');
  });

  it('freezes the agenda numbering from the moment the notice is sent', () => {
    expect(ALL.filter((status) => isAgendaFrozen({ status }))).toEqual(['noticeSent', 'inProgress', 'held', 'minutesApproved']);
  });

  it('locks the meeting only when the minutes are approved', () => {
    expect(ALL.filter((status) => isMeetingLocked({ status }))).toEqual(['minutesApproved']);
  });

  it('counts a meeting as held once it was ended, whether or not its minutes are approved', () => {
    expect(ALL.filter((status) => hasBeenHeld({ status }))).toEqual(['held', 'minutesApproved']);
  });
});
