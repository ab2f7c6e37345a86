import { describe, expect, it } from 'vitest';
import { committeeYearKey, conclusionText, filtersRows, matchesRegister, openFollowUpItems, planWindows, registerEntryOf, type RegisterEntry } from './decisionRegister';
import { aMeeting, anItem } from './testing/builders';

const entry = (over: Partial<RegisterEntry> = {}): RegisterEntry => ({
  itemId: 'i1',
  meetingId: 'm1',
  committeeId: 'pm',
  meetingDate: '2024-06-13',
  caseNumber: '2024.04',
  title: 'Handlingsplan for Helsefellesskapet',
  kinds: ['vedtak'],
  conclusion: 'Partnerskapet godkjenner utkastet til handlingsplan.',
  ...over,
});

describe('planWindows: the indexed windows a register query reads, newest first', () => {
  const years = { first: 2022, last: 2024 };

  it('reads one case number window when a case number is given, whatever else is asked', () => {
    expect(planWindows({ caseNumber: ' 2024.04 ', year: 2023, committeeId: 'pm', text: 'plan' }, years)).toEqual([{ column: 'CaseNumber', value: '2024.04' }]);
  });

  it('keeps the year and committee windows when only saker with open follow-up are asked for (storage narrows each)', () => {
    expect(planWindows({ openFollowUp: true, year: 2024 }, years)).toEqual([{ column: 'MeetingYear', value: 2024 }]);
    expect(planWindows({ openFollowUp: true, committeeId: 'pm' }, years).map((window) => window.value)).toEqual(['pm|2024', 'pm|2023', 'pm|2022']);
  });

  it('reads one committee|year window for a committee and a year', () => {
    expect(planWindows({ committeeId: 'pm', year: 2023 }, years)).toEqual([{ column: 'CommitteeYear', value: committeeYearKey('pm', 2023) }]);
  });

  it("reads the committee's years one by one, newest first, for a committee alone", () => {
    expect(planWindows({ committeeId: 'pm', text: 'plan' }, years).map((window) => window.value)).toEqual(['pm|2024', 'pm|2023', 'pm|2022']);
  });

  it('reads year by year, newest first, for free text or sakstype alone, and nothing when the register is empty', () => {
    expect(planWindows({ text: 'plan', kind: 'vedtak' }, years)).toEqual([2024, 2023, 2022].map((value) => ({ column: 'MeetingYear', value })));
    expect(planWindows({ text: 'plan' }, undefined)).toEqual([]);
    expect(planWindows({ year: 2020 }, undefined)).toEqual([{ column: 'MeetingYear', value: 2020 }]);
  });

  it('says whether rows are filtered beyond the window (bigger reads then)', () => {
    expect(filtersRows({ year: 2024, committeeId: 'pm' })).toBe(false);
    expect(filtersRows({ text: '  ' })).toBe(false);
    expect(filtersRows({ text: 'plan' })).toBe(true);
    expect(filtersRows({ kind: 'vedtak' })).toBe(true);
    expect(filtersRows({ openFollowUp: true })).toBe(true);
  });
});

describe('matchesRegister: what a row read must satisfy', () => {
  it('finds every word of the free text in the konklusjon, title or case number, in any case', () => {
    expect(matchesRegister(entry(), { text: 'HANDLINGSPLAN godkjenner' })).toBe(true);
    expect(matchesRegister(entry(), { text: 'helsefellesskapet 2024.04' })).toBe(true);
    expect(matchesRegister(entry(), { text: 'handlingsplan budsjett' })).toBe(false);
  });

  it('leaves out saker without a recorded konklusjon', () => {
    expect(matchesRegister(entry({ conclusion: '  ' }), {})).toBe(false);
  });

  it('checks year, committee, sakstype, case number and the page\'s saker with an open task', () => {
    expect(matchesRegister(entry(), { year: 2024, committeeId: 'pm', kind: 'vedtak', caseNumber: '2024.04', openFollowUp: true }, new Set(['i1']))).toBe(true);
    expect(matchesRegister(entry(), { openFollowUp: true })).toBe(false);
    expect(matchesRegister(entry(), { year: 2023 })).toBe(false);
    expect(matchesRegister(entry(), { committeeId: 'su' })).toBe(false);
    expect(matchesRegister(entry(), { kind: 'orientering' })).toBe(false);
    expect(matchesRegister(entry(), { caseNumber: '2024.05' })).toBe(false);
    expect(matchesRegister(entry(), { openFollowUp: true }, new Set(['other']))).toBe(false);
  });
});

describe('openFollowUpItems: the saker of a page with an open task', () => {
  const planner = (taskId: string) => ({ kind: 'planner' as const, taskId, planId: 'plan' });

  it('counts a sak as open when any of its tasks is open, and counts tasks Graph would not show', () => {
    const entries = [entry({ itemId: 'a', followUpTasks: [planner('t1'), planner('t2')] }), entry({ itemId: 'b', followUpTasks: [planner('t3')] }), entry({ itemId: 'c', followUpTasks: [planner('t4')] })];
    const statuses = new Map([
      ['t1', { state: 'completed' as const }],
      ['t2', { state: 'open' as const, percentComplete: 50 }],
      ['t3', { state: 'completed' as const }],
      ['t4', { state: 'unknown' as const }],
    ]);
    expect(openFollowUpItems(entries, statuses)).toEqual({ open: new Set(['a']), unknown: 1 });
  });
});

describe('the konklusjon as the register stores it', () => {
  it('numbers several points one per line and leaves one point as it is', () => {
    expect(conclusionText(['Første.', ' ', 'Andre.'])).toBe('1. Første.\n2. Andre.');
    expect(conclusionText(['Tatt til orientering.'])).toBe('Tatt til orientering.');
    expect(conclusionText([])).toBe('');
  });

  it("takes the meeting's committee and date onto the sak's entry", () => {
    const item = anItem('x', { caseNumber: null, conclusion: ['Vedtatt.'] });
    const meeting = aMeeting({ id: 'm9', committeeId: 'su', date: '2025-02-03', items: [item] });
    expect(registerEntryOf(meeting, item)).toEqual({ itemId: 'x', meetingId: 'm9', committeeId: 'su', meetingDate: '2025-02-03', caseNumber: null, title: item.title, kinds: item.kinds, conclusion: 'Vedtatt.' });
  });
});
