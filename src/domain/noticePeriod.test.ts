import { describe, expect, it } from 'vitest';
import { lateNotice, latestNoticeDate } from './noticePeriod';

describe('the least notice before a meeting (aksjeloven § 5-10: «senest én uke før møtet»)', () => {
  it('the last day the innkalling may go out is the meeting\'s date less the days of notice', () => {
    expect(latestNoticeDate('2026-05-28', 7)).toBe('2026-05-21');
    expect(latestNoticeDate('2026-03-03', 7)).toBe('2026-02-24');
    expect(latestNoticeDate('2026-05-28', undefined)).toBeUndefined();
  });

  it('sending after that day is late, naming it; on it or before is not; a committee without a limit is never late', () => {
    expect(lateNotice({ date: '2026-05-28' }, '2026-05-22', 7)).toBe('2026-05-21');
    expect(lateNotice({ date: '2026-05-28' }, '2026-05-21', 7)).toBeUndefined();
    expect(lateNotice({ date: '2026-05-28' }, '2026-05-06', 7)).toBeUndefined();
    expect(lateNotice({ date: '2026-05-28' }, '2026-05-27', undefined)).toBeUndefined();
  });
});
