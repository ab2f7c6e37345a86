import { describe, expect, it } from 'vitest';
import { canRecordMinutes } from './permissions';
import { testMeeting } from './testing/testMeeting';

describe('canRecordMinutes', () => {
  const meeting = testMeeting();
  it('lets the referent and the chair write, whatever the case of their address', () => {
    expect(canRecordMinutes(meeting, undefined, { upn: 'Hilde.Kari.Maugesten@siv.example' })).toBe(true);
    expect(canRecordMinutes(meeting, undefined, { upn: 'per.christian.voss@siv.example' })).toBe(true);
  });
  it('keeps other participants and unknown users read-only', () => {
    expect(canRecordMinutes(meeting, undefined, { upn: 'kristin.liset@horten.kommune.example.no' })).toBe(false);
    expect(canRecordMinutes(meeting, undefined, undefined)).toBe(false);
    expect(canRecordMinutes(meeting, undefined, { displayName: 'Hilde Kari Maugesten' })).toBe(false);
  });
});
