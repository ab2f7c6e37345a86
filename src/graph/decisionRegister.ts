import type { Client } from '@microsoft/microsoft-graph-client';
import * as v from 'valibot';
import {
  compareEntries,
  filtersRows,
  matchesRegister,
  openFollowUpItems,
  planWindows,
  type DecisionRegister,
  type RegisterEntry,
  type RegisterHit,
  type RegisterPage,
  type RegisterQuery,
  type RegisterSearch,
  type RegisterSearchOptions,
  type RegisterWindow,
} from '../domain/decisionRegister';
import { FollowUpTaskSchema } from '../domain/model';
import { ConflictError } from '../domain/ports';
import { safeLinkUrl } from '../domain/safeUrl';
import { answerOrThrow, BATCH_LIMIT, runBatch, type BatchStep } from './batch';
import { collectionOf } from './graphSchemas';
import { REGISTER_COLUMNS } from './listDefinitions';
import { parseItemRow, parseRowData, readCommitteeRow, readMeetingRows, registerFields } from './listRows';
import { nextBodyField } from './nextBodyColumn';
import { ListRowSchema, notProvisionedWhenMissing, type ListRow, type ListsGateway, type RowWrite } from './listsGateway';
import { MeetingSchema } from '../domain/model';
import { allPages } from './pages';
import { lazySchema } from '../domain/lazySchema';

/**
 * The decision register on SharePoint (design in README: "The decision register").
 *
 * Every request is a query on ONE indexed column of `MotebokAgendaItems` — a case number, a sak's
 * id, committee|year or year — ordered by the indexed meeting date: each window stays below the
 * 5,000-item list view threshold at 50,000 saker, so no request scans the list. The free text, the
 * sakstype and the follow-up set are matched in the browser on the rows of those windows
 * (`domain/decisionRegister.ts`). Windows are read newest first, several at a time in one `$batch`
 * when the query filters rows, and a page of hits is complete when enough matched (or the windows
 * ran out): the user scrolls, the next page continues where this one stopped.
 */

/** The columns a hit is made of: a light read, no `MotebokJson`. */
const HIT_FIELDS = ['ItemId', 'MeetingId', 'CommitteeId', 'MeetingDate', 'CaseNumber', 'Title', 'Kinds', 'Conclusion', 'FollowUpTasks'];
/** Tasks per status request (`FollowUpTasks.statuses` batches 20 a request). */
const STATUS_BATCH = BATCH_LIMIT;
/** Rows per request: a listing shows most rows it reads; a filtered scan drops most, so it reads more at once. */
const LISTING_ROWS = 100;
const SCAN_ROWS = 1000;
const DEFAULT_PAGE = 25;

const HitFieldsSchema = lazySchema(() => v.looseObject({
  ItemId: v.string(),
  MeetingId: v.string(),
  CommitteeId: v.optional(v.string()),
  MeetingDate: v.optional(v.string()),
  CaseNumber: v.optional(v.string()),
  Title: v.optional(v.string()),
  Kinds: v.optional(v.string()),
  Conclusion: v.optional(v.string()),
  FollowUpTasks: v.optional(v.string()),
}));

/** The FollowUpTasks column as Møtebok writes it (`listRows.ts` followUpFields). */
const FollowUpTasksSchema = lazySchema(() => v.array(FollowUpTaskSchema));

/** The task references in a row's FollowUpTasks column; none when empty or not what Møtebok writes. */
function followUpTasksOf(column: string | undefined): RegisterEntry['followUpTasks'] {
  if (!column) return undefined;
  try {
    const tasks = v.safeParse(FollowUpTasksSchema(), JSON.parse(column));
    return tasks.success && tasks.output.length > 0 ? tasks.output : undefined;
  } catch {
    return undefined;
  }
}

/** A stored row as a register entry; a row without the register columns (not filled yet) has none. */
export function entryOf(row: ListRow): RegisterEntry | undefined {
  const parsed = v.safeParse(HitFieldsSchema(), row.fields);
  if (!parsed.success || !parsed.output.CommitteeId || !parsed.output.MeetingDate) return undefined;
  const fields = parsed.output;
  const followUpTasks = followUpTasksOf(fields.FollowUpTasks);
  return {
    ...(followUpTasks ? { followUpTasks } : {}),
    itemId: fields.ItemId,
    meetingId: fields.MeetingId,
    committeeId: fields.CommitteeId ?? '',
    meetingDate: (fields.MeetingDate ?? '').slice(0, 10),
    caseNumber: fields.CaseNumber ? fields.CaseNumber : null,
    title: fields.Title ?? '',
    kinds: fields.Kinds ? fields.Kinds.split(', ').filter(Boolean) : [],
    conclusion: fields.Conclusion ?? '',
  };
}

/**
 * The `$filter` of one window: one equality on one indexed column; for "has open follow-up", then
 * the indexed point count (the window's clause comes first, so it is what must stay below the
 * list view threshold, as SharePoint checks it).
 */
export function windowFilter(window: RegisterWindow, openFollowUp = false): string {
  const value = typeof window.value === 'number' ? String(window.value) : `'${window.value.replace(/'/g, "''")}'`;
  return `fields/${window.column} eq ${value}${openFollowUp ? ' and fields/FollowUpCount gt 0' : ''}`;
}

/** A nextLink (absolute) as a `$batch` step's URL (relative to the version). */
export function relativeToVersion(link: string): string {
  const url = new URL(link);
  return `${url.pathname.replace(/^\/[^/]+/, '')}${url.search}`;
}

interface WindowState {
  window: RegisterWindow;
  /** The next request for this window (first page or a nextLink), undefined when read to the end. */
  next: string | undefined;
  /** Hits read but not yet handed out. */
  buffer: RegisterEntry[];
  /** With «has open follow-up»: saker read that match but for the status, not asked of Planner/To Do yet. */
  unasked: RegisterEntry[];
}

/**
 * The next saker to ask Planner/To Do about, in the order hits are shown, taken out of their
 * windows: as many as one status request holds (20 tasks; at least one sak), from this window and
 * — while the request has room and a window is read to its end — the windows after it. So a page
 * costs the status reads its hits need, not those of every sak with points in the windows read
 * ahead, and a sparse register does not pay a request per window.
 */
function takeForOneStatusRequest(states: readonly WindowState[]): Array<{ state: WindowState; entries: RegisterEntry[] }> {
  const taken: Array<{ state: WindowState; entries: RegisterEntry[] }> = [];
  let tasks = 0;
  for (const state of states) {
    let count = 0;
    const tasksOf = (index: number) => state.unasked[index]?.followUpTasks?.length ?? 0;
    while (count < state.unasked.length && ((taken.length === 0 && count === 0) || tasks + tasksOf(count) <= STATUS_BATCH)) {
      tasks += state.unasked[count]?.followUpTasks?.length ?? 0;
      count++;
    }
    if (count > 0) taken.push({ state, entries: state.unasked.splice(0, count) });
    // What this window has left (unasked, or rows not read yet) comes before the next window's.
    if (state.unasked.length > 0 || state.next !== undefined) break;
  }
  return taken;
}

const MeetingHeaderSchema = lazySchema(() => v.omit(MeetingSchema, ['items']));

export class SharePointDecisionRegister implements DecisionRegister {
  private yearRange: Promise<{ first: number; last: number } | undefined> | undefined;
  private readonly meetings = new Map<string, { title: string; minutesUrl?: string }>();

  constructor(
    private readonly client: Client,
    private readonly lists: ListsGateway,
  ) {}

  /** The oldest and newest MeetingYear: one `$batch` of two one-row reads ordered by the indexed column. */
  years(): Promise<{ first: number; last: number } | undefined> {
    this.yearRange ??= (async () => {
      const path = this.lists.listPath('MotebokAgendaItems');
      const url = (direction: 'asc' | 'desc') => `${path}/items?$select=id&$expand=fields($select=MeetingYear)&$orderby=${encodeURIComponent(`fields/MeetingYear ${direction}`)}&$top=1`;
      const answers = await runBatch(this.client, [
        { id: 'first', method: 'GET', url: url('asc') },
        { id: 'last', method: 'GET', url: url('desc') },
      ]);
      // Only the first row of each answer: its nextLink would page through the whole list.
      const yearOf = (id: string) => {
        const year = answerOrThrow(answers, id, collectionOf(ListRowSchema)).value[0]?.fields['MeetingYear'];
        return typeof year === 'number' ? year : undefined;
      };
      const first = await notProvisionedWhenMissing('MotebokAgendaItems', Promise.resolve().then(() => yearOf('first')));
      const last = yearOf('last');
      return first !== undefined && last !== undefined ? { first, last } : undefined;
    })();
    this.yearRange.catch(() => (this.yearRange = undefined));
    return this.yearRange;
  }

  search(query: RegisterQuery, options: RegisterSearchOptions = {}): RegisterSearch {
    const pageSize = options.pageSize ?? DEFAULT_PAGE;
    const scanning = filtersRows(query);
    const rowsPerRequest = scanning ? SCAN_ROWS : LISTING_ROWS;
    // Reading ahead pays only when most rows are dropped: then several windows go in one $batch.
    const readAhead = scanning ? BATCH_LIMIT : 1;
    let windows: WindowState[] | undefined;
    const path = this.lists.listPath('MotebokAgendaItems');
    const firstUrl = (window: RegisterWindow) =>
      `${path}/items?$select=id&$expand=fields($select=${HIT_FIELDS.join(',')})&$filter=${encodeURIComponent(windowFilter(window, query.openFollowUp))}&$orderby=${encodeURIComponent('fields/MeetingDate desc')}&$top=${rowsPerRequest}`;
    return {
      nextPage: async (): Promise<RegisterPage> => {
        let requests = 0;
        let unknownFollowUps = 0;
        if (!windows) {
          const needsYears = !query.caseNumber?.trim() && query.year === undefined;
          if (needsYears) requests++;
          const years = needsYears ? await this.years() : undefined;
          windows = planWindows(query, years).map((window) => ({ window, next: firstUrl(window), buffer: [], unasked: [] }));
        }
        const hits: RegisterEntry[] = [];
        while (hits.length < pageSize) {
          const current = windows.find((state) => state.buffer.length > 0 || state.unasked.length > 0 || state.next !== undefined);
          if (!current) break;
          if (current.buffer.length > 0) {
            hits.push(...current.buffer.splice(0, pageSize - hits.length));
            continue;
          }
          if (current.unasked.length > 0) {
            const asked = takeForOneStatusRequest(windows.slice(windows.indexOf(current)));
            const open = await this.openAmong(asked.flatMap(({ entries }) => entries), options);
            requests += open.requests;
            unknownFollowUps += open.unknown;
            for (const { state, entries } of asked) state.buffer.push(...entries.filter((entry) => matchesRegister(entry, query, open.items)));
            continue;
          }
          const due = windows.filter((state) => state.next !== undefined).slice(0, readAhead);
          const steps: BatchStep[] = due.map((state, index) => ({ id: String(index), method: 'GET', url: state.next ?? '' }));
          const answers = await notProvisionedWhenMissing('MotebokAgendaItems', runBatch(this.client, steps));
          requests += Math.ceil(steps.length / BATCH_LIMIT);
          const { openFollowUp: _statusAsked, ...rowQuery } = query;
          for (const [index, state] of due.entries()) {
            const page = await notProvisionedWhenMissing('MotebokAgendaItems', Promise.resolve().then(() => answerOrThrow(answers, String(index), collectionOf(ListRowSchema))));
            const link = page['@odata.nextLink'];
            state.next = link ? relativeToVersion(link) : undefined;
            const entries = page.value
              .flatMap((row) => {
                const entry = entryOf(row);
                return entry && matchesRegister(entry, rowQuery) ? [entry] : [];
              })
              .sort(compareEntries);
            // The status is asked when the window's turn comes (above), a request's worth at a time.
            (query.openFollowUp ? state.unasked : state.buffer).push(...entries);
          }
        }
        const withMeetings = await this.withMeetings(hits);
        requests += withMeetings.requests;
        const done = !windows.some((state) => state.buffer.length > 0 || state.unasked.length > 0 || state.next !== undefined);
        return { hits: withMeetings.hits, done, requests, ...(query.openFollowUp ? { unknownFollowUps } : {}) };
      },
    };
  }

  /**
   * The saker among `entries` with an open task: their statuses asked of Planner/To Do for the
   * saker whose turn has come (`takeForOneStatusRequest`; batched 20 a request by the reader), never
   * stored. Without a reader, none.
   */
  private async openAmong(
    entries: readonly RegisterEntry[],
    options: RegisterSearchOptions,
  ): Promise<{ items: Set<string>; unknown: number; requests: number }> {
    const tasks = entries.flatMap((entry) => entry.followUpTasks ?? []);
    if (tasks.length === 0 || !options.statuses) return { items: new Set(), unknown: 0, requests: 0 };
    const { open, unknown } = openFollowUpItems(entries, await options.statuses(tasks));
    return { items: open, unknown, requests: Math.ceil(tasks.length / STATUS_BATCH) };
  }

  /** Each hit's meeting title and referat link: the meetings not seen yet in one `$batch` by the indexed MeetingId. */
  private async withMeetings(entries: readonly RegisterEntry[]): Promise<{ hits: RegisterHit[]; requests: number }> {
    const missing = [...new Set(entries.map((entry) => entry.meetingId))].filter((id) => !this.meetings.has(id));
    let requests = 0;
    if (missing.length > 0) {
      const answers = await runBatch(
        this.client,
        missing.map((id, index) => ({ id: String(index), method: 'GET', url: this.lists.queryUrl('MotebokMeetings', 'MeetingId', id, ['MeetingId', 'MotebokJson']) })),
      );
      requests += Math.ceil(missing.length / BATCH_LIMIT);
      for (const [index, id] of missing.entries()) {
        const row = (await this.lists.rowsAnswer(answers, String(index), 'MotebokMeetings'))[0];
        const header = row ? parseRowData(MeetingHeaderSchema(), row.fields) : undefined;
        // The meeting's theme when it has one ("Møte 2024-05-30" says nothing the date does not).
        const title = header && 'value' in header ? (header.value.theme ?? '') : '';
        const minutesUrl = header && 'value' in header && header.value.minutes ? safeLinkUrl(header.value.minutes.webUrl) : undefined;
        this.meetings.set(id, { title, ...(minutesUrl ? { minutesUrl } : {}) });
      }
    }
    const hits = entries.map((entry) => {
      const meeting = this.meetings.get(entry.meetingId);
      return { ...entry, ...(meeting?.title ? { meetingTitle: meeting.title } : {}), ...(meeting?.minutesUrl ? { minutesUrl: meeting.minutesUrl } : {}) };
    });
    return { hits, requests };
  }
}

/**
 * Migration for sites set up before the register columns existed: item rows whose register
 * columns do not say what their meeting and `MotebokJson` say get them written, 20 to a `$batch`,
 * each with If-Match (a row saved meanwhile was written with them anyway, so its 412 is let be).
 * Reads the meeting rows and the item rows once, in pages of 1,000 with only the columns it needs;
 * a second run only reads. Returns how many rows it filled.
 */
export async function fillRegisterColumns(client: Client, lists: ListsGateway): Promise<number> {
  // The committees' names, for the `NextBody` column (nextBodyColumn.ts): the body after the sak's own committee.
  const committees = new Map((await lists.all('MotebokCommittees')).flatMap((row) => {
    const read = readCommitteeRow(row);
    return read.ok ? [[read.value.id, read.value] as const] : [];
  }));
  const meetingRows = await lists.all('MotebokMeetings');
  const meetings = new Map<string, { id: string; committeeId: string; date: string }>();
  for (const row of meetingRows) {
    const read = readMeetingRows(row, []);
    if (read.ok) meetings.set(read.meeting.id, read.meeting);
  }
  const itemsPath = `${lists.listPath('MotebokAgendaItems')}/items?$select=id,eTag&$expand=fields($select=MeetingId,${REGISTER_COLUMNS.join(',')},NextBody,MotebokJson)&$top=1000`;
  const rows = await notProvisionedWhenMissing('MotebokAgendaItems', allPages(client, ListRowSchema, () => client.api(itemsPath).get()));
  const writes: RowWrite[] = [];
  for (const row of rows) {
    const meeting = meetings.get(String(row.fields['MeetingId'] ?? ''));
    const item = parseItemRow(row.fields);
    if (!meeting || !('value' in item)) continue;
    const wanted = { ...registerFields(meeting, item.value), ...nextBodyField(item.value, committees.get(meeting.committeeId)) };
    const stale = Object.entries(wanted).filter(([column, value]) => !sameValue(row.fields[column], value));
    if (stale.length > 0) writes.push({ kind: 'update', key: row.id, list: 'MotebokAgendaItems', rowId: row.id, eTag: row.eTag, fields: Object.fromEntries(stale) });
  }
  for (let start = 0; start < writes.length; start += BATCH_LIMIT) {
    await lists.writeRows(writes.slice(start, start + BATCH_LIMIT)).catch((error: unknown) => {
      if (!(error instanceof ConflictError)) throw error;
    });
  }
  return writes.length;
}

/**
 * A stored value and the one Møtebok would write: dates compare by day (SharePoint may add seconds
 * or a zone); an empty column is no points (null never matches `FollowUpCount gt 0`), so the
 * migration does not write 0 to every old row.
 */
function sameValue(stored: unknown, wanted: unknown): boolean {
  if (wanted === 0 && (stored === undefined || stored === null)) return true;
  if (typeof wanted === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(wanted) && typeof stored === 'string') return stored.slice(0, 10) === wanted.slice(0, 10);
  if (wanted === '' && (stored === undefined || stored === null)) return true;
  return stored === wanted;
}

