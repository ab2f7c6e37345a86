import type { Conventions, MinutesApproval } from './conventions';
import { attendanceWordingOf, type AttendanceWording } from './attendanceWording';
import { afterSakWord } from './sakWord';
import { hasMemberKey, memberKey, memberOf, sameName, samePerson } from './memberKey';
import { formatClockTime, formatDateLong, utcToOslo } from './dates';
import { groupAsListed } from './presetGroups';
import type {
  AgendaItem,
  Attendance,
  AttendanceRole,
  ChairRole,
  Committee,
  CommitteeMember,
  Disqualification,
  LanguageForm,
  Person,
  PersonDetails,
  Signature,
} from './model';

/**
 * People at a meeting as the protokoll states them: each person's role and role group, forfall
 * and who met for whom, per-sak attendance, inhabilitet and signatures, worded in the committee's
 * målform. The documents print what these functions return, so the referat and any other surface
 * cannot disagree about who took part in which sak.
 */

export type AttendanceTexts = AttendanceWording;

/** The key a personal vara and a substitute link a member by (memberKey.ts). */
export { memberKey };

/** The attendance wording in the committee's målform and its conventions (attendanceWording.ts holds the words). */
export function attendanceTexts(form: LanguageForm, conventions?: Conventions): AttendanceTexts {
  return attendanceWordingOf(conventions, form);
}

export { memberOf, sameName, samePerson };


/** The committee's member a key names (`deputyFor`, `substituteForMember`). */
export function memberByKey(committee: Pick<Committee, 'members'>, key: string): CommitteeMember | undefined {
  return committee.members.find((member) => hasMemberKey(member, key));
}

/** The member's personal varamedlemmer, in the committee's order (those whose `deputyFor` names the member). */
export function personalDeputiesOf(committee: Pick<Committee, 'members'>, member: Pick<Person, 'name' | 'email'>): CommitteeMember[] {
  return committee.members.filter((candidate) => candidate.deputyFor !== undefined && hasMemberKey(member, candidate.deputyFor));
}

/** The standing member a substitute meets for: by the link (`substituteForMember`) when recorded, else by the name typed. */
export function substitutedMember(entry: Attendance, committee: Pick<Committee, 'members'>): CommitteeMember | undefined {
  const linked = entry.substituteForMember === undefined ? undefined : memberByKey(committee, entry.substituteForMember);
  if (linked !== undefined) return linked;
  // Only the name typed was recorded (a substitute from before the link): found by it, as before.
  return entry.substituteFor === undefined ? undefined : memberOf(committee, { name: entry.substituteFor });
}

/** Whom a substitute meets for, as printed: the linked member's name as the committee lists it now, else the text recorded. */
export function substitutedName(entry: Attendance, committee: Pick<Committee, 'members'>): string | undefined {
  const linked = entry.substituteForMember === undefined ? undefined : memberByKey(committee, entry.substituteForMember);
  return linked?.name ?? entry.substituteFor;
}

export function roleOf(entry: Attendance, committee: Pick<Committee, 'members'>): AttendanceRole {
  return entry.role ?? memberOf(committee, entry.person)?.role ?? 'member';
}

/**
 * Has the person a vote in the meeting: a member who was not absent, or a vara meeting for a member
 * (with that member's vote). Observers, the secretariat, the administration and invited guests have
 * none — and so do not sign a protokoll (the møteleder and members chosen in the meeting do).
 */
export function hasVotingRight(entry: Attendance, committee: Pick<Committee, 'members'>): boolean {
  if (entry.status === 'absent') return false;
  if (entry.status === 'substitute') {
    const forWhom = substitutedMember(entry, committee);
    return forWhom !== undefined && (forWhom.role ?? 'member') === 'member';
  }
  return roleOf(entry, committee) === 'member';
}

export function chairRoleOf(entry: Attendance, committee: Pick<Committee, 'members'>): ChairRole | undefined {
  return entry.chairRole ?? memberOf(committee, entry.person)?.chairRole;
}

/**
 * The role group the entry is listed under: its own (by the committee's name for it, `groupAsListed`: recorded before the
 * committee changed målform, «Arbeidsgiversiden» is listed as «Arbeidsgjevarsida»), its member's, or (for a substitute) the
 * group of whom it stands in for.
 */
export function groupOf(entry: Attendance, committee: Pick<Committee, 'members'> & Partial<Pick<Committee, 'attendanceGroups'>>): string | undefined {
  if (entry.group !== undefined) return groupAsListed(entry.group, committee.attendanceGroups);
  const own = memberOf(committee, entry.person)?.group;
  if (own !== undefined) return own;
  return entry.status === 'substitute' || entry.substituteFor !== undefined ? substitutedMember(entry, committee)?.group : undefined;
}

/** "Kari Nordmann (Larvik kommune)", "Kari Nordmann, kommunalsjef (Larvik kommune)" as the committee prints people. */
export function personLine(person: Person, details: PersonDetails): string {
  const { named, organisation } = personParts(person, details);
  return organisation === undefined ? named : `${named} (${organisation})`;
}

/** The name (with the title, when printed) and the organisation to print in a bracket after it, if any. */
export function personParts(person: Person, details: PersonDetails): { named: string; organisation: string | undefined } {
  const title = details === 'title' || details === 'titleAndOrganisation' ? person.title : undefined;
  const organisation = details === 'organisation' || details === 'titleAndOrganisation' ? person.organisation?.trim() : undefined;
  const named = title === undefined || title.trim() === '' ? person.name : `${person.name}, ${title}`;
  return { named, organisation: organisation === undefined || organisation === '' ? undefined : organisation };
}

/** The label of an item in attendance notes: its case number, or its title when unnumbered. */
export function itemLabel(items: readonly AgendaItem[], itemId: string): string {
  const item = items.find((candidate) => candidate.id === itemId);
  return item === undefined ? itemId : (item.caseNumber ?? item.title);
}

/** "47–55/14", "PS 12–13/24": numbers that differ only in the serial share what surrounds it; else "2026.03–2026.05". */
export function rangeLabel(items: readonly AgendaItem[], from: string, to: string | undefined): string {
  const first = itemLabel(items, from);
  if (to === undefined || to === from) return first;
  const last = itemLabel(items, to);
  const firstParts = /^(\D*)(\d+)(\D.*)?$/.exec(first);
  const lastParts = /^(\D*)(\d+)(\D.*)?$/.exec(last);
  if (firstParts && lastParts && firstParts[1] === lastParts[1] && firstParts[3] === lastParts[3]) return `${firstParts[1] ?? ''}${firstParts[2] ?? ''}–${lastParts[2] ?? ''}${lastParts[3] ?? ''}`;
  return `${first}–${last}`;
}

/**
 * The notes after a name in the attendance list: role office, vara, per-sak and time-slice presence.
 * `ledBy` is who led the meeting (the protokoll's «Møteleder», found by `samePerson`): a standing chair who did
 * not lead it — forfall, or the nestleder led — is «leder», not «møteleder».
 */
export function attendanceNotes(
  entry: Attendance,
  committee: Pick<Committee, 'members'>,
  items: readonly AgendaItem[],
  t: AttendanceTexts,
  ledBy?: Pick<Person, 'name' | 'email'>,
): string[] {
  const office = chairNote(entry, committee, t, ledBy);
  return [...(office === undefined ? [] : [office]), ...presenceNotes(entry, committee, items, t)];
}

/** «møteleder», «nestleder», or «leder» for a standing chair who did not lead the meeting; undefined without a chair role. */
export function chairNote(entry: Attendance, committee: Pick<Committee, 'members'>, t: AttendanceTexts, ledBy?: Pick<Person, 'name' | 'email'>): string | undefined {
  const chairRole = chairRoleOf(entry, committee);
  const ledIt = entry.status !== 'absent' && (ledBy === undefined || samePerson(ledBy, entry.person));
  return chairRole === undefined ? undefined : chairRole === 'chair' && !ledIt ? t.chairOffice : t.chairRoles[chairRole];
}

/** The notes after a name but the chair role: vara, from elsewhere, per-sak and time-slice presence. */
export function presenceNotes(entry: Attendance, committee: Pick<Committee, 'members'>, items: readonly AgendaItem[], t: AttendanceTexts): string[] {
  const notes: string[] = [];
  if (entry.calledIn === true) notes.push(t.calledIn);
  // From elsewhere (kommuneloven § 11-7, model.ts `RemoteWaySchema`); one with forfall took no part, whatever was set before.
  if (entry.remote !== undefined && entry.status !== 'absent') notes.push(t.remote[entry.remote]);
  if (entry.items !== undefined && entry.items.length > 0) {
    // «sak 42-2024, 44-2024»: the sak word a number carries («Styresak 44-2024») is said once, before the list, for every number in it.
    const numbered = (itemId: string) => items.some((item) => item.id === itemId && item.caseNumber !== null);
    const ranges = entry.items.map((range) => (numbered(range.from) ? afterSakWord : String)(rangeLabel(items, range.from, range.to))).join(', ');
    notes.push(roleOf(entry, committee) === 'invited' ? t.invitedFor(ranges) : t.presentFor(ranges));
  }
  if (entry.arrivedDuringItem !== undefined) notes.push(t.arrivedDuring(itemLabel(items, entry.arrivedDuringItem)));
  if (entry.leftDuringItem !== undefined) notes.push(t.leftDuring(itemLabel(items, entry.leftDuringItem)));
  if (entry.leftAfterItem !== undefined) notes.push(t.leftAfter(itemLabel(items, entry.leftAfterItem)));
  if (entry.arrivedAt !== undefined) notes.push(t.from(formatClockTime(entry.arrivedAt)));
  if (entry.leftAt !== undefined) notes.push(t.until(formatClockTime(entry.leftAt)));
  return notes;
}

/**
 * One line of the attendance list: "Per Hansen (Nordvik kommune) for Kari Nordmann (møtte for sak PS 12/24)",
 * "Ola Berg (Porsgrunn kommune, møteleder)": the organisation and the notes in one bracket. `under` is the heading the
 * line is printed under: an organisation that is that heading («Skien kommune») is said once, there, not after every name
 * («For Skien kommune: …», as representantskap protokoller list owners' representatives).
 */
export function attendanceLine(
  entry: Attendance,
  committee: Pick<Committee, 'members'>,
  items: readonly AgendaItem[],
  t: AttendanceTexts,
  details: PersonDetails,
  ledBy?: Pick<Person, 'name' | 'email'>,
  under?: string,
): string {
  const { named, organisation: printed } = personParts(entry.person, details);
  const organisation = printed !== undefined && under !== undefined && sameName(printed, under) ? undefined : printed;
  const notes = attendanceNotes(entry, committee, items, t, ledBy);
  const bracket = (parts: readonly string[]) => (parts.length === 0 ? '' : ` (${parts.join(', ')})`);
  const forWhom = entry.status === 'substitute' ? substitutedName(entry, committee) : undefined;
  if (forWhom !== undefined) return `${t.substituteFor(`${named}${bracket(organisation === undefined ? [] : [organisation])}`, forWhom)}${bracket(notes)}`;
  return `${named}${bracket([...(organisation === undefined ? [] : [organisation]), ...notes])}`;
}

export interface AttendanceGroup {
  /** Undefined: one list without a heading (no groups, everyone medlem). */
  heading: string | undefined;
  entries: Attendance[];
}

/**
 * The entries in the committee's role groups, in its order (entries without a group last, under
 * their role's heading); without groups, by role (medlemmer, varamedlemmer, observatørar …) when anyone has a
 * role other than medlem; otherwise one list as before roles existed.
 */
export function groupedAttendance(entries: readonly Attendance[], committee: Pick<Committee, 'members' | 'attendanceGroups'>, t: AttendanceTexts): AttendanceGroup[] {
  const groups = committee.attendanceGroups ?? [];
  const grouped = entries.map((entry) => ({ entry, group: groupOf(entry, committee) }));
  if (groups.length > 0 || grouped.some(({ group }) => group !== undefined)) {
    const order = [...groups, ...grouped.flatMap(({ group }) => (group === undefined || groups.includes(group) ? [] : [group]))];
    const headings = [...new Set(order)];
    const result: AttendanceGroup[] = headings
      .map((heading) => ({ heading, entries: grouped.filter(({ group }) => group === heading).map(({ entry }) => entry) }))
      .filter((group) => group.entries.length > 0);
    const rest = grouped.filter(({ group }) => group === undefined).map(({ entry }) => entry);
    // After the groups, under their role's heading («Administrasjonen», «Sekretariat»): not headless, as if of the last group.
    return [...result, ...byRole(rest, committee, t)];
  }
  const roles = entries.map((entry) => roleOf(entry, committee));
  if (roles.every((role) => role === 'member')) return entries.length === 0 ? [] : [{ heading: undefined, entries: [...entries] }];
  return byRole(entries, committee, t);
}

/** The entries under the role headings (medlemmer, varamedlemmer, observatørar …), empty ones left out. */
function byRole(entries: readonly Attendance[], committee: Pick<Committee, 'members'>, t: AttendanceTexts): AttendanceGroup[] {
  const roles = entries.map((entry) => roleOf(entry, committee));
  return (Object.keys(t.roleHeadings) as AttendanceRole[])
    .map((role) => ({ heading: t.roleHeadings[role], entries: entries.filter((_, index) => roles[index] === role) }))
    .filter((group) => group.entries.length > 0);
}

/**
 * Everyone on the attendance list under the kommunal protokoll's headings (`attendanceHeadings: 'metOrNot'`):
 * «Faste medlemmer som møtte», «Møtende varamedlemmer» (a vara meeting for someone, or one present as vara),
 * «Faste medlemmer som ikke møtte» (every forfall), «Fra administrasjonen møtte», then observers, the
 * secretariat and invited guests under their role headings. Empty headings are left out; no one is.
 */
export function metAndNotMet(entries: readonly Attendance[], committee: Pick<Committee, 'members'>, t: AttendanceTexts): AttendanceGroup[] {
  const present = (role: AttendanceRole) => entries.filter((entry) => entry.status === 'present' && roleOf(entry, committee) === role);
  const sections: AttendanceGroup[] = [
    { heading: t.metHeadings.members, entries: present('member') },
    { heading: t.metHeadings.substitutes, entries: entries.filter((entry) => entry.status === 'substitute' || (entry.status === 'present' && roleOf(entry, committee) === 'deputy')) },
    { heading: t.metHeadings.absent, entries: entries.filter((entry) => entry.status === 'absent') },
    { heading: t.metHeadings.administration, entries: present('administration') },
    ...(['observer', 'secretariat', 'invited'] as const).map((role) => ({ heading: t.roleHeadings[role], entries: present(role) })),
  ];
  return sections.filter((section) => section.entries.length > 0);
}

/**
 * The one grouping of an attendance list under the committee's headings (`conventions.attendanceHeadings`): the kommunal
 * protokoll's «Faste medlemmer som møtte» … (`metAndNotMet`) for 'metOrNot', else the role groups or roles
 * (`groupedAttendance`). The protokoll prints by it and the referent's Oppmøte screen lists people by it.
 */
export function attendanceSections(entries: readonly Attendance[], committee: Pick<Committee, 'members' | 'attendanceGroups' | 'conventions'>, t: AttendanceTexts): AttendanceGroup[] {
  return committee.conventions?.attendanceHeadings === 'metOrNot' ? metAndNotMet(entries, committee, t) : groupedAttendance(entries, committee, t);
}

/**
 * Who signs a protokoll that is signed: those recorded (`meeting.signatures`, with the dates they signed), or
 * before anyone is recorded, by office: the møteleder (`signed`), or every member present with a vote, the
 * møteleder first (`signedByAll`, aksjeloven § 6-29: «alle styremedlemmer som har deltatt»); the møteleder alone too
 * before the meeting's chosen co-signers are recorded (`signedInMeeting`, `signedByChosen`). None otherwise.
 */
export function signersOf(
  approval: MinutesApproval,
  recorded: readonly Signature[],
  chair: Person | undefined,
  entries: readonly Attendance[],
  committee: Pick<Committee, 'members'>,
): Signature[] {
  if (recorded.length > 0) return [...recorded];
  if (approval === 'signed' || approval === 'signedInMeeting' || approval === 'signedByChosen') return chair === undefined ? [] : [{ person: chair, capacity: 'chair' }];
  if (approval !== 'signedByAll') return [];
  return allPresentSign(chair, entries, committee);
}

/**
 * The one rule for a protokoll all present sign: every entry with a vote (`hasVotingRight`), in the order of the
 * attendance list, the møteleder first by office when they had a vote. The protokoll prints it before anyone is
 * recorded, over the attendance recorded; the referent's «Legg til alle som var til stede» records it with
 * `unrecordedPresent`: a standing member with no entry (no forfall, not meeting as someone's vara) and nobody meeting
 * for them counts as present, after those recorded, as the Oppmøte screen offers them.
 */
export function allPresentSign(
  chair: Person | undefined,
  entries: readonly Attendance[],
  committee: Pick<Committee, 'members'>,
  unrecordedPresent = false,
): Signature[] {
  const counted = unrecordedPresent ? [...entries, ...unrecordedMembers(entries, committee)] : entries;
  const voters = counted.filter((entry) => hasVotingRight(entry, committee)).map((entry) => entry.person);
  const chairSigns = chair !== undefined && voters.some((person) => samePerson(person, chair));
  return [
    ...(chairSigns ? [{ person: chair, capacity: 'chair' as const }] : []),
    ...voters.filter((person) => !chairSigns || !samePerson(person, chair)).map((person) => ({ person, capacity: 'chosen' as const })),
  ];
}

/** The committee's members the attendance does not mention, nor anyone meeting for, as present: the person alone (its role, office and group are the committee's). */
function unrecordedMembers(entries: readonly Attendance[], committee: Pick<Committee, 'members'>): Attendance[] {
  return committee.members
    .filter((member) => !entries.some((entry) => samePerson(entry.person, member) || (entry.status === 'substitute' && substitutedMember(entry, committee) === member)))
    .map((member) => ({ person: personOnly(member), status: 'present' }));
}

/** A committee member as a person: the role, office and group are the committee's, and the strict attendance schema refuses them. */
export function personOnly(person: Person): Person {
  const { name, email, directoryId, organisation, title } = person;
  const details = Object.entries({ email, directoryId, organisation, title }).filter(([, value]) => value !== undefined);
  return { name, ...Object.fromEntries(details) };
}

/** Whether the person took part in the item, by the per-sak and arrival/leave records. */
export function presentForItem(entry: Attendance, items: readonly AgendaItem[], itemId: string): boolean {
  if (entry.status === 'absent') return false;
  const index = (id: string) => items.findIndex((item) => item.id === id);
  const at = index(itemId);
  if (at < 0) return false;
  if (entry.items !== undefined && entry.items.length > 0) {
    const inRange = entry.items.some((range) => {
      const from = index(range.from);
      const to = range.to === undefined ? from : index(range.to);
      return from >= 0 && at >= from && at <= to;
    });
    if (!inRange) return false;
  }
  if (entry.arrivedDuringItem !== undefined && at < index(entry.arrivedDuringItem)) return false;
  if (entry.leftDuringItem !== undefined && at >= index(entry.leftDuringItem)) return false;
  if (entry.leftAfterItem !== undefined && at > index(entry.leftAfterItem)) return false;
  return true;
}

/** The inhabilitet entries of one item. */
export function disqualificationsOf(disqualifications: readonly Disqualification[] | undefined, itemId: string): Disqualification[] {
  return (disqualifications ?? []).filter((entry) => entry.itemId === itemId);
}

/** The protokoll's sentences for one inhabilitet: decision, ground, who stepped in. */
export function disqualificationSentences(entry: Disqualification, t: AttendanceTexts): string[] {
  const decision =
    entry.decision === 'disqualified' ? t.disqualified(entry.person, entry.vote) : entry.decision === 'qualified' ? t.qualified(entry.person, entry.vote) : t.undecided(entry.person);
  const ground = entry.ground === undefined || entry.ground.trim() === '' ? [] : [t.ground(entry.ground.trim())];
  const replaced = entry.replacedBy === undefined || entry.replacedBy.trim() === '' ? [] : [t.replacedBy(entry.replacedBy.trim())];
  return [[decision, ...ground, ...replaced].join(' ')];
}

/** "Kari Nordmann, møteleiar – signert 21.03.2024" / "… – ikkje signert enno". */
export function signatureLine(signature: Signature, t: AttendanceTexts): string {
  const who = signature.capacity === 'chair' ? `${signature.person.name}, ${t.chairRoles.chair}` : signature.person.name;
  const when =
    signature.signedAt === undefined
      ? t.notSigned
      : t.signedOn(formatDateLong(signature.signedAt.length === 10 ? signature.signedAt : utcToOslo(signature.signedAt).date));
  return `${who} – ${when}`;
}
