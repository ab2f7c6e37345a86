import { describe, expect, it } from 'vitest';
import { canRecordMinutes, hostIdentity } from './permissions';
import { testMeeting } from './testing/testMeeting';
import { aCommittee } from '../../domain/testing/builders';

describe('canRecordMinutes', () => {
  const meeting = testMeeting();
  it('lets the referent and the chair write, whatever the case of their address', () => {
    expect(canRecordMinutes(meeting, undefined, { upn: 'Hilde.Kari.Maugesten@siv.example' })).toBe(true);
    expect(canRecordMinutes(meeting, undefined, { upn: 'per.christian.voss@siv.example' })).toBe(true);
  });
  it('keeps other participants and unknown users read-only', () => {
    expect(canRecordMinutes(meeting, undefined, { upn: 'kristin.liset@horten.kommune.example.no' })).toBe(false);
    expect(canRecordMinutes(meeting, undefined, undefined)).toBe(false);
    expect(canRecordMinutes(meeting, undefined, { displayName: 'Hilde Kari Maugesten' })).toBe(false);
  });
  it('lets the committee’s secretariat and referents write, the same people «Klargjør SharePoint-området» gives write access', () => {
    const committee = { ...aCommittee(), secretariat: [{ name: 'Kristin Liset', email: 'kristin.liset@siv.example.no' }], referents: [{ name: 'Andreas Aass-Engstrøm', email: 'andreas.aass-engstrom@siv.example.no' }] };
    expect(canRecordMinutes(meeting, committee, { upn: 'kristin.liset@siv.example.no' })).toBe(true);
    expect(canRecordMinutes(meeting, committee, { upn: 'andreas.aass-engstrom@siv.example.no' })).toBe(true);
    expect(canRecordMinutes(meeting, { ...committee, secretariat: [], referents: [] }, { upn: 'kristin.liset@siv.example.no' })).toBe(false);
  });
});

describe('hostIdentity', () => {
  it('carries the object id, the UPN and the login hint, so a guest is known by the address they were invited with', () => {
    expect(hostIdentity({ id: 'oid', upn: 'gunnar_annen.example.no#EXT#@siv.onmicrosoft.com', loginHint: 'gunnar@annen.example.no' })).toEqual({
      directoryId: 'oid',
      addresses: ['gunnar_annen.example.no#EXT#@siv.onmicrosoft.com', 'gunnar@annen.example.no'],
    });
    expect(hostIdentity(undefined)).toEqual({ directoryId: undefined, addresses: [undefined, undefined] });
  });
});
