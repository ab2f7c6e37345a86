import type { Client } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import { meetingFolderPath } from '../domain/attachments';
import type { RecordedVersion } from '../domain/itemHistory';
import { checkedMeeting } from '../domain/meetingFile';
import { frozenChangeRefusal } from '../domain/minutesApproval';
import type { MeetingLink } from '../domain/teamsLink';
import type { NumberedMeeting } from '../domain/caseNumbering';
import { AgendaItemSchema, PersonSchema, type AgendaItem, type Committee, type DocumentRef, type Meeting, type MeetingFile, type MeetingHeader, type Person } from '../domain/model';
import { entitlementChanged, exemptStub, hasClosedRow } from '../domain/exemptRowAccess';
import { ConflictError, StorageError, UnreadableRowError, type FollowUpItem, type MeetingRepository, type MeetingRows, type MeetingWithCommittee, type ReadList, type ReadMeeting, type RowAccessFailure, type UnreadableRow, type UploadProgress, type Versioned } from '../domain/ports';
import { SCOPES } from '../auth/scopes';
import { answerOrThrow, BATCH_LIMIT, runBatch, type BatchStep } from './batch';
import { readItemVersions } from './historyGateway';
import { FilesGateway, toDocumentRef, type UploadOptions } from './filesGateway';
import type { GraphClientFactory } from './graphClient';
import { graphCall } from './graphCall';
import { collectionOf, DriveItemSchema, IdSchema } from './graphSchemas';
import { allPagesFrom } from './pages';
import { closedRowKey, committeeFields, committeeFromRow, itemFields, meetingFields, parseRowData, readCommitteeRow, readMeetingRows, teamsLinkFields } from './listRows';
import { committeeYearKey } from '../domain/registerColumns';
import { ListRowSchema, ListsGateway, type ListRow, type ProvisioningReport, type RowWrite } from './listsGateway';
import { decodeMeetingVersion, decodeRowVersion, encodeVersion, hashFields, type MeetingVersion, type RowVersion } from './rowVersion';
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
}

/** A sak whose row's access the save sets (`closedRowKey` differs from the version's, `accessDue`). */
interface AccessChange {
  item: AgendaItem;
  key: string | undefined;
  created: boolean;
}

/** The people picker's answer: built with the first search (`domain/lazySchema.ts`). */
const PeopleSchema = lazySchema(() =>
  collectionOf(
    z.object({ id: z.string(), displayName: z.string().nullable().optional(), mail: z.string().nullable().optional(), userPrincipalName: z.string().optional(), jobTitle: z.string().nullable().optional(), companyName: z.string().nullable().optional() }).loose(),
  ),
);

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

  /** Committees as last read or saved, for the access of exempt saker's rows (`saveMeeting`). */
  private readonly committees = new Map<string, Committee>();
  private readonly rowAccessListeners = new Set<(failure: RowAccessFailure) => void>();

  constructor(private readonly options: SharePointRepositoryOptions) {
    this.siteId = options.siteId;
    this.storageClient = options.clients(SCOPES.storage);
    this.lists = new ListsGateway(this.storageClient, options.siteId);
    this.files = new FilesGateway(this.storageClient, options.siteId, options.chunkBytes);
  }

  async ensureProvisioned(): Promise<void> {
    await this.provision();
  }

  /** As ensureProvisioned, saying what it created (nothing on a second run). */
  async provision(): Promise<ProvisioningReport> {
    // Creating lists and columns needs Sites.Manage.All, asked for only here.
    const manager = new ListsGateway(this.options.clients([...SCOPES.storage, ...SCOPES.provisioning]), this.options.siteId);
    const report = await manager.ensureProvisioned();
    this.lists.adoptListIds(manager);
    this.lists.forgetMissingColumns();
    await this.files.driveId();
    await this.fillMeetingColumns();
    // The register's module loads with set-up (rare), not with every page that opens a meeting.
    const { fillRegisterColumns } = await import(/* webpackChunkName: "register" */ './decisionRegister');
    await fillRegisterColumns(this.storageClient, this.lists);
    return report;
  }

  /**
   * Migration for sites set up before the Teams link columns and `ClosedRows` existed (listDefinitions.ts):
   * meeting rows whose TeamsMeetingId/TeamsChatId/ClosedRows do not say what their MotebokJson says (its
   * public stubs, one per sak with a closed row) get those columns written (If-Match, so nobody's newer
   * save is overwritten: a row saved meanwhile was written with them anyway). Reads only once every row
   * is up to date.
   */
  private async fillMeetingColumns(): Promise<void> {
    const writes: RowWrite[] = [];
    for (const row of await this.lists.all('MotebokMeetings')) {
      const read = readMeetingRows(row, []);
      if (!read.ok) continue;
      // Read without its item rows, the meeting's items are the stubs of its closed rows.
      const wanted = { ...teamsLinkFields(read.meeting), ClosedRows: read.meeting.items.length };
      const stale = Object.entries(wanted).filter(([column, value]) => row.fields[column] !== value);
      if (stale.length > 0) writes.push({ kind: 'update', key: row.id, list: 'MotebokMeetings', rowId: row.id, eTag: row.eTag, fields: Object.fromEntries(stale) });
    }
    await this.lists.writeRows(writes).catch((error: unknown) => {
      if (!(error instanceof ConflictError)) throw error;
    });
  }

  /** Every committee whose row can be read; a bad row is named in `unreadable` and affects only its own committee. */
  async listCommittees(): Promise<ReadList<Committee>> {
    const rows = await this.lists.all('MotebokCommittees');
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
   * Stores the committee's settings. When they change who is entitled to exempt content (`entitlementChanged`)
   * and the repository sets row access (`rowAccess`), the committee's closed rows whose access key changes
   * (`closedRowKey`) get their access at once (`reapplyClosedRows`): nobody who lost entitlement keeps Read
   * until a later save of the meeting. The settings are stored first and stay stored if that step fails.
   */
  async saveCommittee(committee: Committee, version?: string): Promise<Versioned<Committee>> {
    const previous = this.committees.get(committee.id);
    const fields = committeeFields(committee);
    let write: RowWrite;
    if (version) {
      const known = decodeRowVersion(version);
      write = { kind: 'update', key: 'committee', list: 'MotebokCommittees', rowId: known.r, eTag: known.e, fields };
    } else {
      const existing = await this.lists.query('MotebokCommittees', 'CommitteeId', committee.id);
      if (existing.length > 0) throw new ConflictError(`Møteorganet «${committee.name}» finnes allerede. Last inn på nytt før du lagrer.`);
      write = { kind: 'create', key: 'committee', list: 'MotebokCommittees', fields };
    }
    const written = (await this.lists.writeRows([write])).get('committee');
    if (!written) throw new Error('Lagring av møteorgan ga ikke svar');
    this.committees.set(committee.id, committee);
    // A new committee has no meetings yet. Not known as it was (not read this session): every closed row is checked.
    const rowAccess = this.options.rowAccess;
    if (version && rowAccess && (!previous || entitlementChanged(previous, committee))) await this.reapplyClosedRows(previous, committee, rowAccess);
    return { value: committee, version: encodeVersion({ r: written.rowId, ...(written.eTag ? { e: written.eTag } : {}), h: hashFields(fields) }) };
  }

  /**
   * After a settings save: the access of each closed row of the committee whose key (`closedRowKey`) differs
   * between the committee as it was and as saved — for every meeting, draft to approved, each with its own
   * freeze (`applyItemRowAccess`: an approved meeting's rows get the frozen access, the referents reading).
   * Found without reading the committee's saker or its other meetings (`meetingsWithClosedRows`): the
   * meeting rows that have closed rows, by the indexed `CommitteeId` and `ClosedRows` (1 request, however
   * long the committee's history), then the item rows of those meetings only, by the indexed `MeetingId`
   * (1 `$batch`).
   * A failure (reading, or the permission step of a meeting) is told to `onRowAccessFailed` with the
   * committee and the saker left as they were; the settings are stored all the same.
   */
  private async reapplyClosedRows(previous: Committee | undefined, committee: Committee, rowAccess: NonNullable<SharePointRepositoryOptions['rowAccess']>): Promise<void> {
    const left: RowAccessFailure['saker'] = [];
    let error: unknown;
    try {
      const withStubs = await this.meetingsWithClosedRows(committee.id);
      if (withStubs.length === 0) return;
      const answers = await runBatch(
        this.storageClient,
        withStubs.map((row, index) => ({ id: String(index), method: 'GET', url: this.lists.queryUrl('MotebokAgendaItems', 'MeetingId', String(row.fields['MeetingId'] ?? '')) })),
      );
      for (const [index, header] of withStubs.entries()) {
        const read = readMeetingRows(header, await this.lists.rowsAnswer(answers, String(index), 'MotebokAgendaItems'));
        if (!read.ok) continue;
        const meeting = read.meeting;
        const due = meeting.items.flatMap((item, position) => {
          const row = read.rows[position];
          // A sak the secretariat cannot read (restricted) is left to «Rett tilgangene», as the meeting's save leaves it.
          if (!row || item.restricted || !hasClosedRow(item)) return [];
          const wanted = closedRowKey({ committee, meeting }, item);
          return previous && closedRowKey({ committee: previous, meeting }, item) === wanted ? [] : [{ item, rowId: row.id }];
        });
        if (due.length === 0) continue;
        try {
          await rowAccess({ committee, meeting }, due.map((entry) => entry.rowId));
        } catch (failed) {
          error ??= failed;
          left.push(...due.map(({ item }) => ({ itemId: item.id, caseNumber: item.caseNumber, title: item.title })));
        }
      }
    } catch (failed) {
      error = failed;
    }
    if (error === undefined) return;
    const failure: RowAccessFailure = { committeeId: committee.id, saker: left, error };
    for (const listener of this.rowAccessListeners) listener(failure);
  }

  /**
   * The committee's meeting rows with public stubs (only those have closed rows): by the indexed `ClosedRows`
   * after the indexed `CommitteeId` — one request that does not grow with the meetings without closed rows.
   * A site set up before `ClosedRows` (the session's one read of the lists' columns, `checkLaterColumns`, which
   * also tells the secretariat that set-up is due) is read as before: every meeting row of the committee.
   */
  private async meetingsWithClosedRows(committeeId: string): Promise<ListRow[]> {
    if ((await this.lists.checkLaterColumns()).includes('MotebokMeetings.ClosedRows')) {
      return (await this.lists.query('MotebokMeetings', 'CommitteeId', committeeId)).filter((row) => {
        const read = readMeetingRows(row, []);
        return read.ok && read.meeting.items.length > 0;
      });
    }
    return this.lists.query('MotebokMeetings', 'CommitteeId', committeeId, 'fields/ClosedRows gt 0');
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
    const rows = await this.lists.query('MotebokMeetings', 'CommitteeId', committeeId);
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
        const item = parseRowData(AgendaItemSchema, row.fields);
        const meetingDate = row.fields['MeetingDate'];
        if ('value' in item && typeof meetingDate === 'string') found.push({ meetingId: String(row.fields['MeetingId'] ?? ''), meetingDate: meetingDate.slice(0, 10), item: item.value });
      }
    }
    return found;
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
    if (!row) throw new StorageError('notFound', `Fant ikke møteorganet ${committeeId}.`);
    const committee = committeeFromRow(row);
    this.committees.set(committee.id, committee);
    return committee;
  }

  /** The meeting row and its item rows: one $batch of two indexed queries. */
  async getMeeting(meetingId: string): Promise<ReadMeeting | undefined> {
    const answers = await runBatch(this.storageClient, [
      { id: 'meeting', method: 'GET', url: this.lists.queryUrl('MotebokMeetings', 'MeetingId', meetingId) },
      { id: 'items', method: 'GET', url: this.lists.queryUrl('MotebokAgendaItems', 'MeetingId', meetingId) },
    ]);
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
   */
  async getMeetingWithCommittee(link: MeetingLink): Promise<MeetingWithCommittee | undefined> {
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
    const first = await runBatch(this.storageClient, steps);
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
   * Writes what changed since `version` was read: the meeting row if its fields changed, each
   * changed/new/removed item row — each with If-Match on its own eTag. Without a version the
   * meeting must be new. A 412 on any row is a ConflictError.
   *
   * A sak holding exempt content (`hasClosedRow`) has its row closed by the save that marks it, not
   * only at the send (`rowAccess`, SharePoint REST). SharePoint can stop an item inheriting only once
   * the item exists (`items(id)/breakroleinheritance` is its own request after the create), so the
   * order is what keeps the exempt text from ever being readable by the list's readers:
   * 1. a sak already stored and now marked, or whose entitled people changed (its grants, the meeting's
   *    chair or referent, the committee's roles or vara setting; `closedRowKey`): its row's access is set
   *    first, then the row written if it changed at all;
   * 2. a new sak holding exempt content: its row is created with the public stub (`exemptStub`, the
   *    same as the meeting row's), then closed, then the real sak is written into it (If-Match);
   * 3. a sak no longer exempt: written first, then its row inherits again (closed too tightly for a
   *    moment, never too loosely).
   * If the permission step fails, the save still stores everything (nothing typed is lost, on this
   * machine or any other), the row stays open, and `onRowAccessFailed` names the saker so the
   * workspace can say so; the start-up check names the open row (`exemptRowOpen`) and «Rett
   * tilgangene» closes it. The next save that writes the sak tries again.
   */
  async saveMeeting(input: Meeting, version?: string): Promise<Versioned<Meeting>> {
    const meeting = checkedMeeting(input);
    const known: MeetingVersion | undefined = version ? decodeMeetingVersion(version) : undefined;
    if (!known) {
      const existing = await this.lists.query('MotebokMeetings', 'MeetingId', meeting.id);
      if (existing.length > 0) throw new ConflictError('Møtet finnes allerede i SharePoint. Last inn på nytt før du lagrer.');
    }
    const writes: RowWrite[] = [];
    const headerFields = meetingFields(meeting);
    if (!known) writes.push({ kind: 'create', key: 'meeting', list: 'MotebokMeetings', fields: headerFields });
    else if (known.m.h !== hashFields(headerFields)) writes.push({ kind: 'update', key: 'meeting', list: 'MotebokMeetings', rowId: known.m.r, eTag: known.m.e, fields: headerFields });
    const itemFieldSets = new Map<string, Record<string, unknown>>();
    const access = new Map<string, AccessChange>();
    // The access each exempt row should have depends on the committee too (roles, vara setting): read
    // (once a session, else cached) only when the meeting has such a row, or had one.
    const rowAccess = this.options.rowAccess;
    const holdsClosedRows = meeting.items.some((item) => !item.restricted && (hasClosedRow(item) || known?.i[item.id]?.c !== undefined));
    const file: MeetingFile | undefined = rowAccess && holdsClosedRows ? { committee: await this.committeeOf(meeting.committeeId), meeting } : undefined;
    // Approving the referat writes every sak's row too, unchanged: each gets a new eTag, so a side
    // panel still holding the old one is refused (412), reads again and meets the freeze.
    const approving = known !== undefined && known.s !== 'minutesApproved' && meeting.status === 'minutesApproved';
    meeting.items.forEach((item, index) => {
      // A restricted item is the public stub of a row this reader cannot read: not theirs to write, create or delete.
      if (item.restricted) return;
      const fields = itemFields(meeting, item, index);
      itemFieldSets.set(item.id, fields);
      const row = known?.i[item.id];
      const key = file ? closedRowKey(file, item) : undefined;
      const changed = !row || row.h !== hashFields(fields) || approving;
      if (file && accessDue(row, key, changed)) access.set(item.id, { item, key, created: !row });
      // A new exempt sak's row is created with its public stub: it inherits the list's Read until closed.
      const stub = !row && key !== undefined && access.has(item.id);
      if (!row) writes.push({ kind: 'create', key: `item:${item.id}`, list: 'MotebokAgendaItems', fields: stub ? itemFields(meeting, exemptStub(item), index) : fields });
      else if (changed) writes.push({ kind: 'update', key: `item:${item.id}`, list: 'MotebokAgendaItems', rowId: row.r, eTag: row.e, fields });
    });
    for (const [itemId, row] of Object.entries(known?.i ?? {})) {
      if (!itemFieldSets.has(itemId)) writes.push({ kind: 'delete', key: `item:${itemId}`, list: 'MotebokAgendaItems', rowId: row.r, eTag: row.e });
    }
    if (known?.s !== undefined) {
      const changes = { header: writes.some((write) => write.key === 'meeting'), items: writes.some((write) => write.key !== 'meeting') };
      const refusal = frozenChangeRefusal({ status: known.s, reopenings: known.n ?? 0 }, meeting, changes);
      if (refusal) throw refusal;
    }
    const failed = new Map<string, unknown>();
    const setAccess = async (changes: readonly AccessChange[], rowIdOf: (change: AccessChange) => string | undefined): Promise<void> => {
      const rowIds = changes.flatMap((change) => rowIdOf(change) ?? []);
      if (rowIds.length === 0 || !rowAccess || !file) return;
      try {
        await rowAccess(file, rowIds);
      } catch (error) {
        for (const change of changes) failed.set(change.item.id, error);
      }
    };
    const changes = [...access.values()];
    // (1) Closed before the exempt content is written into them.
    await setAccess(
      changes.filter((change) => !change.created && change.key !== undefined),
      (change) => known?.i[change.item.id]?.r,
    );
    const written = await this.lists.writeRows(writes);
    const rowIdOf = (change: AccessChange) => written.get(`item:${change.item.id}`)?.rowId ?? known?.i[change.item.id]?.r;
    // (2) New exempt saker (their rows hold the stub now), and saker no longer exempt (written public).
    const stubbed = changes.filter((change) => change.created && change.key !== undefined);
    await setAccess([...stubbed, ...changes.filter((change) => change.key === undefined)], rowIdOf);
    if (stubbed.length > 0) {
      const real: RowWrite[] = stubbed.flatMap((change): RowWrite[] => {
        const done = written.get(`item:${change.item.id}`);
        const fields = itemFieldSets.get(change.item.id);
        return done && fields ? [{ kind: 'update', key: `item:${change.item.id}`, list: 'MotebokAgendaItems', rowId: done.rowId, eTag: done.eTag, fields }] : [];
      });
      for (const [key, row] of await this.lists.writeRows(real)) written.set(key, row);
    }
    const closingFailed = changes.filter((change) => change.key !== undefined && failed.has(change.item.id));
    if (closingFailed.length > 0) {
      const failure: RowAccessFailure = {
        meetingId: meeting.id,
        saker: closingFailed.map((change) => ({ itemId: change.item.id, caseNumber: change.item.caseNumber, title: change.item.title })),
        error: failed.get(closingFailed[0]?.item.id ?? ''),
      };
      for (const listener of this.rowAccessListeners) listener(failure);
    }
    // The access key the session knows each row closed with; a failed step is remembered with the key it
    // wanted (`FAILED_ACCESS`), so the next save that writes the sak, or that wants another access, tries again.
    const closedWith = (itemId: string, previous: RowVersion | undefined): { c?: string } => {
      const change = access.get(itemId);
      const key = change === undefined ? previous?.c : failed.has(itemId) ? `${FAILED_ACCESS}${change.key ?? ''}` : change.key;
      return key === undefined ? {} : { c: key };
    };
    const next = (key: string, previous: RowVersion | undefined, fields: Record<string, unknown>): RowVersion => {
      const done = written.get(key);
      if (done) return { r: done.rowId, ...(done.eTag ? { e: done.eTag } : {}), h: hashFields(fields) };
      if (!previous) throw new Error(`Mangler radversjon for ${key}`);
      return previous;
    };
    const items: Record<string, RowVersion> = {};
    for (const item of meeting.items) {
      const fields = itemFieldSets.get(item.id);
      if (!fields) continue;
      const { c: _previousKey, ...row } = next(`item:${item.id}`, known?.i[item.id], fields);
      items[item.id] = { ...row, ...closedWith(item.id, known?.i[item.id]) };
    }
    return { value: meeting, version: encodeVersion({ m: next('meeting', known?.m, headerFields), i: items, ...frozenState(meeting) }) };
  }

  /** The versions SharePoint keeps of a sak's row, for its history (`historyGateway.ts`). */
  itemVersions(meetingId: string, itemId: string): Promise<RecordedVersion<AgendaItem>[]> {
    return readItemVersions(this.storageClient, this.options.siteId, this.lists, meetingId, itemId);
  }

  async uploadDocument(committee: Committee, meeting: Meeting, fileName: string, content: Blob | Uint8Array, onProgress?: (progress: UploadProgress) => void): Promise<DocumentRef> {
    const options: UploadOptions = { conflictBehavior: 'replace', ...(onProgress ? { onProgress } : {}) };
    return this.files.upload(meetingFolderPath(committee, meeting), fileName, content, options);
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

  /** People picker: users whose name or address starts with `query` (User.ReadBasic.All). */
  async searchPeople(query: string): Promise<Person[]> {
    const text = query.trim();
    if (text.length < 2) return [];
    const quoted = text.replace(/'/g, "''");
    const client = this.options.clients(SCOPES.people);
    const page = await graphCall(PeopleSchema(), () =>
      client
        .api('/users')
        .filter(`startswith(displayName,'${quoted}') or startswith(mail,'${quoted}') or startswith(userPrincipalName,'${quoted}')`)
        .select('id,displayName,mail,userPrincipalName,jobTitle,companyName')
        .top(15)
        .get(),
    );
    return page.value.flatMap((user) => {
      const person = PersonSchema.safeParse({
        name: user.displayName ?? user.mail ?? user.userPrincipalName,
        ...(user.mail ? { email: user.mail } : {}),
        directoryId: user.id,
        ...(user.companyName ? { organisation: user.companyName } : {}),
        ...(user.jobTitle ? { title: user.jobTitle } : {}),
      });
      return person.success ? [person.data] : [];
    });
  }
}

/**
 * Markers in a row version's `c` besides an access key: `UNKNOWN_ACCESS`, a row read closed while the
 * committee was not known (the next save sets its access); `FAILED_ACCESS` + key, the step that was to set
 * that access failed (tried again when the save writes the sak, or wants another access).
 */
const UNKNOWN_ACCESS = '?';
const FAILED_ACCESS = '!';

/**
 * Whether the save sets the access of a sak's row: a new row holding exempt content; a row whose wanted
 * access (`closedRowKey`, undefined: inherit) differs from the one it is known closed with — whatever changed
 * it, the row is written or not, so a changed invitee list or committee re-applies it and saving text does
 * not; a row whose last step failed, when the save writes it.
 */
function accessDue(row: RowVersion | undefined, key: string | undefined, written: boolean): boolean {
  if (!row) return key !== undefined;
  if (row.c === `${FAILED_ACCESS}${key ?? ''}`) return written;
  return key !== row.c;
}

/** What the version keeps for the freeze after approval: status and reopenings as read or written. */
function frozenState(meeting: Meeting): { s: Meeting['status']; n: number } {
  return { s: meeting.status, n: meeting.reopenings?.length ?? 0 };
}

function rowVersion(row: ListRow, fields: Record<string, unknown>): RowVersion {
  return { r: row.id, ...(row.eTag ? { e: row.eTag } : {}), h: hashFields(fields) };
}

/**
 * The rows `known` was read from, rebuilt from its values, when they are what `version` says was
 * read (each row's field hash matches); undefined when they are not, so the caller reads afresh.
 */
function rowsAsRead(known: Meeting, version: MeetingVersion): { header: ListRow; items: Map<string, ListRow> } | undefined {
  const headerFields = meetingFields(known);
  if (version.m.h !== hashFields(headerFields)) return undefined;
  const items = new Map<string, ListRow>();
  for (const [index, item] of known.items.entries()) {
    if (item.restricted) continue;
    const row = version.i[item.id];
    const fields = itemFields(known, item, index);
    if (!row || row.h !== hashFields(fields)) return undefined;
    items.set(row.r, { id: row.r, ...(row.e ? { eTag: row.e } : {}), fields });
  }
  return { header: { id: version.m.r, ...(version.m.e ? { eTag: version.m.e } : {}), fields: headerFields }, items };
}

function withUnreadable<T extends Versioned<unknown>>(values: T[], unreadable: UnreadableRow[]): T[] & { unreadable?: readonly UnreadableRow[] } {
  return unreadable.length === 0 ? values : Object.assign(values, { unreadable });
}

/** A meeting the caller asked for by id: its own row must be readable (UnreadableRowError names it); bad item rows are named on it. */
function readableMeeting(meetingRow: ListRow, itemRows: readonly ListRow[], committeeOf: (committeeId: string) => Committee | undefined): ReadMeeting {
  const read = versionedMeeting(meetingRow, itemRows, committeeOf);
  if (!('value' in read)) throw new UnreadableRowError(read.unreadable);
  return read;
}

/**
 * The meeting with its version. The version names only the item rows that were read, so a save
 * never deletes a row it could not read (saveMeeting deletes rows it knew and no longer has).
 */
function versionedMeeting(meetingRow: ListRow, itemRows: readonly ListRow[], committeeOf: (committeeId: string) => Committee | undefined): ReadMeeting | { unreadable: UnreadableRow } {
  const read = readMeetingRows(meetingRow, itemRows);
  if (!read.ok) return { unreadable: read.unreadable };
  const meeting = read.meeting;
  const committee = committeeOf(meeting.committeeId);
  const items: Record<string, RowVersion> = {};
  meeting.items.forEach((item, index) => {
    const row = read.rows[index];
    // A row read holding exempt content is taken as closed with the access the meeting as read wants (the
    // save or the send that last changed who is entitled set it; else the start-up check names it). Read
    // while the committee is not known, the access is not known either: the next save sets it.
    const key = committee ? closedRowKey({ committee, meeting }, item) : hasClosedRow(item) ? UNKNOWN_ACCESS : undefined;
    if (row) items[item.id] = { ...rowVersion(row, itemFields(meeting, item, index)), ...(key === undefined ? {} : { c: key }) };
  });
  const versioned = { value: meeting, version: encodeVersion({ m: rowVersion(meetingRow, meetingFields(meeting)), i: items, ...frozenState(meeting) }) };
  return read.unreadable.length === 0 ? versioned : { ...versioned, unreadable: read.unreadable };
}
