import { describe, expect, it } from 'vitest';
import { testMeeting } from '../meeting/testing/testMeeting';
import { stageProgress } from './stageProgress';

describe('stageProgress', () => {
  it('shows the current item, its place in the agenda and the minutes used against the plan', () => {
    const meeting = { ...testMeeting(), status: 'inProgress' as const, currentItemId: 'item-2', itemStartedAt: { 'item-2': '2026-06-11T11:40:00.000Z' } };
    const progress = stageProgress(meeting, new Date('2026-06-11T11:47:30.000Z'));
    expect(progress).toMatchObject({ position: 2, total: 3, minutesUsed: 7, plannedMinutes: 10, overTime: false });
    expect(progress.current?.title).toBe('Referat fra Partnerskapsmøte 05.06.2025');
  });

  it('flags an item that runs over its planned time', () => {
    const meeting = { ...testMeeting(), currentItemId: 'item-3', itemStartedAt: { 'item-3': '2026-06-11T12:00:00.000Z' } };
    expect(stageProgress(meeting, new Date('2026-06-11T12:11:00.000Z')).overTime).toBe(true);
  });

  it('has no current item and no time before the referent picks one', () => {
    const progress = stageProgress(testMeeting(), new Date());
    expect(progress.current).toBeUndefined();
    expect(progress.position).toBeUndefined();
    expect(progress.passed).toBe(0);
    expect(progress.minutesUsed).toBeUndefined();
  });

  it('counts the saker in «Sak N av M», not the closing row: three saker and «Oppsummering og avslutning» are «av 3»', () => {
    const base = testMeeting();
    const closing = { ...base.items[0]!, id: 'closing', caseNumber: null, kinds: [], closing: true, title: 'Oppsummering og avslutning' };
    const meeting = { ...base, items: [...base.items, closing], currentItemId: 'item-3' };
    expect(stageProgress(meeting, new Date())).toMatchObject({ position: 3, passed: 3, total: 3 });
    // On the closing row there is no «Sak 4 av 3»: no sak number, and the bar full.
    const atClose = stageProgress({ ...meeting, currentItemId: 'closing' }, new Date());
    expect(atClose.current?.title).toBe('Oppsummering og avslutning');
    expect(atClose).toMatchObject({ passed: 3, total: 3 });
    expect(atClose.position).toBeUndefined();
  });

  it('does not count an unnumbered row («Eventuelt») as a sak, and shows no sak number while it is treated', () => {
    const base = testMeeting();
    const other = { ...base.items[0]!, id: 'eventuelt', caseNumber: null, kinds: [], row: 'unnumbered' as const, title: 'Eventuelt' };
    const meeting = { ...base, items: [base.items[0]!, other, ...base.items.slice(1)], currentItemId: 'item-2' };
    expect(stageProgress(meeting, new Date())).toMatchObject({ position: 2, total: 3 });
    const atOther = stageProgress({ ...meeting, currentItemId: 'eventuelt' }, new Date());
    expect(atOther).toMatchObject({ passed: 1, total: 3 });
    expect(atOther.position).toBeUndefined();
  });

  it('does not count a section heading as a sak on the way through the agenda', () => {
    const base = testMeeting();
    const [first, ...rest] = base.items;
    if (!first) throw new Error('no items');
    const heading = { ...first, id: 'heading', caseNumber: null, row: 'heading' as const, title: 'Saker til behandling' };
    const meeting = { ...base, items: [first, heading, ...rest], currentItemId: 'item-2' };
    expect(stageProgress(meeting, new Date())).toMatchObject({ position: 2, total: 3 });
  });
});
