import { describe, expect, it } from 'vitest';
import { attendanceTexts } from './attendance';
import { attendanceColumns, attendanceRow } from './attendanceRows';
import type { Attendance } from './model';

describe('attendanceRow with metFor: a vara under the kommunal protokoll\'s «Møtende varamedlemmer», «Navn | Møtte for | Representerer»', () => {
  const t = attendanceTexts('nb');
  const committee = { members: [{ name: 'Kari Fast', organisation: 'Sp' }] };

  it('puts whom the vara met for in its column, not in the name, and the party in «Representerer»', () => {
    const entry: Attendance = { person: { name: 'Ola Vara', organisation: 'Sp' }, status: 'substitute', substituteFor: 'Kari Fast' };
    expect(attendanceRow(entry, committee, [], t, 'organisation', undefined, undefined, true)).toEqual({ name: 'Ola Vara', role: 'Kari Fast', represents: 'Sp' });
    // Under any other heading, as before: whom they met for in the name, the role in «Funksjon».
    expect(attendanceRow(entry, committee, [], t, 'organisation')).toEqual({ name: 'Ola Vara for Kari Fast', role: 'varamedlem', represents: 'Sp' });
  });

  it('leaves «Møtte for» empty for a vara present as vara, for nobody, and says among the notes that a vara led the meeting', () => {
    const asVara: Attendance = { person: { name: 'Per Vara' }, status: 'present', role: 'deputy' };
    expect(attendanceRow(asVara, committee, [], t, 'none', undefined, undefined, true)).toEqual({ name: 'Per Vara', role: '', represents: '' });
    const led: Attendance = { person: { name: 'Ola Vara' }, status: 'substitute', substituteFor: 'Kari Fast', chairRole: 'chair', remote: 'video' };
    expect(attendanceRow(led, committee, [], t, 'none', undefined, undefined, true).name).toBe(`Ola Vara (møteleder, ${t.remote.video})`);
  });

  it('heads the column «Møtte for» in bokmål and nynorsk alike, as Møre og Romsdal fylkeskommune\'s nynorsk møteprotokoll', () => {
    expect(attendanceColumns('nn')).toMatchObject({ name: 'Namn', metFor: 'Møtte for', represents: 'Representerer' });
    expect(attendanceColumns('nb').metFor).toBe('Møtte for');
  });
});
