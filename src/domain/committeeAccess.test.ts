import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { committeeAccess, frozenAccess, hasManager, isSecretariat, mayRecordMinutes } from './committeeAccess';
import { settingsAccess } from './settingsAccess';
import { aCommittee, aMeeting } from './testing/builders';
import { parseMeetingFile } from './meetingFile';

const { committee } = parseMeetingFile(JSON.parse(readFileSync(new URL('../../fixtures/meetings/pm-2026.json', import.meta.url), 'utf8')));
const levelOf = (entries: ReturnType<typeof committeeAccess>, email: string) => entries.find((e) => e.person.email === email)?.level;

describe('who gets what on the committee’s SharePoint lists and folders', () => {
  it('defaults to the standing referent as secretariat, referent and chair as referents, members read', () => {
    const access = committeeAccess(committee);
    expect(levelOf(access, 'hilde.kari.maugesten@siv.example.no')).toBe('manage');
    expect(levelOf(access, 'per.christian.voss@siv.example.no')).toBe('write');
    expect(levelOf(access, 'tobias.solli.iveland@sandefjord.kommune.example.no')).toBe('read');
    expect(levelOf(access, 'someone.else@siv.example.no')).toBeUndefined();
  });

  it('takes the settings when given, one entry per person with the highest level', () => {
    const access = committeeAccess({ ...committee, secretariat: [{ name: 'Kristin Liset', email: 'Kristin.Liset@siv.example.no' }], referents: [{ name: 'Kristin Liset', email: 'kristin.liset@siv.example.no' }] });
    expect(access.filter((e) => e.person.email?.toLowerCase() === 'kristin.liset@siv.example.no').map((e) => e.level)).toEqual(['manage']);
    expect(levelOf(access, 'hilde.kari.maugesten@siv.example.no')).toBe(committee.members.some((m) => m.email === 'hilde.kari.maugesten@siv.example.no') ? 'read' : undefined);
    expect(levelOf(access, 'per.christian.voss@siv.example.no')).toBe('read');
  });

  it('after approval leaves only the secretariat managing; referents and members read (the freeze)', () => {
    const access = frozenAccess(committee);
    expect(levelOf(access, 'hilde.kari.maugesten@siv.example.no')).toBe('manage');
    expect(levelOf(access, 'per.christian.voss@siv.example.no')).toBe('read');
    expect(levelOf(access, 'tobias.solli.iveland@sandefjord.kommune.example.no')).toBe('read');
    expect(access.filter((e) => e.level === 'write')).toEqual([]);
    expect(access.length).toBe(committeeAccess(committee).length);
  });

  it('lets only the secretariat write the committees’ settings rows: the referents read them, as the members do', () => {
    const access = settingsAccess(committee);
    expect(levelOf(access, 'hilde.kari.maugesten@siv.example.no')).toBe('manage');
    expect(levelOf(access, 'per.christian.voss@siv.example.no')).toBe('read');
    expect(levelOf(access, 'tobias.solli.iveland@sandefjord.kommune.example.no')).toBe('read');
    expect(access.filter((e) => e.level === 'write')).toEqual([]);
    expect(access.map((e) => e.person)).toEqual(committeeAccess(committee).map((e) => e.person));
  });

  it('knows who is in the secretariat by address, case ignored', () => {
    expect(isSecretariat(committee, 'Hilde.Kari.Maugesten@siv.example.no')).toBe(true);
    expect(isSecretariat(committee, 'per.christian.voss@siv.example.no')).toBe(false);
    expect(isSecretariat(committee, undefined)).toBe(false);
    expect(isSecretariat(committee, '')).toBe(false);
  });

  it('knows the secretariat by object id too (a guest whose address the host does not give)', () => {
    const withId = { ...committee, secretariat: [{ name: 'Hilde Kari Maugesten', email: 'hilde.kari.maugesten@siv.example.no', directoryId: 'oid-hilde' }] };
    expect(isSecretariat(withId, { directoryId: 'OID-HILDE', addresses: [] })).toBe(true);
    expect(isSecretariat(withId, { directoryId: 'oid-per', addresses: ['per.christian.voss@siv.example.no'] })).toBe(false);
  });

  it('counts as managed only a secretariat with someone SharePoint can give Full Control: a person with an address', () => {
    expect(hasManager(committee)).toBe(true);
    expect(hasManager({ ...committee, secretariat: [] })).toBe(false);
    expect(hasManager({ secretariat: undefined, defaultMinuteTaker: undefined })).toBe(false);
    // By name (the picker's free text) or by directory id alone: `ensureuser` needs the address.
    expect(hasManager({ ...committee, secretariat: [{ name: 'Kristin Liset' }, { name: 'Per Christian Voss', directoryId: 'oid-per' }] })).toBe(false);
    expect(hasManager({ secretariat: undefined, defaultMinuteTaker: { name: 'Hilde Kari Maugesten', email: ' ' } })).toBe(false);
    expect(hasManager({ ...committee, secretariat: [{ name: 'Kristin Liset' }, { name: 'Per Christian Voss', email: 'per.christian.voss@siv.example.no' }] })).toBe(true);
  });
});

describe('who may write the minutes', () => {
  const as = (...addresses: string[]) => ({ addresses });
  const meeting = aMeeting({ minuteTaker: { name: 'Hilde Kari Maugesten', email: 'hilde.kari.maugesten@siv.example' }, chair: { name: 'Per Christian Voss', email: 'per.christian.voss@siv.example' } });

  it('lets the referent and the chair write, whatever the case of their address', () => {
    expect(mayRecordMinutes(meeting, undefined, as('Hilde.Kari.Maugesten@siv.example'))).toBe(true);
    expect(mayRecordMinutes(meeting, undefined, as('per.christian.voss@siv.example'))).toBe(true);
  });

  it('keeps other participants and unknown users read-only', () => {
    expect(mayRecordMinutes(meeting, undefined, as('kristin.liset@horten.kommune.example.no'))).toBe(false);
    expect(mayRecordMinutes(meeting, undefined, undefined)).toBe(false);
    expect(mayRecordMinutes(meeting, undefined, as())).toBe(false);
  });

  it('never matches by name: a standing referent listed without an address is nobody’s, whoever shares her name', () => {
    // A standing referent «Hilde Kari Maugesten» listed with no address; a guest may call themself that.
    const committee = aCommittee({ defaultMinuteTaker: { name: 'Hilde Kari Maugesten' } });
    const namesake = { directoryId: 'guest-oid', addresses: ['hilde@annen.example.no'] };
    expect(mayRecordMinutes(aMeeting(), committee, namesake)).toBe(false);
    expect(isSecretariat(committee, namesake)).toBe(false);
  });

  it('lets the committee’s secretariat and referents write, the same people «Klargjør SharePoint-området» gives write access', () => {
    const committee = aCommittee({ secretariat: [{ name: 'Kristin Liset', email: 'kristin.liset@siv.example.no' }], referents: [{ name: 'Andreas Aass-Engstrøm', email: 'andreas.aass-engstrom@siv.example.no', directoryId: 'oid-andreas' }] });
    expect(mayRecordMinutes(meeting, committee, as('kristin.liset@siv.example.no'))).toBe(true);
    expect(mayRecordMinutes(meeting, committee, { directoryId: 'oid-andreas', addresses: ['andreas_siv.example.no#EXT#@tenant.example'] })).toBe(true);
    expect(mayRecordMinutes(meeting, { ...committee, secretariat: [], referents: [] }, as('kristin.liset@siv.example.no'))).toBe(false);
  });
});
