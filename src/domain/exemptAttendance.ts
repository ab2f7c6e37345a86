import { isPerson, listedIdentity } from './personIdentity';
import { memberOf } from './memberKey';
import type { Attendance, MeetingFile } from './model';

/**
 * Whether an attendance entry is someone from outside the committee who came only for saker this viewer may not see:
 * the party, the relative or the treating physician invited to a sak about a patient or an employee («Møtte bare for
 * sak …»). That such a person came to that sak is itself what the sak's taushetsplikt protects (helsepersonelloven § 21:
 * «opplysninger om folks legems- eller sykdomsforhold eller andre personlige forhold»,
 * https://www.helsedirektoratet.no/rundskriv/helsepersonelloven-med-kommentarer/taushetsplikt-og-opplysningsrett/-21.hovedregel-om-taushetsplikt),
 * and offentleglova § 13 makes such opplysningar exempt by duty, not by choice
 * (https://pvv.org/~thomassk/jus/trygderett/rundskriv/2016/hovednummer/hovednummer-82-offentleglova/rundskriv-til-h.nr.82-kap.6-opplysningar-underlagde-teieplikt-offentleglova-13.html).
 * Members, vara and anyone listed with a member's role stay whatever they attended: who decided is not exempt (a judgement, as
 * for who stepped out for inhabilitet, `viewFor`). An entry for the whole meeting stays too.
 */
export function onlyForHidden(file: MeetingFile, entry: Attendance, hidden: ReadonlySet<string>): boolean {
  if (entry.items === undefined || entry.items.length === 0) return false;
  // A member is known as `viewFor` knows everyone, by object id or address (personIdentity.ts), and as the protokoll's
  // attendance list knows one (`memberOf`: the address, else the name — a member listed or entered by name alone), from
  // memberKey.ts, not from the attendance rules (attendance.ts), which every page's start-up would then load.
  const person = listedIdentity(entry.person);
  const isMember = file.committee.members.some((member) => isPerson(person, member)) || memberOf(file.committee, entry.person) !== undefined;
  if (entry.status === 'substitute' || entry.role === 'member' || isMember) return false;
  const items = file.meeting.items;
  const index = (id: string) => items.findIndex((item) => item.id === id);
  const attended = entry.items.flatMap(({ from, to }) => {
    const first = index(from);
    return first < 0 ? [] : items.slice(first, (to === undefined ? first : index(to)) + 1);
  });
  return attended.length > 0 && attended.every((item) => hidden.has(item.id));
}

/** The meeting's attendance without those who came only for saker the viewer may not see (`onlyForHidden`). */
export function attendanceFor(file: MeetingFile, hidden: ReadonlySet<string>): Attendance[] {
  return file.meeting.attendance.filter((entry) => !onlyForHidden(file, entry, hidden));
}
