import { ConflictError, NotProvisionedError, OfflineError, StorageError, type StorageFailureKind, UnreadableRowError } from '../../domain/ports';
import { DomainError, FIELD_RULE_PREFIX, type DomainReason } from '../../domain/errors';
import type { InvalidMeetingError } from '../../domain/fileProblems';
import type { Wording } from '../../domain/conventions';
import { AuthError } from '../../auth/tokenProvider';
import type { CommonKey } from './messages';
import type { Translate } from './i18n';

export type ErrorKind = 'notProvisioned' | 'conflict' | 'network' | 'unauthorized' | 'forbidden' | 'notFound' | 'throttled' | 'tooLarge' | 'rule' | 'unknown';

export interface DescribedError {
  kind: ErrorKind;
  message: string;
  /**
   * For support, never the headline: which request failed and how (a language-free line), for a failure
   * of Microsoft 365 the words cannot say more about — a server error, an answer Møtebok cannot use.
   * `ErrorMessageBar` shows it folded away under «Detaljer».
   */
  detail?: string;
}

/**
 * Any error a screen can meet, as a message the user can act on, in the user's language. Expected
 * failures (rules, conflicts, Graph status codes, sign-in) get their own text; anything else is a
 * bug and says so with its detail, rather than pretending to be something it is not. A rule that
 * names the record or its decisions says them in the committee's `words` when the screen gives them.
 */
export function describeError(error: unknown, t: Translate<CommonKey>, words?: Wording): DescribedError {
  if (error instanceof ConflictError) return { kind: 'conflict', message: t('error.conflict') };
  // A refusal of the rules (a DomainError's reason, a field's rule) and a meeting the schema refuses to
  // save: their problems are data, worded once that wording is here (the chunk `meeting-file-text`,
  // fetched by `wordingReady`, which the screens await before they report a failure).
  if (carriesWords(error)) return { kind: 'rule', message: refusalWording?.(error, words) ?? unworded(error, t), ...detailOf(error.cause) };
  if (error instanceof DomainError && error.code === 'invalidMeeting') return { kind: 'rule', message: invalidMeetingWording?.(error as InvalidMeetingError, words) ?? invalidMeeting(t) };
  // Names the row by its id; the full sentence (which row, which field) is UnreadableRowsBar's, whose
  // wording loads only with it (`unreadableMessages.ts`).
  if (error instanceof UnreadableRowError) return { kind: 'rule', message: t('error.unreadableRow', { id: error.row.rowId }) };
  if (error instanceof NotProvisionedError) return { kind: 'notProvisioned', message: t('error.notProvisioned', { list: error.listName }) };
  // Why sign-in failed is its code, worded with the refusals (a `signIn.…` reason); until that wording is here, the general line for its kind.
  if (error instanceof AuthError) {
    const kind = error.code === 'network' ? 'network' : 'unauthorized';
    return { kind, message: reasonWording?.(error.reason) ?? unworded(error, t, `error.${kind}`) };
  }
  if (error instanceof OfflineError) return { kind: 'network', message: t('error.network') };
  // SharePoint refused to change (or show) an object's permissions: not "no access to this" — the user is no owner of it, or the app lacks the right.
  if (permissionsRefused && error instanceof StorageError && error.kind === 'forbidden' && error.operation === 'permissions') return { kind: 'forbidden', message: permissionsRefused() };
  if (error instanceof StorageError) return fromStorage(error.kind, t) ?? failure(error, t);
  if (error instanceof TypeError && /fetch|network/i.test(error.message)) return { kind: 'network', message: t('error.network') };
  return unknown(error, t);
}

/** Set by the editing texts when they load (`editing/editingText.ts`; not on the stage): words a 403 on a SharePoint permission call. */
let permissionsRefused: (() => string) | undefined;
export function wordPermissionsRefused(word: () => string): void {
  permissionsRefused = word;
}

/** Set by meetingFileText.ts when it loads: words an InvalidMeetingError (domain/fileProblems.ts). */
let invalidMeetingWording: ((error: InvalidMeetingError, words?: Wording) => string) | undefined;
export function wordInvalidMeeting(word: (error: InvalidMeetingError, words?: Wording) => string): void {
  invalidMeetingWording = word;
}

/**
 * Set by domainReasonText.ts when it loads: words what a refusal carries, its reason
 * (domain/errors.ts) or the rule of the model's fields (domain/fieldRules.ts), and a failed sign-in's reason.
 */
let refusalWording: ((error: Error, words?: Wording) => string) | undefined;
let reasonWording: ((reason: DomainReason, words?: Wording) => string) | undefined;
export function wordRefusals(word: (error: Error, words?: Wording) => string, wordReason: (reason: DomainReason, words?: Wording) => string): void {
  refusalWording = word;
  reasonWording = wordReason;
}

/**
 * A reason the rules give outside an error (a file name's problems, a size the invite cannot take,
 * what blocks sending), in the user's language; a general sentence until its wording is here
 * (`loadMeetingFileWording`, which a screen awaits before it shows such reasons).
 */
export function describeReason(reason: DomainReason, t: Translate<CommonKey>, words?: Wording): string {
  if (reasonWording) return reasonWording(reason, words);
  void loadMeetingFileWording().catch(() => undefined);
  return t('error.rule');
}

/**
 * A refusal cannot be worded yet (its chunk is not here: `wordingReady` was not awaited, or the
 * fetch failed, as it does offline): a general sentence in the user's language, never the
 * language-free line, and the wording fetched for the next time.
 */
function unworded(error: Error, t: Translate<CommonKey>, general: CommonKey = error instanceof DomainError && error.reason ? 'error.rule' : 'error.fieldRule'): string {
  void loadMeetingFileWording().catch(() => undefined);
  return t(general);
}

/**
 * Fetches the words `error` needs before a screen shows it, when it has words of their own in a chunk
 * (a meeting that cannot be saved, a field's rule, a failed sign-in): a screen that awaits this before it reports the
 * error shows it worded at once. Settles, never rejects.
 */
export async function wordingReady(error: unknown): Promise<void> {
  if (carriesWords(error) || error instanceof AuthError || (error instanceof DomainError && error.code === 'invalidMeeting') || detailOf(error).detail !== undefined) {
    await loadMeetingFileWording().catch(() => undefined);
  }
}

/**
 * Whether `error` says what it refuses as data: a DomainError with its `reason` or `rule`, or a
 * schema's parse that threw on a rule of the model's fields (valibot's error takes its first issue's
 * message). Worded by domainReasonText.ts, so neither the rules' code nor their words are in a page's start-up.
 */
function carriesWords(error: unknown): error is Error {
  if (error instanceof DomainError) return error.reason !== undefined || error.rule !== undefined;
  return error instanceof Error && error.message.startsWith(FIELD_RULE_PREFIX);
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
  if (!hasCommonText(kind)) return undefined;
  return kind === 'conflict' || kind === 'nameExists' ? { kind: 'conflict', message: t('error.conflict') } : { kind, message: t(`error.${kind}`) };
}

/**
 * A failure of Microsoft 365 the common texts have no sentence for (a server error, a full quota, an
 * answer Møtebok cannot use, a site without a permission level): its `failure.…` reason worded with
 * the refusals, once that wording is here (`wordingReady`), else a general line; the error's line,
 * which names the request, is the detail.
 */
function failure(error: StorageError, t: Translate<CommonKey>): DescribedError {
  const reason: DomainReason = { key: `failure.${error.kind}` };
  return { kind: 'unknown', message: reasonWording?.(reason) ?? unworded(error, t, 'error.service'), detail: error.message };
}

/** The detail of a failure `failure` words (also as the cause of a refusal: the send's `exempt.notProtected`). */
function detailOf(error: unknown): { detail?: string } {
  return error instanceof StorageError && !hasCommonText(error.kind) ? { detail: error.message } : {};
}

/** The kinds the common texts say themselves (a conflict, or `error.<kind>`), in every page's start-up. */
const COMMON_KINDS: readonly StorageFailureKind[] = ['conflict', 'nameExists', 'unauthorized', 'forbidden', 'notFound', 'throttled', 'tooLarge'];
const hasCommonText = (kind: StorageFailureKind): kind is 'conflict' | 'nameExists' | 'unauthorized' | 'forbidden' | 'notFound' | 'throttled' | 'tooLarge' => COMMON_KINDS.includes(kind);

function unknown(error: unknown, t: Translate<CommonKey>): DescribedError {
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: 'unknown', message: t('error.unknown', { detail }) };
}
