import { describe, expect, it } from 'vitest';
import { applyMeetingFacts, checkMeetingFacts, detailsOf, factsOf, meetingChangesSinceNotice } from './meetingFacts';
import type { Meeting } from './model';

const meeting: Meeting = {
  id: 'm1',
  committeeId: 'pm',
  date: '2026-06-11',
  start: '13:30',
  end: '15:00',
  timeZone: 'Europe/Oslo',
  place: 'Tønsberg',
  online: true,
  status: 'noticeSent',
  items: [],
  attendance: [],
  itemStartedAt: {},
  notice: { eventId: 'e', transactionId: 't', sentAt: '2026-05-01T08:00:00Z', version: 1, items: [], attachmentIds: [] },
};

describe('meeting facts', () => {
  it('keeps the meeting number, forfall line and letter parts as typed, trimmed, and removes them when emptied', () => {
    const typed = { ...factsOf(meeting), meetingNumber: ' 6/2014 ', absenceNotice: 'Forfall meldes til sekretariatet.', ourRef: '2014/77', yourRef: '', greeting: 'Med vennleg helsing', signature: 'Kari Leiar (sign.)\nleiar' };
    const changed = applyMeetingFacts(meeting, typed);
    expect([changed.meetingNumber, changed.absenceNotice]).toEqual(['6/2014', 'Forfall meldes til sekretariatet.']);
    expect(changed.letter).toEqual({ ingress: [], ourRef: '2014/77', yourRef: undefined, greeting: 'Med vennleg helsing', signature: 'Kari Leiar (sign.)\nleiar' });
    expect(factsOf(changed).signature).toBe('Kari Leiar (sign.)\nleiar');
    const emptied = applyMeetingFacts(changed, { ...factsOf(changed), meetingNumber: '', absenceNotice: ' ', ourRef: '', greeting: '', signature: '' });
    expect([emptied.meetingNumber, emptied.absenceNotice, emptied.letter]).toEqual([undefined, undefined, undefined]);
  });

  it('edits the letter’s ingress with the other facts, and drops the letter when the ingress is emptied too', () => {
    const ingress = [{ type: 'paragraph' as const, content: [{ text: 'Vi viser til møteplanen og kallar inn til møte.' }] }];
    const withIngress = applyMeetingFacts(meeting, { ...factsOf(meeting), ingress });
    expect(withIngress.letter).toEqual({ ingress, ourRef: undefined, yourRef: undefined, greeting: undefined, signature: undefined });
    expect(factsOf(withIngress).ingress).toEqual(ingress);
    expect(applyMeetingFacts(withIngress, { ...factsOf(withIngress), ingress: [] }).letter).toBeUndefined();
  });

  it('refuses a date the calendar does not have and an end before the start, per field', () => {
    const check = checkMeetingFacts({ ...factsOf(meeting), date: '2026-02-30', start: '14:00', end: '13:00' });
    expect(check).toEqual({ ok: false, problems: { date: 'invalidDate', end: 'endNotAfterStart' } });
    expect(checkMeetingFacts({ ...factsOf(meeting), start: '25:00' })).toEqual({ ok: false, problems: { start: 'invalidTime' } });
  });

  it('for a written treatment, takes the Svarfrist (a date, a time when typed) and nothing of a meeting: no end, place or Teams', () => {
    const written: Meeting = { ...meeting, status: 'draft', start: '12:00', end: undefined, place: '', online: false, notice: undefined, written: { answers: [] } };
    expect(factsOf(written)).toMatchObject({ date: '2026-06-11', start: '12:00', end: '' });
    const check = checkMeetingFacts({ ...factsOf(written), date: '2026-06-18', start: '' }, { written: true });
    expect(check).toEqual({ ok: true, facts: expect.objectContaining({ date: '2026-06-18', start: '', end: '' }) });
    if (!check.ok) return;
    const changed = applyMeetingFacts(written, check.facts);
    expect([changed.date, changed.start, changed.end, changed.place, changed.online]).toEqual(['2026-06-18', undefined, undefined, '', false]);
    expect(changed.written).toEqual({ answers: [] });
    expect(checkMeetingFacts({ ...factsOf(written), start: '25:00' }, { written: true })).toEqual({ ok: false, problems: { start: 'invalidTime' } });
    expect(checkMeetingFacts({ ...factsOf(written), date: '2026-02-30' }, { written: true })).toEqual({ ok: false, problems: { date: 'invalidDate' } });
  });

  it('keeps the facts as sent the first time they change after the notice, and summarises the move', () => {
    const changed = applyMeetingFacts(meeting, { ...factsOf(meeting), place: ' Sandefjord ', start: '12:00' });
    expect(changed.place).toBe('Sandefjord');
    expect(changed.notice?.details).toEqual({ date: '2026-06-11', start: '13:30', end: '15:00', place: 'Tønsberg', online: true });
    const again = applyMeetingFacts(changed, { ...factsOf(changed), place: 'Larvik' });
    expect(again.notice?.details?.place).toBe('Tønsberg');
    expect(meetingChangesSinceNotice(again, 'nb')).toEqual(['Nytt tidspunkt: kl. 12.00–15.00', 'Nytt møtested: Larvik']);
    expect(meetingChangesSinceNotice(again, 'nn')).toContain('Ny møtestad: Larvik');
  });

  it('says a befaring moved, added or dropped after the notice, so the workspace asks for an update and the update says what changed', () => {
    const visited = { ...meeting, siteVisit: { start: '09:00', place: 'Leines skole' } };
    const sent = { ...visited, notice: visited.notice ? { ...visited.notice, details: detailsOf(visited) } : undefined };
    expect(meetingChangesSinceNotice(sent, 'nb')).toEqual([]);
    const moved = applyMeetingFacts(sent, { ...factsOf(sent), siteVisitStart: '08:30' });
    expect(meetingChangesSinceNotice(moved, 'nb')).toEqual(['Ny befaring: kl. 08.30, Leines skole']);
    expect(meetingChangesSinceNotice(moved, 'nn')).toEqual(['Ny synfaring: kl. 08.30, Leines skole']);
    const dropped = applyMeetingFacts(sent, { ...factsOf(sent), siteVisitStart: '', siteVisitPlace: '' });
    expect(meetingChangesSinceNotice(dropped, 'nb')).toEqual(['Befaringen utgår']);
    expect(meetingChangesSinceNotice(dropped, 'nn')).toEqual(['Synfaringa fell bort']);
  });

  it('has nothing to say once the update carried the new facts', () => {
    const moved = applyMeetingFacts(meeting, { ...factsOf(meeting), place: 'Larvik' });
    // What the sender records on the notice when the update goes out.
    const updated = moved.notice ? { ...moved, notice: { ...moved.notice, details: detailsOf(moved) } } : moved;
    expect(updated.notice?.details?.place).toBe('Larvik');
    expect(meetingChangesSinceNotice(updated, 'nb')).toEqual([]);
  });

  it('empties "Til" and "Tema" to the committee default when cleared', () => {
    const withTheme = applyMeetingFacts({ ...meeting, theme: 'Innkalling', recipients: 'Medlemmer' }, { ...factsOf(meeting), theme: '  ', recipients: '' });
    expect(withTheme.theme).toBeUndefined();
    expect(withTheme.recipients).toBeUndefined();
  });

  it('keeps a befaring as typed (time, meeting point, what it is about), and none when its fields are emptied', () => {
    const typed = { ...factsOf(meeting), siteVisitStart: '09:00', siteVisitPlace: ' Leines skole ', siteVisitAbout: 'Gang- og sykkelsti (sak PS 3/26)' };
    const check = checkMeetingFacts(typed);
    expect(check.ok).toBe(true);
    const visited = applyMeetingFacts(meeting, typed);
    expect(visited.siteVisit).toEqual({ start: '09:00', place: 'Leines skole', about: 'Gang- og sykkelsti (sak PS 3/26)' });
    expect([factsOf(visited).siteVisitStart, factsOf(visited).siteVisitPlace]).toEqual(['09:00', 'Leines skole']);
    // No time of its own: the innkalling gives the place alone.
    expect(applyMeetingFacts(meeting, { ...typed, siteVisitStart: '' }).siteVisit).toEqual({ place: 'Leines skole', about: 'Gang- og sykkelsti (sak PS 3/26)' });
    expect(applyMeetingFacts(visited, { ...factsOf(visited), siteVisitStart: '', siteVisitPlace: '', siteVisitAbout: '' }).siteVisit).toBeUndefined();
  });

  it('refuses a befaring time that is no time, and a befaring without the place to meet, naming the field', () => {
    expect(checkMeetingFacts({ ...factsOf(meeting), siteVisitStart: '9', siteVisitPlace: 'Leines skole', siteVisitAbout: '' })).toEqual({ ok: false, problems: { siteVisitStart: 'invalidTime' } });
    expect(checkMeetingFacts({ ...factsOf(meeting), siteVisitStart: '09:00', siteVisitPlace: ' ', siteVisitAbout: '' })).toEqual({ ok: false, problems: { siteVisitPlace: 'siteVisitWithoutPlace' } });
  });
});
