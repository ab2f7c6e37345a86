import { describe, expect, it } from 'vitest';
import { CommitteeSchema } from '../../domain/model';
import { addGuest, attendanceRows, setPresenceDuringItem, setStatus, setSubstitute } from './attendance';
import { testMeeting } from './testing/testMeeting';

const committee = CommitteeSchema.parse({
  id: 'partnerskapsmotet',
  name: 'Partnerskapsmøtet',
  shortName: 'PM',
  languageForm: 'nb',
  caseNumberFormat: '{YYYY}.{NN}',
  members: [{ name: 'Per Christian Voss' }, { name: 'Kristin Liset' }, { name: 'Tobias Solli Iveland' }],
});

describe('attendance', () => {
  it('lists every standing member, unrecorded until the referent says otherwise', () => {
    const rows = attendanceRows(committee, testMeeting());
    expect(rows.map((r) => [r.person.name, r.status])).toEqual([
      ['Per Christian Voss', 'unknown'],
      ['Kristin Liset', 'unknown'],
      ['Tobias Solli Iveland', 'unknown'],
    ]);
  });

  it('records a substitute as "X for Y" and the member as absent (forfall)', () => {
    const meeting = testMeeting();
    meeting.attendance = setStatus(meeting.attendance, { name: 'Per Christian Voss' }, 'present');
    meeting.attendance = setSubstitute(meeting.attendance, { name: 'Kristin Liset' }, 'Renate Solstad');
    const rows = attendanceRows(committee, meeting);
    expect(rows[1]).toMatchObject({ status: 'absent', substitute: { person: { name: 'Renate Solstad' }, status: 'substitute', substituteFor: 'Kristin Liset' } });
    expect(rows[0]?.status).toBe('present');

    meeting.attendance = setSubstitute(meeting.attendance, { name: 'Kristin Liset' }, 'Guro Winsvold');
    expect(meeting.attendance.filter((a) => a.status === 'substitute')).toHaveLength(1);
    meeting.attendance = setSubstitute(meeting.attendance, { name: 'Kristin Liset' }, '  ');
    expect(attendanceRows(committee, meeting)[1]?.substitute).toBeUndefined();
  });

  it('records arriving and leaving during an item, and clears it again', () => {
    let attendance = setStatus([], { name: 'Tobias Solli Iveland' }, 'present');
    attendance = setPresenceDuringItem(attendance, 'Tobias Solli Iveland', 'arrivedDuringItem', 'item-2');
    attendance = setPresenceDuringItem(attendance, 'Tobias Solli Iveland', 'leftDuringItem', 'item-3');
    expect(attendance[0]).toMatchObject({ arrivedDuringItem: 'item-2', leftDuringItem: 'item-3' });
    attendance = setPresenceDuringItem(attendance, 'Tobias Solli Iveland', 'arrivedDuringItem', undefined);
    expect(attendance[0]).not.toHaveProperty('arrivedDuringItem');
    // Changing status keeps the times.
    attendance = setStatus(attendance, { name: 'Tobias Solli Iveland' }, 'present');
    expect(attendance[0]?.leftDuringItem).toBe('item-3');
  });

  it('adds a guest once and lists guests after the members', () => {
    let attendance = addGuest([], 'Erik Nordberg');
    attendance = addGuest(attendance, ' erik nordberg ');
    expect(attendance).toHaveLength(1);
    const meeting = { ...testMeeting(), attendance };
    expect(attendanceRows(committee, meeting).at(-1)).toMatchObject({ person: { name: 'Erik Nordberg' }, status: 'present' });
  });
});
