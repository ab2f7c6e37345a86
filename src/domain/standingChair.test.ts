import { describe, expect, it } from 'vitest';
import type { CommitteeMember, Person } from './model';
import { chairMember, standingChair } from './standingChair';

const kari: CommitteeMember = { name: 'Kari Nordmann', email: 'kari.nordmann@siv.example.no', directoryId: 'oid-kari', organisation: 'Sandefjord kommune', chairRole: 'chair' };
const ola: CommitteeMember = { name: 'Ola Hansen', email: 'ola.hansen@siv.example.no' };

describe("the committee's standing chair", () => {
  it('is the member as the member list has him now, organisation and stilling corrected there', () => {
    const stale: Person = { name: 'Kari Nordmann', email: 'kari.nordmann@siv.example.no', directoryId: 'oid-kari', organisation: 'Tønsberg kommune' };
    expect(standingChair({ members: [ola, { ...kari, title: 'Ordfører' }], defaultChair: stale })).toEqual({
      name: 'Kari Nordmann',
      email: 'kari.nordmann@siv.example.no',
      directoryId: 'oid-kari',
      organisation: 'Sandefjord kommune',
      title: 'Ordfører',
    });
  });

  it('follows a name corrected on the same address, and an address corrected on the same directory id', () => {
    expect(standingChair({ members: [{ ...kari, name: 'Kari Nordmann-Berg' }], defaultChair: { name: 'Kari Nordman', email: 'Kari.Nordmann@siv.example.no' } })?.name).toBe('Kari Nordmann-Berg');
    expect(standingChair({ members: [{ ...kari, email: 'kari.nordmann@sandefjord.example.no' }], defaultChair: { name: 'Kari Nordmann', email: 'kari@old.example.no', directoryId: 'oid-kari' } })?.email).toBe('kari.nordmann@sandefjord.example.no');
  });

  it('knows a member listed by name only by the name, and keeps a møteleder from outside the members as stored', () => {
    const advokat: Person = { name: 'Advokat Berit Lie', organisation: 'Lie & Co' };
    expect(chairMember({ members: [ola, { name: 'Per Lie', organisation: 'Re kommune' }], defaultChair: { name: 'per lie' } })?.organisation).toBe('Re kommune');
    expect(standingChair({ members: [ola, kari], defaultChair: advokat })).toBe(advokat);
    expect(standingChair({ members: [ola], defaultChair: undefined })).toBeUndefined();
  });

  it('does not take a namesake with another address for the møteleder', () => {
    expect(chairMember({ members: [{ name: 'Ola Hansen', email: 'ola.hansen2@siv.example.no' }], defaultChair: ola })).toBeUndefined();
  });
});
