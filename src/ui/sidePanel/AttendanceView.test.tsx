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
import { userEvent } from '@testing-library/user-event';
import { AttendanceView, type AttendanceChange } from './AttendanceView';

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

describe('the Oppmøte screen under the committee\'s headings', () => {
  const council = (attendanceHeadings: 'byRole' | 'metOrNot'): Committee =>
    aCommittee({
      id: 'partnerskapsmotet',
      conventions: v.parse(ConventionsSchema, { minutes: 'protokoll', conclusion: 'vedtak', attendanceHeadings }),
      members: [{ name: 'Per Christian Voss' }, { name: 'Kristin Liset' }, { name: 'Rita Rådmann', role: 'administration' }],
    });
  const meeting = () => ({ ...testMeeting(), attendance: [{ person: { name: 'Per Christian Voss' }, status: 'present' as const }, { person: { name: 'Kristin Liset' }, status: 'absent' as const }] });
  const sections = () =>
    within(screen.getByTestId('attendance'))
      .getAllByRole('heading')
      .map((heading) => heading.textContent);

  it('lists people under the kommunal protokoll\'s headings when the committee heads its protokoll so', () => {
    render(<AttendanceView committee={council('metOrNot')} meeting={meeting()} onChange={() => undefined} />);
    expect(sections()).toEqual(['Faste medlemmer som møtte', 'Per Christian Voss', 'Faste medlemmer som ikke møtte', 'Kristin Liset', 'Fra administrasjonen møtte', 'Rita Rådmann']);
  });

  it('lists them under their roles otherwise, as the protokoll does', () => {
    render(<AttendanceView committee={council('byRole')} meeting={meeting()} onChange={() => undefined} />);
    expect(sections()).toEqual(['Medlemmer', 'Per Christian Voss', 'Kristin Liset', 'Administrasjonen', 'Rita Rådmann']);
  });

  it('offers a member\'s personal varamedlemmer as their vara', () => {
    const committee = aCommittee({
      id: 'partnerskapsmotet',
      members: [{ name: 'Kristin Liset', email: 'kristin.liset@siv.example.no' }, { name: 'Vera Vara', email: 'vera.vara@siv.example.no', role: 'deputy', deputyFor: 'kristin.liset@siv.example.no' }],
    });
    render(<AttendanceView committee={committee} meeting={meeting()} onChange={() => undefined} />);
    const input = screen.getByLabelText('Vara for Kristin Liset: navn') as HTMLInputElement;
    const list = document.getElementById(input.getAttribute('list') ?? '');
    expect([...(list?.querySelectorAll('option') ?? [])].map((option) => option.getAttribute('value'))).toEqual(['Vera Vara']);
  });
});

describe('choosing who co-signs', () => {
  it('does not offer again someone already chosen to sign', () => {
    const meeting = { ...testMeeting(), signatures: [{ person: { name: 'Kristin Liset' }, capacity: 'chosen' as const }] };
    render(<AttendanceView committee={committeeApproving('signed')} meeting={meeting} onChange={() => undefined} />);
    const choice = screen.getByRole('combobox', { name: 'Valgt til å skrive under' });
    expect(within(choice).getAllByRole('option').map((option) => option.textContent)).toEqual(['Per Christian Voss']);
  });
});

describe('two members of one name in the Oppmøte tab (two «Kari Nordmann» in a large kommune)', () => {
  const twoKaris = aCommittee({
    id: 'formannskapet',
    conventions: v.parse(ConventionsSchema, { minutes: 'protokoll', conclusion: 'vedtak', minutesApproval: 'signed' }),
    members: [
      { name: 'Kari Nordmann', email: 'kari.nordmann@kommune.no', chairRole: 'chair' },
      { name: 'Kari Nordmann', email: 'kari.nordmann2@kommune.no' },
    ],
  });

  it('offers both as signers, told apart by e-mail, and adds the one chosen', () => {
    const changes: unknown[] = [];
    render(<AttendanceView committee={twoKaris} meeting={testMeeting()} onChange={(change) => changes.push(change)} />);
    const choice = screen.getByRole('combobox', { name: 'Valgt til å skrive under' });
    expect(within(choice).getAllByRole('option').map((option) => option.textContent)).toEqual(['Kari Nordmann (kari.nordmann@kommune.no)', 'Kari Nordmann (kari.nordmann2@kommune.no)']);
    fireEvent.change(choice, { target: { value: (within(choice).getAllByRole('option')[1] as HTMLOptionElement).value } });
    const signing = screen.getByRole('region', { name: /^Underskrift av/ });
    fireEvent.click(within(signing).getByRole('button', { name: 'Legg til' }));
    expect(changes).toEqual([{ signatures: [{ person: { name: 'Kari Nordmann', email: 'kari.nordmann2@kommune.no' }, capacity: 'chosen' }] }]);
  });
});

describe('how each person took part (in the room, by video, by phone)', () => {
  const board = aCommittee({ id: 'styret', members: [{ name: 'Kari Nordmann' }, { name: 'Ola Berg' }] });
  const meeting = () => ({
    ...testMeeting(),
    attendance: [
      { person: { name: 'Kari Nordmann' }, status: 'present' as const, remote: 'video' as const },
      { person: { name: 'Ola Berg' }, status: 'absent' as const },
      { person: { name: 'Per Vara' }, status: 'substitute' as const, substituteFor: 'Ola Berg', role: 'deputy' as const },
    ],
  });

  it('offers each one present and each vara the choice under a label naming them, after their status in the keyboard\'s order', async () => {
    const user = userEvent.setup();
    render(<AttendanceView committee={board} meeting={meeting()} onChange={() => undefined} />);
    const kari = screen.getByRole('combobox', { name: 'Hvordan Kari Nordmann deltok' });
    expect((kari as HTMLSelectElement).value).toBe('video');
    expect(within(kari).getAllByRole('option').map((option) => option.textContent)).toEqual(['I møterommet', 'Digitalt (video)', 'Per telefon']);
    expect(screen.getByRole('combobox', { name: 'Hvordan Per Vara deltok' })).toBeTruthy();
    // One with forfall took no part: no choice for them.
    expect(screen.queryByRole('combobox', { name: 'Hvordan Ola Berg deltok' })).toBeNull();
    screen.getByRole('combobox', { name: 'Status for Kari Nordmann' }).focus();
    await user.tab();
    expect(document.activeElement).toBe(kari);
  });

  it('records the way chosen on that person only, and nothing once she is back in the room', async () => {
    const user = userEvent.setup();
    const changes: AttendanceChange[] = [];
    render(<AttendanceView committee={board} meeting={meeting()} onChange={(change) => changes.push(change)} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Hvordan Per Vara deltok' }), 'Per telefon');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Hvordan Kari Nordmann deltok' }), 'I møterommet');
    expect(changes.map((change) => change.attendance)).toEqual([
      [meeting().attendance[0], meeting().attendance[1], { ...meeting().attendance[2], remote: 'phone' }],
      [{ person: { name: 'Kari Nordmann' }, status: 'present' }, meeting().attendance[1], meeting().attendance[2]],
    ]);
  });
});
