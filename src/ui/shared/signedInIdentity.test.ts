import { describe, expect, it } from 'vitest';
import { signedInIdentity } from './signedInIdentity';

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
