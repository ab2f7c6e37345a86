import type { FieldRule } from './fieldRules';
import type { StorageFailureKind } from './ports';

/**
 * Expected failures of the meeting rules: the user asked for something the rules do not allow
 * (a malformed case number, deleting an item that was already sent out, a file name SharePoint
 * refuses). They carry a stable `code` the UI can map to a specific control, and what they say as
 * data, never as words: a `reason` (below) or a field's `rule` (`fieldRules.ts`), which the screens
 * word in the user's language (`ui/shared/domainReasonText.ts`, `ui/shared/fieldRuleText.ts`).
 * `message` is a language-free line for logs and developers ("sentItemNotRemovable item=2026.03").
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
  | 'openingRowFixed'
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
  | 'followUpInvalid'
  /** «Rett tilgangene» asked by someone in no committee's secretariat: they would take away their own access (graph/sitePermissions.ts). */
  | 'notInSecretariat'
  /** MOTEBOK_SITE_ACCESS=selected: the app has no role, or too small a role, on the committee's site (`graph/siteAccess.ts`). */
  | 'siteAccess'
  /** Sending a written treatment's saker by mail (graph/writtenTreatmentSender.ts): it may have gone already, or to nobody. */
  | 'writtenSend'
  /** The invite's attached vedlegg would pass Exchange's message limit: Graph would refuse it (graph/noticeSender.ts, domain/inviteSize.ts). */
  | 'inviteTooLarge';

/**
 * How an issue's message says it is a rule of the model's fields (`fieldRules.ts`), here beside
 * DomainError so that a screen can tell such an error (`ui/shared/describeError.ts`) without loading
 * the rules' code with its start-up.
 */
export const FIELD_RULE_PREFIX = 'fieldRule:';

/**
 * What a refusal says to the user, as data: the sentence's key (the screens' `domainReasons`
 * namespace, `ui/shared/domainReasonMessages.ts`, nb/nn/en) and its arguments. An argument may be
 * another reason (or a list of them, worded one after the other): a file name's problems inside the
 * sentence about the vedlegg. Statuses and characters are passed as codes for the wording to choose
 * by (`{status, select, draft {…} …}`).
 */
export interface DomainReasons extends FailureReasons, SignInReasons {
  // agendaEditing.ts
  agendaApproved: Empty;
  agendaHeld: Empty;
  heldRecordOnly: Empty;
  itemNotFoundReload: Empty;
  itemNotFound: Empty;
  duplicateItemId: Empty;
  duplicateClosingRow: Empty;
  /** A sent sak (`item`: its case number, else its title) cannot become another kind of row. */
  sentRowKindFixed: { item: string };
  sentItemNotRemovable: { item: string };
  closingRowFixed: Empty;
  /** The opening row (`item`: its title) stays first: it cannot move, and nothing is moved above it. */
  openingRowFixed: { item: string };
  openingRowFirst: { item: string };
  closingRowNoOutcome: Empty;
  postponeUnsent: Empty;
  treatedNotAllowed: { status: MeetingStatusCode };
  notInProgress: Empty;
  // meetingStatus.ts
  alreadyStatus: { status: MeetingStatusCode };
  statusNotAllowed: { from: MeetingStatusCode; to: MeetingStatusCode };
  // dates.ts
  badDateFormat: { date: string };
  dateNotInCalendar: { date: string };
  badTimeFormat: { time: string };
  badInstant: { instant: string };
  // agendaTemplate.ts (`date`: "11.06.2026")
  previousNotHeld: { date: string };
  // minutesApproval.ts
  minutesOtherMeeting: Empty;
  minutesAlreadyApproved: Empty;
  previousNotEnded: Empty;
  previousMinutesNotStored: Empty;
  minutesItemNotTreated: Empty;
  reopenOnlyApproved: Empty;
  reopenInvalid: Empty;
  /** The freeze after approval; names the way out. */
  minutesFrozen: Empty;
  reopenSecretariatOnly: Empty;
  // followUp.ts
  followUpWho: Empty;
  followUpInvalid: Empty;
  /** A Planner task for someone without a directory id (`name`: the person's), graph/tasksGateway.ts. */
  'followUp.noDirectoryId': { name: string };
  // graph/sitePermissions.ts (`who`: the caller's address, else login name)
  'repair.notInSecretariat': { who: string };
  // fileNames.ts (`character`: the character, `characterName` a code for its name)
  'fileName.empty': Empty;
  'fileName.forbiddenCharacter': { character: string; characterName: string };
  'fileName.controlCharacter': Empty;
  'fileName.invisibleCharacter': Empty;
  'fileName.leadingSpace': Empty;
  'fileName.trailingSpace': Empty;
  'fileName.trailingDot': Empty;
  'fileName.reservedName': { name: string };
  'fileName.lockFilePrefix': Empty;
  'fileName.vtiSegment': Empty;
  'fileName.tooLong': { length: number; max: number };
  'fileName.pathTooLong': { length: number; max: number };
  'fileName.formsFolderAtRoot': Empty;
  'fileName.folderStartsWithTilde': { folder: string };
  'fileName.folderEndsWithFiles': { folder: string };
  /** A problem of one folder of a path: "Mappen «x»: …". */
  'fileName.inFolder': { folder: string; problem: DomainReason };
  // attachmentSize.ts (sizes in megabytes, one decimal)
  'size.empty': Empty;
  'size.invalid': Empty;
  'size.tooLarge': { size: number; max: number };
  /** `size`: the vedlegg attached as stored; `encoded`: as mail carries them (base64); `max`: the message limit. */
  'size.totalTooLarge': { size: number; encoded: number; max: number };
  // the Graph side's use cases (graph/noticeSender.ts, filesGateway.ts, minutesService.ts)
  'fileName.problems': { problems: DomainReason[] };
  documentNotStored: { fileName: string };
  attachmentNotUploaded: { attachment: string };
  /** `problem`: the size's reason. */
  attachmentRefused: { attachment: string; problem: DomainReason };
  noticeOnlyFromDraft: Empty;
  noticeNotSentYet: Empty;
  minutesNotMade: Empty;
  noMemberAddress: Empty;
  /**
   * The referat of a meeting with exempt content goes into its closed folder (graph/referatFolder.ts), which is
   * missing or open, and the caller (a referent) cannot close it: the secretariat's next send does.
   */
  referatFolderNotClosed: Empty;
  // unntatt offentlighet at the send (graph/confidentialNotice.ts, exemptFilePermissions.ts, meetingFreeze.ts, noticeSender.ts)
  /** `what` is open to more than those entitled; `problem`: how (one of the three below). */
  'exempt.exposed': { what: DomainReason; problem: DomainReason };
  'exempt.folderOf': { caseNumber: string };
  'exempt.folderOfSak': Empty;
  'exempt.attachment': { attachment: string };
  'exempt.caseMemo': { fileName: string };
  'exempt.sharingLink': { scope: 'anonymous' | 'organization' };
  'exempt.inherited': Empty;
  'exempt.grantedTo': { email: string };
  /** `leak`: the first exempt text the invitee would have received. */
  'exempt.wouldLeak': { invitee: string; leak: string };
  'exempt.unknownUser': { email: string };
  'exempt.noManager': { committee: string };
  /** A sak taken from `body` links exempt files there (`files`, named) that the sender may not open to this meeting's invitees (graph/carriedExemptGrants.ts). */
  'exempt.carriedNotGranted': { files: string; body: string };
  /** `failure`: why the Graph call failed, one of the `failure.…` reasons (graphError.ts `failureReason`). */
  'exempt.notProtected': { failure: DomainReason };
  // «Lag saksframlegg» for a sak whose saksframlegg is exempt (graph/caseMemoStore.ts): not stored, its folder could not be closed
  'exempt.memoNotProtected': { failure: DomainReason };
  'exempt.memoUnknownUser': { email: string };
  // a call to Microsoft 365 that failed (graph/graphError.ts `failureReason`): `failure.<kind>` (FailureReasons, below), and
  /** a throttled call whose answer said how long to wait (Retry-After, `seconds`). */
  'failure.throttledFor': { seconds: number };
  // noticeChecks.ts (`item`: the sak's case number, else its title)
  'notice.noItems': Empty;
  'notice.noPlace': Empty;
  'notice.noTime': Empty;
  'notice.meetingInPast': Empty;
  /** `chairWord`: `opens` for a meeting that elects its dirigent (signersElection.ts `electsReferent`), whose innkalling says «Åpnes av». */
  'notice.noChair': { chairWord: 'chair' | 'opens' };
  'notice.noPresenter': { item: string };
  /** More saker without ansvarlig than `PRESENTER_LINES_MAX`, named in one line (`items`: their numbers, else titles, comma-separated). */
  'notice.noPresenters': { items: string; count: number };
  'notice.duplicateCaseNumber': { caseNumber: string };
  'notice.attachmentNotUploaded': { attachment: string; item: string };
  'notice.attachmentNameInvalid': { attachment: string; item: string; problems: DomainReason[] };
  /** `problem`: the size's reason. */
  'notice.attachmentTooLarge': { attachment: string; item: string; problem: DomainReason };
  /** Sites.Selected: the app has no role on the site (`role`: the one it needs; `appId`, `siteId`: for the grant). */
  'siteAccess.notGranted': { role: string; appId: string; siteId: string };
  /** Sites.Selected: the app's role on the site (or the user's own rights) lacks Manage Permissions. */
  'siteAccess.tooSmall': { role: string; appId: string; siteId: string };
  /** Marked unntatt offentlighet with no hjemmel chosen: the sak, its saksframlegg, or one vedlegg. */
  'notice.exemptBasisMissing': { item: string };
  'notice.caseMemoBasisMissing': { item: string };
  'notice.attachmentBasisMissing': { attachment: string; item: string };
  'written.sendUncertain': { at: string };
  'written.noRecipients': Empty;
  /** A sak unntatt offentlighet put to the board with no saksframlegg in its closed folder: the mail has only its title and hjemmel. */
  'written.exemptUnreadable': { item: string };
  /** An exempt vedlegg of a sak put to the board whose file was never stored: not in the closed folder the mail links to. */
  'written.exemptAttachmentUnstored': { item: string; attachment: string };
  /** A sak unntatt offentlighet taken from an earlier body (`body`) that made no saksframlegg: nothing of it for the members to read. */
  'written.carriedNoCaseMemo': { item: string; body: string };
  /** The secretary may not give the members Read on a carried sak's exempt files where `body` keeps them (as `exempt.carriedNotGranted`). */
  'written.carriedNotGranted': { files: string; body: string };
}

type Empty = Record<never, never>;

/**
 * Why a call to Microsoft 365 failed, as its kind: `offline` (it never reached the service) or the
 * domain's `StorageFailureKind` (ports.ts). The Graph side says which (`graph/graphError.ts`
 * `failureReason`), the screens word it: `failure.throttled`, `failure.forbidden`, …
 */
export type FailureKind = 'offline' | StorageFailureKind;
type FailureReasons = { [K in FailureKind as `failure.${K}`]: Empty };

/**
 * Why signing in failed (`auth/tokenProvider.ts` `AuthError`'s code), worded by the screens
 * (`describeError`): `signIn.cancelled`, `signIn.popupBlocked`, …
 */
export type SignInFailure = 'interactionRequired' | 'cancelled' | 'popupBlocked' | 'network' | 'notSignedIn' | 'unknown';
type SignInReasons = { [K in SignInFailure as `signIn.${K}`]: Empty };
/** A meeting's status as a code (`MeetingStatus` of model.ts, here so this file stays without the schemas). */
export type MeetingStatusCode = 'draft' | 'noticeSent' | 'inProgress' | 'held' | 'minutesApproved';
export type DomainReasonKey = keyof DomainReasons;
export type DomainReason = {
  [K in DomainReasonKey]: keyof DomainReasons[K] extends never ? { key: K } : { key: K; values: DomainReasons[K] };
}[DomainReasonKey];
/** A value of a reason: text, a number (the screens format it), or a reason or reasons worded in place. */
export type DomainReasonValue = string | number | DomainReason | readonly DomainReason[];

/** A reason as a line without words, for logs: "sentItemNotRemovable item=2026.03". */
export function reasonLine(reason: DomainReason): string {
  const values = 'values' in reason ? (reason.values as Record<string, DomainReasonValue>) : {};
  const part = (value: DomainReasonValue): string =>
    typeof value === 'object' ? (Array.isArray(value) ? (value as readonly DomainReason[]).map(reasonLine).join('; ') : `(${reasonLine(value as DomainReason)})`) : String(value);
  return [reason.key, ...Object.entries(values).map(([name, value]) => `${name}=${part(value)}`)].join(' ');
}

export class DomainError extends Error {
  override readonly name = 'DomainError';
  /** What the refusal says, as data: the screens word it (`ui/shared/domainReasonText.ts`). */
  readonly reason: DomainReason | undefined;

  /**
   * `said`: the reason, or, with a field's `rule`, the rule's line (`fieldRuleLine`), or a
   * language-free line from a schema.
   */
  constructor(
    readonly code: DomainErrorCode,
    said: DomainReason | string,
    /** The rule of a field the value breaks, as data (`fieldRules.ts`): the screens word it, not `message`. */
    readonly rule?: FieldRule,
    /** `cause`: the failure behind the refusal (a Graph call's), whose line the screens keep as the detail for support. */
    options?: ErrorOptions,
  ) {
    super(typeof said === 'string' ? said : reasonLine(said), options);
    this.reason = typeof said === 'string' ? undefined : said;
  }
}

/** True for the expected failures above; lets callers tell them apart from bugs without `instanceof` across bundles. */
export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
