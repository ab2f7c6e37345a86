import { describe, expect, it } from 'vitest';
import { hasAddress, identityOf, isFromAnotherOrganisation, isPerson, listedIdentity, mergeIdentities, sameAddress } from './personIdentity';

describe('matching a person', () => {
  const guest = { directoryId: 'b2c3d4e5-0001', addresses: ['tobias_sandefjord.kommune.example.no#EXT#@siv.example.no', 'Tobias@Sandefjord.kommune.example.no'] };

  it('matches by object id, or by any address the person goes by, without case', () => {
    expect(isPerson(guest, { email: 'tobias@sandefjord.kommune.example.no' })).toBe(true);
    expect(isPerson(guest, { email: 'someone@else.example.no', directoryId: 'B2C3D4E5-0001' })).toBe(true);
    expect(isPerson(guest, { email: 'someone@else.example.no' })).toBe(false);
    expect(isPerson(guest, undefined)).toBe(false);
  });

  it('never by name, and never by an empty address or id', () => {
    // A listed person without address or id is nobody's: names are shared, and a guest chooses theirs.
    const namesake = { name: 'Tobias Solli Iveland' } as { email?: string; directoryId?: string; name: string };
    expect(isPerson(guest, namesake)).toBe(false);
    expect(isPerson({ directoryId: '', addresses: ['', undefined] }, { email: '', directoryId: '' })).toBe(false);
    expect(hasAddress(guest, '  ')).toBe(false);
  });

  it('treats a bare address (a grant, a recipient) as an identity with that one address', () => {
    expect(identityOf('kari@siv.example.no')).toEqual({ addresses: ['kari@siv.example.no'] });
    expect(identityOf(guest)).toBe(guest);
  });

  it('merges what several sources say: every address once, the first object id', () => {
    expect(mergeIdentities({ directoryId: 'a', addresses: ['X@y.no'] }, undefined, { directoryId: 'b', addresses: ['x@y.no', 'z@y.no'] })).toEqual({ directoryId: 'a', addresses: ['x@y.no', 'z@y.no'] });
  });

  it('compares two addresses the way every list does: without case or spaces, and an empty one is nobody', () => {
    expect(sameAddress(' Kari@SIV.example.no', 'kari@siv.example.no ')).toBe(true);
    expect(sameAddress('kari@siv.example.no', 'kari.nordmann@siv.example.no')).toBe(false);
    expect(sameAddress('', '')).toBe(false);
    expect(sameAddress(undefined, undefined)).toBe(false);
  });

  it('makes a listed person an identity of their object id and address (someone present, a recipient)', () => {
    const present = listedIdentity({ email: 'tobias@sandefjord.kommune.example.no', directoryId: 'b2c3d4e5-0001' });
    expect(isPerson(present, { directoryId: 'b2c3d4e5-0001' })).toBe(true);
    expect(isPerson(listedIdentity({}), { email: undefined, directoryId: undefined })).toBe(false);
  });
});

describe('an account from another organisation (a B2B guest), which cannot send from this tenant', () => {
  it('is told by the #EXT# in its UPN, in any case, whichever address Graph or the host gave first', () => {
    const guro = { directoryId: 'b2c3', addresses: ['guro.winsvold@faerder.kommune.example.no', 'guro.winsvold_faerder.kommune.example.no#EXT#@siv.example.no'] };
    expect(isFromAnotherOrganisation(guro)).toBe(true);
    expect(isFromAnotherOrganisation(mergeIdentities(guro))).toBe(true);
    // A member account the municipality made for the IKS secretary, and Teams' login hint alone: no sign of a guest.
    expect(isFromAnotherOrganisation({ addresses: ['guro.winsvold@siv.example.no', undefined] })).toBe(false);
    expect(isFromAnotherOrganisation(identityOf('guro.winsvold@faerder.kommune.example.no'))).toBe(false);
  });
});
