import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { committeeAccess, frozenAccess, isSecretariat } from './committeeAccess';
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

  it('knows who is in the secretariat by address, case ignored', () => {
    expect(isSecretariat(committee, 'Hilde.Kari.Maugesten@siv.example.no')).toBe(true);
    expect(isSecretariat(committee, 'per.christian.voss@siv.example.no')).toBe(false);
    expect(isSecretariat(committee, undefined)).toBe(false);
    expect(isSecretariat(committee, '')).toBe(false);
  });
});
