import { ConflictError, NotProvisionedError, OfflineError, StorageError, type StorageFailureKind, UnreadableRowError } from '../../domain/ports';
import { DomainError, FIELD_RULE_PREFIX } from '../../domain/errors';
import type { InvalidMeetingError } from '../../domain/fileProblems';
import type { Wording } from '../../domain/conventions';
import { AuthError } from '../../auth/tokenProvider';
import type { CommonKey } from './messages';
import type { Translate } from './i18n';

export type ErrorKind = 'notProvisioned' | 'conflict' | 'network' | 'unauthorized' | 'forbidden' | 'notFound' | 'throttled' | 'tooLarge' | 'rule' | 'unknown';

export interface DescribedError {
  kind: ErrorKind;
  message: string;
}

/**
 * Any error a screen can meet, as a message the user can act on, in the user's language. Expected
 * failures (rules, conflicts, Graph status codes, sign-in) get their own text; anything else is a
 * bug and says so with its detail, rather than pretending to be something it is not. A rule that
 * names the record or its decisions says them in the committee's `words` when the screen gives them.
 */
export function describeError(error: unknown, t: Translate<CommonKey>, words?: Wording): DescribedError {
  if (error instanceof ConflictError) return { kind: 'conflict', message: t('error.conflict') };
  // A meeting the schema refuses to save: its problems are data, worded field by field once that
  // wording is here (meetingFileText.ts, fetched by the save engine before it reports the failure).
  if (carriesRule(error)) return { kind: 'rule', message: fieldRuleWording?.(error, words) ?? fieldRuleUnworded(t) };
  if (error instanceof DomainError && error.code === 'invalidMeeting') return { kind: 'rule', message: invalidMeetingWording?.(error as InvalidMeetingError, words) ?? invalidMeeting(t) };
  // Domain and sign-in errors carry a Norwegian message written for the user.
  if (error instanceof DomainError) return { kind: 'rule', message: error.message };
  // Names the row by its id; the full sentence (which row, which field) is UnreadableRowsBar's, whose
  // wording loads only with it (`unreadableMessages.ts`).
  if (error instanceof UnreadableRowError) return { kind: 'rule', message: t('error.unreadableRow', { id: error.row.rowId }) };
  if (error instanceof NotProvisionedError) return { kind: 'notProvisioned', message: error.message };
  if (error instanceof AuthError) return { kind: error.code === 'network' ? 'network' : 'unauthorized', message: error.message };
  if (error instanceof OfflineError) return { kind: 'network', message: t('error.network') };
  if (error instanceof StorageError) return fromStorage(error.kind, t) ?? unknown(error, t);
  if (error instanceof TypeError && /fetch|network/i.test(error.message)) return { kind: 'network', message: t('error.network') };
  return unknown(error, t);
}

/** Set by meetingFileText.ts when it loads: words an InvalidMeetingError (domain/fileProblems.ts). */
let invalidMeetingWording: ((error: InvalidMeetingError, words?: Wording) => string) | undefined;
export function wordInvalidMeeting(word: (error: InvalidMeetingError, words?: Wording) => string): void {
  invalidMeetingWording = word;
}

/** Set by fieldRuleText.ts when it loads: words the rule of the model's fields an error carries (domain/fieldRules.ts). */
let fieldRuleWording: ((error: Error, words?: Wording) => string) | undefined;
export function wordFieldRules(word: (error: Error, words?: Wording) => string): void {
  fieldRuleWording = word;
}

/**
 * A field's rule cannot be worded yet (its chunk is not here: `wordingReady` was not awaited, or the
 * fetch failed, as it does offline): a general sentence in the user's language, never the rule's
 * language-free line, and the wording fetched for the next time.
 */
function fieldRuleUnworded(t: Translate<CommonKey>): string {
  void loadMeetingFileWording().catch(() => undefined);
  return t('error.fieldRule');
}

/**
 * Fetches the words `error` needs before a screen shows it, when it has words of their own in a chunk
 * (a meeting that cannot be saved, a field's rule): a screen that awaits this before it reports the
 * error shows it worded at once. Settles, never rejects.
 */
export async function wordingReady(error: unknown): Promise<void> {
  if (carriesRule(error) || (error instanceof DomainError && error.code === 'invalidMeeting')) await loadMeetingFileWording().catch(() => undefined);
}

/**
 * Whether `error` reports a rule of the model's fields: a use case's DomainError with its `rule`, or a
 * schema's parse that threw on one (valibot's error takes its first issue's message). Read by
 * fieldRuleText.ts, so the rules' code is not in a page's start-up.
 */
function carriesRule(error: unknown): error is Error {
  return error instanceof DomainError ? error.rule !== undefined : error instanceof Error && error.message.startsWith(FIELD_RULE_PREFIX);
}

/** The meeting's problems cannot be named yet: a short line now, and their wording fetched for the next time. */
function invalidMeeting(t: Translate<CommonKey>): string {
  void loadMeetingFileWording().catch(() => undefined);
  return t('error.invalidMeeting');
}

/** Fetches the wording of meeting problems (a chunk of its own); describeError uses it once it is here. */
export function loadMeetingFileWording(): Promise<unknown> {
  return import(/* webpackChunkName: "meeting-file-text" */ './meetingFileText');
}

function fromStorage(kind: StorageFailureKind, t: Translate<CommonKey>): DescribedError | undefined {
  switch (kind) {
    case 'conflict':
    case 'nameExists':
      return { kind: 'conflict', message: t('error.conflict') };
    case 'unauthorized':
    case 'forbidden':
    case 'notFound':
    case 'throttled':
    case 'tooLarge':
      return { kind, message: t(`error.${kind}`) };
    default:
      return undefined;
  }
}

function unknown(error: unknown, t: Translate<CommonKey>): DescribedError {
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: 'unknown', message: t('error.unknown', { detail }) };
}
