import { allPresentSign, hasVotingRight, memberOf, personalDeputiesOf, personOnly, sameName, samePerson } from '../../domain/attendance';
import { hasMemberKey, memberKey } from '../../domain/memberKey';
import * as v from 'valibot';
import { PersonSchema, type Attendance, type AttendanceRole, type Committee, type CommitteeMember, type Disqualification, type Meeting, type Person, type Signature } from '../../domain/model';

/**
 * Attendance as the referent records it: each standing member present or absent (forfall), a
 * substitute "X for Y" as X with status 'substitute' and substituteFor Y (a vara), when someone
 * arrived or left during or after an item or at a time, people invited for one sak, inhabilitet per
 * sak and who signs the protokoll. Pure functions over the lists, so the rules are tested without a DOM.
 */

export type MemberStatus = Attendance['status'] | 'unknown';

export interface AttendanceRow {
  person: Person;
  status: MemberStatus;
  /** The substitute standing in for this member, if any. */
  substitute?: Attendance;
  record?: Attendance;
  /** A standing member's personal varamedlemmer (the committee's `deputyFor`), offered first as their vara. */
  personalDeputies?: Person[];
}

/** Whether a substitute's entry is for this member: by the link when recorded (two members may share a name), else by name. */
function standsInFor(entry: Attendance, member: Pick<Person, 'name' | 'email'>): boolean {
  if (entry.status !== 'substitute') return false;
  if (entry.substituteForMember !== undefined) return hasMemberKey(member, entry.substituteForMember);
  return entry.substituteFor !== undefined && sameName(entry.substituteFor, member.name);
}

/**
 * One row per standing member, then anyone else recorded (guests), substitutes shown under their member. A vara on the
 * committee who meets for a member is that member's substitute only, not a row of their own too (recorded twice, the
 * protokoll would list them twice).
 */
export function attendanceRows(committee: Committee | undefined, meeting: Meeting): AttendanceRow[] {
  const substituting = meeting.attendance.filter((a) => a.status === 'substitute');
  const members = (committee?.members ?? []).filter((member) => !substituting.some((a) => samePerson(a.person, member)));
  const rows: AttendanceRow[] = members.map((member) => {
    // The person alone: the member's role, office (møteleiar) and group are the committee's, and an
    // attendance entry or signature that carried them would be refused when saved (strict schemas).
    const person = personOnly(member);
    const record = meeting.attendance.find((a) => a.status !== 'substitute' && samePerson(a.person, person));
    const substitute = meeting.attendance.find((a) => standsInFor(a, person));
    const deputies = committee === undefined ? [] : personalDeputiesOf(committee, person).map(personOnly);
    return { person, status: record?.status ?? 'unknown', ...(record ? { record } : {}), ...(substitute ? { substitute } : {}), ...(deputies.length > 0 ? { personalDeputies: deputies } : {}) };
  });
  const guests = meeting.attendance.filter(
    (a) => a.status !== 'substitute' && !(committee?.members ?? []).some((m) => samePerson(m, a.person)),
  );
  return [...rows, ...guests.map((record) => ({ person: record.person, status: record.status, record }))];
}

export function setStatus(attendance: readonly Attendance[], person: Person, status: MemberStatus): Attendance[] {
  const others = attendance.filter((a) => a.status === 'substitute' || !samePerson(a.person, person));
  const existing = attendance.find((a) => a.status !== 'substitute' && samePerson(a.person, person));
  if (status === 'unknown') return others;
  if (status === 'substitute') return attendance.slice();
  return [...others, { ...existing, person, status }];
}

/**
 * "X for Y": records X as substitute for member Y, who is then absent. An empty name removes it. A vara
 * the committee lists (`known`, its members: a representantskap's personal vara from the same kommune)
 * is recorded with the person's details as listed (organisation, address, title), so the protokoll
 * prints «Per Hansen (Skien kommune) for Kari Nordmann»; a name it does not list, as typed. A standing member is linked by
 * their key (`substituteForMember`, domain `memberKey`), so two members of one name, or a renamed one, stay apart.
 */
export function setSubstitute(attendance: readonly Attendance[], member: Person, substituteName: string, known: readonly (Person & Pick<CommitteeMember, 'deputyFor'>)[] = []): Attendance[] {
  const withoutOld = attendance.filter((a) => !standsInFor(a, member));
  const name = substituteName.trim();
  const absent = setStatus(withoutOld, member, 'absent');
  if (name === '') return absent;
  // Of two listed by the name typed, the member's own personal vara (the name the row offers).
  const vara = typedPerson(name, known, (person) => person.deputyFor !== undefined && hasMemberKey(member, person.deputyFor)) ?? { name };
  // Meeting as vara, not also on their own (a vara on the committee first marked til stede); another of that name stays.
  const once = absent.filter((a) => a.status === 'substitute' || !samePerson(a.person, vara));
  // Tied to the member by their key (e-mail), not the name: the protokoll's «X for Y» and this row follow the member.
  // (A member listed without an e-mail has only their name: the name typed is the record, as before the link.)
  const standing = member.email !== undefined && known.some((person) => memberKey(person) === memberKey(member));
  return [...once, { person: vara, status: 'substitute', substituteFor: member.name, ...(standing ? { substituteForMember: memberKey(member) } : {}), role: 'deputy' }];
}

/**
 * A person typed by name (a vara, the møteleder the meeting elected): one `known` lists by that name (`sameName`) with their
 * details as listed (e-mail, organisation; of two, the first `preferred`), else the name alone as typed, trimmed — as the
 * PeoplePicker stores a name outside the directory and a guest is added. undefined for an empty name.
 */
export function typedPerson<P extends Person>(typed: string, known: readonly P[], preferred: (person: P) => boolean = () => false): Person | undefined {
  const name = typed.trim();
  if (name === '') return undefined;
  const named = known.filter((person) => sameName(person.name, name));
  const listed = named.find(preferred) ?? named[0];
  return listed ? personOnly(listed) : { name };
}

/**
 * The møteleder the meeting elected (a generalforsamling's, `signedInMeeting`) as the protokoll's signer by office: the one
 * signing as møteleder before is replaced, and one chosen to co-sign who is now møteleder signs once, as møteleder. The
 * same møteleder again changes nothing (the date they signed stays).
 */
export function withElectedChair(list: readonly Signature[] | undefined, person: Person): Signature[] {
  const current = list ?? [];
  if (current.some((signature) => signature.capacity === 'chair' && samePerson(signature.person, person))) return current.slice();
  return [{ person, capacity: 'chair' }, ...current.filter((signature) => signature.capacity !== 'chair' && !samePerson(signature.person, person))];
}

/** What electing the møteleder, or undoing the election, changes on the meeting; `chair: null` is the committee's møteleder again. */
export interface ChairElection {
  attendance?: Attendance[];
  signatures: Signature[];
  chair: Person | null;
}

/**
 * The entry `electChair` added for a møteleder on no list: invited (he is neither a member nor an aksjeeier, and the
 * model has no role of its own for one who only leads the meeting: a judgement), møteleder by office, not the committee's.
 * A guest the referent adds never has an office (the Oppmøte tab sets none), so this marks the election's own entry.
 */
function addedForChair(entry: Attendance, committee: Committee | undefined): boolean {
  return entry.role === 'invited' && entry.chairRole === 'chair' && (committee === undefined || memberOf(committee, entry.person) === undefined);
}

/**
 * The møteleder the meeting elected (`signedInMeeting`): the protokoll's «Møteleder» (`Meeting.chair`), its signer by office
 * (`withElectedChair`), and, when he is on no list (an advokat typed by name), one present in the attendance, so the
 * protokoll's list of who was there names him who led it: invited and «møteleder» (`addedForChair`), never a member or
 * aksjeeier. The entry an earlier election added for someone else goes (a name mistyped, then corrected, is not left present).
 * Attendance is in the change only when it changes.
 */
export function electChair(committee: Committee | undefined, meeting: Meeting, person: Person): ChairElection & { chair: Person } {
  const kept = meeting.attendance.filter((entry) => !addedForChair(entry, committee) || samePerson(entry.person, person));
  const listed = kept.some((entry) => samePerson(entry.person, person)) || (committee?.members ?? []).some((member) => samePerson(member, person));
  const attendance: Attendance[] = listed ? kept : [...kept, { person, status: 'present', role: 'invited', chairRole: 'chair' }];
  const changed = attendance.length !== meeting.attendance.length || attendance.some((entry, index) => entry !== meeting.attendance[index]);
  return { ...(changed ? { attendance } : {}), signatures: withElectedChair(meeting.signatures, person), chair: person };
}

/**
 * The election undone: no signer by office, the entry it added gone, and the meeting's møteleder the committee's again
 * (`chair: null`, as the meeting was made from the template before anyone was elected). `attendance` and `signatures`: the
 * lists as the change that undoes it leaves them.
 */
function undoneElection(committee: Committee | undefined, attendance: readonly Attendance[], signatures: readonly Signature[]): ChairElection {
  return {
    attendance: attendance.filter((entry) => !addedForChair(entry, committee)),
    signatures: signatures.filter((signature) => signature.capacity !== 'chair'),
    chair: null,
  };
}

const electsChair = (committee: Committee | undefined) => committee?.conventions?.minutesApproval === 'signedInMeeting';

/**
 * Removing a signer. In a meeting that elects its møteleder, the one signing as møteleder is the election itself: the law
 * has the møteleder sign (Lederkilden on aksjeloven § 5-16: «Protokollen skal alltid signeres av møteleder. Møteleder velges
 * av generalforsamlingen», https://www.lederkilden.no/tema/styrearbeid/generalforsamlingen/protokoll-fra-generalforsamling),
 * so a secretary who removes him means he was not the møteleder (a wrong pick, a name mistyped), not that he leads
 * without signing — a judgement: the election is undone (`undoneElection`), and the protokoll no longer names him.
 * Elsewhere the meeting's møteleder is the workspace's choice, and only the signature goes.
 */
export function removeSigner(committee: Committee | undefined, meeting: Meeting, index: number): { signatures: Signature[] } | ChairElection {
  const signatures = removeAt(meeting.signatures, index);
  const removed = meeting.signatures?.[index];
  if (!electsChair(committee) || removed?.capacity !== 'chair') return { signatures };
  return undoneElection(committee, meeting.attendance, signatures);
}

/**
 * A status set on the Oppmøte tab. When it takes the elected møteleder off those present (forfall, or the entry of one on
 * no list removed by «Ikke registrert»), he did not lead the meeting: the election is undone as when his signature is
 * removed (`removeSigner`; a judgement). A member set back to «Ikke registrert» is still counted present, and stays elected.
 */
export function statusChange(
  committee: Committee | undefined,
  meeting: Meeting,
  person: Person,
  status: MemberStatus,
): { attendance: Attendance[] } | ChairElection {
  const attendance = setStatus(meeting.attendance, person, status);
  const chair = meeting.chair;
  if (!electsChair(committee) || chair === undefined || !samePerson(chair, person)) return { attendance };
  const stillPresent = signatoryCandidates(committee, { ...meeting, attendance }).some((candidate) => samePerson(candidate, chair));
  return stillPresent ? { attendance } : undoneElection(committee, attendance, meeting.signatures ?? []);
}

/**
 * A typed person held to the model's rules for a person (PersonSchema: the name's length, no control characters), as every
 * person is when the meeting is saved; the schema's error, which `describeError` words naming the field («Navnet kan ha
 * høyst 255 tegn.»), when it breaks one, so the name is refused on its field rather than the save dropping it.
 */
export function checkedPerson(person: Person): { ok: true; person: Person } | { ok: false; error: Error } {
  const parsed = v.safeParse(PersonSchema, person);
  return parsed.success ? { ok: true, person: parsed.output } : { ok: false, error: new v.ValiError(parsed.issues) };
}

type PresenceFields = Pick<Attendance, 'arrivedDuringItem' | 'leftDuringItem' | 'leftAfterItem' | 'arrivedAt' | 'leftAt' | 'calledIn' | 'remote'>;

/**
 * Arrived or left during or after an item, came or went at a time (attendance per time slice), a
 * vara called in, took part by video or phone (`remote`). undefined, '' or false clears it: there from the start / to
 * the end, not called in, in the room.
 * `who` is the entry changed: found by `samePerson` (e-mail first: two members may share a name) and by
 * whether it stands in for someone, so a vara and a member of one name stay apart; entries stored without
 * e-mails are otherwise found by the name, as before.
 */
export function setPresence<K extends keyof PresenceFields>(
  attendance: readonly Attendance[],
  who: Pick<Attendance, 'person' | 'status'>,
  field: K,
  value: PresenceFields[K] | undefined,
): Attendance[] {
  const standsIn = who.status === 'substitute';
  return attendance.map((a) => {
    if ((a.status === 'substitute') !== standsIn || !samePerson(a.person, who.person)) return a;
    const next = { ...a };
    if (value === undefined || value === '' || value === false) delete next[field];
    else next[field] = value;
    return next;
  });
}

/** Someone who is not a standing member: an observer, the administration, or invited for one sak (`forItemId`). */
export function addGuest(attendance: readonly Attendance[], name: string, role?: AttendanceRole, forItemId?: string): Attendance[] {
  const trimmed = name.trim();
  if (trimmed === '' || attendance.some((a) => sameName(a.person.name, trimmed))) return attendance.slice();
  return [...attendance, { person: { name: trimmed }, status: 'present', ...(role === undefined || role === 'member' ? {} : { role }), ...(forItemId === undefined ? {} : { items: [{ from: forItemId }] }) }];
}

/** The inhabilitet entries of one sak: what the side panel shows the referent when that sak is active. */
export function disqualificationsForItem(meeting: Pick<Meeting, 'disqualifications'>, itemId: string): Disqualification[] {
  return (meeting.disqualifications ?? []).filter((entry) => entry.itemId === itemId);
}

export function addDisqualification(list: readonly Disqualification[] | undefined, itemId: string, person: string): Disqualification[] {
  return [...(list ?? []), { itemId, person }];
}

/** Changes one entry; an empty text removes that optional field, so nothing blank is stored. */
export function updateDisqualification(list: readonly Disqualification[] | undefined, index: number, change: Partial<Disqualification>): Disqualification[] {
  return (list ?? []).map((entry, at) => (at === index ? withoutBlank({ ...entry, ...change }) : entry));
}

export function removeAt<T>(list: readonly T[] | undefined, index: number): T[] {
  return (list ?? []).filter((_, at) => at !== index);
}

/**
 * Who may be chosen to sign the protokoll: those with a vote in the meeting (domain `hasVotingRight`),
 * a member whose attendance is not recorded yet included; never an observer, the secretariat or a guest.
 * A committee whose meeting chooses its co-signers «blant dem som er til stede» (`signedInMeeting`, a
 * generalforsamling: aksjeloven § 5-16) is offered everyone present, whatever their role; never one with forfall.
 */
export function signatoryCandidates(committee: Committee | undefined, meeting: Meeting): Person[] {
  const members = { members: committee?.members ?? [] };
  const anyonePresent = committee?.conventions?.minutesApproval === 'signedInMeeting';
  const may = (entry: Attendance) => (anyonePresent ? entry.status !== 'absent' : hasVotingRight(entry, members));
  return attendanceRows(committee, meeting).flatMap((row) => {
    const entry: Attendance = row.record ?? { person: row.person, status: row.status === 'absent' ? 'absent' : 'present' };
    const own = row.status !== 'substitute' && may(entry) ? [row.person] : [];
    const substitute = row.substitute && may(row.substitute) ? [row.substitute.person] : [];
    return [...own, ...substitute];
  });
}

/**
 * Everyone with a vote in the meeting as signers, by the protokoll's rule (domain `allPresentSign`: who, in which order,
 * the møteleder first by office) over the attendance as recorded, a member not recorded yet counted as present by the
 * rule itself (its `unrecordedPresent`, as `signatoryCandidates` offers them); those listed stay. Only signatures change.
 */
export function addAllSigners(
  list: readonly Signature[] | undefined,
  chair: Person | undefined,
  committee: Committee | undefined,
  meeting: Meeting,
): Signature[] {
  const rule = allPresentSign(chair, meeting.attendance, { members: committee?.members ?? [] }, true);
  return rule.reduce((signers, signature) => addSigner(signers, signature.person, signature.capacity), (list ?? []).slice());
}

/** Adds a signer once (`samePerson`: by e-mail, two of one name are two signers): the møteleder by office, others as chosen in the meeting. */
export function addSigner(list: readonly Signature[] | undefined, person: Person, capacity: Signature['capacity']): Signature[] {
  const current = list ?? [];
  if (current.some((signature) => samePerson(signature.person, person))) return current.slice();
  return [...current, { person, capacity }];
}

/** Signed on a date ('' clears it: chosen, not signed yet). */
export function setSignedAt(list: readonly Signature[] | undefined, index: number, date: string): Signature[] {
  return (list ?? []).map((signature, at) => {
    if (at !== index) return signature;
    const next = { ...signature };
    if (date === '') delete next.signedAt;
    else next.signedAt = date;
    return next;
  });
}

function withoutBlank<T extends object>(entry: T): T {
  return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined && value !== '')) as T;
}
