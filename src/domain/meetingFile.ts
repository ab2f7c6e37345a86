import * as v from 'valibot';
import { formatFromPadding, readCaseNumber } from './caseNumbering';
import { yearOf } from './dates';
import { InvalidMeetingError, MeetingFileError, type FileProblem, type MeetingFileProblem } from './fileProblems';
import { MEETING_FILE_FORMAT, MeetingFileSchema, MeetingSchema, type Meeting, type MeetingFile } from './model';
import { allowedValues, isUnknownField, issueKeys } from './schemaRules';
import { fieldRuleOf } from './fieldRules';

/**
 * The boundary for meeting files (fixtures, `npm run docs`, imports): parse, never cast. A bad
 * file is reported with every problem and where it is, as data (`MeetingFileProblem`: the path and
 * a `FileProblem`), which the screens and tools word in the user's language
 * (`ui/shared/meetingFileText.ts`): "meeting.items[2].title: Saken må ha en tittel".
 * The model's rules for its fields and across them come as data (`field`: `fieldRules.ts`); valibot's
 * generic checks (wrong type, missing field, unknown option …) become codes.
 *
 * Files carry `formatVersion`. A file without one is version 1 (every file before versions existed)
 * and is migrated on read; see `migrateMeetingFile` and docs/meeting-file.md.
 */

export { InvalidMeetingError, MeetingFileError, type FileProblem, type MeetingFileProblem, type MeetingSaveProblem } from './fileProblems';

/** ['meeting', 'items', 2, 'title'] → "meeting.items[2].title" */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return text === '' ? name : `${text}.${name}`;
  }, '');
}

/** The message valibot's generic checks get: `fileProblem` turns those issues into codes; any other message is a schema's rule (`fieldRules.ts`). */
const GENERIC = '\u0000generic';
/** Parse options: a schema's own message wins over this one, so only the generic checks carry it. */
const PARSE_OPTIONS = { message: () => GENERIC } as const;

/** valibot's name for a type, as the type names are keyed (`ui/shared/typeNameMessages.ts`): Object → object, Array → array. */
const typeKey = (expected: string | null) => (expected === 'Object' || expected === 'Array' ? expected.toLowerCase() : expected ?? 'invalid');

/** The problem valibot's issue describes, as data. */
export function fileProblem(issue: v.BaseIssue<unknown>): FileProblem {
  if (issue.message !== GENERIC) {
    // Every schema of src/domain says its rule as data; a message that is not one is refused as invalid, never shown as it is.
    const rule = fieldRuleOf(issue.message);
    return rule ? { code: 'field', rule } : { code: 'invalid' };
  }
  const of = typeof issue.input === 'string' ? 'text' : 'list';
  const limit = String(issue.requirement);
  switch (issue.type) {
    case 'picklist':
    case 'literal':
      return issue.input === undefined ? { code: 'missing' } : { code: 'notAllowed', allowed: allowedValues(issue) };
    case 'variant':
      // A discriminated union (rich text blocks) names the allowed types.
      return issue.input === undefined ? { code: 'missing' } : { code: 'unknownType', allowed: allowedValues(issue) };
    case 'min_length':
      return { code: 'tooSmall', of, limit, inclusive: true };
    case 'max_length':
      return { code: 'tooBig', of, limit, inclusive: true };
    case 'min_value':
      return { code: 'tooSmall', of: 'number', limit, inclusive: true };
    case 'gt_value':
      return { code: 'tooSmall', of: 'number', limit, inclusive: false };
    case 'max_value':
      return { code: 'tooBig', of: 'number', limit, inclusive: true };
    case 'lt_value':
      return { code: 'tooBig', of: 'number', limit, inclusive: false };
    case 'integer':
      return { code: 'wrongType', expected: 'int' };
    case 'email':
    case 'url':
    case 'regex':
      return { code: 'badFormat', format: issue.type };
    default:
      if (issue.kind !== 'schema' || issue.type === 'union') return { code: 'invalid' };
      return issue.input === undefined ? { code: 'missing' } : { code: 'wrongType', expected: typeKey(issue.expected) };
  }
}

/** Version 1: the files written before `formatVersion` existed. */
export const MEETING_FILE_FORMAT_V1 = 'motebok-meeting/1';
export const READABLE_MEETING_FILE_FORMATS: readonly string[] = [MEETING_FILE_FORMAT_V1, MEETING_FILE_FORMAT];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Brings a file of any readable version to the current one, on the raw JSON (before the schema, so the
 * schema sees exactly what the current version allows). Anything that is not an object, or a version
 * that is not a text, is left for the schema to report. An unknown version is refused: a file written
 * by a newer Møtebok must not be read as if it were ours.
 */
export function migrateMeetingFile(json: unknown): unknown {
  if (!isRecord(json)) return json;
  const version = json['formatVersion'] ?? MEETING_FILE_FORMAT_V1;
  if (typeof version !== 'string') return json;
  if (!READABLE_MEETING_FILE_FORMATS.includes(version)) {
    throw new MeetingFileError([
      { path: 'formatVersion', problem: { code: 'unknownVersion', version, readable: [...READABLE_MEETING_FILE_FORMATS] } },
    ]);
  }
  if (version === MEETING_FILE_FORMAT) return json;
  // 1 → 2: versioned and strict; the committee's padding became a case number format.
  const { formatVersion: _v1, ...rest } = json;
  return { formatVersion: MEETING_FILE_FORMAT, ...rest, ...('committee' in rest ? { committee: migrateCommitteeJson(rest['committee']) } : {}) };
}

/**
 * A committee as stored before case number formats (meeting files of version 1, list rows written by older
 * Møtebok): `caseNumberPadding: p` becomes `caseNumberFormat: "{YYYY}." + p N's in braces`, so every existing
 * number reads back as it was written. Anything else is left for the schema to judge.
 */
export function migrateCommitteeJson(json: unknown): unknown {
  if (!isRecord(json) || !('caseNumberPadding' in json) || 'caseNumberFormat' in json) return json;
  const { caseNumberPadding: padding, ...rest } = json;
  if (typeof padding !== 'number' || !Number.isInteger(padding) || padding < 0 || padding > 4) return json;
  return { ...rest, caseNumberFormat: formatFromPadding(padding) };
}

/**
 * A draft's numbers must read back in the committee's format (or as written before formats existed): they are
 * rewritten when the format changes. Sent meetings keep whatever they were sent with. Checked once the file
 * is otherwise valid, since it needs the committee's format.
 */
function caseNumberProblems(file: MeetingFile): MeetingFileProblem[] {
  if (file.meeting.status !== 'draft') return [];
  const year = yearOf(file.meeting.date);
  return file.meeting.items.flatMap((item, index) =>
    item.caseNumber === null || readCaseNumber(item.caseNumber, file.committee, year)
      ? []
      : [{ path: `meeting.items[${index}].caseNumber`, problem: { code: 'caseNumberFormat', format: file.committee.caseNumberFormat } }],
  );
}

/** An unknown field at the field's own path ("meeting.items[0].titel"): valibot names the first in each object. */
function problemsOf(issues: readonly v.BaseIssue<unknown>[]): MeetingFileProblem[] {
  return issues.flatMap((issue) => {
    if (isUnknownField(issue)) return [{ path: formatIssuePath(issueKeys(issue)), problem: { code: 'unknownField' } as const }];
    return [{ path: formatIssuePath(issueKeys(issue)) || '(filen)', problem: fileProblem(issue) }];
  });
}

/** Parses a meeting file of any readable version, or throws MeetingFileError listing every problem with its path. */
export function parseMeetingFile(json: unknown): MeetingFile {
  const result = v.safeParse(MeetingFileSchema, migrateMeetingFile(json), PARSE_OPTIONS);
  if (result.success) {
    const { formatVersion: _version, ...file } = result.output;
    const problems = caseNumberProblems(file);
    if (problems.length > 0) throw new MeetingFileError(problems);
    return file;
  }
  throw new MeetingFileError(problemsOf(result.issues));
}

/** Parses JSON text first, so a syntax error is a problem of the file too. */
export function parseMeetingFileText(text: string): MeetingFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new MeetingFileError([{ path: '(filen)', problem: { code: 'notJson' } }]);
  }
  return parseMeetingFile(json);
}

/**
 * The meeting as it may be stored, or an InvalidMeetingError naming each refused field and the sak
 * it is in (worded by the screens: "Sak 2026.03: Tittelen kan ha høyst 255 tegn."), so a save the
 * schema refuses (too long, a control character, an unsafe link) says what to fix instead of
 * "Uventet feil" with a dump of the issues. The caller keeps what was typed; nothing is trimmed here.
 */
export function checkedMeeting(input: Meeting): Meeting {
  const result = v.safeParse(MeetingSchema, input, PARSE_OPTIONS);
  if (result.success) return result.output;
  throw new InvalidMeetingError(
    result.issues.map((issue) => {
      const [first, index] = issueKeys(issue);
      const item = first === 'items' && typeof index === 'number' ? input.items[index] : undefined;
      return { ...(item && typeof index === 'number' ? { item: { caseNumber: item.caseNumber, position: index } } : {}), problem: fileProblem(issue) };
    }),
  );
}
