import type { Committee, Person } from './model';

/** What a person may do with a committee's data in SharePoint (lists and folders). */
export type AccessLevel = 'manage' | 'write' | 'read';

export interface AccessEntry {
  person: Person;
  level: AccessLevel;
}

const RANK: Record<AccessLevel, number> = { read: 1, write: 2, manage: 3 };

/**
 * Who gets what on the committee's SharePoint lists and folders: the secretariat manages (writes and
 * keeps the permissions right), the referents write, the members read; nobody else gets anything.
 * A person in several roles gets the highest. Without explicit settings the standing referent is the
 * secretariat and the standing referent and chair are the referents — the people `canRecordMinutes`
 * already lets record.
 */
export function committeeAccess(committee: Committee): AccessEntry[] {
  const secretariat = committee.secretariat ?? [committee.defaultMinuteTaker].filter((p): p is Person => p !== undefined);
  const referents = committee.referents ?? [committee.defaultMinuteTaker, committee.defaultChair].filter((p): p is Person => p !== undefined);
  return mergeAccess([
    ...secretariat.map((person) => ({ person, level: 'manage' as const })),
    ...referents.map((person) => ({ person, level: 'write' as const })),
    ...committee.members.map((person) => ({ person, level: 'read' as const })),
  ]);
}

/** One entry per person (by e-mail, else name), with the highest level given. */
export function mergeAccess(entries: readonly AccessEntry[]): AccessEntry[] {
  const byKey = new Map<string, AccessEntry>();
  for (const entry of entries) {
    const key = personKey(entry.person);
    const known = byKey.get(key);
    if (!known || RANK[entry.level] > RANK[known.level]) byKey.set(key, entry);
  }
  return [...byKey.values()];
}

export function personKey(person: Person): string {
  return (person.email ?? `name:${person.name}`).trim().toLowerCase();
}

export function accessRank(level: AccessLevel): number {
  return RANK[level];
}

/**
 * Who gets what on the rows of a meeting whose referat is approved (the freeze): the secretariat
 * keeps managing (it alone may reopen), everyone else with access may only read.
 */
export function frozenAccess(committee: Committee): AccessEntry[] {
  return committeeAccess(committee).map((entry) => (entry.level === 'manage' ? entry : { ...entry, level: 'read' as const }));
}

/** Whether the person with this address is in the committee's secretariat (may reopen an approved referat, repair permissions). */
export function isSecretariat(committee: Committee, email: string | undefined): boolean {
  const key = email?.trim().toLowerCase();
  return key !== undefined && key !== '' && committeeAccess(committee).some((entry) => entry.level === 'manage' && personKey(entry.person) === key);
}
