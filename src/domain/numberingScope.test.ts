import { describe, expect, it } from 'vitest';
import { sameYearNumbering } from './numberingScope';
import { aCommittee, aMeeting } from './testing/builders';

describe('the other meetings numbering a meeting needs', () => {
  const meetings = [
    aMeeting({ id: 'june', date: '2026-06-19' }),
    aMeeting({ id: 'last-year', date: '2025-12-01' }),
    aMeeting({ id: 'other-committee', date: '2026-03-01', committeeId: 'someone-else' }),
    aMeeting({ id: 'this', date: '2026-09-08' }),
  ];

  it('are the committee\'s others of the same year when the serial runs through the year', () => {
    const committee = aCommittee();
    expect(sameYearNumbering(committee, meetings, '2026-09-08', 'this').map((meeting) => meeting.id)).toEqual(['june']);
  });

  it('are none when every series starts at 1 in each meeting (UiO\'s «V-sak 1», «O-sak 1»), so no other meeting is read', () => {
    const committee = aCommittee({ caseNumberFormat: 'V-sak {N}', caseNumberSerial: 'perMeeting' });
    expect(sameYearNumbering(committee, meetings, '2026-09-08', 'this')).toEqual([]);
  });
});
