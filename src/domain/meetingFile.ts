import type { z } from 'zod';
import { DomainError } from './errors';
import { MeetingFileSchema, type MeetingFile } from './model';

/**
 * The boundary for meeting files (fixtures, `npm run docs`, imports): parse, never cast. A bad
 * file is reported with every problem and where it is, in Norwegian:
 * "meeting.items[2].title: Saken må ha en tittel".
 * Messages written into the schemas (model.ts) win; the map below gives Norwegian wording for
 * zod's generic checks (wrong type, missing field, unknown option …).
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

/** How a problem names the type zod expected (also for list rows, unreadableRows.ts). */
export const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'tekst',
  number: 'et tall',
  int: 'et heltall',
  boolean: 'sann/usann',
  array: 'en liste',
  object: 'et objekt',
  null: 'null',
  undefined: 'ingenting',
};

/** Norwegian wording for zod's built-in checks, used only where the schema has no message of its own (also for list rows, unreadableRows.ts). */
export function norwegianMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'Mangler' : `Skal være ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `Ugyldig verdi. Tillatt: ${issue.values.map((value) => String(value)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'string') return `Må ha minst ${String(issue.minimum)} tegn`;
      if (issue.origin === 'array') return `Må ha minst ${String(issue.minimum)} element`;
      return issue.inclusive === false ? `Må være større enn ${String(issue.minimum)}` : `Må være minst ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') return `Kan ha høyst ${String(issue.maximum)} tegn`;
      if (issue.origin === 'array') return `Kan ha høyst ${String(issue.maximum)} element`;
      return issue.inclusive === false ? `Må være mindre enn ${String(issue.maximum)}` : `Kan være høyst ${String(issue.maximum)}`;
    case 'invalid_format':
      return issue.format === 'email' ? 'Ugyldig e-postadresse' : issue.format === 'url' ? 'Ugyldig nettadresse' : 'Ugyldig format';
    case 'unrecognized_keys':
      return `Ukjent felt: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      // A discriminated union (rich text blocks) names the allowed types; say them.
      return 'options' in issue && Array.isArray(issue.options) ? `Ukjent type. Tillatt: ${issue.options.map(String).join(', ')}` : 'Ugyldig innhold';
    default:
      return 'Ugyldig verdi';
  }
}

/** Parses a meeting file, or throws MeetingFileError listing every problem with its path. */
export function parseMeetingFile(json: unknown): MeetingFile {
  const result = MeetingFileSchema.safeParse(json, { error: (issue) => norwegianMessage(issue) });
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => ({
    path: formatIssuePath(issue.path) || '(filen)',
    message: issue.message,
  }));
  throw new MeetingFileError(problems);
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
