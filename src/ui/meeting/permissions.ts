import { committeeAccess } from '../../domain/committeeAccess';
import type { Committee, Meeting, Person } from '../../domain/model';
import type { HostUser } from '../../hosts/hostContext';
import type { PersonIdentity } from '../../domain/confidentiality';

/**
 * Who may write the minutes: the meeting's referent and chair, and the committee's secretariat and
 * referents (`domain/committeeAccess`: by default the standing referent and chair) — the people
 * «Klargjør SharePoint-området» gives write access. Everyone else sees the agenda read-only.
 * SharePoint permissions are the real guard (a write without them is refused with 403); this
 * decides what the screen offers.
 */
export function canRecordMinutes(meeting: Meeting, committee: Committee | undefined, user: HostUser | undefined): boolean {
  if (!user) return false;
  const writers = committee ? committeeAccess(committee).filter((entry) => entry.level !== 'read').map((entry) => entry.person) : [];
  const editors = [meeting.minuteTaker, meeting.chair, committee?.defaultMinuteTaker, ...writers].filter((p): p is Person => p !== undefined);
  return editors.some((person) => isSamePerson(person, user));
}

function isSamePerson(person: Person, user: HostUser): boolean {
  const same = (a: string | undefined, b: string | undefined) =>
    a !== undefined && b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();
  return same(person.email, user.upn) || same(person.directoryId, user.id) || (person.email === undefined && same(person.name, user.displayName));
}

/**
 * The signed-in person as the confidentiality rule matches them (domain/confidentiality.ts): the
 * object id and every address the host gives. The UPN alone would miss a B2B guest (`…#EXT#@tenant`),
 * whose grant names their own e-mail address, which Teams gives as the login hint.
 */
export function hostIdentity(user: HostUser | undefined): PersonIdentity {
  return { directoryId: user?.id, addresses: [user?.upn, user?.loginHint] };
}
