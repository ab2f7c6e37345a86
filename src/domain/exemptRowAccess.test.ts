import { describe, expect, it } from 'vitest';
import type { AccessEntry } from './committeeAccess';
import { exemptRowAccess } from './exemptRowAccess';
import type { AgendaItem, MeetingFile } from './model';
import { aCommittee, aMeeting, anItem } from './testing/builders';

const secretary = { name: 'Sara Sekretær', email: 'sara@vfk.example.no' };
const referent = { name: 'Rune Referent', email: 'rune@vfk.example.no' };
const chair = { name: 'Per Christian Voss', email: 'per.christian.voss@example.no' };
const member = { name: 'Mona Medlem', email: 'mona@siv.example.no' };
const vara = { name: 'Vidar Vara', email: 'vidar@siv.example.no' };
const observer = { name: 'Olga Observatør', email: 'olga@ksa.example.no' };
const guest = { name: 'Gunnar Gjest', email: 'gunnar@annen.example.no' };

const exempt = (grants: string[] = []): AgendaItem =>
  anItem('personal', { caseNumber: '2026.01' as never, title: 'Oppsigelse av avdelingsleder Hansen', confidentiality: { exempt: { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1', publicTitle: 'Personalsak' }, grants } });

function aFile(item: AgendaItem, substitutesMaySee = false): MeetingFile {
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
    meeting: aMeeting({ chair, minuteTaker: referent, items: [item] }),
  };
}

/** "address → level", sorted, so a test reads as the table of the row's permissions. */
const table = (entries: AccessEntry[] | undefined): string[] | undefined => entries?.map((entry) => `${entry.person.email ?? entry.person.name} → ${entry.level}`).sort();

describe('the role assignments of an exempt sak’s list row', () => {
  it('gives the secretariat Full Control, the referents Contribute, the entitled Read and nobody else', () => {
    const item = exempt();
    expect(table(exemptRowAccess(aFile(item), item, { frozen: false }))).toEqual([
      `${member.email} → read`,
      `${chair.email} → read`,
      `${referent.email} → write`,
      `${secretary.email} → manage`,
    ].sort());
  });

  it('demotes the referents to Read once the meeting is frozen, and keeps the secretariat managing', () => {
    const item = exempt();
    expect(table(exemptRowAccess(aFile(item), item, { frozen: true }))).toEqual([`${member.email} → read`, `${chair.email} → read`, `${referent.email} → read`, `${secretary.email} → manage`].sort());
  });

  it('lets a vara read only when the committee lets vara see exempt content', () => {
    const item = exempt();
    const emails = (file: MeetingFile) => exemptRowAccess(file, item, { frozen: false })?.map((entry) => entry.person.email);
    expect(emails(aFile(item, false))).not.toContain(vara.email);
    expect(emails(aFile(item, true))).toContain(vara.email);
  });

  it('gives an observer or guest Read only on the sak the secretariat granted them', () => {
    const item = exempt([observer.email]);
    const emails = exemptRowAccess(aFile(item), item, { frozen: false })?.map((entry) => entry.person.email);
    expect(emails).toContain(observer.email);
    expect(emails).not.toContain(guest.email);
  });

  it('keeps the highest level for a person in several roles (a referent who is also a member writes)', () => {
    const item = exempt();
    const file = aFile(item);
    const withReferentAsMember = { ...file, committee: { ...file.committee, members: [...file.committee.members, referent] } };
    const entries = exemptRowAccess(withReferentAsMember, item, { frozen: false }) ?? [];
    expect(entries.filter((entry) => entry.person.email === referent.email).map((entry) => entry.level)).toEqual(['write']);
  });

  it('leaves the row of a sak that is not exempt as a whole to inherit', () => {
    const open = anItem('budget', { caseNumber: '2026.02' as never, title: 'Budsjett 2027' });
    const memoOnly = anItem('memo', { caseNumber: '2026.03' as never, title: 'Avtale', confidentiality: { caseMemo: { basis: 'offl. § 14 første ledd' } } });
    expect(exemptRowAccess(aFile(open), open, { frozen: false })).toBeUndefined();
    expect(exemptRowAccess(aFile(memoOnly), memoOnly, { frozen: true })).toBeUndefined();
  });
});
