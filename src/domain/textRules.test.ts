import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { DomainError } from './errors';
import { parseMeetingFile } from './meetingFile';
import { checkedMeeting, InvalidMeetingError, MeetingFileError } from './meetingFile';
import { MAX_CONCLUSION_POINT_LENGTH, MAX_RICH_TEXT_LENGTH, MAX_TITLE_LENGTH } from './limits';
import { AgendaItemSchema, CaseNumberSchema, DocumentRefSchema } from './model';
import { aCommittee, aMeeting, anItem } from './testing/builders';
import { fieldRuleOf, type FieldRule } from './fieldRules';
import { intlFormattersMade } from './testing/intlFormattersMade';

function problemsOf(change: (item: Record<string, unknown>) => void): { path: string; message: string | FieldRule }[] {
  const item: Record<string, unknown> = { ...anItem('sak-1') };
  change(item);
  return problemsOfFile({ committee: aCommittee(), meeting: { ...aMeeting(), items: [item] } });
}

function problemsOfFile(json: unknown): { path: string; message: string | FieldRule }[] {
  try {
    parseMeetingFile(json);
    return [];
  } catch (error) {
    // The model's rules as data (worded by the screens), other rules by their message, other problems by their code.
    return (error as MeetingFileError).problems.map(({ path, problem }) => ({ path, message: problem.code === 'field' ? problem.rule : problem.code }));
  }
}

describe('text fields refuse control characters, naming the field (as data)', () => {
  it('refuses a null character in a title', () => {
    expect(problemsOf((item) => (item.title = 'Budsjett\u0000 2026'))).toEqual([
      { path: 'meeting.items[0].title', message: { code: 'controlCharacter', field: 'itemTitle', character: 'U+0000' } },
    ]);
  });

  it('refuses a line break in a single-line title but allows tab and newline in a konklusjon point', () => {
    expect(problemsOf((item) => (item.title = 'Budsjett\n2026'))[0]?.message).toEqual({ code: 'controlCharacter', field: 'itemTitle', character: 'U+000A' });
    expect(problemsOf((item) => (item.conclusion = ['Første linje\nandre linje\tmed tab']))).toEqual([]);
    expect(problemsOf((item) => (item.conclusion = ['Tatt til orientering\u0007']))).toEqual([
      { path: 'meeting.items[0].conclusion[0]', message: { code: 'controlCharacter', field: 'conclusionPoint', character: 'U+0007' } },
    ]);
  });

  it('refuses control characters in rich text', () => {
    const problems = problemsOf((item) => (item.summary = [{ type: 'paragraph', content: [{ text: 'Fra Word\u000Bmed linjeskift' }] }]));
    expect(problems).toEqual([{ path: 'meeting.items[0].summary[0].content[0].text', message: { code: 'controlCharacter', field: 'text', character: 'U+000B' } }]);
  });
});

describe('length limits per field, with the field and the limit in the rule', () => {
  it('accepts a title of exactly the limit and refuses one character more', () => {
    expect(problemsOf((item) => (item.title = 'a'.repeat(MAX_TITLE_LENGTH)))).toEqual([]);
    expect(problemsOf((item) => (item.title = 'a'.repeat(MAX_TITLE_LENGTH + 1)))).toEqual([{ path: 'meeting.items[0].title', message: { code: 'tooLong', field: 'itemTitle', max: 255 } }]);
  });

  it('limits each konklusjon point to 4 000 characters', () => {
    expect(problemsOf((item) => (item.proposedConclusion = ['a'.repeat(MAX_CONCLUSION_POINT_LENGTH)]))).toEqual([]);
    expect(problemsOf((item) => (item.proposedConclusion = ['a'.repeat(MAX_CONCLUSION_POINT_LENGTH + 1)]))).toEqual([
      { path: 'meeting.items[0].proposedConclusion[0]', message: { code: 'tooLong', field: 'proposedConclusionPoint', max: 4000 } },
    ]);
  });

  it('limits a rich text field to 50 000 characters in all, saying how long it is now', () => {
    const paragraph = (length: number) => ({ type: 'paragraph', content: [{ text: 'a'.repeat(length) }] });
    expect(problemsOf((item) => (item.proceedings = [paragraph(MAX_RICH_TEXT_LENGTH)]))).toEqual([]);
    // Two paragraphs are joined by a newline, which counts.
    expect(problemsOf((item) => (item.proceedings = [paragraph(30_000), paragraph(30_000)]))).toEqual([
      { path: 'meeting.items[0].proceedings', message: { code: 'tooLong', field: 'proceedings', max: 50_000, length: 60_001 } },
    ]);
  });
});

describe('addresses', () => {
  it('refuses data, vbscript and file addresses for documents and links', () => {
    for (const url of ['data:text/html,x', 'vbscript:x', 'file:///C:/x']) {
      expect(v.safeParse(DocumentRefSchema, { fileName: 'a.docx', webUrl: url }).success, url).toBe(false);
      const item = v.safeParse(AgendaItemSchema, { ...anItem('sak-1'), summary: [{ type: 'paragraph', content: [{ text: 'x', href: url }] }] });
      expect(item.success, url).toBe(false);
    }
    expect(v.safeParse(DocumentRefSchema, { fileName: 'a.docx', webUrl: 'https://contoso.sharepoint.com/a.docx' }).success).toBe(true);
  });

  it('refuses a stored file name with a bidirectional override', () => {
    const parsed = v.safeParse(DocumentRefSchema, { fileName: 'Referat\u202Excod.exe' });
    expect(parsed.success ? undefined : fieldRuleOf(parsed.issues[0].message)).toEqual({ code: 'invisibleCharacter', field: 'fileName' });
  });
});

describe('rules across fields of a meeting file', () => {
  const fileWith = (meeting: Partial<ReturnType<typeof aMeeting>>) => ({ committee: aCommittee(), meeting: { ...aMeeting(), ...meeting } });
  const problems = problemsOfFile;

  it('refuses two items with the same id or the same case number, naming the second', () => {
    const a = anItem('sak-1', { caseNumber: v.parse(CaseNumberSchema, '2026.03') });
    expect(problems(fileWith({ items: [a, { ...a, caseNumber: v.parse(CaseNumberSchema, '2026.04') }] }))).toEqual([
      { path: 'meeting.items[1].id', message: { code: 'duplicate', field: 'itemId', value: 'sak-1', position: 1 } },
    ]);
    expect(problems(fileWith({ items: [a, { ...a, id: 'sak-2' }] }))).toEqual([{ path: 'meeting.items[1].caseNumber', message: { code: 'duplicate', field: 'caseNumber', value: '2026.03', position: 1 } }]);
  });

  it('refuses a meeting that ends before it starts', () => {
    expect(problems(fileWith({ start: '13:00', end: '09:30' }))).toEqual([{ path: 'meeting.end', message: { code: 'endBeforeStart', start: '13:00', end: '09:30' } }]);
  });
});

describe('saving a meeting the schema refuses', () => {
  it('names the sak and the problem as data instead of a raw schema error (the screens word it)', () => {
    const meeting = { ...aMeeting(), items: [anItem('sak-1', { caseNumber: v.parse(CaseNumberSchema, '2026.03'), title: 'a'.repeat(MAX_TITLE_LENGTH + 1) })] };
    expect(() => checkedMeeting(meeting)).toThrow(DomainError);
    expect(() => checkedMeeting(meeting)).toThrow(
      expect.objectContaining({
        code: 'invalidMeeting',
        problems: [{ item: { caseNumber: '2026.03', position: 0 }, problem: { code: 'field', rule: { code: 'tooLong', field: 'itemTitle', max: 255 } } }],
      }),
    );
    expect(() => checkedMeeting(meeting)).toThrow(InvalidMeetingError);
  });
});

describe('meeting-level text fields refuse control characters, naming the field (as data)', () => {
  it('refuses a control character in the place, the theme, the Til line and a name', () => {
    const meeting = (change: Record<string, unknown>) => problemsOfFile({ committee: aCommittee(), meeting: { ...aMeeting(), ...change } });
    expect(meeting({ place: 'Tønsberg\u0000' })).toEqual([{ path: 'meeting.place', message: { code: 'controlCharacter', field: 'place', character: 'U+0000' } }]);
    expect(meeting({ theme: 'Innkalling\u001B' })[0]?.message).toEqual({ code: 'controlCharacter', field: 'theme', character: 'U+001B' });
    expect(meeting({ recipients: 'Faste medlemmer\n' })[0]?.message).toEqual({ code: 'controlCharacter', field: 'recipients', character: 'U+000A' });
    expect(meeting({ chair: { name: 'Per\u0008 Voss' } })).toEqual([{ path: 'meeting.chair.name', message: { code: 'controlCharacter', field: 'personName', character: 'U+0008' } }]);
    expect(meeting({ place: 'Tønsberg', theme: 'Innkalling Partnerskapsmøtet' })).toEqual([]);
  });
});

describe('the rules of the length limits', () => {
  const formatters = intlFormattersMade('NumberFormat');

  it('make no Intl formatter, built or broken: the screens format the limit (issue 14: ICU set-up on a cold start)', async () => {
    const made = formatters.count();
    vi.resetModules();
    const model = await import('./model');
    expect(made.made).toBe(0);
    const parsed = v.safeParse(model.AgendaItemSchema, { ...anItem('sak-1'), proposedConclusion: ['a'.repeat(MAX_CONCLUSION_POINT_LENGTH + 1)] });
    expect(parsed.success ? [] : parsed.issues.map((issue) => fieldRuleOf(issue.message))).toEqual([{ code: 'tooLong', field: 'proposedConclusionPoint', max: 4000 }]);
    expect(made.made).toBe(0);
  });
});
