// @vitest-environment jsdom
// A generalforsamling's Oppmøte tab records, per aksjeeier, the shares and who met for it (conventions.attendanceByShares;
// domain/shareholding.ts), and says how many of the company's shares are represented.
import * as v from 'valibot';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { ConventionsSchema } from '../../domain/conventions';
import type { Attendance, Committee, Meeting } from '../../domain/model';
import { aCommittee } from '../../domain/testing/builders';
import { testMeeting } from '../meeting/testing/testMeeting';
import { AttendanceView } from './AttendanceView';

afterEach(cleanup);

const owners = (attendanceByShares: boolean): Committee =>
  aCommittee({
    id: 'gf',
    conventions: v.parse(ConventionsSchema, { minutes: 'protokoll', conclusion: 'vedtak', minutesApproval: 'signedInMeeting', ...(attendanceByShares ? { attendanceByShares, shareCount: 1000 } : {}) }),
    members: [
      { name: 'Kari Nordmann', email: 'kari@nordfjell.no', organisation: 'Nordfjell kommune' },
      { name: 'Per Hansen', email: 'per@sorvik.no', organisation: 'Sørvik kommune' },
    ],
  });

let latest: Attendance[] = [];
function Harness({ committee }: { committee: Committee }) {
  const start: Meeting = { ...testMeeting(), attendance: [{ person: { name: 'Kari Nordmann', email: 'kari@nordfjell.no', organisation: 'Nordfjell kommune' }, status: 'present' }] };
  const [meeting, setMeeting] = useState(start);
  return (
    <AttendanceView
      committee={committee}
      meeting={meeting}
      onChange={(change) => {
        if (change.attendance !== undefined) latest = change.attendance;
        setMeeting((current) => ({ ...current, ...(change.attendance === undefined ? {} : { attendance: change.attendance }) }));
      }}
      onConclude={() => undefined}
    />
  );
}

describe('shares and fullmakter in the Oppmøte tab', () => {
  it('records the shares an owner met with, for which aksjeeier and by fullmakt, and says how many of the company\'s shares are represented', async () => {
    render(<Harness committee={owners(true)} />);
    const kari = await screen.findByRole('group', { name: 'Aksjer for Kari Nordmann' });
    fireEvent.change(within(kari).getByRole('textbox', { name: 'Antall aksjer Kari Nordmann møtte med' }), { target: { value: '600' } });
    fireEvent.change(within(kari).getByRole('textbox', { name: 'Aksjeeier Kari Nordmann møtte for (tomt: seg selv)' }), { target: { value: 'Nordfjell kommune' } });
    fireEvent.blur(within(kari).getByRole('textbox', { name: 'Aksjeeier Kari Nordmann møtte for (tomt: seg selv)' }));
    fireEvent.click(within(kari).getByRole('checkbox', { name: 'Kari Nordmann møtte ved fullmakt' }));
    expect(latest[0]?.holding).toEqual({ shares: 600, owner: 'Nordfjell kommune', proxy: true });
    expect(screen.getByTestId('shares-represented').textContent).toBe('600 av totalt 1\u00a0000 aksjer var representert.');
    // Not a number: nothing is taken.
    fireEvent.change(within(kari).getByRole('textbox', { name: 'Antall aksjer Kari Nordmann møtte med' }), { target: { value: '6x' } });
    expect(latest[0]?.holding?.shares).toBe(600);
  });

  it('asks for no shares in a committee that counts people', () => {
    render(<Harness committee={owners(false)} />);
    expect(screen.queryByRole('group', { name: 'Aksjer for Kari Nordmann' })).toBeNull();
    expect(screen.queryByTestId('shares-represented')).toBeNull();
  });
});
