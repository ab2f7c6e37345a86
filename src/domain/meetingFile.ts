import * as v from 'valibot';
import { formatFromPadding, readCaseNumber } from './caseNumbering';
import { yearOf } from './dates';
import { DomainError } from './errors';
import { MEETING_FILE_FORMAT, MeetingFileSchema, MeetingSchema, type Meeting, type MeetingFile } from './model';
import { allowedValues, isUnknownField, issueKeys } from './schemaRules';

/**
 * The boundary for meeting files (fixtures, `npm run docs`, imports): parse, never cast. A bad
 * file is reported with every problem and where it is, in Norwegian:
 * "meeting.items[2].title: Saken må ha en tittel".
 * Messages written into the schemas (model.ts) win; the map below gives Norwegian wording for
 * valibot's generic checks (wrong type, missing field, unknown option …).
 *
 * Files carry `formatVersion`. A file without one is version 1 (every file before versions existed)
 * and is migrated on read; see `migrateMeetingFile` and docs/meeting-file.md.
 */

export interface MeetingFileProblem {
  /** "meeting.items[2].title" */
  path: string;
  message: string;
}

export class MeetingFileError extends DomainError {
  constructor(readonly problems: readonly MeetingFileProblem[]) {
    super(
      'invalidMeetingFile',
      `Møtefilen er ugyldig (${problems.length} feil):\n` +
        problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n'),
    );
  }
}

/** ['meeting', 'items', 2, 'title'] → "meeting.items[2].title" */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return text === '' ? name : `${text}.${name}`;
  }, '');
}

/** How a problem names the type valibot expected (its names: string, Object, Array …). */
export const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'tekst',
  number: 'et tall',
  int: 'et heltall',
  boolean: 'sann/usann',
  array: 'en liste',
  Array: 'en liste',
  object: 'et objekt',
  Object: 'et objekt',
  null: 'null',
  undefined: 'ingenting',
};

/** Norwegian wording for valibot's built-in checks, used only where the schema has no message of its own. */
export function norwegianMessage(issue: v.BaseIssue<unknown>): string {
  const requirement = String(issue.requirement);
  const isText = typeof issue.input === 'string';
  switch (issue.type) {
    case 'picklist':
    case 'literal':
      return issue.input === undefined ? 'Mangler' : `Ugyldig verdi. Tillatt: ${allowedValues(issue).join(', ')}`;
    case 'variant':
      // A discriminated union (rich text blocks) names the allowed types; say them.
      return issue.input === undefined ? 'Mangler' : `Ukjent type. Tillatt: ${allowedValues(issue).join(', ')}`;
    case 'union':
      return 'Ugyldig innhold';
    case 'min_length':
      return isText ? `Må ha minst ${requirement} tegn` : `Må ha minst ${requirement} element`;
    case 'max_length':
      return isText ? `Kan ha høyst ${requirement} tegn` : `Kan ha høyst ${requirement} element`;
    case 'min_value':
      return `Må være minst ${requirement}`;
    case 'gt_value':
      return `Må være større enn ${requirement}`;
    case 'max_value':
      return `Kan være høyst ${requirement}`;
    case 'lt_value':
      return `Må være mindre enn ${requirement}`;
    case 'integer':
      return `Skal være ${TYPE_NAMES['int'] ?? 'et heltall'}`;
    case 'email':
      return 'Ugyldig e-postadresse';
    case 'url':
      return 'Ugyldig nettadresse';
    case 'regex':
      return 'Ugyldig format';
    default:
      if (issue.kind !== 'schema') return 'Ugyldig verdi';
      return issue.input === undefined ? 'Mangler' : `Skal være ${TYPE_NAMES[issue.expected ?? ''] ?? issue.expected ?? 'noe annet'}`;
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
      { path: 'formatVersion', message: `Ukjent versjon «${version}». Denne utgaven av Møtebok leser ${READABLE_MEETING_FILE_FORMATS.join(' og ')}` },
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
      : [{ path: `meeting.items[${index}].caseNumber`, message: `Saksnummeret passer ikke med møteorganets format ${file.committee.caseNumberFormat}` }],
  );
}

/** An unknown field at the field's own path ("meeting.items[0].titel: Ukjent felt"): valibot names the first in each object. */
function problemsOf(issues: readonly v.BaseIssue<unknown>[]): MeetingFileProblem[] {
  return issues.flatMap((issue) => {
    if (isUnknownField(issue)) return [{ path: formatIssuePath(issueKeys(issue)), message: 'Ukjent felt (feilstavet, eller fra en nyere versjon?)' }];
    return [{ path: formatIssuePath(issueKeys(issue)) || '(filen)', message: issue.message }];
  });
}

/** Parses a meeting file of any readable version, or throws MeetingFileError listing every problem with its path. */
export function parseMeetingFile(json: unknown): MeetingFile {
  const result = v.safeParse(MeetingFileSchema, migrateMeetingFile(json), { message: norwegianMessage });
  if (result.success) {
    const { formatVersion: _version, ...file } = result.output;
    const problems = caseNumberProblems(file);
    if (problems.length > 0) throw new MeetingFileError(problems);
    return file;
  }
  throw new MeetingFileError(problemsOf(result.issues));
}

/** Parses JSON text first, so a syntax error also gets a Norwegian message. */
export function parseMeetingFileText(text: string): MeetingFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new MeetingFileError([{ path: '(filen)', message: 'Filen er ikke gyldig JSON' }]);
  }
  return parseMeetingFile(json);
}

/**
 * The meeting as it may be stored, or a DomainError naming each refused field in Norwegian
 * ("Sak 2026.03: Tittelen kan ha høyst 255 tegn."), so a save the schema refuses (too long, a
 * control character, an unsafe link) says what to fix instead of "Uventet feil" with a dump of the issues.
 * The caller keeps what was typed; nothing is trimmed here.
 */
export function checkedMeeting(input: Meeting): Meeting {
  const result = v.safeParse(MeetingSchema, input, { message: norwegianMessage });
  if (result.success) return result.output;
  const lines = result.issues.map((issue) => {
    const [first, index] = issueKeys(issue);
    const position = first === 'items' && typeof index === 'number' ? index : undefined;
    const item = position === undefined ? undefined : input.items[position];
    const where = item && position !== undefined ? `Sak ${item.caseNumber ?? position + 1}` : 'Møtet';
    return `${where}: ${issue.message.replace(/\.$/, '')}.`;
  });
  throw new DomainError('invalidMeeting', `Møtet kan ikke lagres slik det er:\n${lines.join('\n')}`);
}
