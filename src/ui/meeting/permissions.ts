import type { Committee, Meeting, Person } from '../../domain/model';
import type { HostUser } from '../../hosts/hostContext';

/**
 * Who may write the minutes: the meeting's referent and chair, and the committee's standing
 * referent (the secretariat, who often takes over). Everyone else sees the agenda read-only.
 * SharePoint permissions are the real guard; this decides what the screen offers.
 */
export function canRecordMinutes(meeting: Meeting, committee: Committee | undefined, user: HostUser | undefined): boolean {
  if (!user) return false;
  const editors = [meeting.minuteTaker, meeting.chair, committee?.defaultMinuteTaker].filter((p): p is Person => p !== undefined);
  return editors.some((person) => isSamePerson(person, user));
}

function isSamePerson(person: Person, user: HostUser): boolean {
  const same = (a: string | undefined, b: string | undefined) =>
    a !== undefined && b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();
  return same(person.email, user.upn) || same(person.directoryId, user.id) || (person.email === undefined && same(person.name, user.displayName));
}
