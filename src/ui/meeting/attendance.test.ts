import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { AttendanceSchema, CommitteeSchema, SignatureSchema, type Attendance } from '../../domain/model';
import { attendanceLine, attendanceSections, attendanceTexts, signersOf } from '../../domain/attendance';
import { addAllSigners, addDisqualification, addGuest, addSigner, attendanceRows, disqualificationsForItem, removeAt, setPresence, setSignedAt, setStatus, setSubstitute, signatoryCandidates, updateDisqualification, checkedPerson, typedPerson, withElectedChair, electChair, removeSigner, statusChange } from './attendance';
import { testMeeting } from './testing/testMeeting';

const committee = v.parse(CommitteeSchema, {
  id: 'partnerskapsmotet',
  name: 'Partnerskapsmøtet',
  shortName: 'PM',
  languageForm: 'nb',
  caseNumberFormat: '{YYYY}.{NN}',
  members: [{ name: 'Per Christian Voss' }, { name: 'Kristin Liset' }, { name: 'Tobias Solli Iveland' }],
});

describe('attendance', () => {
  it('records a member with an office (møteleiar, nestleiar) or a role as a person the meeting can store', () => {
    const withOffices = v.parse(CommitteeSchema, {
      ...committee,
      members: [{ name: 'Per Christian Voss', chairRole: 'chair' }, { name: 'Kristin Liset', chairRole: 'viceChair', role: 'member' }, { name: 'Hilde Kari Maugesten', role: 'secretariat' }],
    });
    const rows = attendanceRows(withOffices, testMeeting());
    let attendance = testMeeting().attendance;
    for (const row of rows) attendance = setStatus(attendance, row.person, 'present');
    for (const entry of attendance) expect(() => v.parse(AttendanceSchema, entry)).not.toThrow();
    expect(attendance.map((entry) => entry.person)).toEqual([{ name: 'Per Christian Voss' }, { name: 'Kristin Liset' }, { name: 'Hilde Kari Maugesten' }]);
    const signatures = addSigner([], rows[0]!.person, 'chosen');
    for (const signature of signatures) expect(() => v.parse(SignatureSchema, signature)).not.toThrow();
  });

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

  it('records a vara who is on the committee with the details the committee has for them: their kommune, address and title go with «X for Y»', () => {
    // A representantskap: each owner kommune's representative has a personal vara from the same kommune, both on the committee.
    const deputy = { name: 'Per Hansen', email: 'per.hansen@skien.example.no', organisation: 'Skien kommune', title: 'Varaordfører', role: 'deputy' as const, group: 'Skien kommune' };
    const known = [{ name: 'Kari Nordmann', organisation: 'Skien kommune' }, deputy];
    const attendance = setSubstitute([], { name: 'Kari Nordmann' }, ' per hansen ', known);
    expect(attendance.find((a) => a.status === 'substitute')).toEqual({
      person: { name: 'Per Hansen', email: 'per.hansen@skien.example.no', organisation: 'Skien kommune', title: 'Varaordfører' },
      status: 'substitute',
      substituteFor: 'Kari Nordmann',
      role: 'deputy',
    });
    // A name the committee does not know is recorded as typed.
    expect(setSubstitute([], { name: 'Kari Nordmann' }, 'Ola Utenfor', known).find((a) => a.status === 'substitute')?.person).toEqual({ name: 'Ola Utenfor' });
  });

  it('lists a vara on the committee once: under the member they meet for, not again as a row of their own', () => {
    const withVara = { ...committee, members: [...committee.members, { name: 'Per Hansen', role: 'deputy' as const }] };
    const meeting = testMeeting();
    // First marked til stede on their own row, then recorded as meeting for Kristin Liset: one entry, the vara's.
    meeting.attendance = setSubstitute(setStatus([], { name: 'Per Hansen' }, 'present'), { name: 'Kristin Liset' }, 'Per Hansen', withVara.members);
    expect(meeting.attendance.filter((a) => a.person.name === 'Per Hansen').map((a) => a.status)).toEqual(['substitute']);
    const rows = attendanceRows(withVara, meeting);
    expect(rows.map((row) => row.person.name)).toEqual(['Per Christian Voss', 'Kristin Liset', 'Tobias Solli Iveland']);
    expect(rows[1]?.substitute?.person.name).toBe('Per Hansen');
    // Not meeting for anyone, the vara has a row to be recorded in.
    expect(attendanceRows(withVara, testMeeting()).map((row) => row.person.name)).toContain('Per Hansen');
  });

  it('records arriving and leaving during an item, and clears it again', () => {
    let attendance = setStatus([], { name: 'Tobias Solli Iveland' }, 'present');
    attendance = setPresence(attendance, { person: { name: 'Tobias Solli Iveland' }, status: 'present' }, 'arrivedDuringItem', 'item-2');
    attendance = setPresence(attendance, { person: { name: 'Tobias Solli Iveland' }, status: 'present' }, 'leftDuringItem', 'item-3');
    expect(attendance[0]).toMatchObject({ arrivedDuringItem: 'item-2', leftDuringItem: 'item-3' });
    attendance = setPresence(attendance, { person: { name: 'Tobias Solli Iveland' }, status: 'present' }, 'arrivedDuringItem', undefined);
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

describe('attendance beyond present and absent', () => {
  it('records leaving after a sak, a time slice and a vara called in, and clears them with an empty value', () => {
    let attendance = setSubstitute([], { name: 'Kristin Liset' }, 'Renate Solstad');
    attendance = setPresence(attendance, { person: { name: 'Renate Solstad' }, status: 'substitute' }, 'calledIn', true);
    attendance = setPresence(attendance, { person: { name: 'Renate Solstad' }, status: 'substitute' }, 'leftAfterItem', 'item-2');
    attendance = setPresence(attendance, { person: { name: 'Renate Solstad' }, status: 'substitute' }, 'arrivedAt', '13:45');
    const vara = attendance.find((a) => a.status === 'substitute');
    expect(vara).toMatchObject({ role: 'deputy', substituteFor: 'Kristin Liset', calledIn: true, leftAfterItem: 'item-2', arrivedAt: '13:45' });
    attendance = setPresence(attendance, { person: { name: 'Renate Solstad' }, status: 'substitute' }, 'calledIn', false);
    attendance = setPresence(attendance, { person: { name: 'Renate Solstad' }, status: 'substitute' }, 'arrivedAt', '');
    expect(attendance.find((a) => a.status === 'substitute')).not.toHaveProperty('calledIn');
    expect(attendance.find((a) => a.status === 'substitute')).not.toHaveProperty('arrivedAt');
  });

  it('adds someone invited for one sak with that role and sak, a plain guest without either', () => {
    const attendance = addGuest(addGuest([], 'Ivar Innleid', 'invited', 'item-3'), 'Erik Nordberg', 'member');
    expect(attendance).toEqual([
      { person: { name: 'Ivar Innleid' }, status: 'present', role: 'invited', items: [{ from: 'item-3' }] },
      { person: { name: 'Erik Nordberg' }, status: 'present' },
    ]);
  });

  it('records inhabilitet per sak, keeps no blank fields, and lists it for the sak it belongs to', () => {
    let list = addDisqualification(undefined, 'item-2', 'Kristin Liset');
    list = updateDisqualification(list, 0, { ground: 'forvaltningsloven § 6 første ledd bokstav a', decision: 'disqualified', replacedBy: 'Renate Solstad', vote: '' });
    expect(list).toEqual([{ itemId: 'item-2', person: 'Kristin Liset', ground: 'forvaltningsloven § 6 første ledd bokstav a', decision: 'disqualified', replacedBy: 'Renate Solstad' }]);
    list = updateDisqualification(list, 0, { decision: undefined });
    expect(list[0]).not.toHaveProperty('decision');
    const meeting = { ...testMeeting(), disqualifications: list };
    expect(disqualificationsForItem(meeting, 'item-2')).toHaveLength(1);
    expect(disqualificationsForItem(meeting, 'item-3')).toEqual([]);
    expect(removeAt(list, 0)).toEqual([]);
  });

  it('adds each signer once and records and clears the date they signed', () => {
    let signatures = addSigner(undefined, { name: 'Per Christian Voss' }, 'chair');
    signatures = addSigner(signatures, { name: 'Kristin Liset' }, 'chosen');
    signatures = addSigner(signatures, { name: 'kristin liset' }, 'chosen');
    expect(signatures.map((s) => [s.person.name, s.capacity])).toEqual([['Per Christian Voss', 'chair'], ['Kristin Liset', 'chosen']]);
    signatures = setSignedAt(signatures, 1, '2026-06-12');
    expect(signatures[1]?.signedAt).toBe('2026-06-12');
    expect(setSignedAt(signatures, 1, '')[1]).not.toHaveProperty('signedAt');
  });
});

describe('who may be chosen to sign the protokoll', () => {
  const roles = v.parse(CommitteeSchema, {
    ...committee,
    members: [
      { name: 'Per Christian Voss' },
      { name: 'Kristin Liset', role: 'member' },
      { name: 'Tobias Solli Iveland' },
      { name: 'Olav Observatør', role: 'observer' },
      { name: 'Hilde Kari Maugesten', role: 'secretariat' },
      { name: 'Anne Administrasjon', role: 'administration' },
      { name: 'Vera Vara', role: 'deputy' },
    ],
  });

  it('offers the members with a vote and the vara meeting for a member, never observer, secretariat, administration, an absent member or a guest', () => {
    let attendance = setStatus(testMeeting().attendance, { name: 'Kristin Liset' }, 'present');
    attendance = setSubstitute(attendance, { name: 'Tobias Solli Iveland' }, 'Siri Stedfortreder');
    attendance = addGuest(attendance, 'Gunnar Gjest', 'invited');
    attendance = setStatus(attendance, { name: 'Olav Observatør' }, 'present');
    attendance = setStatus(attendance, { name: 'Hilde Kari Maugesten' }, 'present');
    const meeting = { ...testMeeting(), attendance };
    expect(signatoryCandidates(roles, meeting).map((person) => person.name)).toEqual(['Per Christian Voss', 'Kristin Liset', 'Siri Stedfortreder']);
  });

  it('offers everyone present when the meeting chooses its co-signers among those present (a generalforsamling: aksjeloven § 5-16), never one with forfall', () => {
    const chosen = v.parse(CommitteeSchema, { ...roles, conventions: { minutesApproval: 'signedInMeeting' } });
    let attendance = setStatus(testMeeting().attendance, { name: 'Kristin Liset' }, 'absent');
    attendance = addGuest(attendance, 'Rune Revisor', 'invited');
    attendance = setStatus(attendance, { name: 'Anne Administrasjon' }, 'present');
    attendance = setStatus(attendance, { name: 'Olav Observatør' }, 'absent');
    const meeting = { ...testMeeting(), attendance };
    expect(signatoryCandidates(chosen, meeting).map((person) => person.name)).toEqual([
      'Per Christian Voss',
      'Tobias Solli Iveland',
      'Hilde Kari Maugesten',
      'Anne Administrasjon',
      'Vera Vara',
      'Rune Revisor',
    ]);
  });
});

describe('«Legg til alle som var til stede» and the protokoll', () => {
  it('records the signers the protokoll prints before anyone is recorded: same people, same order, the møteleder first', () => {
    const board = v.parse(CommitteeSchema, { ...committee, members: [...committee.members, { name: 'Rita Rådmann', role: 'administration' }] });
    const chair = { name: 'Kristin Liset' };
    const meeting = {
      ...testMeeting(),
      chair,
      attendance: [
        { person: { name: 'Tobias Solli Iveland' }, status: 'absent' as const },
        { person: { name: 'Vera Vara' }, status: 'substitute' as const, substituteFor: 'Tobias Solli Iveland' },
        { person: { name: 'Per Christian Voss' }, status: 'present' as const },
        { person: { name: 'Kristin Liset' }, status: 'present' as const },
        { person: { name: 'Rita Rådmann' }, status: 'present' as const },
      ],
    };
    const printed = signersOf('signedByAll', [], chair, meeting.attendance, board);
    expect(printed.map((s) => s.person.name)).toEqual(['Kristin Liset', 'Vera Vara', 'Per Christian Voss']);
    expect(addAllSigners([], chair, board, meeting)).toEqual(printed);
  });

  it('adds a member not recorded yet as present, but not a member a vara met for, and records nothing but the signatures', () => {
    const board = v.parse(CommitteeSchema, { ...committee, members: [...committee.members, { name: 'Rita Rådmann', role: 'administration' }] });
    const chair = { name: 'Kristin Liset' };
    // Imported as the source had it: the vara recorded, the member they met for not marked with forfall.
    const attendance = [
      { person: { name: 'Kristin Liset' }, status: 'present' as const },
      { person: { name: 'Vera Vara' }, status: 'substitute' as const, substituteFor: 'Tobias Solli Iveland' },
    ];
    const meeting = { ...testMeeting(), chair, attendance };
    expect(addAllSigners([], chair, board, meeting).map((s) => [s.person.name, s.capacity])).toEqual([
      ['Kristin Liset', 'chair'],
      ['Vera Vara', 'chosen'],
      ['Per Christian Voss', 'chosen'],
    ]);
    expect(meeting.attendance).toBe(attendance);
  });
});

describe('a personal vara tied to their member', () => {
  // Two members of a kommunestyre with the same name: only the link (their e-mail) tells whose vara met.
  const council = v.parse(CommitteeSchema, {
    ...committee,
    members: [
      { name: 'Ola Hansen', email: 'ola.hansen@ap.example.no' },
      { name: 'Ola Hansen', email: 'ola.hansen@h.example.no' },
      { name: 'Vera Vara', email: 'vera.vara@h.example.no', role: 'deputy', deputyFor: 'ola.hansen@h.example.no' },
    ],
  });
  const [apOla, hOla] = attendanceRows(council, testMeeting());

  it('records the member the vara meets for by the link, and shows the vara under that member only', () => {
    const attendance = setSubstitute([], hOla!.person, 'Vera Vara', council.members);
    expect(attendance.find((entry) => entry.status === 'substitute')).toEqual({
      person: { name: 'Vera Vara', email: 'vera.vara@h.example.no' },
      status: 'substitute',
      substituteFor: 'Ola Hansen',
      substituteForMember: 'ola.hansen@h.example.no',
      role: 'deputy',
    });
    for (const entry of attendance) expect(() => v.parse(AttendanceSchema, entry)).not.toThrow();
    const rows = attendanceRows(council, { ...testMeeting(), attendance });
    expect(rows.map((row) => [row.person.email, row.substitute?.person.name])).toEqual([
      ['ola.hansen@ap.example.no', undefined],
      ['ola.hansen@h.example.no', 'Vera Vara'],
    ]);
    expect(apOla?.person).toEqual({ name: 'Ola Hansen', email: 'ola.hansen@ap.example.no' });
  });

  it('gives a member\'s row their personal varamedlemmer to choose from, and a vara not listed still by name', () => {
    expect(attendanceRows(council, testMeeting()).map((row) => row.personalDeputies?.map((deputy) => deputy.name) ?? [])).toEqual([[], ['Vera Vara'], []]);
    const typed = setSubstitute([], apOla!.person, 'Nils Ny', council.members).find((entry) => entry.status === 'substitute');
    expect(typed).toEqual({ person: { name: 'Nils Ny' }, status: 'substitute', substituteFor: 'Ola Hansen', substituteForMember: 'ola.hansen@ap.example.no', role: 'deputy' });
  });
});

describe('a vara on the committee matched by e-mail, not the name alone', () => {
  // A member and another member's personal vara who share a name: the e-mail tells them apart.
  const board = v.parse(CommitteeSchema, {
    ...committee,
    members: [
      { name: 'Per Olsen', email: 'per.olsen@ap.example.no' },
      { name: 'Kari Berg', email: 'kari.berg@sv.example.no' },
      { name: 'Kari Berg', email: 'kari.berg@ap.example.no', role: 'deputy', deputyFor: 'per.olsen@ap.example.no' },
    ],
  });
  const [per, kari] = attendanceRows(board, testMeeting());

  it('records the member\'s personal vara of that name, keeps the other Kari Berg\'s own «til stede» and her row', () => {
    const present = setStatus([], kari!.person, 'present');
    const attendance = setSubstitute(present, per!.person, 'Kari Berg', board.members);
    expect(attendance.find((entry) => entry.status === 'substitute')?.person).toEqual({ name: 'Kari Berg', email: 'kari.berg@ap.example.no' });
    expect(attendance.find((entry) => entry.status === 'present')?.person).toEqual({ name: 'Kari Berg', email: 'kari.berg@sv.example.no' });
    const rows = attendanceRows(board, { ...testMeeting(), attendance });
    expect(rows.map((row) => [row.person.email, row.status, row.substitute?.person.email])).toEqual([
      ['per.olsen@ap.example.no', 'absent', 'kari.berg@ap.example.no'],
      ['kari.berg@sv.example.no', 'present', undefined],
    ]);
  });

  it('lists the vara once when the committee has since written their name otherwise (same e-mail)', () => {
    const attendance = setSubstitute([], per!.person, 'Kari Berg', board.members);
    const renamed = { ...board, members: board.members.map((member) => (member.email === 'kari.berg@ap.example.no' ? { ...member, name: 'Kari Berg Lunde' } : member)) };
    expect(attendanceRows(renamed, { ...testMeeting(), attendance }).map((row) => row.person.email)).toEqual(['per.olsen@ap.example.no', 'kari.berg@sv.example.no']);
  });
});

describe('two people of one name (two «Kari Nordmann» in a large kommune): each edit lands on the one meant', () => {
  const member = { name: 'Kari Nordmann', email: 'kari.nordmann@kommune.no' };
  const vara = { name: 'Kari Nordmann', email: 'kari.nordmann2@kommune.no' };

  it('setPresence changes the vara who stands in, not the member of her name who is present, by e-mail', () => {
    const attendance: Attendance[] = [
      { person: member, status: 'present' },
      { person: vara, status: 'substitute', substituteFor: 'Per Hansen', role: 'deputy' },
    ];
    const next = setPresence(attendance, attendance[1]!, 'calledIn', true);
    expect(next[1]).toMatchObject({ calledIn: true });
    expect(next[0]).not.toHaveProperty('calledIn');
    const left = setPresence(attendance, attendance[0]!, 'leftAt', '14:30');
    expect(left.map((entry) => entry.leftAt)).toEqual(['14:30', undefined]);
  });

  it('setPresence keeps a vara and a member of one name apart by whether she stands in, when the file has no e-mails (as before)', () => {
    const attendance: Attendance[] = [
      { person: { name: 'Kari Nordmann' }, status: 'present' },
      { person: { name: 'Kari Nordmann' }, status: 'substitute', substituteFor: 'Per Hansen', role: 'deputy' },
    ];
    const next = setPresence(attendance, attendance[0]!, 'arrivedDuringItem', 'item-2');
    expect(next.map((entry) => entry.arrivedDuringItem)).toEqual(['item-2', undefined]);
  });

  it('addSigner adds the second «Kari Nordmann» (another e-mail) and not the same one twice', () => {
    let signatures = addSigner(undefined, member, 'chair');
    signatures = addSigner(signatures, vara, 'chosen');
    signatures = addSigner(signatures, { ...vara, email: 'KARI.NORDMANN2@kommune.no' }, 'chosen');
    expect(signatures.map((s) => [s.person.email, s.capacity])).toEqual([
      ['kari.nordmann@kommune.no', 'chair'],
      ['kari.nordmann2@kommune.no', 'chosen'],
    ]);
  });
});

describe('a person typed by name (a vara, the møteleder a meeting elects)', () => {
  const kari = { name: 'Kari Nordmann', email: 'kari@selskap.no', organisation: 'Nordfjell kommune' };
  it('is the one listed by that name, with their details as listed, else the name alone as typed, trimmed; nobody for an empty name', () => {
    expect(typedPerson(' kari nordmann ', [kari])).toEqual(kari);
    expect(typedPerson('  Hanne Lie ', [kari])).toEqual({ name: 'Hanne Lie' });
    expect(typedPerson('  ', [kari])).toBeUndefined();
  });

  it('is held to the rules of a person\'s name: too long or with a control character, the schema\'s rule names the field', () => {
    expect(checkedPerson({ name: 'Hanne Lie' })).toEqual({ ok: true, person: { name: 'Hanne Lie' } });
    const long = checkedPerson({ name: 'H'.repeat(256) });
    expect(long.ok ? undefined : long.error.message).toMatch(/"code":"tooLong","field":"personName"/);
    const control = checkedPerson({ name: 'Hanne\u0007Lie' });
    expect(control.ok ? undefined : control.error.message).toMatch(/"code":"controlCharacter","field":"personName"/);
  });
});

describe('the møteleder a meeting elects as the protokoll\'s signer by office', () => {
  const kari = { name: 'Kari Nordmann', email: 'kari@selskap.no' };
  const per = { name: 'Per Hansen', email: 'per@selskap.no' };
  it('takes the place of the one signing as møteleder before, first; one chosen to co-sign who is now møteleder signs once', () => {
    const list = [{ person: kari, capacity: 'chair' as const, signedAt: '2026-05-01' }, { person: per, capacity: 'chosen' as const }];
    expect(withElectedChair(list, { name: 'Hanne Lie' })).toEqual([{ person: { name: 'Hanne Lie' }, capacity: 'chair' }, { person: per, capacity: 'chosen' }]);
    expect(withElectedChair(list, per)).toEqual([{ person: per, capacity: 'chair' }]);
    expect(withElectedChair(undefined, kari)).toEqual([{ person: kari, capacity: 'chair' }]);
  });

  it('changes nothing for the same møteleder again: the date they signed stays', () => {
    const list = [{ person: kari, capacity: 'chair' as const, signedAt: '2026-05-01' }];
    expect(withElectedChair(list, { name: 'Kari Nordmann', email: 'KARI@selskap.no' })).toEqual(list);
  });
});

/** A committee whose meeting elects its møteleder (a generalforsamling's `signedInMeeting`). */
const generalforsamling = v.parse(CommitteeSchema, {
  ...committee,
  conventions: { minutes: 'protokoll', minutesApproval: 'signedInMeeting' },
  members: [{ name: 'Kari Nordmann', chairRole: 'chair' }, { name: 'Per Hansen' }],
});

describe('the møteleder a meeting elects, in the protokoll\'s list of who was present', () => {
  const kari = { name: 'Kari Nordmann' };
  const per = { name: 'Per Hansen' };
  const hanne = { name: 'Hanne Lie' };
  const held = () => {
    let attendance = setStatus([], kari, 'present');
    attendance = setStatus(attendance, per, 'present');
    attendance = addGuest(attendance, 'Ola Berg', 'invited');
    return { ...testMeeting(), chair: kari, attendance };
  };
  /** The present list as the protokoll prints it (documents/meetingFacts.ts `presentGroups` + `attendeeLine`). */
  const printed = (meeting: ReturnType<typeof held>) => {
    const t = attendanceTexts('nb', generalforsamling.conventions);
    const present = meeting.attendance.filter((entry) => entry.status !== 'absent');
    return attendanceSections(present, generalforsamling, t).map((section) => [section.heading, ...section.entries.map((entry) => attendanceLine(entry, generalforsamling, meeting.items, t, 'organisation', meeting.chair))]);
  };

  it('lists one on no list (an advokat typed by name) as present and «møteleder», among the invited, not as a member', () => {
    const meeting = held();
    const change = electChair(generalforsamling, meeting, hanne);
    expect(change.chair).toEqual(hanne);
    expect(change.signatures).toEqual([{ person: hanne, capacity: 'chair' }]);
    expect(change.attendance?.at(-1)).toEqual({ person: hanne, status: 'present', role: 'invited', chairRole: 'chair' });
    const after = { ...meeting, ...change, attendance: change.attendance ?? meeting.attendance, chair: hanne };
    expect(v.parse(v.array(AttendanceSchema), after.attendance)).toEqual(after.attendance);
    expect(printed(after)).toEqual([
      ['Medlemmer', 'Kari Nordmann (leder)', 'Per Hansen'],
      ['Inviterte', 'Ola Berg', 'Hanne Lie (møteleder)'],
    ]);
  });

  it('adds nobody for one already present, and takes away the entry an earlier election added (a name mistyped, then corrected)', () => {
    const meeting = held();
    expect(electChair(generalforsamling, meeting, { name: 'per hansen' }).attendance).toBeUndefined();
    expect(electChair(generalforsamling, meeting, { name: 'Ola Berg' }).attendance).toBeUndefined();
    const typo = { ...meeting, ...electChair(generalforsamling, meeting, { name: 'Hanne Lei' }) };
    const corrected = electChair(generalforsamling, { ...typo, attendance: typo.attendance ?? [], chair: { name: 'Hanne Lei' } }, hanne);
    expect(corrected.attendance?.map((entry) => entry.person.name)).toEqual(['Kari Nordmann', 'Per Hansen', 'Ola Berg', 'Hanne Lie']);
    const toMember = electChair(generalforsamling, { ...typo, attendance: typo.attendance ?? [], chair: { name: 'Hanne Lei' } }, per);
    expect(toMember.attendance?.map((entry) => entry.person.name)).toEqual(['Kari Nordmann', 'Per Hansen', 'Ola Berg']);
  });
});

describe('the election of the møteleder undone', () => {
  const hanne = { name: 'Hanne Lie' };
  const per = { name: 'Per Hansen' };
  const elected = (person: { name: string }) => {
    const meeting = { ...testMeeting(), chair: { name: 'Kari Nordmann' }, attendance: addGuest(setStatus(setStatus([], { name: 'Kari Nordmann' }, 'present'), per, 'present'), 'Ola Berg', 'invited') };
    const change = electChair(generalforsamling, meeting, person);
    const signatures = addSigner(change.signatures, { name: 'Ola Berg' }, 'chosen');
    return { ...meeting, attendance: change.attendance ?? meeting.attendance, signatures, chair: change.chair };
  };

  it('by removing the one signing as møteleder: no longer the protokoll\'s møteleder (the committee\'s again), nor present', () => {
    const meeting = elected(hanne);
    expect(removeSigner(generalforsamling, meeting, 0)).toEqual({
      attendance: meeting.attendance.filter((entry) => entry.person.name !== 'Hanne Lie'),
      signatures: [{ person: { name: 'Ola Berg' }, capacity: 'chosen' }],
      chair: null,
    });
    // A co-signer removed is only that.
    expect(removeSigner(generalforsamling, meeting, 1)).toEqual({ signatures: [{ person: hanne, capacity: 'chair' }] });
    // Where the workspace chose the møteleder (a protokoll signed without an election), his signature goes, he stays møteleder.
    const signed = v.parse(CommitteeSchema, { ...generalforsamling, conventions: { minutes: 'protokoll', minutesApproval: 'signed' } });
    expect(removeSigner(signed, meeting, 0)).toEqual({ signatures: [{ person: { name: 'Ola Berg' }, capacity: 'chosen' }] });
  });

  it('by taking him off those present: the entry of one on no list removed, or a member given forfall; a member set to «Ikke registrert» stays elected', () => {
    const typed = elected(hanne);
    expect(statusChange(generalforsamling, typed, hanne, 'unknown')).toEqual({
      attendance: typed.attendance.filter((entry) => entry.person.name !== 'Hanne Lie'),
      signatures: [{ person: { name: 'Ola Berg' }, capacity: 'chosen' }],
      chair: null,
    });
    expect(statusChange(generalforsamling, typed, hanne, 'absent')).toMatchObject({ chair: null, signatures: [{ person: { name: 'Ola Berg' } }] });
    const member = elected(per);
    expect(statusChange(generalforsamling, member, per, 'absent')).toMatchObject({ chair: null, signatures: [{ person: { name: 'Ola Berg' } }] });
    expect(statusChange(generalforsamling, member, per, 'unknown')).toEqual({ attendance: setStatus(member.attendance, per, 'unknown') });
    // Someone else's status is only that.
    expect(statusChange(generalforsamling, typed, { name: 'Ola Berg' }, 'absent')).toEqual({ attendance: setStatus(typed.attendance, { name: 'Ola Berg' }, 'absent') });
  });
});
