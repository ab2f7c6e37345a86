import { describe, expect, it } from 'vitest';
import { referatFolderPath } from './attachments';
import { defaultConventions } from './conventions';
import type { AgendaItem } from './model';
import { mayOpenReferat, referatFolderAccess, referatLiesOpen } from './referatAccess';
import { identityOf } from './personIdentity';
import { anItem } from './testing/builders';
import { accessTable, anExemptFile, anExemptItem, people } from './testing/exemptCommittee';

const { secretary, referent, chair, member, vara, guest } = people;
const exempt = (id: string, grants: string[] = []): AgendaItem => anExemptItem(id, `2026.0${id.length}`, grants);
const open = anItem('budget', { caseNumber: '2026.09' as never, title: 'Budsjett 2027' });
const aFile = anExemptFile;
const table = accessTable;

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

describe('who may open the recorded referat where it lies (a member\'s side panel links it only for them)', () => {
  const observer = people.observer;
  const may = (file: ReturnType<typeof aFile>, who: string) => mayOpenReferat(file, identityOf(who));
  it('is everyone the committee\'s folders let read for a meeting without exempt content, and no one outside', () => {
    const file = aFile([open]);
    expect([member, secretary, referent, vara, observer].every((person) => may(file, person.email))).toBe(true);
    expect(may(file, 'noen@annen.example.no')).toBe(false);
  });

  it('is only those the closed folder lets read for a meeting with exempt content: not a vara, an observer or a guest granted one sak of two', () => {
    const file = aFile([exempt('a', [guest.email]), exempt('bb')]);
    expect([member, chair, secretary, referent].every((person) => may(file, person.email))).toBe(true);
    expect([vara, observer, guest].some((person) => may(file, person.email))).toBe(false);
  });
});
