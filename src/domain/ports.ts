import type { RecordedVersion } from './itemHistory';
import type { NumberedMeeting } from './caseNumbering';
import type { AgendaItem, Committee, DocumentRef, Meeting, MeetingFile, MeetingHeader, Person } from './model';
import type { MeetingLink } from './teamsLink';
import type { RowLabel, RowProblem } from './unreadableRows';

/**
 * What the surfaces need from storage, stated in domain terms. `src/graph` implements it on
 * SharePoint lists and the document library; tests and the UI's offline layer can implement it
 * in memory. Components never see Graph JSON.
 */

/** A stored value with the version it was read at, so a write can refuse to overwrite a newer one. */
export interface Versioned<T> {
  value: T;
  /** Opaque version (the SharePoint list item eTag). */
  version: string;
}

/**
 * A stored row Møtebok could not read (broken data written outside Møtebok, an older or newer
 * format). It is set aside and named, so one bad row never takes its meeting or committee down.
 */
export interface UnreadableRow {
  /** Which row it is, from its own visible columns (SharePoint keeps them when the data is broken). */
  label: RowLabel;
  /** The storage's own id of the row (SharePoint list item id). */
  rowId: string;
  /** Where a person can open the row to repair it (the list item's SharePoint address), when known. */
  webUrl?: string;
  /** What is wrong, as data (the field and the kind of problem); screens word it (`ui/shared/unreadableText.ts`). */
  problem: RowProblem;
}

/** A list read: the rows that could be read, and the ones set aside (absent when none were). */
export type ReadList<T, Entry extends Versioned<T> = Versioned<T>> = Entry[] & { unreadable?: readonly UnreadableRow[] };

/** A committee's meetings as its meeting list reads them: the meeting rows only, no agenda items; rows that cannot be read are named. */
export type MeetingRows = MeetingHeader[] & { unreadable?: readonly UnreadableRow[] };

/** A meeting read: its rows that could not be read (items) are named in `unreadable`. */
export type ReadMeeting = Versioned<Meeting> & { unreadable?: readonly UnreadableRow[]; changedBy?: RowEditors };

/**
 * Who last changed the meeting's row and each sak's (by item id), by name, as the storage says with the
 * rows it reads anyway (SharePoint's list item `lastModifiedBy`): a clash can name who made it, at no request.
 */
export interface RowEditors {
  meeting?: string;
  items: Readonly<Record<string, string>>;
}

/** A meeting as a meeting surface opens it: with its items and its committee. */
export interface MeetingWithCommittee {
  committee: Committee;
  meeting: ReadMeeting;
}

/** A sak with oppfølgingspunkter and the meeting it is on (`MeetingRepository.listFollowUpItems`). */
export interface FollowUpItem {
  meetingId: string;
  meetingDate: string;
  item: AgendaItem;
}

export interface UploadProgress {
  bytesSent: number;
  totalBytes: number;
}

/** A sak found by `MeetingRepository.listSakerGoingNextTo`, with its meeting's row (its committee, date and status). */
export interface SakGoingNext {
  meeting: Pick<Meeting, 'id' | 'committeeId' | 'date' | 'status'>;
  item: AgendaItem;
}

/** What `listSakerGoingNextTo` read, and how many rows or meetings it could not read (a sak from there may be missing). */
export interface SakerGoingNext {
  saker: SakGoingNext[];
  unread: number;
}

/** How a save is sent; the writes and their concurrency control (eTag / If-Match) are the same either way. */
export interface SaveOptions {
  /**
   * The save's requests ask to outlive the page, so the side panel closed while it is on its way does not cancel it
   * (fetch `keepalive`, when the body fits the browser's 64 KiB; else sent as usual and lost with the page).
   */
  keepalive?: boolean;
}

/**
 * The workspace's first reads begun together (SharePoint's: `graph/workspaceStart.ts`): the committees, the named
 * committee's meeting rows, the named meeting with its items, each answer as `listCommittees`, `listMeetingRows` and
 * `getMeeting` give it, failing on its own.
 */
export interface WorkspaceStart {
  committees: Promise<ReadList<Committee>>;
  /** When a committee was named (`?committee=`). */
  meetingRows?: Promise<MeetingRows> | undefined;
  /** When a meeting was named (`#meeting=`): undefined when there is no such meeting. */
  meeting?: Promise<ReadMeeting | undefined> | undefined;
}

export interface MeetingRepository {
  /** Idempotent set-up of lists and library ("Klargjør SharePoint-området"). */
  ensureProvisioned(): Promise<void>;
  /** Committee rows that cannot be read are left out and named in the result's `unreadable`. */
  listCommittees(): Promise<ReadList<Committee>>;
  saveCommittee(committee: Committee, version?: string): Promise<Versioned<Committee>>;
  /** Meeting rows that cannot be read are left out and named in `unreadable`; item rows that cannot be read, on each meeting. */
  listMeetings(committeeId: string): Promise<ReadList<Meeting, ReadMeeting>>;
  /**
   * The committee's meetings without their agenda items: one indexed query on the meeting rows at any
   * number of meetings or items (the workspace's meeting list). A meeting's items are read when it opens.
   */
  listMeetingRows(committeeId: string): Promise<MeetingRows>;
  /**
   * The case numbers the saker of these meetings have (their item rows' number column only, in one
   * request): what numbering another meeting of the same year needs (`caseNumbering.ts`). An empty list reads nothing.
   */
  listCaseNumbers(meetings: readonly Pick<Meeting, 'id' | 'committeeId' | 'date'>[]): Promise<NumberedMeeting[]>;
  /**
   * The committee's saker that have oppfølgingspunkter, in meetings of these years: one request of
   * indexed queries (committee|year, then the sak's point count) whatever the number of meetings,
   * for «Nytt møte»'s Oppfølgingsliste. Rows that cannot be read are left out. An empty list reads nothing.
   */
  listFollowUpItems(committeeId: string, years: readonly number[]): Promise<FollowUpItem[]>;
  /**
   * The saker whose saksgang names `body` right after their own committee, in meetings dated `from` to `to` (ISO dates,
   * both included), with their meetings' rows: for «Hent sak fra et annet utvalg». Reads only those saker (the item rows'
   * indexed next-body column) and then their meetings' rows, so the cost does not grow with the number of committees or
   * meetings. Whether a meeting was held and the sak treated is the caller's to check (domain/carriedCase.ts). A sak row
   * or meeting row that cannot be read is counted in `unread`; rows the user may not read are not there at all.
   */
  listSakerGoingNextTo(body: string, from: string, to: string): Promise<SakerGoingNext>;
  /**
   * Hears when a save found the site set up before some columns existed: the save wrote what the
   * site has columns for (MotebokJson holds everything) and «Klargjør SharePoint-området» should
   * run. Returns the unsubscribe. Absent where storage has no columns (in memory).
   */
  onSetUpDue?(listener: () => void): () => void;
  /**
   * Asks the site, without a save, whether it lacks columns added since it was set up: one request,
   * once per session. If it does, `onSetUpDue`'s listeners hear it, and saves leave those columns out
   * from the start. For the secretariat's workspace after its first render, never on a start-up path.
   */
  checkSetUp?(): Promise<void>;
  /**
   * Hears when a save stored a sak holding exempt content but could not close its row to those not
   * entitled (the permission step failed, e.g. no Manage Permissions): what was typed is stored, the
   * row is open until «Rett tilgangene». Returns the unsubscribe. Absent where rows have no permissions.
   */
  onRowAccessFailed?(listener: (failure: RowAccessFailure) => void): () => void;
  /** Throws UnreadableRowError when the meeting's own row cannot be read; unreadable item rows are named on the result. */
  getMeeting(meetingId: string): Promise<ReadMeeting | undefined>;
  /**
   * The meeting a link points at (Møtebok id, else Teams meeting id, else the meeting chat's id)
   * with its item rows and its committee row, found by indexed queries: at most two requests at any
   * list size. A link with the Møtebok id names that meeting (the Teams ids are not asked).
   * Undefined when nothing matches. Throws UnreadableRowError when the meeting's or the
   * committee's own row cannot be read.
   * `withSignedInUser`: who is signed in is asked in the same request where the store can (Graph: `/me`
   * in the same `$batch`; the page's `Services.signedInUser` then answers with it); a store that cannot ignores it.
   */
  getMeetingWithCommittee(link: MeetingLink, options?: { withSignedInUser?: boolean }): Promise<MeetingWithCommittee | undefined>;
  /**
   * Whether the signed-in user can open the library folder at `path` (not found or access denied:
   * false). The Outlook read pane asks this of a sak's folder for exempt content
   * (attachments.ts `exemptFolderPath`) before it shows that content.
   */
  canOpenFolder(path: string): Promise<boolean>;
  /**
   * For a poll or an idle refresh: 'unchanged' when every row of the meeting still has the eTag
   * `knownVersion` was read at (a light read of ids and eTags only), else the meeting as stored
   * now — re-reading only the rows that changed when `known` (the meeting read at `knownVersion`)
   * is given. Undefined when the meeting is gone.
   */
  getMeetingIfChanged(meetingId: string, knownVersion: string, known?: Meeting): Promise<ReadMeeting | 'unchanged' | undefined>;
  /**
   * Throws ConflictError when `version` is not the stored one, and DomainError('minutesApprovedFrozen')
   * when the stored referat is approved and the save is anything but a reopening (minutesApproval.ts).
   */
  saveMeeting(meeting: Meeting, version?: string, options?: SaveOptions): Promise<Versioned<Meeting>>;
  /**
   * Makes ready what a save needs besides the network (the writing half's code, fetched once), so a save sent
   * as the page goes (`SaveOptions.keepalive`) has nothing left to fetch first. For a page that edits the meeting.
   */
  prepareWrites?(): void;
  /** The versions the store keeps of a sak's row, each parsed on its own (for its history, itemHistory.ts); [] when the sak is not stored. */
  itemVersions(meetingId: string, itemId: string): Promise<RecordedVersion<AgendaItem>[]>;
  /** Stores a file in the meeting's folder; the name must already be valid (domain rules). */
  uploadDocument(
    committee: Committee,
    meeting: Meeting,
    fileName: string,
    content: Blob | Uint8Array,
    onProgress?: (progress: UploadProgress) => void,
  ): Promise<DocumentRef>;
  /**
   * «Lag saksframlegg»: stores the sak's saksframlegg (`caseMemoFileName`), replacing the one stored
   * where it lies (never a second copy); when it is exempt (`isCaseMemoExempt`), only inside the sak's
   * folder for exempt content, closed before the file is written (graph/caseMemoStore.ts).
   */
  storeCaseMemo(file: MeetingFile, itemId: string, content: Blob | Uint8Array): Promise<DocumentRef>;
  downloadDocument(ref: DocumentRef): Promise<Uint8Array>;
  deleteDocument(ref: DocumentRef): Promise<void>;
  searchPeople(query: string): Promise<Person[]>;
}

/**
 * A save whose permission step failed (`MeetingRepository.onRowAccessFailed`): the saker whose rows stayed
 * open (or kept readers no longer entitled), and why. A meeting's save names its meeting; a save of the
 * committee's settings names the committee (its saker may be in several meetings; none named when they
 * could not even be found).
 */
export interface RowAccessFailure {
  meetingId?: string;
  committeeId?: string;
  saker: { itemId: string; caseNumber: string | null; title: string }[];
  error: unknown;
}

/*
 * The failures a repository (or another gateway to Microsoft 365) raises, in terms a screen can act
 * on. The Graph layer maps every failed request to one of these, so no screen needs to know HTTP
 * status codes or import the Graph layer's own error type.
 */

/** Raised when a write was based on an older version than the stored one (HTTP 412). */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
}

/** The request never reached Microsoft 365 (no network, connection dropped): nothing is lost, try again later. */
export class OfflineError extends Error {
  override readonly name = 'OfflineError';
}

/**
 * Why Microsoft 365 refused or failed a request that did reach it; and two answers that came back
 * without the failure status yet cannot be used: `unexpectedAnswer` (a body the schema refuses, or none
 * where one was due) and `permissionLevelMissing` (the SharePoint site lacks one of its built-in permission
 * levels, Read, Contribute or Full Control, that Møtebok grants). For these the message names the request
 * and what was wrong, for support; the screens word the kind.
 */
export type StorageFailureKind =
  | 'throttled'
  | 'unauthorized'
  | 'forbidden'
  | 'notFound'
  | 'nameExists'
  | 'conflict'
  | 'tooLarge'
  | 'quota'
  | 'server'
  | 'unexpectedAnswer'
  | 'permissionLevelMissing'
  | 'unknown';

/** Microsoft 365 answered with a failure (HTTP 4xx/5xx other than a 412 conflict), or with an answer Møtebok cannot use (above). */
export class StorageError extends Error {
  override readonly name: string = 'StorageError';

  constructor(
    readonly kind: StorageFailureKind,
    message: string,
    /** Seconds the service asked us to wait (429/503 Retry-After), when it said so. */
    readonly retryAfterSeconds?: number,
    /**
     * What was asked, when it decides the wording: 'permissions' for a change or read of an object's
     * permissions (SharePoint REST `breakroleinheritance`, `roleassignments`, `resetroleinheritance`), whose
     * 403 means the user is no owner of it or the app lacks the right on the site — not "no access to this".
     */
    readonly operation?: 'permissions',
  ) {
    super(message);
  }
}

/**
 * The storage has not been set up for Møtebok yet («Klargjør SharePoint-området» has not run). The
 * screens word it with the list's name (`error.notProvisioned`); the message is for logs.
 */
export class NotProvisionedError extends Error {
  override readonly name = 'NotProvisionedError';
  constructor(readonly listName: string) {
    super(`The SharePoint site is not set up for Møtebok (list ${listName} is missing).`);
  }
}

/** The row a read needed could not be read (see UnreadableRow); its message names the row and the field. */
export class UnreadableRowError extends Error {
  override readonly name = 'UnreadableRowError';
  constructor(readonly row: UnreadableRow) {
    // For logs; the user is told in her language (describeError → ui/shared/unreadableText.ts).
    super(`Unreadable ${row.label.kind} row ${row.rowId}: ${JSON.stringify(row.problem)}`);
  }
}
