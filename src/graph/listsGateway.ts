import type { Client } from '@microsoft/microsoft-graph-client';
import * as v from 'valibot';
import { NotProvisionedError, type SaveOptions } from '../domain/ports';
import { answerOrThrow, runBatch, type BatchAnswer } from './batch';
import { GraphRequestError, offlineError } from './graphError';
import type { ListWriteAccess } from './listWrites';
import { collectionOf } from './graphSchemas';
import { LATER_COLUMNS, LISTS } from './listDefinitions';
import { allPages, allPagesFrom } from './pages';
import { lazySchema } from '../domain/lazySchema';

// Provisioning's and writes' answers: built when first parsed (`domain/lazySchema.ts`), not by every page that only reads rows.
export const ListSchema = lazySchema(() => v.looseObject({ id: v.string(), displayName: v.optional(v.string()), name: v.optional(v.string()) }));
export const ColumnSchema = lazySchema(() => v.looseObject({ name: v.string(), indexed: v.optional(v.boolean()) }));

/**
 * The writing half (rows written with If-Match, provisioning): its own chunk, with the repository's
 * (`repository-writes`), fetched with the first write; a chunk that cannot be fetched is the network
 * away (OfflineError), as a request that never reached Graph.
 */
const loadListWrites = () =>
  import(/* webpackChunkName: "repository-writes" */ './listWrites').catch((error: unknown) => {
    throw offlineError(error);
  });

/**
 * A list row as this layer uses it: SharePoint's id and eTag and the open field set. `fields` is an object with any
 * keys and values (the columns are read by the domain schemas of `MotebokJson`, `listRows.ts`): a `looseObject` without
 * entries accepts and copies what `record(string(), unknown())` did, without running two schemas per column of every
 * row (h/parse60).
 */
export const ListRowSchema = v.looseObject({
  id: v.string(),
  eTag: v.optional(v.string()),
  /** Where SharePoint shows the row: offered for repair when the row cannot be read. */
  webUrl: v.optional(v.string()),
  fields: v.optional(v.looseObject({}), {}),
});
export type ListRow = v.InferOutput<typeof ListRowSchema>;


export type ListName = (typeof LISTS)[number]['name'];

export interface ProvisioningReport {
  createdLists: string[];
  createdColumns: string[];
}

/** One pending write for `writeRows` ($batch). */
export type RowWrite =
  | { kind: 'create'; key: string; list: ListName; fields: Record<string, unknown> }
  | { kind: 'update'; key: string; list: ListName; rowId: string; eTag: string | undefined; fields: Record<string, unknown> }
  | { kind: 'delete'; key: string; list: ListName; rowId: string; eTag: string | undefined };

/** What a write left behind: the row id and its new eTag (undefined after delete). */
export interface RowWritten {
  rowId: string;
  eTag: string | undefined;
}

/**
 * Møtebok's SharePoint lists: provisioning, queries on indexed columns, and eTag-guarded writes.
 * List ids are resolved once per session and cached.
 */
export class ListsGateway {
  private listIds: Promise<Map<string, string>> | undefined;
  /** Later columns (LATER_COLUMNS) this site's lists refused a value for: left out of writes until provisioning runs. */
  private readonly missing = new Map<string, Set<string>>();
  private readonly missingListeners = new Set<(columns: readonly string[]) => void>();
  /** The start-up read of the lists' column sets (`checkLaterColumns`): once per session. */
  private laterColumnsRead: Promise<string[]> | undefined;

  /** What the writing half (listWrites.ts: writes and provisioning, a chunk fetched with the first write) needs of this gateway. */
  private readonly writeAccess: ListWriteAccess;

  constructor(
    private readonly client: Client,
    private readonly siteId: string,
  ) {
    this.writeAccess = {
      client,
      sitePath: `/sites/${siteId}`,
      listPath: (list) => this.listPath(list),
      readListIds: (fresh) => this.readListIds(fresh),
      useListIds: (ids) => {
        this.listIds = Promise.resolve(ids);
      },
      withoutMissing: (write) => this.withoutMissing(write),
      learntMissing: (list, error) => this.learntMissing(list, error),
    };
  }

  private get sitePath(): string {
    return `/sites/${this.siteId}`;
  }

  /**
   * "Klargjør SharePoint-området": creates the lists and columns that are missing and nothing else.
   * A second run makes no changes (only reads). In the writing half (listWrites.ts).
   */
  async ensureProvisioned(): Promise<ProvisioningReport> {
    return (await loadListWrites()).ensureProvisioned(this.writeAccess);
  }

  /**
   * Takes over the list ids another gateway on the same site found or created (provisioning runs
   * with its own client, which has the extra scope): without this, ids this gateway remembered as
   * missing would keep saying "not set up" for the rest of the session.
   */
  adoptListIds(from: ListsGateway): void {
    if (from.siteId !== this.siteId) throw new Error('adoptListIds: the gateways are on different sites');
    this.listIds = from.listIds;
  }

  /** The id of a provisioned list; a clear message when set-up has not been run. */
  async listId(name: ListName): Promise<string> {
    const id = (await this.readListIds(false)).get(name);
    if (!id) throw new NotProvisionedError(name);
    return id;
  }

  private readListIds(fresh: boolean): Promise<Map<string, string>> {
    if (fresh || !this.listIds) {
      const ids = allPages(this.client, ListSchema(), () => this.client.api(`${this.sitePath}/lists`).select('id,name,displayName').get()).then((lists) => {
        const map = new Map<string, string>();
        for (const list of lists) {
          const key = LISTS.find((def) => def.name === list.name || def.name === list.displayName)?.name;
          if (key) map.set(key, list.id);
        }
        return map;
      });
      this.listIds = ids;
      ids.catch(() => (this.listIds = undefined));
    }
    return this.listIds;
  }

  /**
   * A list addressed by its title, as Graph documents (`GET /sites/{site-id}/lists/{list-title}`):
   * reads need no list-id lookup first. A 404 on a read through it means the list is missing, i.e.
   * the site is not set up (`rowsAnswer`, `query`, `all` say so with NotProvisionedError).
   */
  listPath(list: ListName): string {
    return `${this.sitePath}/lists/${encodeURIComponent(list)}`;
  }

  /**
   * The relative URL of a query on one indexed column (for callers that put it in a $batch). Only
   * indexed columns may be filtered: SharePoint refuses other filters past 5,000 rows.
   */
  queryUrl(list: ListName, column: string, value: string, onlyFields?: readonly string[], and?: string): string {
    // `and`: a further clause after the indexed equality, which narrows the rows first (the list view threshold).
    const filter = encodeURIComponent(`fields/${column} eq '${value.replace(/'/g, "''")}'${and ? ` and ${and}` : ''}`);
    // With onlyFields: just ids, eTags and those columns — a light read to see whether anything changed.
    const expand = onlyFields ? `$select=id,eTag&$expand=fields($select=${onlyFields.join(',')})` : '$expand=fields';
    return `${this.listPath(list)}/items?${expand}&$filter=${filter}&$top=200`;
  }

  /** The relative URL of one row by its SharePoint id, with its fields (for a $batch). */
  rowUrl(list: ListName, rowId: string): string {
    return `${this.listPath(list)}/items/${encodeURIComponent(rowId)}?$expand=fields`;
  }

  /** Rows where the indexed `column` equals `value` (and the clause `and`, on an indexed column too), all pages. */
  async query(list: ListName, column: string, value: string, and?: string): Promise<ListRow[]> {
    const url = this.queryUrl(list, column, value, undefined, and);
    return notProvisionedWhenMissing(list, allPages(this.client, ListRowSchema, () => this.client.api(url).get()));
  }

  /** The relative URL of every row of a small list (committees), with their fields (for a $batch). */
  allRowsUrl(list: ListName): string {
    return `${this.listPath(list)}/items?$expand=fields&$top=200`;
  }

  /** Every row of a list (small lists: committees). */
  async all(list: ListName): Promise<ListRow[]> {
    return notProvisionedWhenMissing(list, allPages(this.client, ListRowSchema, () => this.client.api(this.allRowsUrl(list)).get()));
  }

  /** The rows of a list query that came back inside a $batch, all pages; a missing list is NotProvisionedError. */
  rowsAnswer(answers: Map<string, BatchAnswer>, id: string, list: ListName): Promise<ListRow[]> {
    return notProvisionedWhenMissing(list, (async () => this.rowsFrom(answerOrThrow(answers, id, collectionOf(ListRowSchema))))());
  }

  /** Completes a page that came back inside a $batch (following its nextLink, if any). */
  rowsFrom(page: { value: ListRow[]; '@odata.nextLink'?: string | undefined }): Promise<ListRow[]> {
    return allPagesFrom(this.client, ListRowSchema, page);
  }

  /**
   * Writes rows: one request when there is one write, otherwise $batch. Updates and deletes carry
   * If-Match with the eTag they were read at; a 412 on any of them becomes a ConflictError (the
   * others in the batch still went through — each row stands alone, which is why rows are small).
   *
   * A site set up before a later column existed (LATER_COLUMNS) answers 400 "Field 'X' is not
   * recognized": the column is remembered as missing, the refused rows are written again without
   * it, and later writes leave it out from the start — so no save is lost and no request is added
   * to saves on a site that has its columns. Any other unknown column is NotProvisionedError.
   * `options.keepalive`: the requests ask to outlive the page (`SaveOptions`; the fetch middleware keeps the 64 KiB).
   */
  async writeRows(writes: readonly RowWrite[], options: SaveOptions = {}): Promise<Map<string, RowWritten>> {
    return (await loadListWrites()).writeRows(this.writeAccess, writes, options);
  }

  /** The later columns this site lacks, as learnt from refused writes ("MotebokAgendaItems.FollowUpCount"). */
  missingColumns(): string[] {
    return [...this.missing].flatMap(([list, columns]) => [...columns].map((column) => `${list}.${column}`));
  }

  /** Hears when a write learns that the site lacks a later column; returns the unsubscribe. */
  onMissingColumns(listener: (columns: readonly string[]) => void): () => void {
    this.missingListeners.add(listener);
    return () => this.missingListeners.delete(listener);
  }

  /**
   * Whether this site lacks later columns, without waiting for a save to be refused: the column
   * names of each list that has later columns, in one request ($batch), once per session (again only
   * after provisioning). What is missing is remembered as a refused write would have taught (so no
   * save is refused for it) and the listeners hear it. A list that is not there says nothing here
   * (the site is not set up at all, which the reads say). Returns what is missing.
   */
  checkLaterColumns(): Promise<string[]> {
    this.laterColumnsRead ??= (async () => {
      const lists = LISTS.map((list) => list.name).filter((name) => (LATER_COLUMNS[name] ?? []).length > 0);
      const answers = await runBatch(this.client, lists.map((list) => ({ id: list, method: 'GET', url: `${this.listPath(list)}/columns?$select=name` })));
      let learnt = false;
      for (const list of lists) {
        if (answers.get(list)?.status === 404) continue;
        const columns = await allPagesFrom(this.client, ColumnSchema(), answerOrThrow(answers, list, collectionOf(ColumnSchema())));
        learnt = this.rememberMissing(list, columns) || learnt;
      }
      if (learnt) this.tellMissing();
      return this.missingColumns();
    })();
    this.laterColumnsRead.catch(() => (this.laterColumnsRead = undefined));
    return this.laterColumnsRead;
  }

  /** After provisioning: the site has every column again. */
  forgetMissingColumns(): void {
    this.missing.clear();
    this.laterColumnsRead = undefined;
  }

  /** Remembers the later columns of `list` that `columns` (the list's column set) lacks; whether any was new. */
  private rememberMissing(list: ListName, columns: readonly { name: string }[]): boolean {
    const present = new Set(columns.map((entry) => entry.name));
    const known = this.missing.get(list) ?? new Set<string>();
    const before = known.size;
    for (const name of LATER_COLUMNS[list] ?? []) if (!present.has(name)) known.add(name);
    if (known.size > 0) this.missing.set(list, known);
    return known.size > before;
  }

  private tellMissing(): void {
    const all = this.missingColumns();
    for (const listener of this.missingListeners) listener(all);
  }

  private withoutMissing(write: RowWrite): RowWrite {
    const missing = this.missing.get(write.list);
    if (write.kind === 'delete' || !missing || missing.size === 0) return write;
    return { ...write, fields: Object.fromEntries(Object.entries(write.fields).filter(([column]) => !missing.has(column))) };
  }

  /**
   * Whether `error` refused a later column of `list`. The first time, the list's columns are read
   * once (one request) and every later column it lacks is remembered, so the refused rows are
   * written again once, not once per missing column (SharePoint names one field per refusal).
   */
  private async learntMissing(list: ListName, error: unknown): Promise<boolean> {
    const column = error instanceof GraphRequestError && error.status === 400 ? /Field '([^']*)' is not recognized/.exec(error.message)?.[1] : undefined;
    const later = LATER_COLUMNS[list] ?? [];
    if (!column || !later.includes(column)) return false;
    const known = this.missing.get(list) ?? new Set<string>();
    if (known.has(column)) return true;
    known.add(column);
    this.missing.set(list, known);
    const columns = await allPages(this.client, ColumnSchema(), () => this.client.api(`${this.listPath(list)}/columns`).select('name').get()).catch(() => undefined);
    if (columns) this.rememberMissing(list, columns);
    this.tellMissing();
    return true;
  }

}

/**
 * A list addressed by title answered 404 (the list is not there), or a column Møtebok uses is
 * unknown to it (a site set up before the column was added): either way provisioning has to run.
 */
export async function notProvisionedWhenMissing<T>(list: ListName, request: Promise<T>): Promise<T> {
  try {
    return await request;
  } catch (error) {
    throw asNotProvisioned(list, error);
  }
}

/** A write naming a column the list does not have: the site was set up before that column existed. */
export function unknownColumn(list: ListName, error: unknown): unknown {
  return error instanceof GraphRequestError && error.status === 400 && /Field '[^']*' is not recognized/.test(error.message) ? new NotProvisionedError(list) : error;
}

function asNotProvisioned(list: ListName, error: unknown): unknown {
  return error instanceof GraphRequestError && error.status === 404 ? new NotProvisionedError(list) : unknownColumn(list, error);
}
