import type { FieldRule } from './fieldRules';

/**
 * Expected failures of the meeting rules: the user asked for something the rules do not allow
 * (a malformed case number, deleting an item that was already sent out, a file name SharePoint
 * refuses). They carry a Norwegian (bokmål) `message` the UI may show as it is, and a stable
 * `code` the UI can map to nynorsk/English or to a specific control.
 *
 * Anything else that is thrown from `src/domain` is a bug (a broken invariant), not something to
 * show the user — keep the two apart, as vscode's `ExpectedError` vs `BugIndicatingError`.
 */
export type DomainErrorCode =
  | 'malformedCaseNumber'
  | 'invalidMeeting'
  | 'caseNumberOutOfRange'
  | 'transitionNotAllowed'
  | 'itemNotFound'
  | 'agendaLocked'
  | 'itemAlreadySent'
  | 'closingRowFixed'
  | 'duplicateClosingRow'
  | 'duplicateItemId'
  | 'emptyTitle'
  | 'outcomeNotAllowed'
  | 'meetingNotInProgress'
  | 'invalidDate'
  | 'invalidTime'
  | 'invalidTimeRange'
  | 'invalidMeetingFile'
  | 'invalidFileName'
  | 'minutesNotReady'
  | 'minutesApprovedFrozen'
  /** Someone not entitled would receive or could open content unntatt offentlighet (confidentiality.ts). */
  | 'exemptContentExposed'
  /** An oppfølgingspunkt without a responsible person, or with a field the schema refuses (followUp.ts). */
  | 'followUpWho'
  | 'followUpInvalid';

/**
 * How an issue's message says it is a rule of the model's fields (`fieldRules.ts`), here beside
 * DomainError so that a screen can tell such an error (`ui/shared/describeError.ts`) without loading
 * the rules' code with its start-up.
 */
export const FIELD_RULE_PREFIX = 'fieldRule:';

export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** The rule of a field the value breaks, as data (`fieldRules.ts`): the screens word it, not `message`. */
    readonly rule?: FieldRule,
  ) {
    super(message);
  }
}

/** True for the expected failures above; lets callers tell them apart from bugs without `instanceof` across bundles. */
export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
