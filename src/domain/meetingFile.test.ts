import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import { formatIssuePath, MeetingFileError, parseMeetingFile, parseMeetingFileText } from './meetingFile';
import { aClosingRow, aCommittee, aMeeting, anItem } from './testBuilders';

const validFile = { committee: aCommittee(), meeting: aMeeting({ items: [anItem('a'), aClosingRow()] }) };

function problemsOf(json: unknown): { path: string; message: string }[] {
  try {
    parseMeetingFile(json);
  } catch (error) {
    if (error instanceof MeetingFileError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('parseMeetingFile', () => {
  it('returns the parsed file, defaults filled in', () => {
    const { attendance: _attendance, ...meetingWithoutAttendance } = validFile.meeting;
    const parsed = parseMeetingFile({ ...validFile, meeting: meetingWithoutAttendance });
    expect(parsed.meeting.attendance).toEqual([]);
    expect(parsed.committee.name).toBe('Partnerskapsmøtet');
  });

  it('names the path of a problem and keeps the schema\'s own Norwegian message', () => {
    const json = structuredClone(validFile);
    json.meeting.items = [anItem('a'), anItem('b'), anItem('c', { title: '' })];
    expect(problemsOf(json)).toEqual([{ path: 'meeting.items[2].title', message: 'Saken må ha en tittel' }]);
  });

  it('lists every problem in one Norwegian message, one per line', () => {
    const json = { committee: { ...aCommittee(), caseNumberPadding: 9, languageForm: 'se' }, meeting: { ...aMeeting(), date: '11.06.2026', items: [{}] } };
    let error: unknown;
    try {
      parseMeetingFile(json);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('invalidMeetingFile');
    const lines = (error as DomainError).message.split('\n');
    expect(lines[0]).toMatch(/^Møtefilen er ugyldig \(\d+ feil\):$/);
    expect(lines).toContain('committee.languageForm: Ugyldig verdi. Tillatt: nb, nn');
    expect(lines).toContain('committee.caseNumberPadding: Kan være høyst 4');
    expect(lines).toContain('meeting.date: Dato må ha formen ÅÅÅÅ-MM-DD');
    expect(lines).toContain('meeting.items[0].title: Mangler');
    expect(lines).toContain('meeting.items[0].caseNumber: Mangler');
  });

  it('says which type was expected when a field has the wrong type', () => {
    const json = structuredClone(validFile) as unknown as { meeting: { online: unknown; items: unknown } };
    json.meeting.online = 'ja';
    json.meeting.items = 'ingen';
    expect(problemsOf(json)).toEqual([
      { path: 'meeting.online', message: 'Skal være sann/usann' },
      { path: 'meeting.items', message: 'Skal være en liste' },
    ]);
  });

  it('refuses links with a script scheme in rich text', () => {
    const json = structuredClone(validFile);
    json.meeting.items[0]!.summary = [{ type: 'paragraph', content: [{ text: 'klikk', href: 'javascript:alert(1)' }] }];
    expect(problemsOf(json)).toEqual([
      { path: 'meeting.items[0].summary[0].content[0].href', message: 'Lenker må starte med https:// eller mailto:' },
    ]);
  });

  it('names the allowed block types and says "greater than" for positive numbers', () => {
    const json = structuredClone(validFile) as unknown as { meeting: { items: Record<string, unknown>[] } };
    json.meeting.items[0]!['summary'] = [{ type: 'heading', text: 'Overskrift' }];
    json.meeting.items[0]!['plannedMinutes'] = -3;
    expect(problemsOf(json)).toEqual([
      { path: 'meeting.items[0].summary[0].type', message: 'Ukjent type. Tillatt: paragraph, bulletList, numberedList, table' },
      { path: 'meeting.items[0].plannedMinutes', message: 'Må være større enn 0' },
    ]);
  });

  it('reports a missing committee or meeting at the top level', () => {
    expect(problemsOf({})).toEqual([
      { path: 'committee', message: 'Mangler' },
      { path: 'meeting', message: 'Mangler' },
    ]);
    expect(problemsOf(null)).toEqual([{ path: '(filen)', message: 'Skal være et objekt' }]);
  });

  it('accepts the seed meetings in fixtures/', () => {
    const folder = fileURLToPath(new URL('../../fixtures/meetings/', import.meta.url));
    const files = readdirSync(folder).filter((name) => name.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const parsed = parseMeetingFileText(readFileSync(`${folder}${name}`, 'utf8'));
      expect(parsed.meeting.committeeId, name).toBe(parsed.committee.id);
    }
  });
});

describe('parseMeetingFileText', () => {
  it('gives a Norwegian message for text that is not JSON', () => {
    expect(() => parseMeetingFileText('{ "committee": ')).toThrow('Filen er ikke gyldig JSON');
  });
});

describe('formatIssuePath', () => {
  it('writes object keys with dots and array indexes in brackets', () => {
    expect(formatIssuePath(['meeting', 'items', 2, 'attachments', 0, 'title'])).toBe('meeting.items[2].attachments[0].title');
    expect(formatIssuePath([])).toBe('');
  });
});
