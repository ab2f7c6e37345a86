import { chairNote, groupOf, personParts, presenceNotes, roleOf, sameName, substitutedName, type AttendanceTexts } from './attendance';
import type { AgendaItem, Attendance, Committee, CommitteeMember, LanguageForm, Person, PersonDetails } from './model';

/**
 * Attendance as a table (`conventions.attendanceTable`, `conventions.noticeMembers`): «Navn | Funksjon | Representerer»,
 * the attendance line's parts (attendance.ts) in columns. Apart from attendance.ts, which the referent's Oppmøte screen
 * loads at start-up: only the documents print the table (`npm run size`, the referent's line).
 */

/**
 * The table's column words: «Navn» (nynorsk «Namn»), «Funksjon», «Representerer»; «Møtte for» in the vara's table under the
 * kommunal protokoll's headings (`attendanceRow`'s `metFor`), as Møre og Romsdal fylkeskommune's møteprotokoll prints it.
 */
export function attendanceColumns(form: LanguageForm): { name: string; role: string; metFor: string; represents: string } {
  return { name: form === 'nn' ? 'Namn' : 'Navn', role: 'Funksjon', metFor: 'Møtte for', represents: 'Representerer' };
}

/** One row of the attendance table (`conventions.attendanceTable`): «Navn», «Funksjon», «Representerer». */
export interface AttendanceRow {
  /** The name (with the title, when printed), whom a vara met for and the notes: «Per Vara for Kari Nordmann (deltok digitalt)». */
  name: string;
  /** The chair role («møteleder», «nestleder», «leder»), else the role: «medlem», «varamedlem» for anyone meeting for a member. */
  role: string;
  /** The organisation (a political body's party), else the role group (an AMU's side) unless it is the heading; '' for none. */
  represents: string;
}

/**
 * The attendance line (`attendanceLine`) in the table's three columns, as kommunale protokoller print attendance under each
 * heading: «Navn | Funksjon | Representerer». The organisation is the column whatever `details` says of brackets (the table
 * is for it); the title follows `details` in the name. The role group fills the column for one without an organisation: an
 * arbeidsmiljøutvalg's groups are its sides (committeePresets.ts `AMU_SIDES`), which its protokoll prints there.
 *
 * `metFor`: a vara under «Møtende varamedlemmer» (nynorsk «Varamedlemer som møtte») in «Navn | Møtte for | Representerer»,
 * whom they met for in the second column rather than in the name: the Møteprotokoll 1/2019 of Møre og Romsdal
 * fylkeskommune's Rådet for likestilling av funksjonshemma heads «Faste medlemer som møtte» and «Faste medlemer som ikkje
 * møtte» «Namn Funksjon Representerer» and «Varamedlemer som møtte» «Namn Møtte for Representerer» (in Nesset's råd's
 * innkalling of 2019, http://docplayer.me/144169375-Orientering-om-folkehelseprofil-2019-for-nesset-v-folkehelsekoordinator-mari-husan.html).
 * That bokmål protokoller head it «Navn Møtte for Representerer» is a judgement. A vara who met for nobody (present as vara)
 * leaves the column empty; a vara who led the meeting says so among the notes.
 */
export function attendanceRow(
  entry: Attendance,
  committee: Pick<Committee, 'members' | 'attendanceGroups'>,
  items: readonly AgendaItem[],
  t: AttendanceTexts,
  details: PersonDetails,
  ledBy?: Pick<Person, 'name' | 'email'>,
  under?: string,
  metFor = false,
): AttendanceRow {
  const named = nameInTable(entry.person, details);
  const side = representedBy(entry.person, groupOf(entry, committee));
  const represents = side === undefined || (under !== undefined && sameName(side, under)) ? '' : side;
  const notes = presenceNotes(entry, committee, items, t);
  const forWhom = entry.status === 'substitute' ? substitutedName(entry, committee) : undefined;
  const chair = chairNote(entry, committee, t, ledBy);
  if (metFor) {
    const all = chair === undefined ? notes : [chair, ...notes];
    return { name: all.length === 0 ? named : `${named} (${all.join(', ')})`, role: forWhom ?? '', represents };
  }
  const who = forWhom === undefined ? named : t.substituteFor(named, forWhom);
  const role = chair ?? t.roles[entry.status === 'substitute' ? 'deputy' : roleOf(entry, committee)];
  return { name: notes.length === 0 ? who : `${who} (${notes.join(', ')})`, role, represents };
}

/** The name in the table's «Navn» column: with the title when the committee prints it (`details`); the organisation has a column. */
function nameInTable(person: Person, details: PersonDetails): string {
  return personParts(person, details === 'title' || details === 'titleAndOrganisation' ? 'title' : 'none').named;
}

/** The «Representerer» column: the organisation (a party), else the role group (an AMU's side). */
function representedBy(person: Person, group: string | undefined): string | undefined {
  const organisation = person.organisation?.trim();
  return organisation === undefined || organisation === '' ? group : organisation;
}

/**
 * A committee member as the innkalling lists whom it is sent to (`conventions.noticeMembers`), in the attendance table's
 * columns: the office («leder», «nestleder»: before the meeting no one has led it), else the role, and the organisation or side.
 */
export function memberRow(member: CommitteeMember, t: AttendanceTexts, details: PersonDetails): AttendanceRow {
  const office = member.chairRole === undefined ? undefined : member.chairRole === 'chair' ? t.chairOffice : t.chairRoles[member.chairRole];
  return { name: nameInTable(member, details), role: office ?? t.roles[member.role ?? 'member'], represents: representedBy(member, member.group) ?? '' };
}
