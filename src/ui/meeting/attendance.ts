import type { Attendance, Committee, Meeting, Person } from '../../domain/model';

/**
 * Attendance as the referent records it: each standing member present or absent (forfall), a
 * substitute "X for Y" as X with status 'substitute' and substituteFor Y, and when someone arrived
 * or left during an item. Pure functions over the list, so the rules are tested without a DOM.
 */

export type MemberStatus = Attendance['status'] | 'unknown';

export interface AttendanceRow {
  person: Person;
  status: MemberStatus;
  /** The substitute standing in for this member, if any. */
  substitute?: Attendance;
  record?: Attendance;
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** One row per standing member, then anyone else recorded (guests), substitutes shown under their member. */
export function attendanceRows(committee: Committee | undefined, meeting: Meeting): AttendanceRow[] {
  const members = committee?.members ?? [];
  const rows: AttendanceRow[] = members.map((person) => {
    const record = meeting.attendance.find((a) => a.status !== 'substitute' && sameName(a.person.name, person.name));
    const substitute = meeting.attendance.find((a) => a.status === 'substitute' && a.substituteFor !== undefined && sameName(a.substituteFor, person.name));
    return { person, status: record?.status ?? 'unknown', ...(record ? { record } : {}), ...(substitute ? { substitute } : {}) };
  });
  const guests = meeting.attendance.filter(
    (a) => a.status !== 'substitute' && !members.some((m) => sameName(m.name, a.person.name)),
  );
  return [...rows, ...guests.map((record) => ({ person: record.person, status: record.status, record }))];
}

export function setStatus(attendance: readonly Attendance[], person: Person, status: MemberStatus): Attendance[] {
  const others = attendance.filter((a) => a.status === 'substitute' || !sameName(a.person.name, person.name));
  const existing = attendance.find((a) => a.status !== 'substitute' && sameName(a.person.name, person.name));
  if (status === 'unknown') return others;
  if (status === 'substitute') return attendance.slice();
  return [...others, { ...existing, person, status }];
}

/** "X for Y": records X as substitute for member Y, who is then absent. An empty name removes it. */
export function setSubstitute(attendance: readonly Attendance[], member: Person, substituteName: string): Attendance[] {
  const withoutOld = attendance.filter((a) => !(a.status === 'substitute' && a.substituteFor !== undefined && sameName(a.substituteFor, member.name)));
  const name = substituteName.trim();
  const absent = setStatus(withoutOld, member, 'absent');
  if (name === '') return absent;
  return [...absent, { person: { name }, status: 'substitute', substituteFor: member.name }];
}

/** Arrived or left during an item (undefined: was there from the start / to the end). */
export function setPresenceDuringItem(
  attendance: readonly Attendance[],
  personName: string,
  field: 'arrivedDuringItem' | 'leftDuringItem',
  itemId: string | undefined,
): Attendance[] {
  return attendance.map((a) => {
    if (!sameName(a.person.name, personName)) return a;
    const next = { ...a };
    if (itemId === undefined) delete next[field];
    else next[field] = itemId;
    return next;
  });
}

export function addGuest(attendance: readonly Attendance[], name: string): Attendance[] {
  const trimmed = name.trim();
  if (trimmed === '' || attendance.some((a) => sameName(a.person.name, trimmed))) return attendance.slice();
  return [...attendance, { person: { name: trimmed }, status: 'present' }];
}
