// @vitest-environment jsdom
// The Oppmøte tab offers «Underskrift av protokollen» only to a committee whose protokoll is signed,
// and offers as signers only those with a vote in the meeting (domain/attendance.ts `hasVotingRight`).
import * as v from 'valibot';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ConventionsSchema } from '../../domain/conventions';
import { CaseNumberSchema, type AgendaItem, type Committee, type Meeting } from '../../domain/model';
import { aCommittee } from '../../domain/testing/builders';
import { testMeeting } from '../meeting/testing/testMeeting';
import { userEvent } from '@testing-library/user-event';
import { applyMeetingPatch } from '../shared/autosave/meetingDrafts';
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
    render(<AttendanceView committee={committeeApproving('nextMeeting')} meeting={testMeeting()} onChange={() => undefined} onConclude={() => undefined} />);
    expect(screen.getByRole('heading', { name: /inhabil/i })).toBeTruthy();
    expect(signingHeading()).toBeNull();
    expect(screen.queryByTestId('signatures')).toBeNull();
  });

  it('offers only members with a vote as signers when the protokoll is signed', () => {
    render(<AttendanceView committee={committeeApproving('signed')} meeting={testMeeting()} onChange={() => undefined} onConclude={() => undefined} />);
    expect(signingHeading()).toBeTruthy();
    const choice = screen.getByRole('combobox', { name: 'Valgt til å skrive under' });
    expect(within(choice).getAllByRole('option').map((option) => option.textContent)).toEqual(['Per Christian Voss', 'Kristin Liset']);
  });

  it('still lists signers recorded before the committee changed its mode, to be removed, with nobody to add', () => {
    const meeting = { ...testMeeting(), signatures: [{ person: { name: 'Kristin Liset' }, capacity: 'chosen' as const }] };
    render(<AttendanceView committee={committeeApproving('nextMeeting')} meeting={meeting} onChange={() => undefined} onConclude={() => undefined} />);
    expect(screen.getByRole('button', { name: 'Fjern Kristin Liset som underskriver' })).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Valgt til å skrive under' })).toBeNull();
  });

  it('lets the referent list everyone present with a vote at once when all present sign, the møteleder by office', () => {
    const changes: unknown[] = [];
    const meeting = { ...testMeeting(), chair: { name: 'Per Christian Voss' } };
    render(<AttendanceView committee={committeeApproving('signedByAll')} meeting={meeting} onChange={(change) => changes.push(change)} onConclude={() => undefined} />);
    expect(screen.getByText('Alle medlemmer som var til stede, skriver under protokollen.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Legg til alle som var til stede' }));
    expect(changes).toEqual([{ signatures: [{ person: { name: 'Per Christian Voss' }, capacity: 'chair' }, { person: { name: 'Kristin Liset' }, capacity: 'chosen' }] }]);
  });

  it('has no signing section when the protokoll is approved by e-mail', () => {
    render(<AttendanceView committee={committeeApproving('circulated')} meeting={testMeeting()} onChange={() => undefined} onConclude={() => undefined} />);
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
    render(<AttendanceView committee={council('metOrNot')} meeting={meeting()} onChange={() => undefined} onConclude={() => undefined} />);
    expect(sections()).toEqual(['Faste medlemmer som møtte', 'Per Christian Voss', 'Faste medlemmer som ikke møtte', 'Kristin Liset', 'Fra administrasjonen møtte', 'Rita Rådmann']);
  });

  it('lists them under their roles otherwise, as the protokoll does', () => {
    render(<AttendanceView committee={council('byRole')} meeting={meeting()} onChange={() => undefined} onConclude={() => undefined} />);
    expect(sections()).toEqual(['Medlemmer', 'Per Christian Voss', 'Kristin Liset', 'Administrasjonen', 'Rita Rådmann']);
  });

  it('offers a member\'s personal varamedlemmer as their vara', () => {
    const committee = aCommittee({
      id: 'partnerskapsmotet',
      members: [{ name: 'Kristin Liset', email: 'kristin.liset@siv.example.no' }, { name: 'Vera Vara', email: 'vera.vara@siv.example.no', role: 'deputy', deputyFor: 'kristin.liset@siv.example.no' }],
    });
    render(<AttendanceView committee={committee} meeting={meeting()} onChange={() => undefined} onConclude={() => undefined} />);
    const input = screen.getByLabelText('Vara for Kristin Liset: navn') as HTMLInputElement;
    const list = document.getElementById(input.getAttribute('list') ?? '');
    expect([...(list?.querySelectorAll('option') ?? [])].map((option) => option.getAttribute('value'))).toEqual(['Vera Vara']);
  });
});

describe('choosing who co-signs', () => {
  it('does not offer again someone already chosen to sign', () => {
    const meeting = { ...testMeeting(), signatures: [{ person: { name: 'Kristin Liset' }, capacity: 'chosen' as const }] };
    render(<AttendanceView committee={committeeApproving('signed')} meeting={meeting} onChange={() => undefined} onConclude={() => undefined} />);
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
    render(<AttendanceView committee={twoKaris} meeting={testMeeting()} onChange={(change) => changes.push(change)} onConclude={() => undefined} />);
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
    render(<AttendanceView committee={board} meeting={meeting()} onChange={() => undefined} onConclude={() => undefined} />);
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
    render(<AttendanceView committee={board} meeting={meeting()} onChange={(change) => changes.push(change)} onConclude={() => undefined} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Hvordan Per Vara deltok' }), 'Per telefon');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Hvordan Kari Nordmann deltok' }), 'I møterommet');
    expect(changes.map((change) => change.attendance)).toEqual([
      [meeting().attendance[0], meeting().attendance[1], { ...meeting().attendance[2], remote: 'phone' }],
      [{ person: { name: 'Kari Nordmann' }, status: 'present' }, meeting().attendance[1], meeting().attendance[2]],
    ]);
  });

  // A folkevalgt organ's fjernmøte: seen and heard (kommuneloven § 11-7, conventions.ts `videoOnly`).
  const videoOnly = aCommittee({ ...board, conventions: v.parse(ConventionsSchema, { videoOnly: true }) });

  it('offers no telephone to a committee that allows video only', () => {
    render(<AttendanceView committee={videoOnly} meeting={meeting()} onChange={() => undefined} onConclude={() => undefined} />);
    const vara = screen.getByRole('combobox', { name: 'Hvordan Per Vara deltok' });
    expect(within(vara).getAllByRole('option').map((option) => option.textContent)).toEqual(['I møterommet', 'Digitalt (video)']);
    expect(screen.queryByText(/organet tillater ikke/)).toBeNull();
  });

  it('keeps a telephone already recorded under such a committee, chosen, with a note saying the committee does not allow it, until another way is chosen', async () => {
    const user = userEvent.setup();
    const changes: AttendanceChange[] = [];
    const byPhone = { ...meeting(), attendance: [meeting().attendance[0]!, meeting().attendance[1]!, { ...meeting().attendance[2]!, remote: 'phone' as const }] };
    render(<AttendanceView committee={videoOnly} meeting={byPhone} onChange={(change) => changes.push(change)} onConclude={() => undefined} />);
    const vara = screen.getByRole('combobox', { name: 'Hvordan Per Vara deltok' });
    expect((vara as HTMLSelectElement).value).toBe('phone');
    expect(within(vara).getAllByRole('option').map((option) => option.textContent)).toEqual(['I møterommet', 'Digitalt (video)', 'Per telefon']);
    expect(screen.getByText('«Per telefon» er ført, men organet tillater ikke den måten å delta på. Det som er ført, blir stående til du velger noe annet.')).toBeTruthy();
    // Nothing is written by showing it; choosing video records video.
    expect(changes).toEqual([]);
    await user.selectOptions(vara, 'Digitalt (video)');
    expect(changes.map((change) => change.attendance?.[2]?.remote)).toEqual(['video']);
  });
});

describe('the vedtak of the sak electing the møteleder and the co-signers (signedInMeeting: a generalforsamling\'s first sak)', () => {
  const generalforsamling = (minutesApproval: 'signedInMeeting' | 'signed' = 'signedInMeeting'): Committee =>
    aCommittee({
      id: 'partnerskapsmotet',
      conventions: v.parse(ConventionsSchema, { minutes: 'protokoll', conclusion: 'vedtak', minutesApproval }),
      members: [{ name: 'Kari Nordmann', chairRole: 'chair' }, { name: 'Per Hansen' }],
    });
  const start = (): Meeting => {
    const meeting = testMeeting();
    const [first, ...rest] = meeting.items;
    const election: AgendaItem = { ...first!, caseNumber: v.parse(CaseNumberSchema, 'Sak 1'), title: 'Valg av møteleder og én person til å medundertegne protokollen', kinds: [], proposedConclusion: [] };
    return { ...meeting, chair: { name: 'Kari Nordmann' }, items: [election, ...rest] };
  };
  const concluded: string[][] = [];
  /** The tab over a meeting that takes its changes, as the recorder's session does. */
  function Harness({ committee, first = start() }: { committee: Committee; first?: Meeting }) {
    const [meeting, setMeeting] = useState(first);
    return (
      <AttendanceView
        committee={committee}
        meeting={meeting}
        onChange={(change) => setMeeting((current) => applyMeetingPatch(current, change))}
        onConclude={(itemId, change) =>
          setMeeting((current) => ({
            ...current,
            items: current.items.map((item) => {
              if (item.id !== itemId) return item;
              const next = change(item);
              concluded.push(next.conclusion);
              return next;
            }),
          }))
        }
      />
    );
  }

  it('offers the vedtak made from the picks, and writes it into Sak 1 only when the referent accepts it', () => {
    concluded.length = 0;
    render(<Harness committee={generalforsamling()} />);
    expect(screen.queryByTestId('election-vedtak')).toBeNull();
    const signing = within(screen.getByRole('region', { name: 'Underskrift av protokollen' }));
    fireEvent.click(signing.getByRole('button', { name: 'Legg til møtelederen' }));
    fireEvent.change(signing.getByRole('combobox', { name: 'Valgt til å skrive under' }), { target: { value: 'Per Hansen' } });
    fireEvent.click(signing.getByRole('button', { name: 'Legg til' }));
    const offer = screen.getByTestId('election-vedtak');
    expect(offer.textContent).toContain('Forslag til vedtak i Sak 1 ut fra valget over:');
    expect(offer.textContent).toContain('«Kari Nordmann ble valgt som møteleder. Per Hansen ble valgt til å medundertegne protokollen.»');
    expect(concluded).toEqual([]);
    fireEvent.click(within(offer).getByRole('button', { name: 'Før inn som vedtak i Sak 1' }));
    expect(concluded).toEqual([['Kari Nordmann ble valgt som møteleder. Per Hansen ble valgt til å medundertegne protokollen.']]);
    expect(screen.getByRole('status').textContent).toBe('Ført inn i Sak 1.');
    expect(screen.queryByRole('button', { name: 'Før inn som vedtak i Sak 1' })).toBeNull();
    // A pick changed afterwards is offered again, in place of the vedtak written before.
    fireEvent.click(screen.getByRole('button', { name: 'Fjern Per Hansen som underskriver' }));
    fireEvent.click(screen.getByRole('button', { name: 'Før inn som vedtak i Sak 1' }));
    expect(concluded[1]).toEqual(['Kari Nordmann ble valgt som møteleder.']);
  });

  it('offers a representantskap the vedtak of its Sak 2 choosing who co-signs with its leder (signedByChosen), with no møteleder sentence', () => {
    concluded.length = 0;
    const representantskap = aCommittee({
      id: 'partnerskapsmotet',
      conventions: v.parse(ConventionsSchema, { minutes: 'protokoll', conclusion: 'vedtak', minutesApproval: 'signedByChosen' }),
      members: [{ name: 'Ola Leder', chairRole: 'chair' }, { name: 'Kari Nordmann' }, { name: 'Per Hansen' }],
    });
    const meeting = testMeeting();
    const [approval, , ...rest] = meeting.items;
    const choosing: AgendaItem = { ...approval!, id: 'valg', caseNumber: v.parse(CaseNumberSchema, 'Sak 2'), title: 'Valg av to til å undertegne protokollen', kinds: [], proposedConclusion: [], opening: true };
    const first: Meeting = { ...meeting, chair: { name: 'Ola Leder' }, items: [{ ...approval!, caseNumber: v.parse(CaseNumberSchema, 'Sak 1'), opening: true }, choosing, ...rest] };
    render(<Harness committee={representantskap} first={first} />);
    const signing = within(screen.getByRole('region', { name: 'Underskrift av protokollen' }));
    // The leder signs by office; no field electing a møteleder.
    expect(signing.queryByRole('combobox', { name: 'Valgt til å lede møtet' })).toBeNull();
    fireEvent.click(signing.getByRole('button', { name: 'Legg til møtelederen' }));
    expect(screen.queryByTestId('election-vedtak')).toBeNull();
    for (const name of ['Kari Nordmann', 'Per Hansen']) {
      fireEvent.change(signing.getByRole('combobox', { name: 'Valgt til å skrive under' }), { target: { value: name } });
      fireEvent.click(signing.getByRole('button', { name: 'Legg til' }));
    }
    const offer = screen.getByTestId('election-vedtak');
    expect(offer.textContent).toContain('Forslag til vedtak i Sak 2 ut fra valget over:');
    expect(offer.textContent).toContain('«Kari Nordmann og Per Hansen ble valgt til å undertegne protokollen sammen med møtelederen.»');
    fireEvent.click(within(offer).getByRole('button', { name: 'Før inn som vedtak i Sak 2' }));
    expect(concluded).toEqual([['Kari Nordmann og Per Hansen ble valgt til å undertegne protokollen sammen med møtelederen.']]);
    expect(screen.getByRole('status').textContent).toBe('Ført inn i Sak 2.');
  });

  it('says beside the picks when fewer or more are picked to co-sign than the committee chooses, and lets the referent pick so', () => {
    const representantskap = aCommittee({
      id: 'partnerskapsmotet',
      conventions: v.parse(ConventionsSchema, { minutes: 'protokoll', conclusion: 'vedtak', minutesApproval: 'signedByChosen' }),
      members: [{ name: 'Ola Leder', chairRole: 'chair' }, { name: 'Kari Nordmann' }, { name: 'Per Hansen' }, { name: 'Nina Dahl' }],
    });
    render(<Harness committee={representantskap} first={{ ...testMeeting(), chair: { name: 'Ola Leder' } }} />);
    const signing = within(screen.getByRole('region', { name: 'Underskrift av protokollen' }));
    const line = screen.getByTestId('co-signers-picked');
    expect(line.getAttribute('aria-live')).toBe('polite');
    expect(line.textContent).toBe('Møteorganet velger vanligvis to til å undertegne protokollen sammen med møtelederen. Valgt: ingen.');
    // The leder, signing by office, is not one of them.
    fireEvent.click(signing.getByRole('button', { name: 'Legg til møtelederen' }));
    expect(line.textContent).toContain('Valgt: ingen.');
    const pick = (name: string) => {
      fireEvent.change(signing.getByRole('combobox', { name: 'Valgt til å skrive under' }), { target: { value: name } });
      fireEvent.click(signing.getByRole('button', { name: 'Legg til' }));
    };
    pick('Kari Nordmann');
    expect(line.textContent).toBe('Møteorganet velger vanligvis to til å undertegne protokollen sammen med møtelederen. Valgt: én.');
    pick('Per Hansen');
    expect(line.textContent).toBe('');
    // A third is taken, not refused: the meeting may choose so.
    pick('Nina Dahl');
    expect(line.textContent).toBe('Møteorganet velger vanligvis to til å undertegne protokollen sammen med møtelederen. Valgt: tre.');
    expect(signing.getByTestId('signatures').textContent).toContain('Nina Dahl');
  });

  it('says nothing of a number to a committee whose meeting chooses nobody to co-sign', () => {
    render(<AttendanceView committee={committeeApproving('signed')} meeting={testMeeting()} onChange={() => undefined} onConclude={() => undefined} />);
    expect(signingHeading()).toBeTruthy();
    expect(screen.queryByTestId('co-signers-picked')).toBeNull();
  });

  it('offers each of a generalforsamling\'s two election saker its own vedtak when the møteleder is elected apart (chairOwnSak)', () => {
    concluded.length = 0;
    const apart = aCommittee({
      id: 'partnerskapsmotet',
      conventions: v.parse(ConventionsSchema, { minutes: 'protokoll', conclusion: 'vedtak', minutesApproval: 'signedInMeeting', chairOwnSak: true, coSigners: 2 }),
      members: [{ name: 'Kari Nordmann', chairRole: 'chair' }, { name: 'Per Hansen' }, { name: 'Ola Berg' }],
    });
    const meeting = testMeeting();
    const [first, second, ...rest] = meeting.items;
    const sak = (item: AgendaItem, id: string, n: string, title: string): AgendaItem => ({
      ...item, id, caseNumber: v.parse(CaseNumberSchema, n), title, kinds: [], proposedConclusion: [], opening: true,
    });
    const items = [sak(first!, 'leder', 'Sak 1', 'Valg av møteleder'), sak(second!, 'signerer', 'Sak 2', 'Valg av to personer til å medundertegne protokollen'), sak(first!, 'godkjenning', 'Sak 3', 'Godkjenning av innkalling og dagsorden'), ...rest];
    render(<Harness committee={apart} first={{ ...meeting, chair: { name: 'Kari Nordmann' }, items }} />);
    const signing = within(screen.getByRole('region', { name: 'Underskrift av protokollen' }));
    fireEvent.click(signing.getByRole('button', { name: 'Legg til møtelederen' }));
    // The møteleder elected: only Sak 1 has a vedtak to offer.
    expect(screen.getAllByTestId('election-vedtak').map((offer) => offer.textContent)).toEqual([expect.stringContaining('«Kari Nordmann ble valgt som møteleder.»')]);
    for (const name of ['Per Hansen', 'Ola Berg']) {
      fireEvent.change(signing.getByRole('combobox', { name: 'Valgt til å skrive under' }), { target: { value: name } });
      fireEvent.click(signing.getByRole('button', { name: 'Legg til' }));
    }
    const [chairOffer, coSignersOffer] = screen.getAllByTestId('election-vedtak');
    expect(chairOffer!.textContent).toContain('«Kari Nordmann ble valgt som møteleder.»');
    expect(coSignersOffer!.textContent).toContain('Forslag til vedtak i Sak 2 ut fra valget over:');
    expect(coSignersOffer!.textContent).toContain('«Per Hansen og Ola Berg ble valgt til å medundertegne protokollen.»');
    fireEvent.click(within(coSignersOffer!).getByRole('button', { name: 'Før inn som vedtak i Sak 2' }));
    fireEvent.click(within(chairOffer!).getByRole('button', { name: 'Før inn som vedtak i Sak 1' }));
    expect(concluded).toEqual([['Per Hansen og Ola Berg ble valgt til å medundertegne protokollen.'], ['Kari Nordmann ble valgt som møteleder.']]);
    expect(screen.getAllByRole('status').map((line) => line.textContent)).toEqual(['Ført inn i Sak 1.', 'Ført inn i Sak 2.']);
  });

  /** An årsmøte's saker as its template (chairOwnSak, dirigent) makes them before the approval, read by their place, then the test meeting's. */
  const arsmoteSaker = (meeting: Meeting): AgendaItem[] => {
    const [first, second, ...rest] = meeting.items;
    const sak = (item: AgendaItem, id: string, n: string, title: string): AgendaItem => ({
      ...item, id, caseNumber: v.parse(CaseNumberSchema, n), title, kinds: [], proposedConclusion: [], opening: true,
    });
    return [
      sak(first!, 'dirigent', 'Sak 1', 'Valg av dirigent'),
      sak(second!, 'referent', 'Sak 2', 'Valg av referent'),
      sak(first!, 'signerer', 'Sak 3', 'Valg av to til å underskrive protokollen'),
      sak(second!, 'godkjenning', 'Sak 4', 'Godkjenning av innkalling og saksliste'),
      ...rest,
    ];
  };

  it('offers an årsmøte\'s referent sak the vedtak naming the meeting\'s referent, between the dirigent\'s and the signers\' (the lovnorm\'s «Velge dirigent, referent …»)', () => {
    concluded.length = 0;
    const arsmote = aCommittee({
      id: 'arsmotet',
      conventions: v.parse(ConventionsSchema, { minutes: 'protokoll', conclusion: 'vedtak', minutesApproval: 'signedInMeeting', chairOwnSak: true, coSigners: 2, dirigent: true }),
      members: [{ name: 'Kari Nordmann', chairRole: 'chair' }, { name: 'Per Hansen' }, { name: 'Ola Berg' }],
    });
    const meeting = testMeeting();
    const items = arsmoteSaker(meeting);
    render(<Harness committee={arsmote} first={{ ...meeting, chair: { name: 'Kari Nordmann' }, minuteTaker: { name: 'Hilde Lie' }, items }} />);
    // Nobody picked yet: the referent's sak has its vedtak already, from the meeting's referent.
    const offer = screen.getByTestId('election-vedtak');
    expect(offer.textContent).toContain('Forslag til vedtak i Sak 2 ut fra valget over:');
    expect(offer.textContent).toContain('«Hilde Lie ble valgt som referent.»');
    fireEvent.click(within(offer).getByRole('button', { name: 'Før inn som vedtak i Sak 2' }));
    expect(concluded).toEqual([['Hilde Lie ble valgt som referent.']]);
  });

  it('lets the referent record an årsmøte\'s referent on no list (a member of the forening, a guest), whom the referent\'s vedtak then names', () => {
    concluded.length = 0;
    const arsmote = aCommittee({
      id: 'arsmotet',
      conventions: v.parse(ConventionsSchema, { minutes: 'protokoll', conclusion: 'vedtak', minutesApproval: 'signedInMeeting', chairOwnSak: true, coSigners: 2, dirigent: true }),
      members: [{ name: 'Kari Nordmann', chairRole: 'chair' }, { name: 'Per Hansen' }],
      defaultMinuteTaker: { name: 'Hilde Lie' },
    });
    const meeting = testMeeting();
    const { minuteTaker: _minuteTaker, ...unnamed } = meeting;
    const items = arsmoteSaker(meeting);
    render(<Harness committee={arsmote} first={{ ...unnamed, chair: { name: 'Kari Nordmann' }, items }} />);
    const signing = within(screen.getByRole('region', { name: 'Underskrift av protokollen' }));
    // The committee's fixed referent is the first offer, as the vedtak names him until another is elected.
    const field = signing.getByRole('combobox', { name: 'Valgt til referent' });
    expect((field as HTMLInputElement).value).toBe('Hilde Lie');
    expect(screen.getByTestId('election-vedtak').textContent).toContain('«Hilde Lie ble valgt som referent.»');
    fireEvent.change(field, { target: { value: '  Mona Gjest ' } });
    fireEvent.click(signing.getByRole('button', { name: 'Sett som referent' }));
    const offer = screen.getByTestId('election-vedtak');
    expect(offer.textContent).toContain('«Mona Gjest ble valgt som referent.»');
    fireEvent.click(within(offer).getByRole('button', { name: 'Før inn som vedtak i Sak 2' }));
    expect(concluded).toEqual([['Mona Gjest ble valgt som referent.']]);
    // Elected, the button rests until another name is typed.
    expect(signing.getByRole('button', { name: 'Sett som referent' }).hasAttribute('disabled')).toBe(true);
  });

  it('offers no referent field to a generalforsamling, whose meeting elects no referent', () => {
    render(<Harness committee={generalforsamling()} />);
    expect(screen.queryByRole('combobox', { name: 'Valgt til referent' })).toBeNull();
  });

  it('names an årsmøte\'s møteleder its dirigent where the meeting elects him, as his vedtak and the protokoll do, not «møteleder»', () => {
    const arsmote = aCommittee({
      id: 'arsmotet',
      conventions: v.parse(ConventionsSchema, { minutes: 'protokoll', conclusion: 'vedtak', minutesApproval: 'signedInMeeting', chairOwnSak: true, coSigners: 2, dirigent: true }),
      members: [{ name: 'Kari Nordmann', chairRole: 'chair' }, { name: 'Per Hansen' }, { name: 'Ola Berg' }],
    });
    render(<Harness committee={arsmote} />);
    const signing = within(screen.getByRole('region', { name: 'Underskrift av protokollen' }));
    expect(signing.getByText('Dirigenten og de som er valgt i møtet, skriver under protokollen.')).toBeTruthy();
    fireEvent.change(signing.getByRole('combobox', { name: 'Valgt til dirigent' }), { target: { value: 'Ola Berg' } });
    fireEvent.click(signing.getByRole('button', { name: 'Legg til dirigenten' }));
    expect(signing.getByTestId('signatures').textContent).toContain('Ola Berg (dirigent)');
    // The Oppmøte list as the protokoll's: the one elected «Dirigent», the committee's leder who did not lead it «Leder».
    const attendance = screen.getByTestId('attendance');
    expect(within(attendance).getByRole('heading', { name: 'Ola Berg' }).nextElementSibling?.textContent).toMatch(/Dirigent$/);
    expect(within(attendance).getByRole('heading', { name: 'Kari Nordmann' }).nextElementSibling?.textContent).toMatch(/Leder$/);
    expect(screen.getByTestId('co-signers-picked').textContent).toBe('Møteorganet velger vanligvis to til å underskrive protokollen sammen med dirigenten. Valgt: ingen.');
    expect(screen.getByRole('region', { name: 'Underskrift av protokollen' }).textContent).not.toMatch(/møteleder/i);
  });

  /** The tab over a meeting that takes its changes as the recorder's session does (the autosave's patch), each change kept in `changes`. */
  function renderRecording(changes: AttendanceChange[], first: Meeting = start()) {
    function Recording() {
      const [meeting, setMeeting] = useState(first);
      const onChange = (change: AttendanceChange) => {
        changes.push(change);
        setMeeting((current) => applyMeetingPatch(current, change));
      };
      return <AttendanceView committee={generalforsamling()} meeting={meeting} onChange={onChange} onConclude={() => undefined} />;
    }
    render(<Recording />);
  }

  it('lets the meeting elect anyone present as møteleder, the committee\'s møteleder first offered: the protokoll\'s møteleder, its signer and Sak 1\'s vedtak', () => {
    concluded.length = 0;
    const changes: AttendanceChange[] = [];
    renderRecording(changes);
    const signing = within(screen.getByRole('region', { name: 'Underskrift av protokollen' }));
    const field = signing.getByRole('combobox', { name: 'Valgt til å lede møtet' });
    expect((field as HTMLInputElement).value).toBe('Kari Nordmann');
    const offered = document.getElementById(field.getAttribute('list') ?? '')?.querySelectorAll('option') ?? [];
    expect([...offered].map((option) => option.getAttribute('value'))).toEqual(['Kari Nordmann', 'Per Hansen']);
    // Per Hansen, chosen to co-sign first, is then elected møteleder: he signs once, as møteleder.
    fireEvent.change(signing.getByRole('combobox', { name: 'Valgt til å skrive under' }), { target: { value: 'Per Hansen' } });
    fireEvent.click(signing.getByRole('button', { name: 'Legg til' }));
    fireEvent.change(field, { target: { value: ' per hansen ' } });
    fireEvent.click(signing.getByRole('button', { name: 'Legg til møtelederen' }));
    expect(changes.at(-1)).toEqual({ signatures: [{ person: { name: 'Per Hansen' }, capacity: 'chair' }], chair: { name: 'Per Hansen' } });
    expect(screen.getByTestId('signatures').textContent).toContain('Per Hansen (møteleder)');
    expect(signing.getByRole('button', { name: 'Legg til møtelederen' })).toHaveProperty('disabled', true);
    expect(screen.getByTestId('election-vedtak').textContent).toContain('«Per Hansen ble valgt som møteleder.»');
  });

  it('takes a møteleder who is not on the list by the name typed (an advokat chairing the meeting), in place of the one elected before, and lists him present as møteleder', () => {
    const changes: AttendanceChange[] = [];
    const signed: Meeting = { ...start(), signatures: [{ person: { name: 'Kari Nordmann' }, capacity: 'chair' as const }, { person: { name: 'Per Hansen' }, capacity: 'chosen' as const }] };
    renderRecording(changes, signed);
    fireEvent.change(screen.getByRole('combobox', { name: 'Valgt til å lede møtet' }), { target: { value: '  Advokat Hanne Lie ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Legg til møtelederen' }));
    expect(changes).toEqual([
      {
        attendance: [{ person: { name: 'Advokat Hanne Lie' }, status: 'present', role: 'invited', chairRole: 'chair' }],
        signatures: [{ person: { name: 'Advokat Hanne Lie' }, capacity: 'chair' }, { person: { name: 'Per Hansen' }, capacity: 'chosen' }],
        chair: { name: 'Advokat Hanne Lie' },
      },
    ]);
    // On the Oppmøte list as the protokoll lists him: among the invited, møteleder, present.
    const row = within(screen.getByTestId('attendance')).getByRole('heading', { name: 'Advokat Hanne Lie' }).closest('li');
    expect(row?.textContent).toContain('Invitert · Møteleder');
    expect((within(row as HTMLElement).getByRole('combobox', { name: 'Status for Advokat Hanne Lie' }) as HTMLSelectElement).value).toBe('present');
  });

  it('undoes the election when the møteleder\'s signature is removed, or he is taken off those present: the protokoll names him no more', () => {
    const changes: AttendanceChange[] = [];
    renderRecording(changes);
    const elect = (name: string) => {
      fireEvent.change(screen.getByRole('combobox', { name: 'Valgt til å lede møtet' }), { target: { value: name } });
      fireEvent.click(screen.getByRole('button', { name: 'Legg til møtelederen' }));
    };
    elect('Hanne Lie');
    fireEvent.click(screen.getByRole('button', { name: 'Fjern Hanne Lie som underskriver' }));
    expect(changes.at(-1)).toEqual({ attendance: [], signatures: [], chair: null });
    expect(within(screen.getByTestId('attendance')).queryByRole('heading', { name: 'Hanne Lie' })).toBeNull();
    expect(screen.getByTestId('signatures').textContent).toBe('');
    // Elected again, then taken off the Oppmøte list («Ikke registrert»).
    elect('Hanne Lie');
    fireEvent.change(screen.getByRole('combobox', { name: 'Status for Hanne Lie' }), { target: { value: 'unknown' } });
    expect(changes.at(-1)).toEqual({ attendance: [], signatures: [], chair: null });
    expect(screen.getByTestId('signatures').textContent).toBe('');
  });

  it('refuses a møteleder\'s name the rules of a name refuse, on its field in words that name it, and stores nothing', async () => {
    const changes: AttendanceChange[] = [];
    render(<AttendanceView committee={generalforsamling()} meeting={start()} onChange={(change) => changes.push(change)} onConclude={() => undefined} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Valgt til å lede møtet' }), { target: { value: 'H'.repeat(256) } });
    fireEvent.click(screen.getByRole('button', { name: 'Legg til møtelederen' }));
    expect(await screen.findByText('Navnet kan ha høyst 255 tegn.')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Valgt til å lede møtet' }).getAttribute('aria-invalid')).toBe('true');
    expect(changes).toEqual([]);
    // Emptied, there is nobody to add.
    fireEvent.change(screen.getByRole('combobox', { name: 'Valgt til å lede møtet' }), { target: { value: ' ' } });
    expect(screen.getByRole('button', { name: 'Legg til møtelederen' })).toHaveProperty('disabled', true);
  });

  it('offers nothing to a committee whose record is signed without an election in the meeting', () => {
    const meeting = { ...start(), signatures: [{ person: { name: 'Kari Nordmann' }, capacity: 'chair' as const }] };
    render(<AttendanceView committee={generalforsamling('signed')} meeting={meeting} onChange={() => undefined} onConclude={() => undefined} />);
    expect(signingHeading()).toBeTruthy();
    expect(screen.queryByTestId('election-vedtak')).toBeNull();
  });
});

describe('the Oppmøte tab by the keyboard, at the side panel’s 320 px', () => {
  /** The tab over a meeting that takes its changes, as the recorder's session does. */
  function Recording({ committee }: { committee: Committee }) {
    const [meeting, setMeeting] = useState(testMeeting);
    const onChange = (change: AttendanceChange) => setMeeting((current) => applyMeetingPatch(current, change));
    return <AttendanceView committee={committee} meeting={meeting} onChange={onChange} onConclude={() => undefined} />;
  }

  it('takes her to the first field of the inhabilitet she adds (it appears above the button), and back to «Legg til inhabilitet» when she removes it', async () => {
    render(<Recording committee={committeeApproving('nextMeeting')} />);
    const add = screen.getByRole('button', { name: 'Legg til inhabilitet' });
    add.focus();
    fireEvent.click(add);
    const entry = within(await screen.findByTestId('disqualifications')).getByRole('group');
    await waitFor(() => expect(document.activeElement).toBe(within(entry).getByRole('combobox', { name: 'Sak' })));
    const remove = within(entry).getByRole('button', { name: /^Fjern inhabiliteten til/ });
    remove.focus();
    fireEvent.click(remove);
    await waitFor(() => expect(screen.queryByRole('group')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Legg til inhabilitet' })));
  });

  it('keeps the focus on the inhabilitet\'s «Sak» and «Hvem er inhabil» while she changes them with the arrow keys', async () => {
    render(<Recording committee={committeeApproving('nextMeeting')} />);
    fireEvent.click(screen.getByRole('button', { name: 'Legg til inhabilitet' }));
    const entry = within(await screen.findByTestId('disqualifications')).getByRole('group');
    const sak = within(entry).getByRole('combobox', { name: 'Sak' });
    sak.focus();
    fireEvent.change(sak, { target: { value: 'item-3' } });
    expect(screen.getByTestId('disqualifications').textContent).toContain('i sak 2026.03 Handlingsplan 2026');
    expect(document.activeElement).toBe(sak);
    const who = within(entry).getByRole('combobox', { name: 'Hvem er inhabil' });
    who.focus();
    fireEvent.change(who, { target: { value: (who as HTMLSelectElement).options[1]?.value } });
    expect(document.activeElement).toBe(who);
  });

  it('lets every select of saker shrink to the panel’s width (a long sak title made the tab scroll sideways)', () => {
    const meeting = { ...testMeeting(), attendance: [{ person: { name: 'Kristin Liset' }, status: 'present' as const }], disqualifications: [{ itemId: testMeeting().items[0]!.id, person: 'Kristin Liset' }] };
    render(<AttendanceView committee={committeeApproving('nextMeeting')} meeting={meeting} onChange={() => undefined} onConclude={() => undefined} />);
    // Griffel's rules are in the document: the wrapper of each select (its field's grid item) may shrink below its content.
    const shrinks = (select: HTMLElement) => ['0', '0px'].includes(getComputedStyle(select.parentElement ?? select).minWidth);
    const title = testMeeting().items[0]!.title;
    const sakSelects = screen.getAllByRole('combobox').filter((select) => [...select.querySelectorAll('option')].some((option) => option.textContent?.includes(title)));
    // Kristin's three «… under/etter sak», the guest's «Møtte bare for sak», the inhabilitet's «Sak».
    expect(sakSelects).toHaveLength(5);
    expect(sakSelects.filter((select) => !shrinks(select)).map((select) => (select as HTMLSelectElement).labels?.[0]?.textContent)).toEqual([]);
  });
});
