import { DomainError } from './errors';
import { fieldRuleLine, type FieldRule } from './fieldRules';

/**
 * What is wrong with a meeting file (`parseMeetingFile`) or a meeting to save (`checkedMeeting`), as
 * data: meetingFile.ts makes them from the schema's issues, the screens and tools word them in the
 * user's language (`ui/shared/meetingFileText.ts`). Apart from meetingFile.ts so that a screen can
 * tell these errors without loading the schemas.
 */

/** What is wrong with one field of a meeting file or a meeting to save, as data; no wording. */
export type FileProblem =
  | { code: 'missing' }
  /** `expected`: the type's name, lower-case (string, number, int, boolean, array, object …). */
  | { code: 'wrongType'; expected: string }
  | { code: 'notAllowed'; allowed: string[] }
  /** Too short, too few, too small (`tooSmall`) or the reverse (`tooBig`): `of` says of what, `limit` the bound. */
  | { code: 'tooSmall' | 'tooBig'; of: 'text' | 'list' | 'number'; limit: string; inclusive: boolean }
  | { code: 'badFormat'; format: string }
  /** A block of rich text whose `type` none of the allowed types has. */
  | { code: 'unknownType'; allowed: string[] }
  | { code: 'unknownField' }
  | { code: 'notJson' }
  | { code: 'unknownVersion'; version: string; readable: string[] }
  /** A draft's case number that does not read back in the committee's `format`. */
  | { code: 'caseNumberFormat'; format: string }
  | { code: 'invalid' }
  /** A rule of the model's fields or across them (model.ts, meetingRules.ts, conventions.ts: `fieldRules.ts`), as data: the field and the rule it breaks. */
  | { code: 'field'; rule: FieldRule };

export interface MeetingFileProblem {
  /** "meeting.items[2].title"; '(filen)' for the file as a whole */
  path: string;
  problem: FileProblem;
}

/** A language-free line per problem, for logs: the screens and tools word the problems themselves. */
const problemLines = (problems: readonly { path: string; problem: FileProblem }[]) =>
  problems.map(({ path, problem }) => `${path}: ${problem.code === 'field' ? fieldRuleLine(problem.rule) : problem.code}`).join('\n');

export class MeetingFileError extends DomainError {
  constructor(readonly problems: readonly MeetingFileProblem[]) {
    super('invalidMeetingFile', `Invalid meeting file (${problems.length}):\n${problemLines(problems)}`);
  }
}

/** One field of a meeting that cannot be saved: the sak it is in (its case number or place), or the meeting. */
export interface MeetingSaveProblem {
  item?: { caseNumber: string | null; position: number };
  problem: FileProblem;
}

/** A meeting the schema refuses to save (`checkedMeeting`), each problem with the sak it is in. */
export class InvalidMeetingError extends DomainError {
  constructor(readonly problems: readonly MeetingSaveProblem[]) {
    super('invalidMeeting', `Invalid meeting:\n${problemLines(problems.map(({ item, problem }) => ({ path: item ? `item ${item.caseNumber ?? item.position + 1}` : 'meeting', problem })))}`);
  }
}

