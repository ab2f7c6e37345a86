import { describe, expect, it } from 'vitest';
import { referatFolderPath } from './attachments';
import type { AccessEntry } from './committeeAccess';
import { defaultConventions } from './conventions';
import type { AgendaItem, MeetingFile } from './model';
import { referatFolderAccess, referatLiesOpen } from './referatAccess';
import { aCommittee, aMeeting, anItem } from './testing/builders';

const secretary = { name: 'Sara Sekretær', email: 'sara@vfk.example.no' };
const referent = { name: 'Rune Referent', email: 'rune@vfk.example.no' };
const chair = { name: 'Per Christian Voss', email: 'per.christian.voss@example.no' };
const member = { name: 'Mona Medlem', email: 'mona@siv.example.no' };
const vara = { name: 'Vidar Vara', email: 'vidar@siv.example.no' };
const observer = { name: 'Olga Observatør', email: 'olga@ksa.example.no' };
const guest = { name: 'Gunnar Gjest', email: 'gunnar@annen.example.no' };

const exempt = (id: string, grants: string[] = []): AgendaItem =>
  anItem(id, { caseNumber: `2026.0${id.length}` as never, title: 'Oppsigelse av avdelingsleder Hansen', confidentiality: { exempt: { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1', publicTitle: 'Personalsak' }, grants } });
const open = anItem('budget', { caseNumber: '2026.09' as never, title: 'Budsjett 2027' });

function aFile(items: AgendaItem[], substitutesMaySee = false): MeetingFile {
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

/** "address → level", sorted: the folder's permissions as a table. */
const table = (entries: AccessEntry[] | undefined): string[] | undefined => entries?.map((entry) => `${entry.person.email ?? entry.person.name} → ${entry.level}`).sort();

describe('who gets what on the closed folder of a referat with exempt content', () => {
  it('gives the secretariat Full Control, the referents Contribute, those entitled to the exempt sak Read, and no guest, observer or vara', () => {
    expect(table(referatFolderAccess(aFile([open, exempt('a')])))).toEqual([`${member.email} → read`, `${chair.email} → read`, `${referent.email} → write`, `${secretary.email} → manage`].sort());
  });

  it('lets read only those entitled to every exempt sak: a guest granted one of two does not read the referat', () => {
    expect(table(referatFolderAccess(aFile([exempt('a', [guest.email]), exempt('bb')])))).not.toContain(`${guest.email} → read`);
    expect(table(referatFolderAccess(aFile([exempt('a', [guest.email]), exempt('bb', [guest.email])])))).toContain(`${guest.email} → read`);
  });

  it('lets a vara read when the committee lets vara see exempt content', () => {
    expect(table(referatFolderAccess(aFile([exempt('a')], true)))).toContain(`${vara.email} → read`);
  });

  it('keeps the referents writing when they are members too', () => {
    const file = aFile([exempt('a')]);
    const withReferentAsMember = { ...file, committee: { ...file.committee, members: [...file.committee.members, referent] } };
    expect(table(referatFolderAccess(withReferentAsMember))).toContain(`${referent.email} → write`);
  });

  it('has nothing to close for a meeting without exempt content: its referat stays in the meeting folder', () => {
    expect(referatFolderAccess(aFile([open]))).toBeUndefined();
  });

  it('names the folder by the committee’s word for its record, under «Unntatt offentlighet»', () => {
    const file = aFile([exempt('a')]);
    expect(referatFolderPath(file.committee, file.meeting)).toMatch(/\/Unntatt offentlighet\/Referat$/);
    const protokoll = { ...file.committee, conventions: { ...defaultConventions(), minutes: 'protokoll' as const } };
    expect(referatFolderPath(protokoll, file.meeting)).toMatch(/\/Unntatt offentlighet\/Protokoll$/);
  });
});

describe('a referat of a meeting with exempt content that lies open', () => {
  const file = aFile([exempt('a')]);
  const at = (path: string) => ({ ...file, meeting: { ...file.meeting, minutes: { fileName: 'Referat.docx', webUrl: `https://contoso.sharepoint.com/sites/m/Shared%20Documents/${path.split('/').map(encodeURIComponent).join('/')}/Referat.docx` } } });
  it('is one recorded in the meeting folder, not one in the closed folder, nor one of a meeting without exempt content', () => {
    expect(referatLiesOpen(at('Partnerskapsmøtet/2026-06-11 PM'))).toBe(true);
    expect(referatLiesOpen(at(referatFolderPath(file.committee, file.meeting)))).toBe(false);
    const plain = at('Partnerskapsmøtet/2026-06-11 PM');
    expect(referatLiesOpen({ ...plain, meeting: { ...plain.meeting, items: [open] } })).toBe(false);
  });
});
