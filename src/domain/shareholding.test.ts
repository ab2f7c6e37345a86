import { describe, expect, it } from 'vitest';
import { holdingLine, representedShares, sharesAdopted, sharesRepresentedLine, sharesWords } from './shareholding';
import { committeePreset } from './committeePresets';
import { AttendanceSchema, VotingSchema } from './model';
import * as v from 'valibot';
import type { Attendance } from './model';

const kari: Attendance = { person: { name: 'Kari Nordmann', organisation: 'Nordfjell kommune' }, status: 'present', holding: { owner: 'Nordfjell kommune', shares: 600, proxy: true } };
const per: Attendance = { person: { name: 'Per Hansen' }, status: 'present', holding: { owner: 'Sørvik kommune', shares: 300 } };
const ola: Attendance = { person: { name: 'Ola Eier' }, status: 'present', holding: { shares: 100 } };
const revisor: Attendance = { person: { name: 'Randi Revisor' }, status: 'present', role: 'invited' };

describe('a generalforsamling\'s attendance counted in shares (aksjeloven § 5-13: «hvor mange aksjer og stemmer hver av dem representerer»)', () => {
  it('the generalforsamling preset counts attendance in shares and asks a week\'s notice (§ 5-10)', () => {
    expect(committeePreset('generalforsamling').conventions).toMatchObject({ attendanceByShares: true, noticeDays: 7 });
    expect(committeePreset('aksjeselskap').conventions.attendanceByShares).toBeUndefined();
  });

  it('an owner met by fullmakt, by its representative, or in person, each with its shares', () => {
    expect(holdingLine(kari, 'Kari Nordmann', 'nb')).toBe('Nordfjell kommune, 600 aksjer, ved fullmektig Kari Nordmann');
    expect(holdingLine(per, 'Per Hansen', 'nb')).toBe('Sørvik kommune, 300 aksjer, representert ved Per Hansen');
    expect(holdingLine(ola, 'Ola Eier', 'nb')).toBe('Ola Eier, 100 aksjer, møtte selv');
    expect(holdingLine(kari, 'Kari Nordmann', 'nn')).toBe('Nordfjell kommune, 600 aksjar, ved fullmektig Kari Nordmann');
    expect(holdingLine({ ...per, status: 'absent' }, 'Per Hansen', 'nb')).toBe('Sørvik kommune, 300 aksjer');
    expect(holdingLine(revisor, 'Randi Revisor', 'nb')).toBe('Randi Revisor');
  });

  it('counts the shares represented by those present, and says so against the company\'s shares: «samtlige aksjer» when all were', () => {
    expect(representedShares([kari, per, ola, revisor, { ...ola, person: { name: 'Forfall' }, status: 'absent' }])).toBe(1000);
    expect(sharesRepresentedLine(1000, 1000, 'nb')).toBe('Samtlige aksjer var representert (1\u00a0000 aksjer).');
    expect(sharesRepresentedLine(900, 1000, 'nb')).toBe('900 av totalt 1\u00a0000 aksjer var representert.');
    expect(sharesRepresentedLine(900, undefined, 'nb')).toBe('900 aksjer var representert.');
    expect(sharesRepresentedLine(1000, 1000, 'nn')).toBe('Alle aksjane var representerte (1\u00a0000 aksjar).');
    expect(sharesWords('nb').represented).toBe('Aksjer representert');
  });

  it('the model takes a holding strictly: whole shares above 0, no unknown field', () => {
    expect(v.safeParse(AttendanceSchema, kari).success).toBe(true);
    expect(v.safeParse(AttendanceSchema, { ...kari, holding: { shares: 0 } }).success).toBe(false);
    expect(v.safeParse(AttendanceSchema, { ...kari, holding: { shares: 1.5 } }).success).toBe(false);
    expect(v.safeParse(AttendanceSchema, { ...kari, holding: { shares: 5, votes: 5 } }).success).toBe(false);
  });
});

describe('votes counted in shares: the majority rules of aksjeloven §§ 5-17 and 5-18', () => {
  it('a simple majority of the votes cast adopts (§ 5-17); a tie does not', () => {
    expect(sharesAdopted({ for: 600, against: 400 }, 1000)).toBe(true);
    expect(sharesAdopted({ for: 400, against: 600 }, 1000)).toBe(false);
    expect(sharesAdopted({ for: 500, against: 500 }, 1000)).toBe(false);
    expect(sharesAdopted({ for: 600 }, 1000)).toBeUndefined();
  });

  it('a vedtektsendring needs two thirds of the votes cast and of the shares represented (§ 5-18)', () => {
    // «minst to tredeler»: exactly two thirds is enough.
    expect(sharesAdopted({ for: 600, against: 300, twoThirds: true }, 900)).toBe(true);
    expect(sharesAdopted({ for: 599, against: 301, twoThirds: true }, 900)).toBe(false);
    // Three quarters of the votes cast, but 200 shares represented did not vote: 600 of 1 000 represented is short of two thirds.
    expect(sharesAdopted({ for: 600, against: 200, twoThirds: true }, 1000)).toBe(false);
    expect(sharesAdopted({ for: 600, against: 200 }, 1000)).toBe(true);
  });
});

describe('the vote schema', () => {
  it('takes a vote that needs two thirds', () => {
    expect(v.safeParse(VotingSchema(), { proposals: [], votes: [{ id: 'a', on: 'Vedtektsendring', adopted: true, twoThirds: true }], statements: [] }).success).toBe(true);
  });
});
