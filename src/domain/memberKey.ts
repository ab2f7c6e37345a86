import type { Committee, CommitteeMember, Person } from './model';

/**
 * The stable key a personal vara (`CommitteeMember.deputyFor`) and a substitute's entry (`Attendance.substituteForMember`)
 * name a standing member by: the e-mail address in lower case, or the name for a member listed without one. Apart from
 * attendance.ts so the committee settings can link a vara, and a written treatment count its result (writtenOutcome.ts, in
 * every page's start-up), without the protokoll's wording.
 */
export function memberKey(member: Pick<Person, 'name' | 'email'>): string {
  return member.email === undefined || member.email.trim() === '' ? member.name.trim() : member.email.trim().toLocaleLowerCase('nb');
}

/** Whether the key names the member (an e-mail address in any case). */
export function hasMemberKey(member: Pick<Person, 'name' | 'email'>, key: string): boolean {
  return memberKey(member) === (key.includes('@') ? key.trim().toLocaleLowerCase('nb') : key.trim());
}

/** Two names as one, case and spaces around aside. */
export const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('nb') === b.trim().toLocaleLowerCase('nb');

/** One person in two records: by e-mail when both have one (two members may share a name, a name may be written otherwise), else by name. */
export function samePerson(a: Pick<Person, 'name' | 'email'>, b: Pick<Person, 'name' | 'email'>): boolean {
  return a.email?.trim() && b.email?.trim() ? memberKey(a) === memberKey(b) : sameName(a.name, b.name);
}

/**
 * The committee's entry for the person, if a standing member: by e-mail (`samePerson`), so a vara who shares a member's
 * name reads her own role, office and group. An entry stored without an e-mail (older files, a name typed) is found by
 * its name, as before: the first member of that name. Here, not in attendance.ts, so the public view's attendance
 * (`exemptAttendance.ts`) knows members as the protokoll does without loading the attendance rules into every page's start-up.
 */
export function memberOf(committee: Pick<Committee, 'members'>, person: Pick<Person, 'name' | 'email'>): CommitteeMember | undefined {
  return committee.members.find((member) => samePerson(member, person));
}
