import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import { formatIssuePath, MEETING_FILE_FORMAT_V1, MeetingFileError, migrateMeetingFile, parseMeetingFile, parseMeetingFileText } from './meetingFile';
import { MEETING_FILE_FORMAT, type CaseNumber } from './model';
import { aClosingRow, aCommittee, aMeeting, anItem } from './testing/builders';
import { problemsOf } from './testing/meetingFileProblems';

const validFile = { committee: aCommittee(), meeting: aMeeting({ items: [anItem('a'), aClosingRow()] }) };


describe('parseMeetingFile', () => {
  it('returns the parsed file, defaults filled in', () => {
    const { attendance: _attendance, ...meetingWithoutAttendance } = validFile.meeting;
    const parsed = parseMeetingFile({ ...validFile, meeting: meetingWithoutAttendance });
    expect(parsed.meeting.attendance).toEqual([]);
    expect(parsed.committee.name).toBe('Partnerskapsmøtet');
  });

  it('names the path of a problem and the model\'s rule it breaks, as data', () => {
    const json = structuredClone(validFile);
    json.meeting.items = [anItem('a'), anItem('b'), anItem('c', { title: '' })];
    expect(problemsOf(json)).toEqual([{ path: 'meeting.items[2].title', problem: { code: 'field', rule: { code: 'required', field: 'itemTitle' } } }]);
  });

  it('reads a meeting\'s befaring, and refuses one without its meeting point or with a field it does not know, naming the path', () => {
    const visit = { start: '09:00', place: 'Leines skole', about: 'Gang- og sykkelsti' };
    expect(parseMeetingFile({ ...validFile, meeting: { ...validFile.meeting, siteVisit: visit } }).meeting.siteVisit).toEqual(visit);
    expect(problemsOf({ ...validFile, meeting: { ...validFile.meeting, siteVisit: { place: '' } } })).toEqual([{ path: 'meeting.siteVisit.place', problem: { code: 'field', rule: { code: 'required', field: 'siteVisitPlace' } } }]);
    expect(problemsOf({ ...validFile, meeting: { ...validFile.meeting, siteVisit: { place: 'Leines skole', bus: true } } })[0]?.path).toBe('meeting.siteVisit.bus');
  });

  it('lists every problem as data in one error: the field, and a code or the schema\'s own rule', () => {
    const json = { committee: { ...aCommittee(), caseNumberFormat: '{YYYY}.{X}', languageForm: 'se' }, meeting: { ...aMeeting(), date: '11.06.2026', items: [{}] } };
    let error: unknown;
    try {
      parseMeetingFile(json);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('invalidMeetingFile');
    const problems = (error as MeetingFileError).problems;
    expect(problems).toContainEqual({ path: 'committee.languageForm', problem: { code: 'notAllowed', allowed: ['nb', 'nn'] } });
    expect(problems).toContainEqual({
      path: 'committee.caseNumberFormat',
      problem: { code: 'field', rule: { code: 'unknownCode', field: 'caseNumberFormat' } },
    });
    expect(problems).toContainEqual({ path: 'meeting.date', problem: { code: 'field', rule: { code: 'badDate' } } });
    expect(problems).toContainEqual({ path: 'meeting.items[0].title', problem: { code: 'missing' } });
    expect(problems).toContainEqual({ path: 'meeting.items[0].caseNumber', problem: { code: 'missing' } });
  });

  it('says which type was expected when a field has the wrong type', () => {
    const json = structuredClone(validFile) as unknown as { meeting: { online: unknown; items: unknown } };
    json.meeting.online = 'ja';
    json.meeting.items = 'ingen';
    expect(problemsOf(json)).toEqual([
      { path: 'meeting.online', problem: { code: 'wrongType', expected: 'boolean' } },
      { path: 'meeting.items', problem: { code: 'wrongType', expected: 'array' } },
    ]);
  });

  it('refuses links with a script scheme in rich text', () => {
    const json = structuredClone(validFile);
    json.meeting.items[0]!.summary = [{ type: 'paragraph', content: [{ text: 'klikk', href: 'javascript:alert(1)' }] }];
    expect(problemsOf(json)).toEqual([
      { path: 'meeting.items[0].summary[0].content[0].href', problem: { code: 'field', rule: { code: 'unsafeAddress', of: 'link' } } },
    ]);
  });

  it('names the allowed block types and says "greater than" for positive numbers', () => {
    const json = structuredClone(validFile) as unknown as { meeting: { items: Record<string, unknown>[] } };
    json.meeting.items[0]!['summary'] = [{ type: 'heading', text: 'Overskrift' }];
    json.meeting.items[0]!['plannedMinutes'] = -3;
    expect(problemsOf(json)).toEqual([
      { path: 'meeting.items[0].summary[0].type', problem: { code: 'unknownType', allowed: ['paragraph', 'bulletList', 'numberedList', 'table'] } },
      { path: 'meeting.items[0].plannedMinutes', problem: { code: 'tooSmall', of: 'number', limit: '0', inclusive: false } },
    ]);
  });

  it('reports a missing committee or meeting at the top level', () => {
    expect(problemsOf({})).toEqual([
      { path: 'committee', problem: { code: 'missing' } },
      { path: 'meeting', problem: { code: 'missing' } },
    ]);
    expect(problemsOf(null)).toEqual([{ path: '(filen)', problem: { code: 'wrongType', expected: 'object' } }]);
  });

  it('refuses an unknown or misspelt field, naming the field at its path, instead of dropping it', () => {
    const json = structuredClone(validFile) as unknown as {
      committee: Record<string, unknown>;
      meeting: { items: Record<string, unknown>[]; attendance: unknown[] };
    };
    json.committee['caseNumberPading'] = 3;
    json.meeting.items[0]!['titel'] = 'Budsjett';
    json.meeting.items[0]!['summary'] = [{ type: 'paragraph', content: [{ text: 'x', colour: 'red' }] }];
    expect(problemsOf(json)).toEqual([
      { path: 'committee.caseNumberPading', problem: { code: 'unknownField' } },
      { path: 'meeting.items[0].summary[0].content[0].colour', problem: { code: 'unknownField' } },
      { path: 'meeting.items[0].titel', problem: { code: 'unknownField' } },
    ]);
  });

  it('reads a file without formatVersion as version 1 and one marked with either readable version alike', () => {
    const v1 = parseMeetingFile(validFile);
    expect(parseMeetingFile({ formatVersion: MEETING_FILE_FORMAT_V1, ...validFile })).toEqual(v1);
    expect(parseMeetingFile({ formatVersion: MEETING_FILE_FORMAT, ...validFile })).toEqual(v1);
    expect(migrateMeetingFile(validFile)).toEqual({ formatVersion: MEETING_FILE_FORMAT, ...validFile });
  });

  it('turns the padding of a version 1 committee into a case number format that writes the same numbers', () => {
    const { caseNumberFormat: _format, caseNumberSerial: _serial, ...committeeV1 } = validFile.committee;
    const read = (padding: number) => parseMeetingFile({ ...validFile, committee: { ...committeeV1, caseNumberPadding: padding } }).committee;
    expect(read(2)).toMatchObject({ caseNumberFormat: '{YYYY}.{NN}', caseNumberSerial: 'perYear' });
    expect(read(0).caseNumberFormat).toBe('{YYYY}.{N}');
    expect(read(3).caseNumberFormat).toBe('{YYYY}.{NNN}');
    // Version 2 has no padding: it is an unknown field there.
    expect(problemsOf({ formatVersion: MEETING_FILE_FORMAT, ...validFile, committee: { ...committeeV1, caseNumberPadding: 2 } })).toContainEqual({
      path: 'committee.caseNumberPadding',
      problem: { code: 'unknownField' },
    });
  });

  it('refuses a case number format without a serial, naming the field', () => {
    const json = { ...validFile, committee: { ...validFile.committee, caseNumberFormat: 'Sak {YY}' } };
    expect(problemsOf(json)).toEqual([{ path: 'committee.caseNumberFormat', problem: { code: 'field', rule: { code: 'serialCount', field: 'caseNumberFormat' } } }]);
  });

  it('refuses a draft whose case numbers do not read back in the committee\'s format, and keeps a sent meeting\'s as sent', () => {
    const json = structuredClone(validFile);
    json.meeting.items[0]!.caseNumber = '26.2' as CaseNumber;
    expect(problemsOf(json)).toEqual([{ path: 'meeting.items[0].caseNumber', problem: { code: 'caseNumberFormat', format: '{YYYY}.{NN}' } }]);
    json.meeting.status = 'noticeSent';
    expect(problemsOf(json)).toEqual([]);
  });

  it('refuses a file of a version it does not know, naming the versions it reads', () => {
    expect(problemsOf({ formatVersion: 'motebok-meeting/9', ...validFile })).toEqual([
      { path: 'formatVersion', problem: { code: 'unknownVersion', version: 'motebok-meeting/9', readable: ['motebok-meeting/1', 'motebok-meeting/2'] } },
    ]);
    expect(problemsOf({ formatVersion: 2, ...validFile })).toEqual([{ path: 'formatVersion', problem: { code: 'notAllowed', allowed: ['motebok-meeting/2'] } }]);
  });

  it('accepts the seed meetings in fixtures/, written in the current version', () => {
    const folder = fileURLToPath(new URL('../../fixtures/meetings/', import.meta.url));
    const files = readdirSync(folder).filter((name) => name.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const text = readFileSync(`${folder}${name}`, 'utf8');
      expect((JSON.parse(text) as { formatVersion?: string }).formatVersion, name).toBe(MEETING_FILE_FORMAT);
      const parsed = parseMeetingFileText(text);
      expect(parsed.meeting.committeeId, name).toBe(parsed.committee.id);
    }
  });
});

describe('parseMeetingFileText', () => {
  it('reports text that is not JSON as a problem of the file', () => {
    expect(() => parseMeetingFileText('{ "committee": ')).toThrow(MeetingFileError);
    try {
      parseMeetingFileText('{ "committee": ');
    } catch (error) {
      expect((error as MeetingFileError).problems).toEqual([{ path: '(filen)', problem: { code: 'notJson' } }]);
    }
  });
});

describe('formatIssuePath', () => {
  it('writes object keys with dots and array indexes in brackets', () => {
    expect(formatIssuePath(['meeting', 'items', 2, 'attachments', 0, 'title'])).toBe('meeting.items[2].attachments[0].title');
    expect(formatIssuePath([])).toBe('');
  });
});
