import * as v from 'valibot';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aCommittee } from './testing/builders';
import { CommitteeSchema } from './model';
import { fieldRuleOf } from './fieldRules';
import { isUnknownField, issueKeys } from './schemaRules';
import { problemsOf } from './testing/meetingFileProblems';
import { parseMeetingFile } from './meetingFile';
import { basesFromText, closedMeetingBasesOf, hasPublicMeetings, withMeetingPublicity } from './meetingPublicity';

const stored = (confidentiality: unknown) => v.safeParse(CommitteeSchema, { ...aCommittee(), confidentiality });

describe('the committee\'s hjemler for lukket møte, in its stored settings', () => {
  it('reads the list and that the meetings are not public (an arbeidsmiljøutvalg)', () => {
    const parsed = stored({ closedMeetingBases: ['hfl. § 26 a'], publicMeetings: false });
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(closedMeetingBasesOf(parsed.output)).toEqual(['hfl. § 26 a']);
    expect(hasPublicMeetings(parsed.output)).toBe(false);
  });

  it('reads a committee stored before the list: no hjemmel offered, meetings public', () => {
    const committee = aCommittee();
    expect(closedMeetingBasesOf(committee)).toEqual([]);
    expect(hasPublicMeetings(committee)).toBe(true);
  });

  it('refuses a field it does not know, at its path, rather than dropping it', () => {
    const parsed = stored({ closedMeetingBasis: ['koml. § 11-5'] });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(isUnknownField(parsed.issues[0])).toBe(true);
    expect(issueKeys(parsed.issues[0])).toEqual(['confidentiality', 'closedMeetingBasis']);
  });

  it('refuses a hjemmel longer than the documents take, naming the field', () => {
    const parsed = stored({ closedMeetingBases: ['x'.repeat(201)] });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(fieldRuleOf(parsed.issues[0].message)).toEqual({ code: 'tooLong', field: 'closedMeetingBasis', max: 200 });
  });

  it('reads a meeting file whose committee has the list, and names an unknown field in it by its path', () => {
    const file = JSON.parse(readFileSync('fixtures/meetings/pm-2026-unntatt.json', 'utf8')) as { committee: Record<string, unknown> };
    const withList = { ...file, committee: { ...file.committee, confidentiality: { closedMeetingBases: ['koml. § 11-5'] } } };
    expect(parseMeetingFile(withList).committee.confidentiality?.closedMeetingBases).toEqual(['koml. § 11-5']);
    const misspelt = { ...file, committee: { ...file.committee, confidentiality: { hjemler: ['koml. § 11-5'] } } };
    expect(problemsOf(misspelt)).toEqual([{ path: 'committee.confidentiality.hjemler', problem: { code: 'unknownField' } }]);
  });

  it('keeps reading a stored lukket møte by kommuneloven on a committee without the list (the seed pm-2026-unntatt)', () => {
    const file = parseMeetingFile(JSON.parse(readFileSync('fixtures/meetings/pm-2026-unntatt.json', 'utf8')));
    expect(closedMeetingBasesOf(file.committee)).toEqual([]);
    expect(file.meeting.items.find((item) => item.caseNumber === '2026.06')?.confidentiality?.closedMeeting).toEqual({ basis: 'koml. § 11-5 andre ledd bokstav a' });
  });
});

describe('the list as typed in the settings, one hjemmel per line', () => {
  it('leaves out blank lines and repeats, and trims each', () => {
    expect(basesFromText('  koml. § 11-5 \n\nkoml. § 11-5\nhfl. § 26 a\n')).toEqual({ ok: true, bases: ['koml. § 11-5', 'hfl. § 26 a'] });
  });

  it('says which rule a line breaks', () => {
    expect(basesFromText(`koml. § 11-5\n${'x'.repeat(201)}`)).toEqual({ ok: false, problem: 'basisTooLong' });
    expect(basesFromText('koml.\t§ 11-5')).toEqual({ ok: false, problem: 'basisControlCharacter' });
  });
});

describe('storing the publicity on the committee\'s confidentiality rule', () => {
  it('keeps the rest of the rule, stores the list, and «not public» only when not', () => {
    expect(withMeetingPublicity({ substitutesMaySee: true }, { bases: ['koml. § 11-5'], publicMeetings: true })).toEqual({ substitutesMaySee: true, closedMeetingBases: ['koml. § 11-5'] });
    expect(withMeetingPublicity({ closedMeetingBases: ['koml. § 11-5'] }, { bases: [], publicMeetings: false })).toEqual({ publicMeetings: false });
  });

  it('stores nothing when there is nothing to say', () => {
    expect(withMeetingPublicity({ closedMeetingBases: ['koml. § 11-5'], publicMeetings: false }, { bases: [], publicMeetings: true })).toBeUndefined();
  });
});
