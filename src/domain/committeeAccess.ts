import type { Committee, Meeting, Person } from './model';
import { identityOf, isPerson, type PersonIdentity } from './personIdentity';
import { standingChair } from './standingChair';

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
 * secretariat and the standing referent and chair are the referents — the people `mayRecordMinutes`
 * lets record.
 */
export function committeeAccess(committee: Committee): AccessEntry[] {
  const secretariat = secretariatOf(committee);
  const referents = committee.referents ?? [committee.defaultMinuteTaker, standingChair(committee)].filter((p): p is Person => p !== undefined);
  return mergeAccess([
    ...secretariat.map((person) => ({ person, level: 'manage' as const })),
    ...referents.map((person) => ({ person, level: 'write' as const })),
    ...committee.members.map((person) => ({ person, level: 'read' as const })),
  ]);
}

/** The secretariat as set, or without settings the standing referent. */
export function secretariatOf(committee: Pick<Committee, 'secretariat' | 'defaultMinuteTaker'>): Person[] {
  return committee.secretariat ?? [committee.defaultMinuteTaker].filter((p): p is Person => p !== undefined);
}

/**
 * Whether someone manages the committee's access: a person in the secretariat with an e-mail address.
 * SharePoint grants Full Control by address (`ensureuser`), so a person listed by name, or by a
 * directory id alone, is given nothing and manages nothing. Without one, own permissions on the
 * committee's rows and folders would leave nobody able to change them (the site's Owners removed):
 * the settings refuse to save such a committee (`committeeSettings.ts`), the row access refuses to
 * close a row (`graph/meetingFreeze.ts`), and the permission check names one saved before (`noManager`).
 */
export function hasManager(committee: Pick<Committee, 'secretariat' | 'defaultMinuteTaker'>): boolean {
  return secretariatOf(committee).some((person) => (person.email ?? '').trim() !== '');
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

/**
 * Whether this person is in the committee's secretariat (may reopen an approved referat, repair
 * permissions): matched by object id or address (`personIdentity.ts`), never by name.
 */
export function isSecretariat(committee: Committee, who: string | PersonIdentity | undefined): boolean {
  return secretariatMember(committee, who) !== undefined;
}

/** The person of the committee's secretariat this is, as the committee names them, matched as `isSecretariat` does. */
export function secretariatMember(committee: Committee, who: string | PersonIdentity | undefined): Person | undefined {
  const identity = identityOf(who);
  return committeeAccess(committee).find((entry) => entry.level === 'manage' && isPerson(identity, entry.person))?.person;
}

/**
 * Who may write the minutes: the meeting's referent and chair, and the committee's secretariat and
 * referents (by default the standing referent and chair) — the people «Klargjør SharePoint-området»
 * gives write access. Everyone else sees the agenda read-only. SharePoint permissions are the real
 * guard (a write without them is refused with 403); this decides what the screen offers. Matched
 * like every other person (`personIdentity.ts`): a listed person without an address or object id
 * matches nobody, however their name is spelt.
 */
export function mayRecordMinutes(meeting: Pick<Meeting, 'minuteTaker' | 'chair'>, committee: Committee | undefined, who: PersonIdentity | undefined): boolean {
  if (who === undefined) return false;
  const writers = committee ? committeeAccess(committee).filter((entry) => entry.level !== 'read').map((entry) => entry.person) : [];
  return [meeting.minuteTaker, meeting.chair, committee?.defaultMinuteTaker, ...writers].some((person) => isPerson(who, person));
}
