import type { AccessEntry } from '../committeeAccess';
import type { AgendaItem, MeetingFile } from '../model';
import { aCommittee, aMeeting, anItem } from './builders';

/**
 * A committee where the roles decide who may see a sak unntatt offentlighet: a secretary, a referent, a
 * chair, a member, and a vara, an observer and a guest whose roles keep them out unless granted. Shared
 * by the tests of who gets what on an exempt sak's row (`exemptRowAccess.ts`) and on the closed
 * referat folder (`referatAccess.ts`), so both rules are held to the same people.
 */
export const people = {
  secretary: { name: 'Sara Sekretær', email: 'sara@vfk.example.no' },
  referent: { name: 'Rune Referent', email: 'rune@vfk.example.no' },
  chair: { name: 'Per Christian Voss', email: 'per.christian.voss@example.no' },
  member: { name: 'Mona Medlem', email: 'mona@siv.example.no' },
  vara: { name: 'Vidar Vara', email: 'vidar@siv.example.no' },
  observer: { name: 'Olga Observatør', email: 'olga@ksa.example.no' },
  guest: { name: 'Gunnar Gjest', email: 'gunnar@annen.example.no' },
};

/** A personnel sak unntatt offentlighet (offl. § 13), readable beyond the roles only by `grants`. */
export function anExemptItem(id: string, caseNumber: string, grants: string[] = []): AgendaItem {
  return anItem(id, {
    caseNumber: caseNumber as never,
    title: 'Oppsigelse av avdelingsleder Hansen',
    confidentiality: { exempt: { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1', publicTitle: 'Personalsak' }, grants },
  });
}

/** A meeting of that committee with `items`; `substitutesMaySee` lets a vara see exempt saker. */
export function anExemptFile(items: AgendaItem[], substitutesMaySee = false): MeetingFile {
  const { secretary, referent, chair, member, vara, observer, guest } = people;
  return {
    committee: aCommittee({
      members: [member, vara, observer, guest],
      secretariat: [secretary],
      referents: [referent],
      confidentiality: {
        substitutesMaySee,
        roles: [
          { email: vara.email, role: 'substitute' },
          { email: observer.email, role: 'observer' },
          { email: guest.email, role: 'guest' },
        ],
      },
    }),
    meeting: aMeeting({ chair, minuteTaker: referent, items }),
  };
}

/** "address → level", sorted, so a test reads as the table of the permissions. */
export const accessTable = (entries: AccessEntry[] | undefined): string[] | undefined =>
  entries?.map((entry) => `${entry.person.email ?? entry.person.name} → ${entry.level}`).sort();
