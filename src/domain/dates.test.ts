import { describe, expect, it, vi } from 'vitest';
import {
  formatClockTime,
  formatDateLong,
  formatDateShort,
  formatDeadline,
  formatMeetingWhen,
  formatTimeRange,
  osloToUtc,
  osloToday,
  parseIsoDate,
  utcToOslo,
  yearOf,
} from './dates';
import { DomainError } from './errors';
import { formatDateWritten } from './writtenDates';
import { intlFormattersMade } from './testing/intlFormattersMade';

describe('Norwegian date formatting', () => {
  it('writes the long date of the innkalling as dd.mm.yyyy', () => {
    expect(formatDateLong('2026-06-11')).toBe('11.06.2026');
    expect(formatDateLong('2025-01-05')).toBe('05.01.2025');
  });

  it('writes the short date of file names as dd.mm.yy', () => {
    expect(formatDateShort('2026-06-11')).toBe('11.06.26');
    expect(formatDateShort('2005-06-05')).toBe('05.06.05');
  });

  it('writes clock times with a full stop and ranges with an en dash', () => {
    expect(formatClockTime('09:05')).toBe('09.05');
    expect(formatTimeRange('13:30', '15:00')).toBe('kl. 13.30–15.00');
  });

  it('writes when a meeting is as on the innkalling', () => {
    expect(formatMeetingWhen({ date: '2026-06-11', start: '13:30', end: '15:00' })).toBe('11.06.2026 kl. 13.30–15.00');
    expect(formatMeetingWhen({ date: '2024-05-30' })).toBe('30.05.2024');
  });

  it('writes a written treatment\'s answer deadline one way for the workspace, the protokoll and the mail: the date, and its time when typed', () => {
    expect(formatDeadline({ date: '2026-03-12', start: '12:00' })).toBe('12.03.2026 kl. 12.00');
    expect(formatDeadline({ date: '2026-03-12' })).toBe('12.03.2026');
  });

  it('writes the date out with its weekday and month, in bokmål and nynorsk, for a committee that writes it so («tirsdag 12. mai 2026», nn «tysdag»)', () => {
    expect(formatDateWritten('2026-05-12', 'nb')).toBe('tirsdag 12. mai 2026');
    expect(formatDateWritten('2026-05-12', 'nn')).toBe('tysdag 12. mai 2026');
    expect(formatDateWritten('2026-06-13', 'nn')).toBe('laurdag 13. juni 2026');
    expect(formatDateWritten('2026-06-14', 'nb')).toBe('søndag 14. juni 2026');
    expect(formatDateWritten('2026-06-14', 'nn')).toBe('sundag 14. juni 2026');
    expect(formatDateWritten('2026-01-05', 'nn')).toBe('måndag 5. januar 2026');
    expect(formatMeetingWhen({ date: '2026-06-11', start: '13:30', end: '15:00' }, (date) => formatDateWritten(date, 'nb'))).toBe('torsdag 11. juni 2026 kl. 13.30–15.00');
    expect(formatMeetingWhen({ date: '2026-06-11' }, (date) => formatDateWritten(date, 'nn'))).toBe('torsdag 11. juni 2026');
  });

  it('refuses dates that are not in the calendar with a Norwegian message', () => {
    expect(() => formatDateLong('2026-02-30')).toThrow(DomainError);
    expect(() => formatDateLong('2026-02-30')).toThrow('dateNotInCalendar');
    expect(() => formatDateLong('11.06.2026')).toThrow('badDateFormat');
    expect(() => parseIsoDate('2026-13-01')).toThrow(DomainError);
  });

  it('accepts 29 February only in leap years', () => {
    expect(formatDateLong('2028-02-29')).toBe('29.02.2028');
    expect(() => formatDateLong('2026-02-29')).toThrow(DomainError);
  });

  it('refuses malformed clock times', () => {
    expect(() => formatTimeRange('24:00', '25:00')).toThrow('badTimeFormat');
    expect(() => formatClockTime('9:30')).toThrow(DomainError);
  });

  it('gives the year a meeting belongs to', () => {
    expect(yearOf('2026-12-31')).toBe(2026);
  });
});

describe('Oslo ↔ UTC', () => {
  it('uses UTC+1 in winter and UTC+2 in summer', () => {
    expect(osloToUtc('2026-01-15', '13:30')).toBe('2026-01-15T12:30:00.000Z');
    expect(osloToUtc('2026-06-11', '13:30')).toBe('2026-06-11T11:30:00.000Z');
  });

  it('switches offset on the last Sunday of March (29.03.2026) at 02:00', () => {
    expect(osloToUtc('2026-03-29', '01:30')).toBe('2026-03-29T00:30:00.000Z');
    expect(osloToUtc('2026-03-29', '03:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(osloToUtc('2026-03-29', '13:00')).toBe('2026-03-29T11:00:00.000Z');
  });

  it('reads a time in the skipped spring hour as if the clock had not jumped yet', () => {
    // 02:30 does not exist on 29.03.2026; it lands on 03:30 summer time.
    expect(osloToUtc('2026-03-29', '02:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(utcToOslo(osloToUtc('2026-03-29', '02:30'))).toEqual({ date: '2026-03-29', time: '03:30' });
  });

  it('switches back on the last Sunday of October (25.10.2026) and picks summer time for the repeated hour', () => {
    expect(osloToUtc('2026-10-25', '01:30')).toBe('2026-10-24T23:30:00.000Z');
    expect(osloToUtc('2026-10-25', '02:30')).toBe('2026-10-25T00:30:00.000Z');
    expect(osloToUtc('2026-10-25', '03:30')).toBe('2026-10-25T02:30:00.000Z');
    expect(osloToUtc('2026-10-25', '13:30')).toBe('2026-10-25T12:30:00.000Z');
  });

  it('reads both instants of the repeated October hour back as the same wall-clock time', () => {
    expect(utcToOslo('2026-10-25T00:30:00Z')).toEqual({ date: '2026-10-25', time: '02:30' });
    expect(utcToOslo('2026-10-25T01:30:00Z')).toEqual({ date: '2026-10-25', time: '02:30' });
  });

  it('converts UTC back to the Oslo date, crossing midnight', () => {
    expect(utcToOslo('2026-06-10T22:30:00.000Z')).toEqual({ date: '2026-06-11', time: '00:30' });
    expect(utcToOslo('2026-12-31T23:15:00Z')).toEqual({ date: '2027-01-01', time: '00:15' });
    expect(utcToOslo('2026-06-11T13:30:00+02:00')).toEqual({ date: '2026-06-11', time: '13:30' });
  });

  it('round-trips every quarter hour of both switch days except the skipped hour', () => {
    for (const date of ['2026-03-29', '2026-10-25', '2027-03-28']) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        const back = utcToOslo(osloToUtc(date, time));
        if (date.endsWith('03-29') || date.endsWith('03-28')) {
          if (time.startsWith('02:')) continue;
        }
        expect(back, `${date} ${time}`).toEqual({ date, time });
      }
    }
  });

  it('reads Graph\'s zoneless dateTime of a UTC event as UTC, not as local time', () => {
    expect(utcToOslo('2026-06-11T11:30:00.0000000')).toEqual({ date: '2026-06-11', time: '13:30' });
    expect(utcToOslo('2026-01-15T12:30:00')).toEqual({ date: '2026-01-15', time: '13:30' });
  });

  it('refuses text that is not a time', () => {
    expect(() => utcToOslo('i morgen')).toThrow(DomainError);
    expect(() => utcToOslo('2026-06-11')).toThrow('badInstant');
    expect(() => utcToOslo('2026-13-45T11:30:00Z')).toThrow(DomainError);
  });
});

describe('the Oslo time zone formatter', () => {
  const formatters = intlFormattersMade('DateTimeFormat');

  it('is made when an Oslo time is first asked for, not when the module is evaluated (issue 14: ICU set-up on a cold start)', async () => {
    const made = formatters.count();
    vi.resetModules();
    const fresh = await import('./dates');
    expect(fresh.formatMeetingWhen({ date: '2026-06-11', start: '13:30', end: '15:00' })).toBe('11.06.2026 kl. 13.30–15.00');
    expect(made.made).toBe(0);
    expect(fresh.utcToOslo('2026-06-11T11:30:00Z')).toEqual({ date: '2026-06-11', time: '13:30' });
    expect(fresh.osloToUtc('2026-01-15', '09:00')).toBe('2026-01-15T08:00:00.000Z');
    expect(made.made).toBe(1); // one formatter, kept
  });
});

describe("today's date in Oslo", () => {
  const formatters = intlFormattersMade('DateTimeFormat');

  it('needs no Intl formatter but in the one hour when winter and summer time give different dates (issue 14: ICU set-up on a cold start)', async () => {
    const made = formatters.count();
    vi.resetModules();
    const fresh = await import('./dates');
    expect(fresh.osloToday(new Date('2026-06-10T21:59:00Z'))).toBe('2026-06-10');
    expect(fresh.osloToday(new Date('2026-01-15T23:30:00Z'))).toBe('2026-01-16');
    expect(fresh.osloToday(new Date('2026-03-29T00:30:00Z'))).toBe('2026-03-29'); // the spring-forward night
    expect(made.made).toBe(0);
    expect(fresh.osloToday(new Date('2026-06-10T22:30:00Z'))).toBe('2026-06-11');
    expect(made.made).toBe(1);
  });

  it('agrees with the runtime’s zone rules at every quarter hour of 2025–2027', () => {
    const viaIntl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });
    const disagreements: string[] = [];
    for (let at = Date.UTC(2025, 0, 1); at < Date.UTC(2028, 0, 1); at += 15 * 60_000) {
      const expected = viaIntl.format(at);
      if (osloToday(new Date(at)) !== expected) disagreements.push(new Date(at).toISOString());
    }
    expect(disagreements).toEqual([]);
  });

  it('is the Oslo date wherever the browser is, across midnight and DST', () => {
    expect(osloToday(new Date('2026-06-10T21:59:00Z'))).toBe('2026-06-10'); // 23:59 summer time
    expect(osloToday(new Date('2026-06-10T22:30:00Z'))).toBe('2026-06-11'); // 00:30 summer time
    expect(osloToday(new Date('2026-01-15T22:30:00Z'))).toBe('2026-01-15'); // 23:30 winter time
    expect(osloToday(new Date('2026-01-15T23:30:00Z'))).toBe('2026-01-16');
  });
});
