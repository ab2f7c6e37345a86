import { describe, expect, it } from 'vitest';
import { blankCommittee } from './blankCommittee';
import { defaultConventions } from './conventions';
import { meetingNumberAfterMove, nextMeetingNumber } from './meetingNumbering';
import { newMeetingFromTemplate } from './agendaTemplate';
import type { Committee } from './model';

const board: Committee = { ...blankCommittee('havn'), conventions: { ...defaultConventions(), meetingsNumbered: true } };
const held = (id: string, date: string, meetingNumber?: string, committeeId = 'havn') => ({ id, committeeId, date, ...(meetingNumber === undefined ? {} : { meetingNumber }) });

describe('a board numbers its styremøter through the year («Styremøte 3/2026»)', () => {
  it('gives the first meeting of a year 1/YYYY and the next one past the meetings already made that year', () => {
    expect(nextMeetingNumber(board, [], '2026-02-10')).toBe('1/2026');
    expect(nextMeetingNumber(board, [held('a', '2025-11-01', '6/2025'), held('b', '2026-02-10', '1/2026'), held('c', '2026-04-20')], '2026-06-01')).toBe('3/2026');
  });

  it('continues past a number typed higher that year, and counts only the committee\'s own meetings', () => {
    expect(nextMeetingNumber(board, [held('a', '2026-03-01', 'nr. 4/26')], '2026-05-01')).toBe('5/2026');
    expect(nextMeetingNumber(board, [held('x', '2026-03-01', '7/2026', 'other')], '2026-05-01')).toBe('1/2026');
  });

  it('gives none to a committee that does not number its meetings', () => {
    expect(nextMeetingNumber(blankCommittee('k'), [], '2026-05-01')).toBeUndefined();
  });

  it('puts the number on the new meeting the template makes, so the innkalling and protokoll print «Møte 2/2026»', () => {
    let id = 0;
    const make = (committee: Committee) =>
      newMeetingFromTemplate({ committee, date: '2026-09-17', start: '18:00', end: '20:00', online: false, existingMeetings: [], committeeMeetings: [held('a', '2026-02-01', '1/2026')], idFactory: () => `id-${++id}` });
    expect(make(board).meetingNumber).toBe('2/2026');
    expect(make({ ...board, conventions: defaultConventions() }).meetingNumber).toBeUndefined();
  });
});

describe('the unnumbered opening row under a numbering that restarts in each meeting', () => {
  it('takes no number: the first sak after it is still «Sak 1»', () => {
    const committee: Committee = { ...blankCommittee('utvalg'), caseNumberFormat: 'Sak {N}', caseNumberSerial: 'perMeeting', conventions: { ...defaultConventions(), openingRow: 'Ord for dagen' } };
    let id = 0;
    const meeting = newMeetingFromTemplate({ committee, date: '2026-09-17', start: '18:00', end: '20:00', online: false, existingMeetings: [], idFactory: () => `id-${++id}` });
    expect(meeting.items.map((item) => [item.title, item.caseNumber])).toEqual([
      ['Ord for dagen', null],
      [expect.stringMatching(/^Godkjenning/), 'Sak 1'],
      ...meeting.items.slice(2).map((item) => [item.title, null]),
    ]);
  });
});

describe('a numbered meeting moved to another year', () => {
  const moved = (number: string | undefined, from: string, to: string) => {
    const before = { id: 'm', committeeId: 'havn', date: from, ...(number === undefined ? {} : { meetingNumber: number }) };
    return meetingNumberAfterMove(board, [held('a', '2027-01-20', '1/2027'), before], before, { ...before, date: to });
  };

  it('takes the next number of its new year when its number was of the old one and not changed in the same edit', () => {
    expect(moved('5/2026', '2026-12-10', '2027-02-04').meetingNumber).toBe('2/2027');
  });

  it('keeps a number the secretariat typed in the same edit, one of another form, and any number within the year', () => {
    const before = { id: 'm', committeeId: 'havn', date: '2026-12-10', meetingNumber: '5/2026' };
    expect(meetingNumberAfterMove(board, [], before, { ...before, date: '2027-02-04', meetingNumber: '1/2027' }).meetingNumber).toBe('1/2027');
    expect(moved('Ekstraordinært møte', '2026-12-10', '2027-02-04').meetingNumber).toBe('Ekstraordinært møte');
    expect(moved('5/2026', '2026-12-10', '2026-12-17').meetingNumber).toBe('5/2026');
    expect(moved(undefined, '2026-12-10', '2027-02-04').meetingNumber).toBeUndefined();
    expect(meetingNumberAfterMove(blankCommittee('havn'), [], before, { ...before, date: '2027-02-04' }).meetingNumber).toBe('5/2026');
  });
});
