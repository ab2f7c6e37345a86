import { describe, expect, it } from 'vitest';
import { lateNotice, latestNoticeDate } from './noticePeriod';
import { aMeeting, anItem } from './testing/builders';
import type { Meeting, SentNotice } from './model';

describe('the least notice before a meeting (aksjeloven § 5-10: «senest én uke før møtet»)', () => {
  it('the last day the innkalling may go out is the meeting\'s date less the days of notice', () => {
    expect(latestNoticeDate('2026-05-28', 7)).toBe('2026-05-21');
    expect(latestNoticeDate('2026-03-03', 7)).toBe('2026-02-24');
    expect(latestNoticeDate('2026-05-28', undefined)).toBeUndefined();
  });

  it('sending after that day is late, naming it; on it or before is not; a committee without a limit is never late', () => {
    const meeting = aMeeting({ date: '2026-05-28' });
    expect(lateNotice(meeting, '2026-05-22', 7)).toEqual({ latest: '2026-05-21', cause: 'notice' });
    expect(lateNotice(meeting, '2026-05-21', 7)).toBeUndefined();
    expect(lateNotice(meeting, '2026-05-06', 7)).toBeUndefined();
    expect(lateNotice(meeting, '2026-05-27', undefined)).toBeUndefined();
  });
});

describe('an update checked by the same rule: what it brings needs the notice period anew', () => {
  const sentItems = [anItem('a'), anItem('b')];
  const sent = (date: string): SentNotice => ({
    eventId: 'e',
    transactionId: 't',
    sentAt: '2026-05-10T08:00:00Z',
    version: 1,
    items: sentItems,
    attachmentIds: [],
    details: { date, place: 'Våle samfunnshus', online: true },
  });
  const noticed = (overrides: Partial<Meeting>): Meeting => aMeeting({ status: 'noticeSent', date: '2026-05-28', items: sentItems, notice: sent('2026-05-28'), ...overrides });

  it('moving the meeting to an earlier date after the last day for it is late, naming that day', () => {
    expect(lateNotice(noticed({ date: '2026-05-25', notice: sent('2026-06-04') }), '2026-05-20', 7)).toEqual({ latest: '2026-05-18', cause: 'movedEarlier' });
  });

  it('a sak the innkalling did not list, added after the last day, is late', () => {
    expect(lateNotice(noticed({ items: [...sentItems, anItem('c')] }), '2026-05-22', 7)).toEqual({ latest: '2026-05-21', cause: 'sakAdded' });
  });

  it('an update that keeps the date and the saker, moves the meeting later, or comes in time is not late', () => {
    expect(lateNotice(noticed({ place: 'Rådhuset' }), '2026-05-27', 7)).toBeUndefined();
    expect(lateNotice(noticed({ items: [sentItems[1]!] }), '2026-05-27', 7)).toBeUndefined();
    expect(lateNotice(noticed({ date: '2026-06-04', notice: sent('2026-05-28'), items: [...sentItems, anItem('c')] }), '2026-05-27', 7)).toBeUndefined();
    expect(lateNotice(noticed({ date: '2026-05-25', notice: sent('2026-06-04') }), '2026-05-18', 7)).toBeUndefined();
    expect(lateNotice(noticed({ items: [...sentItems, anItem('c', { row: 'heading' })] }), '2026-05-22', 7)).toBeUndefined();
    expect(lateNotice(noticed({ items: [...sentItems, anItem('c')] }), '2026-05-27', undefined)).toBeUndefined();
  });
});
