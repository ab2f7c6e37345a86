import { describe, expect, it } from 'vitest';
import {
  attendanceLine,
  attendanceNotes,
  chairRoleOf,
  memberOf,
  roleOf,
  attendanceSections,
  attendanceTexts,
  disqualificationSentences,
  groupOf,
  groupedAttendance,
  hasVotingRight,
  memberKey,
  personalDeputiesOf,
  substitutedMember,
  metAndNotMet,
  presentForItem,
  signersOf,
  allPresentSign,
  rangeLabel,
  signatureLine,
} from './attendance';
import { attendanceRow } from './attendanceRows';
import { defaultConventions } from './conventions';
import { parseMeetingFile } from './meetingFile';
import type { Attendance, CaseNumber } from './model';
import { aClosingRow, aCommittee, aMeeting, anItem } from './testing/builders';
import { problemsOf } from './testing/meetingFileProblems';

const nb = attendanceTexts('nb');
const nn = attendanceTexts('nn');
const items = ['47', '48', '49', '55'].map((serial) => anItem(`i${serial}`, { caseNumber: `${serial}/14` as CaseNumber }));


describe('attendance in a meeting file', () => {
  const committee = aCommittee({ members: [{ name: 'Kari Fast' }] });

  it('refuses an arrival during a sak that is not on the saksliste, naming the entry (it was silently dropped before)', () => {
    const meeting = aMeeting({ items: [anItem('a'), aClosingRow()], attendance: [{ person: { name: 'Kari Fast' }, status: 'present', arrivedDuringItem: 'zz' }] });
    expect(problemsOf({ committee, meeting })).toEqual([
      { path: 'meeting.attendance[0].arrivedDuringItem', problem: { code: 'field', rule: { code: 'unknownItem', of: 'attendance', person: 'Kari Fast', itemId: 'zz' } } },
    ]);
  });

  it('refuses a range whose end is missing or before its start, and an inhabilitet in an unknown sak or of an unknown person', () => {
    const meeting = aMeeting({
      items: [anItem('a'), anItem('b'), aClosingRow()],
      attendance: [
        { person: { name: 'Kari Fast' }, status: 'present', items: [{ from: 'b', to: 'a' }, { from: 'a', to: 'nope' }] },
      ],
      disqualifications: [{ itemId: 'x', person: 'Kari Fast' }, { itemId: 'a', person: 'Nils Ukjent' }],
    });
    expect(problemsOf({ committee, meeting }).map((problem) => problem.path)).toEqual([
      'meeting.attendance[0].items[0].to',
      'meeting.attendance[0].items[1].to',
      'meeting.disqualifications[0].itemId',
      'meeting.disqualifications[1].person',
    ]);
  });

  it('refuses a role group the committee does not have, and an unknown role', () => {
    const grouped = { ...committee, attendanceGroups: ['Ordførarar', 'Rådmenn'] };
    const meeting = aMeeting({ items: [anItem('a')], attendance: [{ person: { name: 'Kari Fast' }, status: 'present', group: 'Andre' }] });
    expect(problemsOf({ committee: grouped, meeting })).toEqual([
      { path: 'meeting.attendance[0].group', problem: { code: 'field', rule: { code: 'unknownGroup', person: 'Kari Fast', group: 'Andre', groups: ['Ordførarar', 'Rådmenn'] } } },
    ]);
    const badRole = { committee, meeting: { ...aMeeting(), attendance: [{ person: { name: 'Kari Fast' }, status: 'present', role: 'gjest' }] } };
    expect(problemsOf(badRole).map((problem) => problem.path)).toEqual(['meeting.attendance[0].role']);
  });

  it('reads a file without any of the new fields as before: everyone medlem, no inhabilitet, no signatures', () => {
    const parsed = parseMeetingFile({ committee, meeting: aMeeting({ attendance: [{ person: { name: 'Kari Fast' }, status: 'present' }] }) });
    expect([parsed.meeting.disqualifications, parsed.meeting.signatures, parsed.committee.attendanceGroups]).toEqual([undefined, undefined, undefined]);
    expect(groupedAttendance(parsed.meeting.attendance, parsed.committee, nb)).toEqual([{ heading: undefined, entries: parsed.meeting.attendance }]);
  });
});

describe('attendance lines', () => {
  const committee = aCommittee({ members: [{ name: 'Kari Fast', title: 'kommunalsjef', organisation: 'Nordvik kommune', chairRole: 'chair', group: 'Ordførarar' }] });

  it('calls a leder with forfall, or one the nestleder stood in for, «leder», not the møteleder of the meeting', () => {
    const ku = aCommittee({ members: [{ name: 'Tobias Leder', chairRole: 'chair' }, { name: 'Ingrid Nestleder', chairRole: 'viceChair' }] });
    const absent: Attendance = { person: { name: 'Tobias Leder' }, status: 'absent' };
    const present: Attendance = { person: { name: 'Tobias Leder' }, status: 'present' };
    expect(attendanceLine(absent, ku, items, nb, 'none', { name: 'Ingrid Nestleder' })).toBe('Tobias Leder (leder)');
    expect(attendanceLine(absent, ku, items, nn, 'none')).toBe('Tobias Leder (leiar)');
    expect(attendanceLine(present, ku, items, nb, 'none', { name: 'Ingrid Nestleder' })).toBe('Tobias Leder (leder)');
    expect(attendanceLine(present, ku, items, nb, 'none', { name: 'Tobias Leder' })).toBe('Tobias Leder (møteleder)');
    expect(attendanceLine({ person: { name: 'Ingrid Nestleder' }, status: 'present' }, ku, items, nb, 'none', { name: 'Ingrid Nestleder' })).toBe('Ingrid Nestleder (nestleder)');
  });

  it('writes "47–55/14" for a range of numbers with the same year part', () => {
    expect(rangeLabel(items, 'i47', 'i55')).toBe('47–55/14');
    expect(rangeLabel(items, 'i48', undefined)).toBe('48/14');
  });

  it('prints who met for whom, the office, per-sak presence and the time slice in the committee\'s målform', () => {
    const substitute: Attendance = { person: { name: 'Per Vara', organisation: 'Nordvik kommune' }, status: 'substitute', substituteFor: 'kommunalsjef', calledIn: true, leftAfterItem: 'i48' };
    expect(attendanceLine(substitute, committee, items, nn, 'organisation')).toBe('Per Vara (Nordvik kommune) for kommunalsjef (innkalla vara, gjekk etter sak 48/14)');
    const member: Attendance = { person: { name: 'Kari Fast', title: 'kommunalsjef', organisation: 'Nordvik kommune' }, status: 'present', items: [{ from: 'i47', to: 'i55' }], arrivedAt: '10:15' };
    expect(attendanceLine(member, committee, items, nb, 'titleAndOrganisation')).toBe('Kari Fast, kommunalsjef (Nordvik kommune, møteleder, til stede i sak 47–55/14, fra kl. 10.15)');
    const invited: Attendance = { person: { name: 'Ola Gjest' }, status: 'present', role: 'invited', items: [{ from: 'i49' }] };
    expect(attendanceLine(invited, committee, items, nb, 'none')).toBe('Ola Gjest (møtte for sak 49/14)');
  });

  it('says «sak 12–13/26», not «sak AMU-sak 12–13/26», when the committee\'s numbers name the sak themselves («AMU-sak {N}/{YY}»)', () => {
    const amu = ['12', '13'].map((serial) => anItem(`a${serial}`, { caseNumber: `AMU-sak ${serial}/26` as CaseNumber }));
    const late: Attendance = { person: { name: 'Kari Verneombud' }, status: 'present', items: [{ from: 'a12', to: 'a13' }], arrivedDuringItem: 'a12' };
    expect(attendanceLine(late, committee, amu, nb, 'none')).toBe('Kari Verneombud (til stede i sak 12–13/26, kom under sak 12/26)');
  });

  it('says «sak 42-2024, 44-2024», not «sak 42-2024, Styresak 44-2024», for a vara present in two saker of a board numbering «Styresak {N}-{YYYY}»', () => {
    const styre = ['42', '43', '44'].map((serial) => anItem(`s${serial}`, { caseNumber: `Styresak ${serial}-2024` as CaseNumber }));
    const vara: Attendance = { person: { name: 'Kjell Reservist' }, status: 'present', items: [{ from: 's42' }, { from: 's44' }] };
    expect(attendanceLine(vara, committee, styre, nb, 'none')).toBe('Kjell Reservist (til stede i sak 42-2024, 44-2024)');
    // An unnumbered row is named by its title, which keeps every word («Orienteringssak fra …» is no number).
    const rows = [...styre, anItem('o', { caseNumber: null, row: 'unnumbered', title: 'Orienteringssak fra direktøren' })];
    expect(attendanceLine({ ...vara, items: [{ from: 's42' }, { from: 'o' }] }, committee, rows, nb, 'none')).toBe('Kjell Reservist (til stede i sak 42-2024, Orienteringssak fra direktøren)');
  });

  it('groups by the committee\'s role groups in its order, a substitute under the group of whom it stands in for', () => {
    const grouped = { ...committee, attendanceGroups: ['Ordførarar', 'Rådmenn'] };
    const entries: Attendance[] = [
      { person: { name: 'Rita Rådmann' }, status: 'present', group: 'Rådmenn' },
      { person: { name: 'Per Vara' }, status: 'substitute', substituteFor: 'Kari Fast' },
      { person: { name: 'Sara Sekretær' }, status: 'present', role: 'secretariat' },
    ];
    expect(groupedAttendance(entries, grouped, nn).map((group) => [group.heading, group.entries.map((entry) => entry.person.name)])).toEqual([
      ['Ordførarar', ['Per Vara']],
      ['Rådmenn', ['Rita Rådmann']],
      // Not under the last group's heading as if one of them: under their role's heading, as the by-role list heads them.
      ['Sekretariat', ['Sara Sekretær']],
    ]);
  });

  it('groups by role when the committee has no groups and someone is not a medlem', () => {
    const entries: Attendance[] = [
      { person: { name: 'Sara Sekretær' }, status: 'present', role: 'secretariat' },
      { person: { name: 'Kari Fast' }, status: 'present' },
      { person: { name: 'Olav Observatør' }, status: 'present', role: 'observer' },
    ];
    expect(groupedAttendance(entries, aCommittee(), nn).map((group) => group.heading)).toEqual(['Medlemmer', 'Observatørar', 'Sekretariat']);
  });
});

describe('an owner kommune\'s representatives under their kommune (representantskap)', () => {
  const owners = aCommittee({
    attendanceGroups: ['Skien kommune', 'Porsgrunn kommune'],
    members: [
      { name: 'Kari Nordmann', organisation: 'Skien kommune', group: 'Skien kommune' },
      { name: 'Ola Berg', organisation: 'Porsgrunn kommune', group: 'Porsgrunn kommune', chairRole: 'chair' },
    ],
  });
  const ola: Attendance = { person: { name: 'Ola Berg', organisation: 'Porsgrunn kommune' }, status: 'present' };
  const per: Attendance = { person: { name: 'Per Hansen', organisation: 'Skien kommune' }, status: 'substitute', substituteFor: 'Kari Nordmann' };

  it('prints the kommune once, as the heading, not again after every name under it («For Skien kommune: …»)', () => {
    expect(attendanceLine(per, owners, items, nb, 'organisation', { name: 'Ola Berg' }, 'Skien kommune')).toBe('Per Hansen for Kari Nordmann');
    expect(attendanceLine(ola, owners, items, nb, 'organisation', { name: 'Ola Berg' }, 'Porsgrunn kommune')).toBe('Ola Berg (møteleder)');
    // Under another heading (or none) the kommune is said.
    expect(attendanceLine(per, owners, items, nb, 'organisation', { name: 'Ola Berg' }, 'Møtende varamedlemmer')).toBe('Per Hansen (Skien kommune) for Kari Nordmann');
  });

  it('puts the organisation and the office in one bracket: «Ola Berg (Porsgrunn kommune, møteleder)», not two', () => {
    expect(attendanceLine(ola, owners, items, nb, 'organisation', { name: 'Ola Berg' })).toBe('Ola Berg (Porsgrunn kommune, møteleder)');
    expect(attendanceLine({ ...ola, person: { ...ola.person, title: 'ordfører' } }, owners, items, nn, 'titleAndOrganisation', { name: 'Ola Berg' })).toBe('Ola Berg, ordfører (Porsgrunn kommune, møteleiar)');
  });
});

describe('the kommunal protokoll\'s attendance headings', () => {
  const council = aCommittee({ members: [{ name: 'Kari Fast' }, { name: 'Ola Fast' }, { name: 'Nils Fast' }, { name: 'Rita Rådmann', role: 'administration' }] });
  const entries: Attendance[] = [
    { person: { name: 'Kari Fast' }, status: 'present' },
    { person: { name: 'Ola Fast' }, status: 'absent' },
    { person: { name: 'Vera Vara' }, status: 'substitute', substituteFor: 'Ola Fast' },
    { person: { name: 'Nils Fast' }, status: 'absent' },
    { person: { name: 'Rita Rådmann' }, status: 'present' },
    { person: { name: 'Sara Sekretær' }, status: 'present', role: 'secretariat' },
  ];
  const shape = (form: typeof nb) => metAndNotMet(entries, council, form).map((group) => [group.heading, group.entries.map((entry) => entry.person.name)]);

  it('heads members who came, varamedlemmer who met, members who did not and the administration as kommunale protokoller do, in nb and nn', () => {
    expect(shape(nb)).toEqual([
      ['Faste medlemmer som møtte', ['Kari Fast']],
      ['Møtende varamedlemmer', ['Vera Vara']],
      ['Faste medlemmer som ikke møtte', ['Ola Fast', 'Nils Fast']],
      ['Fra administrasjonen møtte', ['Rita Rådmann']],
      ['Sekretariat', ['Sara Sekretær']],
    ]);
    expect(shape(nn).map(([heading]) => heading)).toEqual(['Faste medlemer som møtte', 'Varamedlemer som møtte', 'Faste medlemer som ikkje møtte', 'Frå administrasjonen møtte', 'Sekretariat']);
  });
});

describe('who signs a signed protokoll', () => {
  const board = aCommittee({ members: [{ name: 'Kari Leder' }, { name: 'Ola Fast' }, { name: 'Nils Borte' }, { name: 'Rita Rådmann', role: 'administration' }] });
  const chair = { name: 'Kari Leder' };
  const entries: Attendance[] = [
    { person: chair, status: 'present' },
    { person: { name: 'Ola Fast' }, status: 'present' },
    { person: { name: 'Nils Borte' }, status: 'absent' },
    { person: { name: 'Vera Vara' }, status: 'substitute', substituteFor: 'Nils Borte' },
    { person: { name: 'Rita Rådmann' }, status: 'present' },
  ];

  it('is every member present with a vote, the møteleder first, when all present sign; the møteleder alone by office otherwise', () => {
    expect(signersOf('signedByAll', [], chair, entries, board).map((s) => [s.person.name, s.capacity])).toEqual([
      ['Kari Leder', 'chair'],
      ['Ola Fast', 'chosen'],
      ['Vera Vara', 'chosen'],
    ]);
    expect(signersOf('signed', [], chair, entries, board)).toEqual([{ person: chair, capacity: 'chair' }]);
    expect(signersOf('circulated', [], chair, entries, board)).toEqual([]);
    // What the referent recorded (with the dates signed) is the list.
    const recorded = [{ person: chair, capacity: 'chair' as const, signedAt: '2026-06-11' }];
    expect(signersOf('signedByAll', recorded, chair, entries, board)).toEqual(recorded);
  });

  it('is the møteleder by office before anyone is chosen, and those the meeting chose once recorded, when signed by people chosen in the meeting', () => {
    expect(signersOf('signedInMeeting', [], chair, entries, board)).toEqual([{ person: chair, capacity: 'chair' }]);
    const recorded = [{ person: chair, capacity: 'chair' as const }, { person: { name: 'Rita Rådmann' }, capacity: 'chosen' as const }];
    expect(signersOf('signedInMeeting', recorded, chair, entries, board)).toEqual(recorded);
  });

  it('is the møteleder by office and then those chosen, for a representantskap\'s protokoll signed after the meeting (signedByChosen)', () => {
    expect(signersOf('signedByChosen', [], chair, entries, board)).toEqual([{ person: chair, capacity: 'chair' }]);
    const recorded = [{ person: chair, capacity: 'chair' as const }, { person: { name: 'Ola Fast' }, capacity: 'chosen' as const }, { person: { name: 'Vera Vara' }, capacity: 'chosen' as const }];
    expect(signersOf('signedByChosen', recorded, chair, entries, board)).toEqual(recorded);
  });
});

describe('«Legg til alle som var til stede»: who signs when not everyone is recorded', () => {
  const board = aCommittee({
    members: [{ name: 'Kari Leder', chairRole: 'chair' }, { name: 'Ola Fast', email: 'ola@example.no' }, { name: 'Nils Borte' }, { name: 'Siv Stille', group: 'Ap' }, { name: 'Rita Rådmann', role: 'administration' }],
  });
  const chair = { name: 'Kari Leder' };
  const entries: Attendance[] = [
    { person: { name: 'Nils Borte' }, status: 'absent' },
    { person: chair, status: 'present' },
  ];

  it('counts a member with no entry and no forfall as present, after those recorded, as a person only; the protokoll prints those recorded', () => {
    expect(allPresentSign(chair, entries, board, true)).toEqual([
      { person: chair, capacity: 'chair' },
      { person: { name: 'Ola Fast', email: 'ola@example.no' }, capacity: 'chosen' },
      { person: { name: 'Siv Stille' }, capacity: 'chosen' },
    ]);
    // What the protokoll prints before anyone is recorded is unchanged: only the attendance recorded.
    expect(signersOf('signedByAll', [], chair, entries, board)).toEqual([{ person: chair, capacity: 'chair' }]);
  });

  it('does not count a member a vara met for, nor a committee vara who met for someone, as present on their own', () => {
    const withVara = aCommittee({ members: [...board.members, { name: 'Vera Vara', role: 'deputy' }] });
    const met: Attendance[] = [...entries, { person: { name: 'Vera Vara' }, status: 'substitute', substituteFor: 'Siv Stille' }];
    expect(allPresentSign(chair, met, withVara, true).map((s) => s.person.name)).toEqual(['Kari Leder', 'Vera Vara', 'Ola Fast']);
  });
});

describe('who took part in a sak', () => {
  it('follows arrival during, leaving after and ranges of saker', () => {
    const late: Attendance = { person: { name: 'A' }, status: 'present', arrivedDuringItem: 'i48', leftAfterItem: 'i49' };
    expect(items.map((item) => presentForItem(late, items, item.id))).toEqual([false, true, true, false]);
    const ranged: Attendance = { person: { name: 'B' }, status: 'present', items: [{ from: 'i47' }, { from: 'i49', to: 'i55' }] };
    expect(items.map((item) => presentForItem(ranged, items, item.id))).toEqual([true, false, true, true]);
    expect(presentForItem({ person: { name: 'C' }, status: 'absent' }, items, 'i47')).toBe(false);
  });
});

describe('inhabilitet and signatures', () => {
  it('states the decision, its vote, the ground and who stepped in', () => {
    const [text] = disqualificationSentences({ itemId: 'i47', person: 'Kari Fast', decision: 'disqualified', vote: 'samrøystes', ground: 'forvaltningsloven § 6 første ledd bokstav b', replacedBy: 'Per Vara' }, nn);
    expect(text).toBe('Møtet vedtok at Kari Fast var inhabil (samrøystes), og Kari Fast gjekk frå under handsaminga. Grunnlag: forvaltningsloven § 6 første ledd bokstav b. Per Vara tok sete i saka.');
    expect(disqualificationSentences({ itemId: 'i47', person: 'Kari Fast' }, nb)).toEqual(['Spørsmålet om Kari Fast var inhabil, ble reist. Møtet har ikke avgjort det.']);
  });

  it('writes «behandlinga» for a nynorsk committee that names the treatment «behandling» (conventions.treatment)', () => {
    const behandling = attendanceTexts('nn', { ...defaultConventions(), treatment: 'behandling' });
    expect(disqualificationSentences({ itemId: 'i47', person: 'Kari Fast', decision: 'disqualified' }, behandling)).toEqual(['Møtet vedtok at Kari Fast var inhabil, og Kari Fast gjekk frå under behandlinga.']);
    expect(disqualificationSentences({ itemId: 'i47', person: 'Kari Fast', decision: 'qualified' }, behandling)).toEqual(['Møtet vedtok at Kari Fast var habil, og Kari Fast var med i behandlinga.']);
  });

  it('says who signed and when (an instant in Oslo time), or that it is not signed yet', () => {
    expect(signatureLine({ person: { name: 'Kari Fast' }, capacity: 'chair', signedAt: '2024-03-21T23:30:00Z' }, nn)).toBe('Kari Fast, møteleiar – signert 22.03.2024');
    expect(signatureLine({ person: { name: 'Per Vara' }, capacity: 'chosen' }, nb)).toBe('Per Vara – ikke signert ennå');
  });
});

describe('a personal vara tied to their member (kommunestyre, representantskap)', () => {
  // Kari's name changed in the settings after the meeting was recorded; the link is her e-mail, not the name.
  const owners = aCommittee({
    attendanceGroups: ['Skien kommune', 'Porsgrunn kommune'],
    members: [
      { name: 'Kari Nordmann Berg', email: 'kari.nordmann@skien.example.no', organisation: 'Skien kommune', group: 'Skien kommune' },
      { name: 'Per Hansen', email: 'per.hansen@skien.example.no', organisation: 'Skien kommune', group: 'Skien kommune', role: 'deputy', deputyFor: 'kari.nordmann@skien.example.no' },
      { name: 'Ola Berg', organisation: 'Porsgrunn kommune', group: 'Porsgrunn kommune' },
    ],
  });
  const per: Attendance = { person: { name: 'Per Hansen' }, status: 'substitute', substituteFor: 'Kari Nordmann', substituteForMember: 'Kari.Nordmann@skien.example.no', role: 'deputy' };

  it('meets for the member the link names, with that member\'s vote and group, under the name the committee lists now', () => {
    expect(attendanceLine(per, owners, items, nb, 'none')).toBe('Per Hansen for Kari Nordmann Berg');
    expect(hasVotingRight(per, owners)).toBe(true);
    expect(groupOf(per, owners)).toBe('Skien kommune');
    expect(substitutedMember(per, owners)?.email).toBe('kari.nordmann@skien.example.no');
  });

  it('reads a vara recorded by name alone, as every file before the link, by the name; an office («pva kommunalsjef») as typed', () => {
    const byName: Attendance = { person: { name: 'Vera Vara' }, status: 'substitute', substituteFor: 'Ola Berg' };
    expect(attendanceLine(byName, owners, items, nb, 'none')).toBe('Vera Vara for Ola Berg');
    expect(groupOf(byName, owners)).toBe('Porsgrunn kommune');
    expect(attendanceLine({ ...byName, substituteFor: 'kommunalsjef' }, owners, items, nb, 'none')).toBe('Vera Vara for kommunalsjef');
  });

  it('lists a member\'s personal varamedlemmer, linked by e-mail (or by name, for a member listed without one)', () => {
    const kari = owners.members[0]!;
    expect(personalDeputiesOf(owners, kari).map((member) => member.name)).toEqual(['Per Hansen']);
    expect(personalDeputiesOf(owners, owners.members[2]!)).toEqual([]);
    expect(memberKey(kari)).toBe('kari.nordmann@skien.example.no');
    expect(memberKey({ name: 'Ola Berg' })).toBe('Ola Berg');
  });

  it('stores the link in the committee and the attendance as optional fields: a file without them reads as before, an unknown field is still refused', () => {
    const file = { committee: owners, meeting: aMeeting({ attendance: [per] }) };
    const parsed = parseMeetingFile(file);
    expect([parsed.committee.members[1]?.deputyFor, parsed.meeting.attendance[0]?.substituteForMember]).toEqual(['kari.nordmann@skien.example.no', 'Kari.Nordmann@skien.example.no']);
    expect(problemsOf({ ...file, committee: { ...owners, members: [{ name: 'Per Hansen', personalFor: 'x' }] } }).map((problem) => problem.path)).toEqual(['committee.members[0].personalFor']);
  });
});

describe('one grouping for the protokoll and the referent\'s Oppmøte screen', () => {
  const council = aCommittee({ members: [{ name: 'Kari Fast' }, { name: 'Ola Fast' }, { name: 'Rita Rådmann', role: 'administration' }] });
  const entries: Attendance[] = [
    { person: { name: 'Kari Fast' }, status: 'present' },
    { person: { name: 'Ola Fast' }, status: 'absent' },
    { person: { name: 'Rita Rådmann' }, status: 'present' },
  ];
  const headings = (committee: typeof council) => attendanceSections(entries, committee, nb).map((section) => section.heading);

  it('heads the list as the committee\'s conventions say: «Faste medlemmer som møtte» … for metOrNot, by role otherwise', () => {
    const metOrNot = { ...council, conventions: { ...defaultConventions(), attendanceHeadings: 'metOrNot' as const } };
    expect(headings(metOrNot)).toEqual(['Faste medlemmer som møtte', 'Faste medlemmer som ikke møtte', 'Fra administrasjonen møtte']);
    expect(headings(council)).toEqual(['Medlemmer', 'Administrasjonen']);
  });

  it('lists an entry recorded under a preset group before the committee became nynorsk under the group\'s nynorsk name, once, with the stored entry kept', () => {
    // The committee's settings renamed its groups and its members' (presetSentences.ts `presetGroupsIn`); the meeting kept its own.
    const amu = aCommittee({
      languageForm: 'nn',
      attendanceGroups: ['Arbeidsgjevarsida', 'Arbeidstakarsida', 'Bedriftshelsetenesta'],
      members: [{ name: 'Kari Leiar', group: 'Arbeidsgjevarsida' }, { name: 'Ola Verneombod', group: 'Arbeidstakarsida' }],
    });
    const recorded: Attendance[] = [
      { person: { name: 'Kari Leiar' }, status: 'present' },
      { person: { name: 'Ola Verneombod' }, status: 'present' },
      { person: { name: 'Siri Lege', organisation: '' }, status: 'present', group: 'Bedriftshelsetjenesten' },
      { person: { name: 'Per Personal' }, status: 'present', group: 'Arbeidsgiversiden' },
    ];
    const sections = attendanceSections(recorded, amu, nn);
    expect(sections.map((section) => [section.heading, section.entries.map((entry) => entry.person.name)])).toEqual([
      ['Arbeidsgjevarsida', ['Kari Leiar', 'Per Personal']],
      ['Arbeidstakarsida', ['Ola Verneombod']],
      ['Bedriftshelsetenesta', ['Siri Lege']],
    ]);
    expect(sections[2]?.entries[0]?.group).toBe('Bedriftshelsetjenesten');
    expect(attendanceRow(recorded[2]!, amu, items, nn, 'none').represents).toBe('Bedriftshelsetenesta');
    // A group the secretary typed herself is no preset's: listed as recorded, after the committee's.
    expect(groupOf({ person: { name: 'Eva' }, status: 'present', group: 'Verneombodet' }, amu)).toBe('Verneombodet');
  });
});

describe('everyone present signs, with a member who shares a name with another member\'s vara', () => {
  it('counts the member not recorded yet as present though a vara of the same name (another e-mail) meets for someone', () => {
    const committee = {
      members: [
        { name: 'Per Olsen', email: 'per.olsen@ap.example.no' },
        { name: 'Kari Berg', email: 'kari.berg@sv.example.no' },
        { name: 'Kari Berg', email: 'kari.berg@ap.example.no', role: 'deputy' as const, deputyFor: 'per.olsen@ap.example.no' },
      ],
    };
    const entries: Attendance[] = [
      { person: { name: 'Per Olsen', email: 'per.olsen@ap.example.no' }, status: 'absent' },
      { person: { name: 'Kari Berg', email: 'kari.berg@ap.example.no' }, status: 'substitute', substituteFor: 'Per Olsen', substituteForMember: 'per.olsen@ap.example.no', role: 'deputy' },
    ];
    expect(allPresentSign(undefined, entries, committee, true).map((signature) => signature.person.email)).toEqual(['kari.berg@ap.example.no', 'kari.berg@sv.example.no']);
  });
});

describe('two people of one name (a large kommune has two «Kari Nordmann»): found by e-mail, not by the name', () => {
  const leader = { name: 'Kari Nordmann', email: 'kari.nordmann@kommune.no', chairRole: 'chair' as const, group: 'Arbeiderpartiet' };
  const vara = { name: 'Kari Nordmann', email: 'kari.nordmann2@kommune.no', role: 'deputy' as const, group: 'Høyre' };
  const committee = aCommittee({ members: [leader, vara, { name: 'Per Hansen', email: 'per@kommune.no' }] });
  const varaEntry: Attendance = { person: { name: 'Kari Nordmann', email: 'KARI.NORDMANN2@kommune.no' }, status: 'present' };
  const leaderEntry: Attendance = { person: { name: 'Kari Nordmann', email: 'kari.nordmann@kommune.no' }, status: 'present' };

  it('roleOf, chairRoleOf and groupOf read the vara\'s own committee entry, not the leader\'s of the same name', () => {
    expect(groupOf(varaEntry, committee)).toBe('Høyre');
    expect(roleOf(varaEntry, committee)).toBe('deputy');
    expect(chairRoleOf(varaEntry, committee)).toBeUndefined();
    expect(roleOf(leaderEntry, committee)).toBe('member');
    expect(chairRoleOf(leaderEntry, committee)).toBe('chair');
  });

  it('memberOf finds the member by e-mail; an entry stored without one falls back to the name, as before', () => {
    expect(memberOf(committee, varaEntry.person)?.group).toBe('Høyre');
    expect(memberOf(committee, { name: 'kari nordmann' })?.group).toBe('Arbeiderpartiet');
  });

  it('allPresentSign puts the møteleder first by office, not a member who shares her name', () => {
    const two = aCommittee({ members: [leader, { name: 'Kari Nordmann', email: 'kari.nordmann2@kommune.no' }] });
    const entries: Attendance[] = [{ ...varaEntry, person: { name: 'Kari Nordmann', email: 'kari.nordmann2@kommune.no' } }, leaderEntry];
    const signers = allPresentSign(leaderEntry.person, entries, two);
    expect(signers.map((s) => [s.person.email, s.capacity])).toEqual([
      ['kari.nordmann@kommune.no', 'chair'],
      ['kari.nordmann2@kommune.no', 'chosen'],
    ]);
  });

  it('the attendance line says «møteleder» after the one who led, not after another of her name', () => {
    const notes = (entry: Attendance) => attendanceNotes(entry, committee, items, nb, leaderEntry.person);
    expect(notes(leaderEntry)).toContain(nb.chairRoles.chair);
    const second = aCommittee({ members: [leader, { ...leader, email: 'kari.nordmann2@kommune.no' }] });
    expect(attendanceNotes({ ...varaEntry }, second, items, nb, leaderEntry.person)).toEqual([nb.chairOffice]);
  });
});

describe('who took part from elsewhere (fjernmøte, kommuneloven § 11-7)', () => {
  const committee = aCommittee({ members: [{ name: 'Kari Nordmann' }, { name: 'Ola Berg' }] });

  it('prints «deltok per telefon» / «deltok digitalt» after the name in bokmål, and «på telefon» in nynorsk', () => {
    const phone: Attendance = { person: { name: 'Kari Nordmann' }, status: 'present', remote: 'phone' };
    const video: Attendance = { person: { name: 'Ola Berg' }, status: 'present', remote: 'video', arrivedAt: '10:15' };
    expect(attendanceLine(phone, committee, items, nb, 'none')).toBe('Kari Nordmann (deltok per telefon)');
    expect(attendanceLine(phone, committee, items, nn, 'none')).toBe('Kari Nordmann (deltok på telefon)');
    expect(attendanceLine(video, committee, items, nb, 'none')).toBe('Ola Berg (deltok digitalt, fra kl. 10.15)');
    expect(attendanceLine(video, committee, items, nn, 'none')).toBe('Ola Berg (deltok digitalt, frå kl. 10.15)');
  });

  it('says it of a vara meeting from elsewhere after whom it meets for, and of nobody with forfall', () => {
    const vara: Attendance = { person: { name: 'Per Vara' }, status: 'substitute', substituteFor: 'Ola Berg', remote: 'video' };
    expect(attendanceLine(vara, committee, items, nb, 'none')).toBe('Per Vara for Ola Berg (deltok digitalt)');
    const absent: Attendance = { person: { name: 'Kari Nordmann' }, status: 'absent', remote: 'phone' };
    expect(attendanceNotes(absent, committee, items, nb)).toEqual([]);
  });

  it('reads a meeting file with the way each took part, and refuses a way it does not know, naming the entry', () => {
    const meeting = aMeeting({ items: [anItem('a')], attendance: [{ person: { name: 'Kari Nordmann' }, status: 'present', remote: 'phone' }] });
    expect(parseMeetingFile({ committee, meeting }).meeting.attendance[0]?.remote).toBe('phone');
    const unknown = { committee, meeting: { ...aMeeting(), attendance: [{ person: { name: 'Kari Nordmann' }, status: 'present', remote: 'brevdue' }] } };
    expect(problemsOf(unknown).map((problem) => problem.path)).toEqual(['meeting.attendance[0].remote']);
  });
});

describe('attendance rows (conventions.attendanceTable)', () => {
  const amu = aCommittee({
    members: [
      { name: 'Sigrid Verneombud', group: 'Arbeidstakersiden', chairRole: 'chair' },
      { name: 'Håkon Rådgiver', organisation: 'Fagforbundet', group: 'Arbeidstakersiden' },
      { name: 'Liv Kommunalsjef', title: 'kommunalsjef', group: 'Arbeidsgiversiden', chairRole: 'viceChair' },
    ],
  });

  it('puts the chair role or the role under Funksjon and the party or organisation under Representerer, apart from the name and its notes', () => {
    const led: Attendance = { person: { name: 'Sigrid Verneombud' }, status: 'present', remote: 'video' };
    expect(attendanceRow(led, amu, items, nb, 'organisation', { name: 'Sigrid Verneombud' })).toEqual({ name: 'Sigrid Verneombud (deltok digitalt)', role: 'møteleder', represents: 'Arbeidstakersiden' });
    const member: Attendance = { person: { name: 'Håkon Rådgiver', organisation: 'Fagforbundet' }, status: 'present', leftAfterItem: 'i48' };
    expect(attendanceRow(member, amu, items, nn, 'none')).toEqual({ name: 'Håkon Rådgiver (gjekk etter sak 48/14)', role: 'medlem', represents: 'Fagforbundet' });
    const vice: Attendance = { person: { name: 'Liv Kommunalsjef', title: 'kommunalsjef' }, status: 'present' };
    expect(attendanceRow(vice, amu, items, nn, 'title')).toEqual({ name: 'Liv Kommunalsjef, kommunalsjef', role: 'nestleiar', represents: 'Arbeidsgiversiden' });
  });

  it('calls one meeting for a member «varamedlem», says for whom in the name, and leaves out a side that is the heading', () => {
    const council = aCommittee({ members: [{ name: 'Kari Fast', organisation: 'H' }] });
    const vara: Attendance = { person: { name: 'Per Vara', organisation: 'Ap' }, status: 'substitute', substituteFor: 'Kari Fast', calledIn: true };
    expect(attendanceRow(vara, council, items, nb, 'organisation')).toEqual({ name: 'Per Vara for Kari Fast (innkalt vara)', role: 'varamedlem', represents: 'Ap' });
    const side: Attendance = { person: { name: 'Sigrid Verneombud' }, status: 'absent' };
    expect(attendanceRow(side, amu, items, nb, 'organisation', undefined, 'Arbeidstakersiden')).toEqual({ name: 'Sigrid Verneombud', role: 'leder', represents: '' });
    expect(attendanceRow({ person: { name: 'Ola Gjest' }, status: 'present', role: 'invited' }, council, items, nb, 'none').represents).toBe('');
  });
});
