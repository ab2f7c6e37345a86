import { describe, expect, it } from 'vitest';
import { signedInIdentity, signedInPerson } from './signedInIdentity';

describe('signedInIdentity', () => {
  it('falls back to the host: the object id, the UPN and the login hint, so a guest is known by the address they sign in with', () => {
    expect(signedInIdentity({ id: 'oid', upn: 'gunnar_annen.example.no#EXT#@siv.onmicrosoft.com', loginHint: 'gunnar@annen.example.no' }, undefined)).toEqual({
      directoryId: 'oid',
      addresses: ['gunnar_annen.example.no#EXT#@siv.onmicrosoft.com', 'gunnar@annen.example.no'],
    });
    expect(signedInIdentity(undefined, undefined)).toEqual({ directoryId: undefined, addresses: [undefined, undefined] });
  });

  it('takes the directory’s answer alone when Graph gave one: what the host claims does not widen it', () => {
    const fromGraph = { directoryId: 'oid-from-graph', addresses: ['gunnar@annen.example.no'] };
    expect(signedInIdentity({ id: 'other', upn: 'referent@siv.example', loginHint: 'referent@siv.example' }, fromGraph)).toBe(fromGraph);
  });
});

describe('signedInPerson (a new committee’s first secretary)', () => {
  it('is MSAL’s account: its name and the address signed in with', () => {
    expect(signedInPerson({ name: 'Kristin Liset', username: 'kristin.liset@siv.example.no' }, { upn: 'other@siv.example.no', displayName: 'Other' })).toEqual({ name: 'Kristin Liset', email: 'kristin.liset@siv.example.no' });
  });

  it('is otherwise the host’s user, a guest by the address they sign in with, never a #EXT# UPN; nobody without an address', () => {
    expect(signedInPerson(undefined, { upn: 'gunnar_annen.example.no#EXT#@siv.onmicrosoft.com', loginHint: 'gunnar@annen.example.no', displayName: 'Gunnar' })).toEqual({ name: 'Gunnar', email: 'gunnar@annen.example.no' });
    expect(signedInPerson(undefined, { upn: 'gunnar_annen.example.no#EXT#@siv.onmicrosoft.com' })).toBeUndefined();
    expect(signedInPerson(undefined, undefined)).toBeUndefined();
  });
});
