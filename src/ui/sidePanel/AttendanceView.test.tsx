// @vitest-environment jsdom
// The Oppmøte tab offers «Underskrift av protokollen» only to a committee whose protokoll is signed,
// and offers as signers only those with a vote in the meeting (domain/attendance.ts `hasVotingRight`).
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { ConventionsSchema } from '../../domain/conventions';
import type { Committee } from '../../domain/model';
import { aCommittee } from '../../domain/testing/builders';
import { testMeeting } from '../meeting/testing/testMeeting';
import { AttendanceView } from './AttendanceView';

afterEach(cleanup);

const committeeApproving = (minutesApproval: 'signed' | 'nextMeeting' | 'signedByAll' | 'circulated'): Committee =>
  aCommittee({
    id: 'partnerskapsmotet',
    conventions: v.parse(ConventionsSchema, { minutes: 'protokoll', conclusion: 'vedtak', minutesApproval }),
    members: [
      { name: 'Per Christian Voss', chairRole: 'chair' },
      { name: 'Kristin Liset' },
      { name: 'Olav Observatør', role: 'observer' },
      { name: 'Hilde Kari Maugesten', role: 'secretariat' },
    ],
  });

const signingHeading = () => screen.queryByRole('heading', { name: /^Underskrift av/ });

describe('signing the protokoll in the Oppmøte tab', () => {
  it('has no signing section when the protokoll is approved at the next meeting, as a referatsak', () => {
    render(<AttendanceView committee={committeeApproving('nextMeeting')} meeting={testMeeting()} onChange={() => undefined} />);
    expect(screen.getByRole('heading', { name: /inhabil/i })).toBeTruthy();
    expect(signingHeading()).toBeNull();
    expect(screen.queryByTestId('signatures')).toBeNull();
  });

  it('offers only members with a vote as signers when the protokoll is signed', () => {
    render(<AttendanceView committee={committeeApproving('signed')} meeting={testMeeting()} onChange={() => undefined} />);
    expect(signingHeading()).toBeTruthy();
    const choice = screen.getByRole('combobox', { name: 'Valgt til å skrive under' });
    expect(within(choice).getAllByRole('option').map((option) => option.textContent)).toEqual(['Per Christian Voss', 'Kristin Liset']);
  });

  it('still lists signers recorded before the committee changed its mode, to be removed, with nobody to add', () => {
    const meeting = { ...testMeeting(), signatures: [{ person: { name: 'Kristin Liset' }, capacity: 'chosen' as const }] };
    render(<AttendanceView committee={committeeApproving('nextMeeting')} meeting={meeting} onChange={() => undefined} />);
    expect(screen.getByRole('button', { name: 'Fjern Kristin Liset som underskriver' })).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Valgt til å skrive under' })).toBeNull();
  });

  it('lets the referent list everyone present with a vote at once when all present sign, the møteleder by office', () => {
    const changes: unknown[] = [];
    const meeting = { ...testMeeting(), chair: { name: 'Per Christian Voss' } };
    render(<AttendanceView committee={committeeApproving('signedByAll')} meeting={meeting} onChange={(change) => changes.push(change)} />);
    expect(screen.getByText('Alle medlemmer som var til stede, skriver under protokollen.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Legg til alle som var til stede' }));
    expect(changes).toEqual([{ signatures: [{ person: { name: 'Per Christian Voss' }, capacity: 'chair' }, { person: { name: 'Kristin Liset' }, capacity: 'chosen' }] }]);
  });

  it('has no signing section when the protokoll is approved by e-mail', () => {
    render(<AttendanceView committee={committeeApproving('circulated')} meeting={testMeeting()} onChange={() => undefined} />);
    expect(signingHeading()).toBeNull();
  });
});
