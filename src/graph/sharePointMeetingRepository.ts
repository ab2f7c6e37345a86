import type { Client } from '@microsoft/microsoft-graph-client';
import * as v from 'valibot';
import { meetingFolderPath } from '../domain/attachments';
import type { RecordedVersion } from '../domain/itemHistory';
import type { CaseMemoPlace } from './exemptFilePermissions';
import type { MeetingLink } from '../domain/teamsLink';
import type { NumberedMeeting } from '../domain/caseNumbering';
import { PersonSchema, type AgendaItem, type Committee, type DocumentRef, type Meeting, type MeetingFile, type MeetingHeader, type Person } from '../domain/model';
import { hasClosedRow } from '../domain/exemptRowAccess';
import { StorageError, UnreadableRowError, type FollowUpItem, type MeetingRepository, type MeetingRows, type MeetingWithCommittee, type ReadList, type ReadMeeting, type RowAccessFailure, type RowEditors, type SakerGoingNext, type SaveOptions, type UnreadableRow, type UploadProgress, type Versioned } from '../domain/ports';
import { SCOPES, STORAGE_TOKEN } from '../auth/scopes';
import { answerOrThrow, BATCH_LIMIT, mayRetryInner, runBatch, type BatchAnswer, type BatchStep } from './batch';
import { signedInUserOnce, type SignedInUser } from './signedInUser';
import { FilesGateway, toDocumentRef, type UploadOptions } from './filesGateway';
import type { GraphClientFactory } from './graphClient';
import { graphCall } from './graphCall';
import { offlineError } from './graphError';
import { collectionOf, DriveItemSchema, IdSchema } from './graphSchemas';
import { allPagesFrom } from './pages';
import { closedRowKey, committeeFields, committeeFromRow, meetingFields, meetingItemFields, parseItemRow, readCommitteeRow, readMeetingRows } from './listRows';
import { committeeYearKey } from '../domain/registerColumns';
import { ListRowSchema, ListsGateway, type ListRow, type ProvisioningReport } from './listsGateway';
import { decodeMeetingVersion, encodeVersion, frozenState, hashFields, type MeetingVersion, type RowVersion } from './rowVersion';
import type { WriteContext } from './meetingWrites';
import { lazySchema } from '../domain/lazySchema';

export interface SharePointRepositoryOptions {
  clients: GraphClientFactory;
  siteId: string;
  /** Upload chunk size (multiple of 320 KiB); smaller in tests. */
  chunkBytes?: number;
  /**
   * Sets the access of these sak rows (SharePoint REST, `meetingFreeze.ts` `applyItemRowAccess`, wired in
   * `graphServices.ts`): called by a save that marks, unmarks or creates a sak holding exempt content, or
   * that changes who is entitled to one (`closedRowKey`: invitees, grants, the committee's roles), and by a
   * save of the committee's settings that changes it (`saveCommittee`, one meeting at a time).
   * Absent (tools, some tests): rows keep the list's permissions until the send.
   */
  rowAccess?: (file: MeetingFile, rowIds: readonly string[]) => Promise<void>;
  /**
   * Closes a sak's folder for exempt content before its saksframlegg is written into it
   * (`exemptFilePermissions.ts` `closeCaseMemoPlace`, SharePoint REST, wired in `graphServices.ts`).
   * Absent (tools, some tests): `storeCaseMemo` refuses an exempt saksframlegg.
   */
  closeCaseMemoPlace?: (file: MeetingFile, item: AgendaItem) => Promise<CaseMemoPlace>;
  /**
   * A failure of the first read or of the set-up, as it should be told (`siteAccess.ts`: with
   * Sites.Selected, a 403 that is the app's missing role on the site). Absent: told as it is.
   */
  explainRefusal?: (error: unknown) => Promise<unknown>;
}

/**
 * The writing half (saves, set-up): its own chunk, fetched with the first write (issue 14: the stage
 * only reads). A chunk that cannot be fetched is the network away, as a request that never reached
 * Graph (OfflineError): the autosave keeps the draft and tries again; webpack fetches it anew then.
 */
const loadWrites = () =>
  import(/* webpackChunkName: "repository-writes" */ './meetingWrites').catch((error: unknown) => {
    throw offlineError(error);
  });

/**
 * A sak's history (SharePoint's versions of its row): a chunk of its own, fetched when a history is first
 * opened; not on the stage's start-up. Not the history view's chunk ("item-history"): every page with the
 * Graph side could then load that view, and its styles would join each page's style sheet. A chunk that
 * cannot be fetched is the network away, as for the writing half.
 */
const loadHistory = () =>
  import(/* webpackChunkName: "history-reads" */ './historyGateway').catch((error: unknown) => {
    throw offlineError(error);
  });

/** «Hent sak fra et annet utvalg»'s read: its own chunk, fetched when the dialog first opens; not on any page's start-up. */
const loadSakerGoingNext = () =>
  import(/* webpackChunkName: "saker-going-next" */ './sakerGoingNext').catch((error: unknown) => {
    throw offlineError(error);
  });

/**
 * The people picker's answer: built with the first search (`domain/lazySchema.ts`). Only the basic
 * profile, all that User.ReadBasic.All reads of another user (`PEOPLE_SELECT`).
 */
const PeopleSchema = lazySchema(() =>
  collectionOf(
    v.looseObject({
      id: v.string(),
      displayName: v.optional(v.nullable(v.string())),
      mail: v.optional(v.nullable(v.string())),
      userPrincipalName: v.optional(v.string()),
    }),
  ),
);

/**
 * What the people search selects: the basic profile that User.ReadBasic.All (`SCOPES.people`) «constrains
 * app access to» — displayName, givenName, mail, photo, surname, userPrincipalName and id (Microsoft Graph
 * permissions reference, https://learn.microsoft.com/en-us/graph/permissions-reference#userreadbasicall).
 * Not jobTitle or companyName: under that scope Graph was seen answering them null for another user
 * (microsoftgraph/microsoft-graph-docs issue 2833), so a title or organisation read from them would be
 * empty in a real tenant. The picker tells namesakes apart by their address (`ui/shared/PeoplePicker.tsx`).
 */
const PEOPLE_SELECT = 'id,displayName,mail,userPrincipalName';

/**
 * MeetingRepository on a SharePoint site: lists for the data (one row per committee, meeting and
 * agenda item), the site's document library for the files. See README for the design.
 */
export class SharePointMeetingRepository implements MeetingRepository {
  readonly lists: ListsGateway;
  readonly files: FilesGateway;
  /** The Graph client with the storage scopes (lists and library), for callers that batch with it. */
  readonly storageClient: Client;

  /** The site the lists and the library are on (for callers that address its library in a $batch). */
  readonly siteId: string;

  /** Who is signed in, asked with the storage token: alone, or carried in the meeting's first read (`getMeetingWithCommittee`). */
  readonly signedInUser: SignedInUser;

  /** Committees as last read or saved, for the access of exempt saker's rows (`saveMeeting`). */
  private readonly committees = new Map<string, Committee>();
  private readonly rowAccessListeners = new Set<(failure: RowAccessFailure) => void>();

  constructor(private readonly options: SharePointRepositoryOptions) {
    this.siteId = options.siteId;
    // The storage token carries User.Read too, so `/me` can ride in a read's $batch (`auth/scopes.ts`).
    this.storageClient = options.clients(STORAGE_TOKEN);
    this.signedInUser = signedInUserOnce(this.storageClient);
    this.lists = new ListsGateway(this.storageClient, options.siteId);
    this.files = new FilesGateway(this.storageClient, options.siteId, options.chunkBytes);
    this.writeContext = {
      lists: this.lists,
      files: this.files,
      storageClient: this.storageClient,
      clients: options.clients,
      siteId: options.siteId,
      rowAccess: options.rowAccess,
      committees: this.committees,
      committeeOf: (committeeId) => this.committeeOf(committeeId),
      tellRowAccessFailed: (failure) => {
        for (const listener of this.rowAccessListeners) listener(failure);
      },
    };
  }

  /**
   * What the writing half needs of this repository (meetingWrites.ts: saves and set-up, a chunk loaded
   * with the first write, so a page that only reads carries none of it at start).
   */
  private readonly writeContext: WriteContext;

  async ensureProvisioned(): Promise<void> {
    await this.provision();
  }

  /** As ensureProvisioned, saying what it created (nothing on a second run). */
  async provision(): Promise<ProvisioningReport> {
    return this.explained(async () => (await loadWrites()).provision(this.writeContext));
  }

  /** The call's error explained where the repository can (`explainRefusal`: why the site refused), for its reads' callers too. */
  async explained<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw this.options.explainRefusal ? await this.options.explainRefusal(error) : error;
    }
  }

  /**
   * Every committee whose row can be read; a bad row is named in `unreadable` and affects only its own committee.
   * Its rows, `listMeetingRows`' and `getMeeting`'s are also read in the workspace's first `$batch` (`workspaceStart.ts`)
   * and parsed by the same halves (`committeesFrom` in `explained`, `meetingRowsFrom`, `meetingFrom`): keep each request
   * as that module asks it (`lists.allRowsUrl`, `lists.queryUrl`, `meetingSteps`), or change it there too.
   */
  async listCommittees(): Promise<ReadList<Committee>> {
    return this.committeesFrom(await this.explained(() => this.lists.all('MotebokCommittees')));
  }

  /** The committees of these rows, remembered for the next save (`knownCommittee`). */
  committeesFrom(rows: readonly ListRow[]): ReadList<Committee> {
    const committees: Versioned<Committee>[] = [];
    const unreadable: UnreadableRow[] = [];
    for (const row of rows) {
      const read = readCommitteeRow(row);
      if (read.ok) {
        this.committees.set(read.value.id, read.value);
        committees.push({ value: read.value, version: encodeVersion(rowVersion(row, committeeFields(read.value))) });
      }
      else unreadable.push(read.unreadable);
    }
    return withUnreadable(committees, unreadable);
  }

  /**
   * The answers to `steps`, sent in one `$batch` by `runBatch` once: a step throttled inside it (429, 503, a GET's 504:
   * `mayRetryInner`) has no answer, for the caller to read it alone, which waits and tries again (`workspaceStart.ts`).
   */
  async sentOnce(steps: readonly BatchStep[]): Promise<Map<string, BatchAnswer>> {
    const answers = await runBatch(this.storageClient, steps, { maxRetries: 0 });
    for (const step of steps) if (mayRetryInner(step, answers.get(step.id)?.status)) answers.delete(step.id);
    return answers;
  }

  /**
   * Stores the committee's settings; when they change who is entitled to exempt content, the access
   * of the committee's closed rows whose access key changes is set at once (meetingWrites.ts).
   */
  async saveCommittee(committee: Committee, version?: string): Promise<Versioned<Committee>> {
    return (await loadWrites()).saveCommittee(this.writeContext, committee, version);
  }

  /** Every meeting whose row can be read, each with its unreadable item rows named; a bad meeting row is named in `unreadable`. */
  async listMeetings(committeeId: string): Promise<ReadList<Meeting, ReadMeeting>> {
    const meetingRows = await this.lists.query('MotebokMeetings', 'CommitteeId', committeeId);
    if (meetingRows.length === 0) return [];
    const meetingIds = meetingRows.map((row) => String(row.fields['MeetingId'] ?? ''));
    const answers = await runBatch(this.storageClient, meetingIds.map((id, index) => ({ id: String(index), method: 'GET', url: this.lists.queryUrl('MotebokAgendaItems', 'MeetingId', id) })));
    const result: ReadMeeting[] = [];
    const unreadable: UnreadableRow[] = [];
    for (const [index, meetingRow] of meetingRows.entries()) {
      const itemRows = await this.lists.rowsAnswer(answers, String(index), 'MotebokAgendaItems');
      const read = versionedMeeting(meetingRow, itemRows, this.knownCommittee);
      if ('value' in read) result.push(read);
      else unreadable.push(read.unreadable);
    }
    return withUnreadable(result.sort((a, b) => a.value.date.localeCompare(b.value.date)), unreadable);
  }

  /** The meeting rows only, by the indexed CommitteeId column: one request however many meetings and items there are. */
  async listMeetingRows(committeeId: string): Promise<MeetingRows> {
    return this.meetingRowsFrom(await this.lists.query('MotebokMeetings', 'CommitteeId', committeeId));
  }

  /** The meeting headers of these rows (their items not read), by date; a bad row named in `unreadable`. */
  meetingRowsFrom(rows: readonly ListRow[]): MeetingRows {
    const headers: MeetingHeader[] = [];
    const unreadable: UnreadableRow[] = [];
    for (const row of rows) {
      const read = readMeetingRows(row, []);
      if (!read.ok) unreadable.push(read.unreadable);
      else {
        const { items: _none, ...header } = read.meeting;
        headers.push(header);
      }
    }
    const sorted = headers.sort((a, b) => a.date.localeCompare(b.date));
    return unreadable.length > 0 ? Object.assign(sorted, { unreadable }) : sorted;
  }

  /** One $batch of indexed MeetingId queries that bring each item row's id, eTag and CaseNumber column only. */
  async listCaseNumbers(meetings: readonly Pick<Meeting, 'id' | 'committeeId' | 'date'>[]): Promise<NumberedMeeting[]> {
    if (meetings.length === 0) return [];
    const answers = await runBatch(
      this.storageClient,
      meetings.map((meeting, index) => ({ id: String(index), method: 'GET', url: this.lists.queryUrl('MotebokAgendaItems', 'MeetingId', meeting.id, ['CaseNumber']) })),
    );
    return Promise.all(
      meetings.map(async (meeting, index) => {
        const rows = await this.lists.rowsAnswer(answers, String(index), 'MotebokAgendaItems');
        const items = rows.map((row) => {
          const number = row.fields['CaseNumber'];
          return { caseNumber: typeof number === 'string' && number !== '' ? number : null };
        });
        return { id: meeting.id, committeeId: meeting.committeeId, date: meeting.date, items };
      }),
    );
  }

  /**
   * One $batch: per year, the item rows of the committee's year (indexed CommitteeYear, a window
   * well below the list view threshold) with at least one point (indexed FollowUpCount), with
   * only the columns the Oppfølgingsliste needs. On a site whose rows are not filled yet (before
   * «Klargjør SharePoint-området»), their points are not found: the site is said to need set-up.
   */
  async listFollowUpItems(committeeId: string, years: readonly number[]): Promise<FollowUpItem[]> {
    if (years.length === 0) return [];
    const path = `${this.lists.listPath('MotebokAgendaItems')}/items?$select=id&$expand=fields($select=ItemId,MeetingId,MeetingDate,SortOrder,MotebokJson)`;
    const filter = (year: number) => encodeURIComponent(`fields/CommitteeYear eq '${committeeYearKey(committeeId, year).replace(/'/g, "''")}' and fields/FollowUpCount gt 0`);
    const answers = await runBatch(this.storageClient, years.map((year, index) => ({ id: String(index), method: 'GET', url: `${path}&$filter=${filter(year)}&$top=200` })));
    const found: FollowUpItem[] = [];
    for (const index of years.keys()) {
      // In agenda order within each meeting, as the Oppfølgingsliste lists them.
      const rows = (await this.lists.rowsAnswer(answers, String(index), 'MotebokAgendaItems')).sort((a, b) => Number(a.fields['SortOrder'] ?? 0) - Number(b.fields['SortOrder'] ?? 0));
      for (const row of rows) {
        const item = parseItemRow(row.fields);
        const meetingDate = row.fields['MeetingDate'];
        if ('value' in item && typeof meetingDate === 'string') found.push({ meetingId: String(row.fields['MeetingId'] ?? ''), meetingDate: meetingDate.slice(0, 10), item: item.value });
      }
    }
    return found;
  }

  /** «Hent sak fra et annet utvalg»'s read (`sakerGoingNext.ts`, a chunk of its own fetched when the dialog first asks). */
  async listSakerGoingNextTo(body: string, from: string, to: string): Promise<SakerGoingNext> {
    return (await loadSakerGoingNext()).readSakerGoingNextTo(this.storageClient, this.lists, body, from, to);
  }

  onSetUpDue(listener: () => void): () => void {
    return this.lists.onMissingColumns(() => listener());
  }

  async checkSetUp(): Promise<void> {
    await this.lists.checkLaterColumns();
  }

  onRowAccessFailed(listener: (failure: RowAccessFailure) => void): () => void {
    this.rowAccessListeners.add(listener);
    return () => this.rowAccessListeners.delete(listener);
  }

  /** The committee as last read or saved by this repository, if any (the access key of exempt rows read, `versionedMeeting`). */
  private readonly knownCommittee = (committeeId: string): Committee | undefined => this.committees.get(committeeId);

  /** The meeting's committee as last read or saved, else its row (one query; the first save of a session that read none). */
  private async committeeOf(committeeId: string): Promise<Committee> {
    const known = this.committees.get(committeeId);
    if (known) return known;
    const [row] = await this.lists.query('MotebokCommittees', 'CommitteeId', committeeId);
    if (!row) throw new StorageError('notFound', `no row for committee ${committeeId}`);
    const committee = committeeFromRow(row);
    this.committees.set(committee.id, committee);
    return committee;
  }

  /** The meeting row and its item rows: one $batch of two indexed queries. */
  async getMeeting(meetingId: string): Promise<ReadMeeting | undefined> {
    return this.meetingFrom(await runBatch(this.storageClient, this.meetingSteps(meetingId)));
  }

  /** `getMeeting`'s steps: the meeting row (`meeting`) and its item rows (`items`), by the indexed MeetingId. */
  meetingSteps(meetingId: string): BatchStep[] {
    return [
      { id: 'meeting', method: 'GET', url: this.lists.queryUrl('MotebokMeetings', 'MeetingId', meetingId) },
      { id: 'items', method: 'GET', url: this.lists.queryUrl('MotebokAgendaItems', 'MeetingId', meetingId) },
    ];
  }

  /** The meeting of the answers to `meetingSteps`, undefined when there is no such row. */
  async meetingFrom(answers: Map<string, BatchAnswer>): Promise<ReadMeeting | undefined> {
    const meetingRow = (await this.lists.rowsAnswer(answers, 'meeting', 'MotebokMeetings'))[0];
    if (!meetingRow) return undefined;
    return readableMeeting(meetingRow, await this.lists.rowsAnswer(answers, 'items', 'MotebokAgendaItems'), this.knownCommittee);
  }

  /**
   * Two requests at any list size, each a $batch of indexed queries: (1) the meeting row by every
   * key the link has (its Møtebok id with its item rows; else the Teams meeting id, the chat's thread
   * id, a Teams id that is itself a Møtebok id, as the simulator gives), (2) the committee row and,
   * unless they came with (1), the item rows. A link with nothing in it makes no request.
   * A link with the Møtebok id (the stage's `?meeting=`, `stageUrlFor`) names the meeting: its row,
   * its items and its committee are the whole request, and the host's Teams keys are not asked.
   * `withSignedInUser`: `/me` rides in (1) as one more step (`signedInUser.carry`), unless the page
   * has its answer or has it on its way; its failure is the ask's, never the meeting's.
   */
  async getMeetingWithCommittee(link: MeetingLink, options: { withSignedInUser?: boolean } = {}): Promise<MeetingWithCommittee | undefined> {
    const steps: BatchStep[] = [];
    const byPriority: string[] = [];
    const find = (id: string, column: string, value: string) => {
      steps.push({ id, method: 'GET', url: this.lists.queryUrl('MotebokMeetings', column, value) });
      byPriority.push(id);
    };
    // The item rows of every key that may be the Møtebok id ride in the same $batch, so a meeting
    // found by one of them needs no second request (issue 14: one round trip to open a meeting).
    const itemsFor = new Map<string, string>();
    const readItems = (meetingId: string) => {
      if (itemsFor.has(meetingId)) return;
      const id = `items${itemsFor.size}`;
      itemsFor.set(meetingId, id);
      steps.push({ id, method: 'GET', url: this.lists.queryUrl('MotebokAgendaItems', 'MeetingId', meetingId) });
    };
    // The Møtebok id, when the page has it, is the meeting: the Teams keys are for pages without it (the side panel in Teams).
    const teamsKeys = link.motebokMeetingId ? [] : [...new Set([link.teamsMeetingId, link.chatId].filter((value): value is string => Boolean(value)))];
    if (link.motebokMeetingId) {
      find('meetingId', 'MeetingId', link.motebokMeetingId);
      readItems(link.motebokMeetingId);
    }
    teamsKeys.forEach((key, index) => find(`teamsMeetingId${index}`, 'TeamsMeetingId', key));
    if (!link.motebokMeetingId && link.chatId?.startsWith('19:')) find('teamsChatId', 'TeamsChatId', link.chatId);
    teamsKeys.forEach((key, index) => {
      find(`teamsKeyAsMeetingId${index}`, 'MeetingId', key);
      readItems(key);
    });
    if (steps.length === 0) return undefined;
    // The committee too: by its id when the page's URL names it (a Teams tab's `?committee=`), else
    // every committee row — a short list — and the meeting's picked from them below.
    steps.push({ id: 'committee', method: 'GET', url: link.committeeId ? this.lists.queryUrl('MotebokCommittees', 'CommitteeId', link.committeeId) : this.lists.allRowsUrl('MotebokCommittees') });
    const carried = options.withSignedInUser ? this.signedInUser.carry() : undefined;
    const sent = runBatch(this.storageClient, carried ? [...steps, carried.step] : steps);
    carried?.answered(sent);
    const first = await sent;
    let found: { step: string; row: ListRow } | undefined;
    for (const step of byPriority) {
      const row = (await this.lists.rowsAnswer(first, step, 'MotebokMeetings'))[0];
      if (row) {
        found = { step, row };
        break;
      }
    }
    if (!found) return undefined;
    const meetingId = String(found.row.fields['MeetingId'] ?? '');
    const committeeId = String(found.row.fields['CommitteeId'] ?? '');
    const committeeRows = await this.lists.rowsAnswer(first, 'committee', 'MotebokCommittees');
    const committeeCame = committeeRows.find((row) => String(row.fields['CommitteeId'] ?? '') === committeeId);
    const itemsStep = itemsFor.get(meetingId);
    // Found by a Teams key that is not its Møtebok id (or a `?committee=` that is not its committee):
    // what the first request could not know is read in a second.
    const second =
      itemsStep && committeeCame
        ? undefined
        : await runBatch(this.storageClient, [
            ...(committeeCame ? [] : [{ id: 'committee', method: 'GET' as const, url: this.lists.queryUrl('MotebokCommittees', 'CommitteeId', committeeId) }]),
            ...(itemsStep ? [] : [{ id: 'items', method: 'GET' as const, url: this.lists.queryUrl('MotebokAgendaItems', 'MeetingId', meetingId) }]),
          ]);
    const committeeRow = committeeCame ?? (second ? (await this.lists.rowsAnswer(second, 'committee', 'MotebokCommittees'))[0] : undefined);
    if (!committeeRow) return undefined;
    const itemRows = itemsStep ? await this.lists.rowsAnswer(first, itemsStep, 'MotebokAgendaItems') : second ? await this.lists.rowsAnswer(second, 'items', 'MotebokAgendaItems') : [];
    const committee = committeeFromRow(committeeRow);
    this.committees.set(committee.id, committee);
    return { committee, meeting: readableMeeting(found.row, itemRows, this.knownCommittee) };
  }

  /**
   * For a poll or an idle refresh: one light $batch of row ids and eTags. 'unchanged' when every
   * row still has the eTag `knownVersion` was read at; otherwise a second request reads only the
   * rows whose eTag changed and the new ones (by id, in one $batch) when `known` is given and few
   * rows changed, else the whole meeting.
   */
  async getMeetingIfChanged(meetingId: string, knownVersion: string, known?: Meeting): Promise<ReadMeeting | 'unchanged' | undefined> {
    const version = decodeMeetingVersion(knownVersion);
    const answers = await runBatch(this.storageClient, [
      { id: 'meeting', method: 'GET', url: this.lists.queryUrl('MotebokMeetings', 'MeetingId', meetingId, ['MeetingId']) },
      { id: 'items', method: 'GET', url: this.lists.queryUrl('MotebokAgendaItems', 'MeetingId', meetingId, ['ItemId']) },
    ]);
    const meetingRow = (await this.lists.rowsAnswer(answers, 'meeting', 'MotebokMeetings'))[0];
    if (!meetingRow) return undefined;
    const itemRows = await this.lists.rowsAnswer(answers, 'items', 'MotebokAgendaItems');
    const knownItems = new Map(Object.values(version.i).map((row) => [row.r, row.e]));
    const headerSame = meetingRow.id === version.m.r && meetingRow.eTag !== undefined && meetingRow.eTag === version.m.e;
    const changedItems = itemRows.filter((row) => row.eTag === undefined || knownItems.get(row.id) !== row.eTag);
    const removed = itemRows.length - changedItems.length !== knownItems.size;
    if (headerSame && changedItems.length === 0 && !removed) return 'unchanged';
    // Rows the version names but `known` cannot supply (unreadable rows are not in it) mean a full read.
    const knownRows = known ? rowsAsRead(known, version) : undefined;
    const rereads = [...(headerSame ? [] : [meetingRow]), ...changedItems];
    const unchanged = itemRows.filter((row) => !changedItems.includes(row));
    if (!knownRows || rereads.length > BATCH_LIMIT || unchanged.some((row) => !knownRows.items.has(row.id))) return this.getMeeting(meetingId);
    const fresh = await runBatch(
      this.storageClient,
      rereads.map((row) => ({ id: row.id, method: 'GET', url: this.lists.rowUrl(row === meetingRow ? 'MotebokMeetings' : 'MotebokAgendaItems', row.id) })),
    );
    const freshRow = (row: ListRow): ListRow => answerOrThrow(fresh, row.id, ListRowSchema);
    const header = headerSame ? knownRows.header : freshRow(meetingRow);
    const items = itemRows.map((row) => (changedItems.includes(row) ? freshRow(row) : (knownRows.items.get(row.id) ?? freshRow(row))));
    return readableMeeting(header, items, this.knownCommittee);
  }

  /**
   * Opening a meeting: the meeting row, its item rows and the files in its folder in one $batch
   * (the folder addressed by path, so no folder ids need looking up first). `known` is the copy
   * the caller already has (from listMeetings), which names the folder; the answer is fresh.
   */
  async openMeeting(committee: Committee, known: Meeting): Promise<{ meeting: ReadMeeting; documents: DocumentRef[] } | undefined> {
    const meetingId = known.id;
    const folder = meetingFolderPath(committee, known);
    const folderUrl = `/sites/${this.options.siteId}/drive/root:/${folder.split('/').map(encodeURIComponent).join('/')}:/children?$select=id,name,eTag,webUrl,size,folder,file`;
    const answers = await runBatch(this.storageClient, [
      { id: 'meeting', method: 'GET', url: this.lists.queryUrl('MotebokMeetings', 'MeetingId', meetingId) },
      { id: 'items', method: 'GET', url: this.lists.queryUrl('MotebokAgendaItems', 'MeetingId', meetingId) },
      { id: 'files', method: 'GET', url: folderUrl },
    ]);
    const meetingRow = (await this.lists.rowsAnswer(answers, 'meeting', 'MotebokMeetings'))[0];
    if (!meetingRow) return undefined;
    const itemRows = await this.lists.rowsAnswer(answers, 'items', 'MotebokAgendaItems');
    // No folder yet (nothing uploaded) is an empty list, not an error.
    const files = answers.get('files')?.status === 404 ? [] : await allPagesFrom(this.storageClient, DriveItemSchema(), answerOrThrow(answers, 'files', collectionOf(DriveItemSchema())));
    return { meeting: readableMeeting(meetingRow, itemRows, this.knownCommittee), documents: files.filter((file) => !file.folder).map(toDocumentRef) };
  }

  /**
   * Writes what changed since `version` was read, each row with If-Match on its own eTag (a 412 is a
   * ConflictError); without a version the meeting must be new. Exempt saker's rows are closed in the
   * order meetingWrites.ts describes.
   */
  async saveMeeting(meeting: Meeting, version?: string, options?: SaveOptions): Promise<Versioned<Meeting>> {
    return (await loadWrites()).saveMeeting(this.writeContext, meeting, version, options);
  }

  /** The writing half's chunk (with the list writes') is fetched now; a failure is the first save's to meet. */
  prepareWrites(): void {
    loadWrites().catch(() => undefined);
  }

  /** The versions SharePoint keeps of a sak's row, for its history (`historyGateway.ts`). */
  async itemVersions(meetingId: string, itemId: string): Promise<RecordedVersion<AgendaItem>[]> {
    return (await loadHistory()).readItemVersions(this.storageClient, this.options.siteId, this.lists, meetingId, itemId);
  }

  async uploadDocument(
    committee: Committee,
    meeting: Meeting,
    fileName: string,
    content: Blob | Uint8Array,
    onProgress?: (progress: UploadProgress) => void,
  ): Promise<DocumentRef> {
    const options: UploadOptions = { conflictBehavior: 'replace', ...(onProgress ? { onProgress } : {}) };
    return this.files.upload(meetingFolderPath(committee, meeting), fileName, content, options);
  }

  /** «Lag saksframlegg» (`caseMemoStore.ts`, with the writing half's chunk): an exempt one only into its sak's closed folder. */
  async storeCaseMemo(file: MeetingFile, itemId: string, content: Blob | Uint8Array): Promise<DocumentRef> {
    return (await loadWrites()).storeCaseMemo(this, this.options.closeCaseMemoPlace, file, itemId, content);
  }

  /** The address `uploadDocument` gives `fileName` in the meeting's folder, before it is stored (`FilesGateway.webUrlOf`). */
  documentAddress(committee: Committee, meeting: Meeting, fileName: string): Promise<string | undefined> {
    return this.files.webUrlOf(meetingFolderPath(committee, meeting), fileName);
  }

  /** The files in the meeting's folder (empty when the folder does not exist yet). */
  async listDocuments(committee: Committee, meeting: Meeting): Promise<DocumentRef[]> {
    const folderId = await this.files.findFolder(meetingFolderPath(committee, meeting));
    if (!folderId) return [];
    const children = await this.files.children(folderId);
    return children.filter((child) => !child.folder).map(toDocumentRef);
  }

  /** The folder read by path with the user's own token: SharePoint answers 404 (or 403) for a folder they may not open. */
  async canOpenFolder(path: string): Promise<boolean> {
    const target = `/sites/${this.options.siteId}/drive/root:/${path.split('/').filter(Boolean).map(encodeURIComponent).join('/')}`;
    try {
      await graphCall(IdSchema(), () => this.storageClient.api(target).select('id').get());
      return true;
    } catch (error) {
      if (error instanceof StorageError && (error.kind === 'notFound' || error.kind === 'forbidden')) return false;
      throw error;
    }
  }

  downloadDocument(ref: DocumentRef): Promise<Uint8Array> {
    return this.files.download(ref);
  }

  deleteDocument(ref: DocumentRef): Promise<void> {
    return this.files.delete(ref);
  }

  /** People picker: users whose name or address starts with `query`, with what User.ReadBasic.All reads of them (`PEOPLE_SELECT`). */
  async searchPeople(query: string): Promise<Person[]> {
    const text = query.trim();
    if (text.length < 2) return [];
    const quoted = text.replace(/'/g, "''");
    const client = this.options.clients(SCOPES.people);
    const page = await graphCall(PeopleSchema(), () =>
      client
        .api('/users')
        .filter(`startswith(displayName,'${quoted}') or startswith(mail,'${quoted}') or startswith(userPrincipalName,'${quoted}')`)
        .select(PEOPLE_SELECT)
        .top(15)
        .get(),
    );
    return page.value.flatMap((user) => {
      const person = v.safeParse(PersonSchema, {
        name: user.displayName ?? user.mail ?? user.userPrincipalName,
        ...(user.mail ? { email: user.mail } : {}),
        directoryId: user.id,
      });
      return person.success ? [person.output] : [];
    });
  }
}

/**
 * A marker in a row version's `c` besides an access key: a row read closed while the committee was not
 * known (the next save sets its access). The writing half (meetingWrites.ts) has the other, `FAILED_ACCESS`.
 */
const UNKNOWN_ACCESS = '?';

function rowVersion(row: ListRow, fields: Record<string, unknown>): RowVersion {
  return { r: row.id, ...(row.eTag ? { e: row.eTag } : {}), h: hashFields(fields) };
}

/**
 * The rows `known` was read from, rebuilt from its values, when they are what `version` says was
 * read (each row's field hash matches); undefined when they are not, so the caller reads afresh.
 */
function rowsAsRead(known: Meeting, version: MeetingVersion): { header: ListRow; items: Map<string, ListRow> } | undefined {
  const kept = new Set(version.k ?? []);
  const headerFields = meetingFields(known, kept);
  if (version.m.h !== hashFields(headerFields)) return undefined;
  const items = new Map<string, ListRow>();
  for (const [index, item] of known.items.entries()) {
    if (item.restricted) continue;
    const row = version.i[item.id];
    const fields = meetingItemFields(known, item, index, kept);
    if (!row || row.h !== hashFields(fields)) return undefined;
    items.set(row.r, { id: row.r, ...(row.e ? { eTag: row.e } : {}), fields });
  }
  return { header: { id: version.m.r, ...(version.m.e ? { eTag: version.m.e } : {}), fields: headerFields }, items };
}

/** A read list or meeting with the rows that could not be read named on it (none: as it is). */
function withUnreadable<T extends object>(values: T, unreadable: UnreadableRow[]): T & { unreadable?: readonly UnreadableRow[] } {
  return unreadable.length === 0 ? values : Object.assign(values, { unreadable });
}

/** A meeting the caller asked for by id: its own row must be readable (UnreadableRowError names it); bad item rows are named on it. */
/**
 * The name SharePoint gives for who last changed a row (the list item's `lastModifiedBy.user.displayName`,
 * in every full read of its rows); nothing when it is not there or not a name.
 */
function editorOf(row: ListRow | undefined): string | undefined {
  const by = (row as { lastModifiedBy?: { user?: { displayName?: unknown } } } | undefined)?.lastModifiedBy?.user?.displayName;
  return typeof by === 'string' && by.trim() !== '' ? by.trim() : undefined;
}

function readableMeeting(meetingRow: ListRow, itemRows: readonly ListRow[], committeeOf: (committeeId: string) => Committee | undefined): ReadMeeting {
  const read = versionedMeeting(meetingRow, itemRows, committeeOf);
  if (!('value' in read)) throw new UnreadableRowError(read.unreadable);
  return read;
}

/**
 * The meeting with its version. The version names only the item rows that were read, so a save
 * never deletes a row it could not read (saveMeeting deletes rows it knew and no longer has).
 */
function versionedMeeting(
  meetingRow: ListRow,
  itemRows: readonly ListRow[],
  committeeOf: (committeeId: string) => Committee | undefined,
): ReadMeeting | { unreadable: UnreadableRow } {
  const read = readMeetingRows(meetingRow, itemRows);
  if (!read.ok) return { unreadable: read.unreadable };
  const meeting = read.meeting;
  const committee = committeeOf(meeting.committeeId);
  // Rows that do not hold the meeting's parts as a save writes them (`MeetingRead.moving`, an old meeting row) are
  // versioned by what they hold, so the next save writes them, whatever else changed. An approved meeting's rows may
  // not be written (the freeze; a reopening writes only the meeting row): its parts stay where they are (`k`).
  const frozen = meeting.status === 'minutesApproved';
  const kept = frozen ? new Set(read.moving?.items) : new Set<string>();
  // The rows' hashes are made when the version is first asked for — by a writer (a save, the autosave) or a
  // follower's first check, after the surface's first view — not on the way to a read-only surface's ready
  // (the stage never writes; issue 14, docs/performance-history.md h/stage58, h/parse59). From the meeting, the rows and the
  // committee as read (nothing changes them in place), so a save is checked against the rows as read, as before.
  let version: string | undefined;
  const versionOf = () => {
    const items: Record<string, RowVersion> = {};
    meeting.items.forEach((item, index) => {
      const row = read.rows[index];
      // A row read holding exempt content is taken as closed with the access the meeting as read wants (the
      // save or the send that last changed who is entitled set it; else the start-up check names it). Read
      // while the committee is not known, the access is not known either: the next save sets it.
      const key = committee ? closedRowKey({ committee, meeting }, item) : hasClosedRow(item) ? UNKNOWN_ACCESS : undefined;
      const fields = read.moving?.items.has(item.id) && !frozen ? row?.fields : meetingItemFields(meeting, item, index, kept);
      if (row && fields) items[item.id] = { ...rowVersion(row, fields), ...(key === undefined ? {} : { c: key }) };
    });
    const headerFields = read.moving?.header && !frozen ? meetingRow.fields : meetingFields(meeting, kept);
    return encodeVersion({ m: rowVersion(meetingRow, headerFields), i: items, ...frozenState(meeting), ...(kept.size > 0 ? { k: [...kept] } : {}) });
  };
  const editors: Record<string, string> = {};
  meeting.items.forEach((item, index) => {
    const by = editorOf(read.rows[index]);
    if (by) editors[item.id] = by;
  });
  const meetingBy = editorOf(meetingRow);
  const changedBy: RowEditors = { ...(meetingBy ? { meeting: meetingBy } : {}), items: editors };
  return withUnreadable(
    {
      value: meeting,
      get version() {
        return (version ??= versionOf());
      },
      changedBy,
    },
    read.unreadable,
  );
}
