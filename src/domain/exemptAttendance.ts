import { hasVotingRight, memberOf, presentForItem } from './attendance';
import type { Attendance, MeetingFile } from './model';

/**
 * Whether an attendance entry is someone from outside the committee who came only for saker this viewer may not see:
 * the party, the relative or the treating physician invited to a sak about a patient or an employee («Møtte bare for
 * sak …»). That such a person came to that sak is itself what the sak's taushetsplikt protects (helsepersonelloven § 21:
 * «opplysninger om folks legems- eller sykdomsforhold eller andre personlige forhold»,
 * https://www.helsedirektoratet.no/rundskriv/helsepersonelloven-med-kommentarer/taushetsplikt-og-opplysningsrett/-21.hovedregel-om-taushetsplikt),
 * and offentleglova § 13 makes such opplysningar exempt by duty, not by choice
 * (https://pvv.org/~thomassk/jus/trygderett/rundskriv/2016/hovednummer/hovednummer-82-offentleglova/rundskriv-til-h.nr.82-kap.6-opplysningar-underlagde-teieplikt-offentleglova-13.html).
 * Members, vara and anyone with a vote stay listed whatever they attended: who decided is not exempt (a judgement, as
 * for who stepped out for inhabilitet, `viewFor`). An entry for the whole meeting stays too.
 */
export function onlyForHidden(file: MeetingFile, entry: Attendance, hidden: ReadonlySet<string>): boolean {
  if (entry.items === undefined || entry.items.length === 0) return false;
  if (hasVotingRight(entry, file.committee) || memberOf(file.committee, entry.person) !== undefined) return false;
  const attended = file.meeting.items.filter((item) => presentForItem(entry, file.meeting.items, item.id));
  return attended.length > 0 && attended.every((item) => hidden.has(item.id));
}

/** The meeting's attendance without those who came only for saker the viewer may not see (`onlyForHidden`). */
export function attendanceFor(file: MeetingFile, hidden: ReadonlySet<string>): Attendance[] {
  return file.meeting.attendance.filter((entry) => !onlyForHidden(file, entry, hidden));
}
