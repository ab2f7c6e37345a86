import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { aCommittee, aMeeting, anItem } from './testing/builders';
import { committeePreset } from './committeePresets';
import { MeetingSchema } from './model';
import { answerOf, isWritten, withWrittenSendStarted, withWrittenSent, withoutWrittenSendStarted, writtenRecipients, writtenSendState, newWrittenTreatment, writtenAttendance, writtenDeadlinePassed, writtenOutcome, writtenProvisional, writtenVoters, withWrittenAnswer, withWrittenMinutes, writtenSettled } from './writtenTreatment';
import { previousHeldMeeting, newMeetingFromTemplate } from './agendaTemplate';
import { transition } from './meetingStatus';
import { writtenTreatmentWords } from './writtenTreatmentWords';

const member = (name: string, extra: Record<string, unknown> = {}) => ({ name, email: `${name.toLowerCase()}@as.no`, ...extra });
const board = aCommittee({
  members: [member('Anne', { chairRole: 'chair' }), member('Bjørn'), member('Cecilie'), member('Dag'), member('Eva'), member('Vara', { role: 'deputy' })],
});
const sak = anItem('s1', { title: 'Kjøp av tomt', proposedConclusion: ['Styret godkjenner kjøpet.'] });
const written = (answers: Array<[string, 'agree' | 'disagree' | 'meeting']>) =>
  aMeeting({ place: '', online: false, items: [sak], chair: { name: 'Anne' }, written: { answers: answers.map(([who, answer]) => ({ itemId: 's1', member: `${who.toLowerCase()}@as.no`, answer })) } });

describe('a written treatment (aksjeloven § 6-19)', () => {
  it('is offered by the boards whose law lets the chair put a sak in writing, not by a folkevalgt organ', () => {
    expect(committeePreset('aksjeselskap').conventions?.writtenTreatment).toBe(true);
    expect(committeePreset('styre').conventions?.writtenTreatment).toBe(true);
    expect(committeePreset('kommunestyre').conventions?.writtenTreatment).toBeUndefined();
    expect(committeePreset('kontrollutvalg').conventions?.writtenTreatment).toBeUndefined();
  });

  it('is a meeting with answers instead of a place, and the meeting schema refuses an unknown answer or field', () => {
    expect(isWritten(written([]))).toBe(true);
    expect(isWritten(aMeeting())).toBe(false);
    expect(v.safeParse(MeetingSchema, written([['Anne', 'agree']])).success).toBe(true);
    expect(v.safeParse(MeetingSchema, { ...written([]), written: { answers: [{ itemId: 's1', member: 'a', answer: 'maybe' }] } }).success).toBe(false);
    expect(v.safeParse(MeetingSchema, { ...written([]), written: { answers: [], deadline: 'x' } }).success).toBe(false);
  });

  it('counts the standing members with a vote, not a vara', () => {
    expect(writtenVoters(board).map((m) => m.name)).toEqual(['Anne', 'Bjørn', 'Cecilie', 'Dag', 'Eva']);
  });

  it('records, changes and takes back a member’s answer, with a comment', () => {
    let meeting = withWrittenAnswer(written([]), 's1', 'bjørn@as.no', 'disagree', 'For dyrt.');
    expect(answerOf(meeting, 's1', 'bjørn@as.no')).toEqual({ itemId: 's1', member: 'bjørn@as.no', answer: 'disagree', comment: 'For dyrt.' });
    meeting = withWrittenAnswer(meeting, 's1', 'bjørn@as.no', 'agree');
    expect(answerOf(meeting, 's1', 'bjørn@as.no')?.answer).toBe('agree');
    expect(meeting.written?.answers).toHaveLength(1);
    meeting = withWrittenAnswer(meeting, 's1', 'bjørn@as.no', undefined);
    expect(meeting.written?.answers).toEqual([]);
  });

  it('adopts the proposal when a majority of those taking part agree and more than half the board took part (§§ 6-24, 6-25)', () => {
    const outcome = writtenOutcome(written([['Anne', 'agree'], ['Bjørn', 'agree'], ['Cecilie', 'disagree']]), board, 's1');
    expect(outcome.result).toBe('adopted');
    expect(outcome.agreed.map((p) => p.name)).toEqual(['Anne', 'Bjørn']);
    expect(outcome.disagreed.map((p) => p.name)).toEqual(['Cecilie']);
    expect(outcome.unanswered.map((p) => p.name)).toEqual(['Dag', 'Eva']);
  });

  it('does not adopt it when as many or more disagree, the chair’s answer deciding a tie', () => {
    expect(writtenOutcome(written([['Bjørn', 'agree'], ['Cecilie', 'disagree'], ['Dag', 'disagree']]), board, 's1').result).toBe('notAdopted');
    expect(writtenOutcome(written([['Anne', 'agree'], ['Bjørn', 'agree'], ['Cecilie', 'disagree'], ['Dag', 'disagree']]), board, 's1').result).toBe('adopted');
    expect(writtenOutcome(written([['Anne', 'disagree'], ['Bjørn', 'disagree'], ['Cecilie', 'agree'], ['Dag', 'agree']]), board, 's1').result).toBe('notAdopted');
  });

  it('breaks a tie by the chair’s own answer, not by another member who shares her name', () => {
    const twoAnnes = aCommittee({
      members: [member('Anne'), member('Anne', { email: 'anne.berg@as.no', chairRole: 'chair' }), member('Bjørn'), member('Cecilie'), member('Dag')],
    });
    const meeting = { ...written([['Anne', 'agree'], ['Bjørn', 'agree'], ['Cecilie', 'disagree'], ['Dag', 'disagree']]), chair: { name: 'Anne', email: 'anne.berg@as.no' } };
    expect(writtenOutcome(meeting, twoAnnes, 's1').result).toBe('notAdopted');
  });

  it('cannot decide while no more than half the board has taken part', () => {
    expect(writtenOutcome(written([['Anne', 'agree'], ['Bjørn', 'agree']]), board, 's1').result).toBe('notQuorate');
  });

  it('blocks adoption when any member demands a meeting, however many agree (§ 6-19 (2))', () => {
    const outcome = writtenOutcome(written([['Anne', 'agree'], ['Bjørn', 'agree'], ['Cecilie', 'agree'], ['Dag', 'agree'], ['Eva', 'meeting']]), board, 's1');
    expect(outcome.result).toBe('meetingDemanded');
    expect(outcome.demanded.map((p) => p.name)).toEqual(['Eva']);
  });

  it('calls a result provisional before the Svarfrist while a member with a vote has not answered, and final after it or once all have', () => {
    // Svarfrist 12 March 2026 at 12.00 in Oslo (UTC+1 in March): 11.00 UTC.
    const some = { ...written([['Anne', 'agree'], ['Bjørn', 'agree'], ['Cecilie', 'disagree']]), date: '2026-03-12', start: '12:00' };
    const before = new Date('2026-03-12T10:59:00Z');
    const after = new Date('2026-03-12T11:00:00Z');
    expect(writtenDeadlinePassed(some, before)).toBe(false);
    expect(writtenDeadlinePassed(some, after)).toBe(true);
    expect(writtenProvisional(some, writtenOutcome(some, board, 's1'), before)).toBe(true);
    expect(writtenProvisional(some, writtenOutcome(some, board, 's1'), after)).toBe(false);
    const all = { ...written([['Anne', 'agree'], ['Bjørn', 'agree'], ['Cecilie', 'disagree'], ['Dag', 'agree'], ['Eva', 'disagree']]), date: '2026-03-12', start: '12:00' };
    expect(writtenProvisional(all, writtenOutcome(all, board, 's1'), before)).toBe(false);
    // No time typed: the members have the whole day, so the result is final once the day is over in Oslo.
    const dayOnly = { ...some, start: undefined };
    expect(writtenDeadlinePassed(dayOnly, new Date('2026-03-12T22:59:00Z'))).toBe(false);
    expect(writtenDeadlinePassed(dayOnly, new Date('2026-03-12T23:00:00Z'))).toBe(true);
    expect(writtenProvisional(dayOnly, writtenOutcome(dayOnly, board, 's1'), new Date('2026-03-12T20:00:00Z'))).toBe(true);
  });

  it('counts as held once its protokoll is stored with every result final, so the next meeting\'s Referatsak takes it up and it is approved as any', () => {
    const protokoll = { fileName: 'Protokoll.docx', driveItemId: 'p1', webUrl: 'https://contoso.sharepoint.com/p1' };
    const some = { ...written([['Anne', 'agree'], ['Bjørn', 'agree'], ['Cecilie', 'disagree']]), status: 'noticeSent' as const, date: '2026-03-12', start: '12:00' };
    const before = new Date('2026-03-12T10:59:00Z');
    const after = new Date('2026-03-12T11:00:00Z');
    expect(writtenSettled(some, board, before)).toBe(false);
    expect(writtenSettled(some, board, after)).toBe(true);
    // Before the Svarfrist the protokoll is stored («Foreløpig resultat») and the treatment is not yet over.
    const provisional = withWrittenMinutes(some, board, protokoll, before);
    expect(provisional).toMatchObject({ status: 'noticeSent', minutes: protokoll });
    expect(previousHeldMeeting([provisional], { date: '2026-04-01', start: '10:00' })).toBeUndefined();
    const over = withWrittenMinutes(some, board, protokoll, after);
    expect(over).toMatchObject({ status: 'held', minutes: protokoll });
    expect(v.safeParse(MeetingSchema, over).success).toBe(true);
    // The next meeting of a board that approves its record there (the styre preset: «signed») takes it up as its Referatsak.
    const styre = { ...board, conventions: committeePreset('styre').conventions };
    expect(previousHeldMeeting([over], { date: '2026-04-01', start: '10:00' })?.id).toBe(over.id);
    const next = newMeetingFromTemplate({ committee: styre, date: '2026-04-01', start: '10:00', end: '12:00', online: false, previousMeeting: over, existingMeetings: [], idFactory: (() => { let n = 0; return () => `id${n++}`; })() });
    expect(next.previousMeetingId).toBe(over.id);
    expect(next.items.some((item) => item.attachments.some((attachment) => attachment.driveItemId === 'p1'))).toBe(true);
    expect(transition(over, 'minutesApproved', '2026-04-01T10:30:00Z')).toMatchObject({ status: 'minutesApproved', minutesApprovedAt: '2026-04-01T10:30:00Z' });
    // Every member answered: over before the Svarfrist too.
    const all = { ...written([['Anne', 'agree'], ['Bjørn', 'agree'], ['Cecilie', 'disagree'], ['Dag', 'agree'], ['Eva', 'disagree']]), date: '2026-03-12', start: '12:00' };
    expect(withWrittenMinutes(all, board, protokoll, before).status).toBe('held');
  });

  it('words a provisional result in bokmål and nynorsk', () => {
    expect(writtenTreatmentWords('nb').provisionalLabel).toBe('Foreløpig resultat');
    expect(writtenTreatmentWords('nn').provisionalLabel).toBe('Førebels resultat');
  });

  it('records that the saker were sent to the board and when, a send begun but not known to have gone, and keeps both as answers come in', () => {
    const begun = withWrittenSendStarted(written([]), '2026-03-01T09:00:00.000Z');
    expect(writtenSendState(begun)).toEqual({ state: 'uncertain', startedAt: '2026-03-01T09:00:00.000Z' });
    expect(writtenSendState(withoutWrittenSendStarted(begun))).toEqual({ state: 'notSent' });
    const sent = withWrittenSent(begun, '2026-03-01T09:00:05.000Z');
    expect(writtenSendState(sent)).toEqual({ state: 'sent', sentAt: '2026-03-01T09:00:05.000Z' });
    const answered = withWrittenAnswer(sent, 's1', 'bjørn@as.no', 'agree');
    expect(writtenSendState(answered)).toEqual({ state: 'sent', sentAt: '2026-03-01T09:00:05.000Z' });
    expect(v.safeParse(MeetingSchema, answered).success).toBe(true);
    expect(writtenSendState(written([]))).toEqual({ state: 'notSent' });
  });

  it('sends to the members with a vote who have an address, and names those without one', () => {
    const some = aCommittee({ members: [member('Anne'), { name: 'Bjørn' }, member('Vara', { role: 'deputy' })] });
    const { to, withoutAddress } = writtenRecipients(some);
    expect(to).toEqual([{ address: 'anne@as.no', name: 'Anne' }]);
    expect(withoutAddress.map((m) => m.name)).toEqual(['Bjørn']);
  });

  it('lets those who answered sign a protokoll every member signs', () => {
    expect(writtenAttendance(written([['Bjørn', 'agree'], ['Anne', 'meeting']]), board).map((a) => [a.person.name, a.status])).toEqual([
      ['Anne', 'present'],
      ['Bjørn', 'present'],
      ['Cecilie', 'absent'],
      ['Dag', 'absent'],
      ['Eva', 'absent'],
    ]);
  });

  it('words the protokoll in bokmål and nynorsk', () => {
    expect(writtenTreatmentWords('nb').title).toBe('Protokoll fra skriftlig styrebehandling');
    expect(writtenTreatmentWords('nn').title).toBe('Protokoll frå skriftleg styrehandsaming');
    expect(writtenTreatmentWords('nb').result.meetingDemanded).toContain('møtebehandling');
    expect(writtenTreatmentWords('nn').deadline).toBe('Svarfrist');
  });

  it('starts with no saker, no place and no meeting number: the deadline as its date and time, the board\'s chair and secretary', () => {
    const made = newWrittenTreatment(aCommittee({ conventions: committeePreset('aksjeselskap').conventions }), { date: '2026-03-12', start: '12:00' }, 'w1');
    expect(made).toMatchObject({ id: 'w1', committeeId: 'pm', date: '2026-03-12', start: '12:00', place: '', online: false, status: 'draft', items: [], written: { answers: [] } });
    expect(made.end).toBeUndefined();
    expect(made.meetingNumber).toBeUndefined();
    expect(made.chair?.name).toBe('Per Christian Voss');
    expect(v.safeParse(MeetingSchema, made).success).toBe(true);
  });
});
