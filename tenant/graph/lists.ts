// SharePoint lists through Graph: the list store, columns and field validation, items with
// fields, OData queries with the 5,000-item list view threshold on non-indexed columns, eTags and
// delta. The HTTP routes are in listRoutes.ts.
import { z } from 'zod';
import { GraphError, notFound } from '../http/graphError.js';
import { json, type Reply, type RequestContext } from '../http/types.js';
import { SITE_ID, SITE_PATH, findUser, type TenantUser } from '../seed.js';
import { listItemChain, type SecurityService } from '../sharepoint/security.js';
import type { Store } from '../store/store.js';
import type { Misconfigurations } from '../http/misconfig.js';
import { newGuid, nowIso, userIdentity } from './common.js';
import { applySelect, decodeSkipToken, encodeSkipToken, evaluate, parseFilter, parseOrderBy, parseTop, readPath, referencedPaths, sortBy, type FilterNode } from './odata.js';

export const LIST_VIEW_THRESHOLD = 5000;
export const READ = ['Sites.Read.All', 'Sites.ReadWrite.All', 'Sites.Manage.All'];
export const WRITE = ['Sites.ReadWrite.All', 'Sites.Manage.All'];
export const MANAGE = ['Sites.Manage.All', 'Sites.FullControl.All'];
const HONOR_NON_INDEXED = 'honornonindexedquerieswarningmayfailrandomly';
/** System fields every item has; ID, Created and Modified are indexed in SharePoint. */
const SYSTEM_FIELDS = ['id', 'ContentType', 'Created', 'Modified', 'AuthorLookupId', 'EditorLookupId', '_UIVersionString', 'Attachments', 'Edit', 'LinkTitle', 'ItemChildCount', 'FolderChildCount'];
const INDEXED_SYSTEM = new Set(['id', 'created', 'modified']);
/**
 * Versions kept per item. SharePoint Online turns versioning on for new lists and keeps 50 major
 * versions unless the list says otherwise; older versions are deleted as new ones arrive.
 */
export const MAJOR_VERSION_LIMIT = 50;

export interface ColumnRecord {
  id: string;
  name: string;
  displayName: string;
  indexed: boolean;
  required: boolean;
  enforceUniqueValues: boolean;
  hidden: boolean;
  readOnly: boolean;
  description: string;
  /** The type facet as sent (text, number, dateTime, boolean, choice, personOrGroup, lookup, …). */
  facet: Record<string, unknown>;
}

export interface ListRecord {
  id: string;
  name: string;
  displayName: string;
  description: string;
  template: string;
  created: string;
  modified: string;
  createdBy: string;
  guid: string;
  columns: ColumnRecord[];
}

interface ItemRecord {
  id: number;
  guid: string;
  version: number;
  created: string;
  modified: string;
  createdBy: string;
  modifiedBy: string;
  fields: Record<string, unknown>;
  seq: number;
  /** SharePoint's version history: a copy of the fields as each create or update left them, oldest first. */
  versions?: VersionRecord[];
}

interface VersionRecord {
  /** The major version number: its id is "<n>.0". */
  number: number;
  modified: string;
  modifiedBy: string;
  fields: Record<string, unknown>;
}

interface ItemsDoc {
  nextId: number;
  seq: number;
  items: ItemRecord[];
  removed: Array<{ id: number; seq: number }>;
}

interface ListsDoc {
  lists: ListRecord[];
}

const FACETS = ['text', 'number', 'dateTime', 'boolean', 'choice', 'personOrGroup', 'lookup', 'currency', 'hyperlinkOrPicture', 'calculated', 'geolocation', 'thumbnail', 'term', 'contentApprovalStatus'] as const;

export const columnSchema = z.object({
  name: z.string().min(1).max(255).regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must start with a letter and contain only letters, digits and _'),
  displayName: z.string().optional(),
  description: z.string().optional(),
  indexed: z.boolean().optional(),
  required: z.boolean().optional(),
  enforceUniqueValues: z.boolean().optional(),
  hidden: z.boolean().optional(),
  readOnly: z.boolean().optional(),
}).passthrough();

export const createListSchema = z.object({
  displayName: z.string().min(1).max(255),
  description: z.string().optional(),
  columns: z.array(columnSchema).optional(),
  list: z.object({ template: z.string().optional() }).passthrough().optional(),
}).passthrough();

export const itemBodySchema = z.object({ fields: z.record(z.string(), z.unknown()) }).passthrough();

function itemEtag(item: ItemRecord): string {
  return `"${item.guid},${item.version}"`;
}

export class ListService {
  constructor(
    private readonly store: Store,
    private readonly origin: () => string,
    readonly security: SecurityService,
    private readonly misconfig?: Misconfigurations,
  ) {}

  /** The lists as Graph sees them: `listMissing` hides MotebokMeetings (its rows stay on disk). */
  private visible(lists: ListRecord[]): ListRecord[] {
    return this.misconfig?.has('listMissing') ? lists.filter((l) => l.name !== 'MotebokMeetings') : lists;
  }

  /** A list's columns as Graph sees them: `columnMissing` and `indexMissing` change what queries and answers see. */
  columnsOf(list: ListRecord): ColumnRecord[] {
    let columns = list.columns;
    if (this.misconfig?.has('columnMissing') && list.name === 'MotebokAgendaItems') columns = columns.filter((c) => c.name !== 'CaseNumber');
    if (this.misconfig?.has('indexMissing') && list.name === 'MotebokMeetings') columns = columns.map((c) => (c.name === 'Status' ? { ...c, indexed: false } : c));
    return columns;
  }

  private get doc(): ListsDoc {
    return this.store.doc<ListsDoc>('lists', () => ({ lists: [] }));
  }

  private items(list: ListRecord): ItemsDoc {
    return this.store.doc<ItemsDoc>(`list-${list.id}`, () => ({ nextId: 1, seq: 0, items: [], removed: [] }));
  }

  all(): ListRecord[] {
    return this.visible(this.doc.lists);
  }

  itemsOf(list: ListRecord): ItemRecord[] {
    return this.items(list).items;
  }

  find(key: string): ListRecord | undefined {
    const decoded = decodeURIComponent(key).toLowerCase();
    return this.visible(this.doc.lists).find((l) => l.id === decoded || l.name.toLowerCase() === decoded || l.displayName.toLowerCase() === decoded);
  }

  listJson(list: ListRecord, expandColumns: boolean): Record<string, unknown> {
    const out: Record<string, unknown> = {
      '@odata.etag': `"${list.guid},${this.columnsOf(list).length}"`,
      createdDateTime: list.created,
      description: list.description,
      eTag: `"${list.guid},${this.columnsOf(list).length}"`,
      id: list.id,
      lastModifiedDateTime: list.modified,
      name: list.name,
      webUrl: `${this.origin()}${SITE_PATH}/Lists/${encodeURIComponent(list.name)}`,
      displayName: list.displayName,
      createdBy: this.identity(list.createdBy),
      parentReference: { siteId: SITE_ID },
      list: { contentTypesEnabled: false, hidden: false, template: list.template },
    };
    if (expandColumns) out.columns = this.columnsOf(list).map(columnJson);
    return out;
  }

  identity(userId: string): Record<string, unknown> {
    const user = findUser(userId);
    return user ? userIdentity(user) : { user: { displayName: 'Systemkonto' } };
  }

  fieldsJson(list: ListRecord, item: ItemRecord): Record<string, unknown> {
    return {
      '@odata.etag': itemEtag(item),
      ...item.fields,
      id: String(item.id),
      ContentType: 'Item',
      Created: item.created,
      Modified: item.modified,
      AuthorLookupId: String(authorLookup(item.createdBy)),
      EditorLookupId: String(authorLookup(item.modifiedBy)),
      _UIVersionString: `${item.version}.0`,
      Attachments: false,
      Edit: '',
      LinkTitle: typeof item.fields.Title === 'string' ? item.fields.Title : '',
      ItemChildCount: '0',
      FolderChildCount: '0',
    };
  }

  itemJson(list: ListRecord, item: ItemRecord, expandFields: string | null | undefined): Record<string, unknown> {
    const out: Record<string, unknown> = {
      '@odata.etag': itemEtag(item),
      createdDateTime: item.created,
      eTag: itemEtag(item),
      id: String(item.id),
      lastModifiedDateTime: item.modified,
      webUrl: `${this.origin()}${SITE_PATH}/Lists/${encodeURIComponent(list.name)}/DispForm.aspx?ID=${item.id}`,
      createdBy: this.identity(item.createdBy),
      lastModifiedBy: this.identity(item.modifiedBy),
      parentReference: { id: list.id, siteId: SITE_ID },
      contentType: { id: '0x0100' + list.guid.replace(/-/g, '').toUpperCase(), name: 'Item' },
    };
    if (expandFields !== undefined) {
      const all = this.fieldsJson(list, item);
      out.fields = expandFields ? applySelect(all, expandFields, ['@odata.etag', 'id']) : all;
    }
    return out;
  }

  /** The item's versions, newest first, as `GET …/items/{id}/versions` lists them. */
  versionsOf(item: ItemRecord): VersionRecord[] {
    // Items stored before the tenant kept versions have their current state as their one version.
    const versions = item.versions ?? [{ number: item.version, modified: item.modified, modifiedBy: item.modifiedBy, fields: item.fields }];
    return [...versions].reverse();
  }

  /** One version by its id ("3.0"); 404 itemNotFound when SharePoint no longer keeps it. */
  version(item: ItemRecord, key: string): VersionRecord {
    const m = /^(\d+)\.0$/.exec(decodeURIComponent(key));
    const found = m ? this.versionsOf(item).find((v) => v.number === Number(m[1])) : undefined;
    if (!found) throw notFound('The specified version was not found.');
    return found;
  }

  /** A listItemVersion: id, lastModifiedBy, lastModifiedDateTime; `fields` when expanded. */
  versionJson(list: ListRecord, item: ItemRecord, version: VersionRecord, expandFields: string | undefined): Record<string, unknown> {
    const out: Record<string, unknown> = {
      id: `${version.number}.0`,
      lastModifiedDateTime: version.modified,
      lastModifiedBy: this.identity(version.modifiedBy),
    };
    if (expandFields !== undefined) {
      const all = this.versionFieldsJson(list, item, version);
      out.fields = expandFields ? applySelect(all, expandFields, ['id']) : all;
    }
    return out;
  }

  /** The field values of one version (the list's columns as they were, with SharePoint's version fields). */
  versionFieldsJson(_list: ListRecord, item: ItemRecord, version: VersionRecord): Record<string, unknown> {
    return {
      ...version.fields,
      id: String(item.id),
      Created: item.created,
      Modified: version.modified,
      AuthorLookupId: String(authorLookup(item.createdBy)),
      EditorLookupId: String(authorLookup(version.modifiedBy)),
      _UIVersionString: `${version.number}.0`,
    };
  }

  // --- writes
  createList(body: z.infer<typeof createListSchema>, user: TenantUser): ListRecord {
    const name = body.displayName.replace(/[^A-Za-z0-9_-]/g, '');
    if (this.doc.lists.some((l) => l.displayName.toLowerCase() === body.displayName.toLowerCase())) {
      throw new GraphError(409, 'nameAlreadyExists', 'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.');
    }
    const now = nowIso();
    const list: ListRecord = {
      id: newGuid(),
      name: name || `List${this.doc.lists.length + 1}`,
      displayName: body.displayName,
      description: body.description ?? '',
      template: body.list?.template ?? 'genericList',
      created: now,
      modified: now,
      createdBy: user.id,
      guid: newGuid(),
      columns: [makeColumn({ name: 'Title', displayName: 'Title', text: { allowMultipleLines: false, maxLength: 255 } })],
    };
    for (const c of body.columns ?? []) this.addColumnTo(list, c);
    this.doc.lists.push(list);
    this.store.touch('lists');
    this.items(list);
    this.store.touch(`list-${list.id}`);
    return list;
  }

  addColumnTo(list: ListRecord, raw: z.infer<typeof columnSchema>): ColumnRecord {
    if (list.columns.some((c) => c.name.toLowerCase() === raw.name.toLowerCase()) || SYSTEM_FIELDS.some((s) => s.toLowerCase() === raw.name.toLowerCase())) {
      throw new GraphError(409, 'nameAlreadyExists', `A duplicate field name "${raw.name}" was found.`);
    }
    const column = makeColumn(raw);
    list.columns.push(column);
    list.modified = nowIso();
    this.store.touch('lists');
    return column;
  }

  validateFields(list: ListRecord, fields: Record<string, unknown>, creating: boolean): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(fields)) {
      if (key.startsWith('@')) continue;
      const column = this.columnsOf(list).find((c) => c.name === key);
      if (!column) {
        if (SYSTEM_FIELDS.includes(key)) throw new GraphError(400, 'invalidRequest', `Field '${key}' is read-only`);
        throw new GraphError(400, 'invalidRequest', `Field '${key}' is not recognized`);
      }
      if (column.readOnly) throw new GraphError(400, 'invalidRequest', `Field '${key}' is read-only`);
      out[key] = checkValue(column, value);
    }
    if (creating) {
      for (const c of this.columnsOf(list)) {
        if (c.required && (out[c.name] === undefined || out[c.name] === null || out[c.name] === '')) {
          throw new GraphError(400, 'invalidRequest', `Field '${c.name}' is required.`);
        }
      }
    }
    return out;
  }

  private checkUnique(list: ListRecord, fields: Record<string, unknown>, exceptId?: number): void {
    for (const c of this.columnsOf(list).filter((col) => col.enforceUniqueValues)) {
      const v = fields[c.name];
      if (v === undefined || v === null) continue;
      if (this.items(list).items.some((i) => i.id !== exceptId && i.fields[c.name] === v)) {
        throw new GraphError(409, 'nameAlreadyExists', `This value already exists in the column '${c.name}', which requires unique values.`);
      }
    }
  }

  createItem(list: ListRecord, fields: Record<string, unknown>, user: TenantUser): ItemRecord {
    const checked = this.validateFields(list, fields, true);
    this.checkUnique(list, checked);
    const doc = this.items(list);
    const now = nowIso();
    const item: ItemRecord = {
      id: doc.nextId++,
      guid: newGuid(),
      version: 1,
      created: now,
      modified: now,
      createdBy: user.id,
      modifiedBy: user.id,
      fields: checked,
      seq: ++doc.seq,
    };
    recordVersion(item);
    doc.items.push(item);
    this.store.touch(`list-${list.id}`);
    return item;
  }

  /** Bulk creation for seeding large lists in tests and benchmarks; same validation as POST. */
  createItems(list: ListRecord, rows: Array<Record<string, unknown>>, user: TenantUser): number {
    for (const row of rows) this.createItem(list, row, user);
    return rows.length;
  }

  updateFields(list: ListRecord, item: ItemRecord, fields: Record<string, unknown>, user: TenantUser): ItemRecord {
    const checked = this.validateFields(list, fields, false);
    this.checkUnique(list, { ...item.fields, ...checked }, item.id);
    Object.assign(item.fields, checked);
    for (const [k, v] of Object.entries(checked)) if (v === null) delete item.fields[k];
    item.version++;
    item.modified = nowIso();
    item.modifiedBy = user.id;
    item.seq = ++this.items(list).seq;
    recordVersion(item);
    this.store.touch(`list-${list.id}`);
    return item;
  }

  deleteItem(list: ListRecord, item: ItemRecord): void {
    const doc = this.items(list);
    doc.items = doc.items.filter((i) => i.id !== item.id);
    doc.removed.push({ id: item.id, seq: ++doc.seq });
    // The item's own role assignments go with it.
    if (this.security.hasUnique(listItemChain(list.id, item.id)[0] ?? '')) this.security.resetInheritance(listItemChain(list.id, item.id)[0] ?? '');
    this.store.touch(`list-${list.id}`);
  }

  deleteList(list: ListRecord): void {
    this.doc.lists = this.doc.lists.filter((l) => l.id !== list.id);
    this.store.touch('lists');
    this.store.remove(`list-${list.id}`);
  }

  item(list: ListRecord, key: string): ItemRecord {
    if (!/^\d+$/.test(key)) throw new GraphError(400, 'invalidRequest', `Invalid item id '${key}'.`);
    const item = this.items(list).items.find((i) => i.id === Number(key));
    if (!item) throw notFound('The specified list item was not found.');
    return item;
  }

  // --- queries
  /** Items the user may read; the others are not in any answer, as SharePoint trims them. */
  private readable(list: ListRecord, items: ItemRecord[], user: TenantUser): ItemRecord[] {
    return items.filter((i) => this.security.can(user, listItemChain(list.id, i.id), 'read'));
  }

  query(ctx: RequestContext, list: ListRecord, user: TenantUser): Reply {
    const doc = this.items(list);
    const honor = (ctx.headers.prefer ?? '').toLowerCase().includes(HONOR_NON_INDEXED);
    const filterText = ctx.query.get('$filter');
    const order = parseOrderBy(ctx.query.get('$orderby'));
    const ast = filterText ? parseFilter(filterText, 'invalidRequest') : undefined;
    const referenced = [...(ast ? referencedPaths(ast) : []), ...order.map((o) => o.path)];
    const nonIndexed: string[] = [];
    for (const path of referenced) {
      const fieldName = path.replace(/^fields\//i, '');
      if (!/^fields\//i.test(path) && path.toLowerCase() !== 'id') continue;
      if (INDEXED_SYSTEM.has(fieldName.toLowerCase())) continue;
      const column = this.columnsOf(list).find((c) => c.name.toLowerCase() === fieldName.toLowerCase());
      if (!column && !SYSTEM_FIELDS.some((s) => s.toLowerCase() === fieldName.toLowerCase())) {
        throw new GraphError(400, 'invalidRequest', `Field '${fieldName}' is not recognized`);
      }
      if (!column?.indexed) nonIndexed.push(column?.name ?? fieldName);
    }
    if (nonIndexed.length > 0 && !honor) {
      throw new GraphError(400, 'invalidRequest', `Field '${nonIndexed[0]}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`);
    }
    // Columns by name once per query: the getter runs for every row of lists of 50,000.
    const columns = new Map(this.columnsOf(list).map((c) => [c.name.toLowerCase(), c]));
    const getter = (item: ItemRecord, path: string): unknown => {
      const lower = path.toLowerCase();
      if (lower === 'id') return item.id;
      if (lower === 'createddatetime') return item.created;
      if (lower === 'lastmodifieddatetime') return item.modified;
      const name = path.replace(/^fields\//i, '').toLowerCase();
      if (name === 'id') return item.id;
      if (name === 'created') return item.created;
      if (name === 'modified') return item.modified;
      const column = columns.get(name);
      return column ? item.fields[column.name] : readPath(item, path);
    };
    if (doc.items.length > LIST_VIEW_THRESHOLD) this.checkThreshold(list, doc.items, ast, order, getter);
    // Filter first, then trim to what the user may read: the same answer, without a permission check per row of a 50,000-row list.
    let rows = ast ? doc.items.filter((i) => evaluate(ast, (p) => getter(i, p))) : doc.items;
    rows = this.readable(list, rows, user);
    rows = sortBy(rows, order.length ? order : [{ path: 'id', desc: false }], getter);
    const top = parseTop(ctx.query.get('$top'), LIST_VIEW_THRESHOLD, 200);
    const offset = decodeSkipToken(ctx.query.get('$skiptoken'));
    const pageRows = rows.slice(offset, offset + top);
    const expand = parseExpandFields(ctx.query.get('$expand'));
    const select = ctx.query.get('$select');
    const value = pageRows.map((i) => applySelect(this.itemJson(list, i, expand), select, ['id', '@odata.etag', 'fields']));
    const out: Record<string, unknown> = { '@odata.context': `${ctx.origin}/v1.0/$metadata#sites('${SITE_ID}')/lists('${list.id}')/items`, value };
    if (offset + top < rows.length) {
      const next = new URLSearchParams(ctx.query);
      next.set('$skiptoken', encodeSkipToken(offset + top));
      out['@odata.nextLink'] = `${ctx.origin}${ctx.rawPath}?${next.toString()}`;
    }
    return json(200, out);
  }

  /**
   * A query on a list past the list view threshold, as SharePoint answers it ("Manage large lists
   * and libraries"): it may sort only on indexed columns, and a filter must start with a clause on
   * an indexed column that by itself leaves at most LIST_VIEW_THRESHOLD items — then the clauses
   * after it may name unindexed columns (with the Prefer header). Anything else would scan the
   * list and is refused with SPQueryThrottledException. Reading without a filter, page by page in
   * id order, is allowed.
   */
  private checkThreshold(
    list: ListRecord,
    items: ItemRecord[],
    ast: FilterNode | undefined,
    order: Array<{ path: string }>,
    getter: (item: ItemRecord, path: string) => unknown,
  ): void {
    const throttled = () => new GraphError(500, 'generalException', 'The attempted operation is prohibited because it exceeds the list view threshold.', {}, 'SPQueryThrottledException');
    if (order.some((o) => !this.isIndexedPath(list, o.path))) throw throttled();
    if (!ast) return;
    let first: FilterNode = ast;
    while (first.type === 'and') first = first.left;
    if (!referencedPaths(first).every((path) => this.isIndexedPath(list, path))) throw throttled();
    let matching = 0;
    for (const item of items) {
      if (evaluate(first, (p) => getter(item, p)) && ++matching > LIST_VIEW_THRESHOLD) throw throttled();
    }
  }

  /**
   * SharePoint REST's `…/items?$filter=` (sharepoint/rest.ts) against the same list: a column the filter names that the
   * list lacks is `unknown` (SharePoint answers 400), and past the list view threshold the filter must start with a clause
   * on an indexed column leaving at most LIST_VIEW_THRESHOLD items, as `checkThreshold` says (`throttled`). REST has no
   * `Prefer` header: below the threshold a non-indexed column may be filtered on.
   */
  restFilterProblem(list: ListRecord, ast: FilterNode | undefined): { unknown: string } | 'throttled' | undefined {
    if (!ast) return undefined;
    for (const path of referencedPaths(ast)) {
      const name = path.toLowerCase();
      if (INDEXED_SYSTEM.has(name) || SYSTEM_FIELDS.some((field) => field.toLowerCase() === name)) continue;
      if (!this.columnsOf(list).some((column) => column.name.toLowerCase() === name)) return { unknown: path };
    }
    const doc = this.items(list);
    if (doc.items.length <= LIST_VIEW_THRESHOLD) return undefined;
    try {
      this.checkThreshold(list, doc.items, ast, [], (item, path) => (path.toLowerCase() === 'id' ? item.id : readPath(item.fields, path)));
    } catch (error) {
      if (error instanceof GraphError && error.status === 500) return 'throttled';
      throw error;
    }
    return undefined;
  }

  /** Whether a $filter/$orderby path names an indexed column (or an indexed system field). */
  private isIndexedPath(list: ListRecord, path: string): boolean {
    const name = path.replace(/^fields\//i, '').toLowerCase();
    if (INDEXED_SYSTEM.has(name) || name === 'createddatetime' || name === 'lastmodifieddatetime') return true;
    return this.columnsOf(list).some((c) => c.name.toLowerCase() === name && c.indexed);
  }

  /** Changes since a delta token: items created or changed, and removed ones marked `deleted`. */
  delta(ctx: RequestContext, list: ListRecord, user: TenantUser): Reply {
    const doc = this.items(list);
    const raw = ctx.query.get('token') ?? ctx.query.get('$deltatoken');
    let since = 0;
    if (raw !== null && raw !== 'latest') {
      const decoded = Buffer.from(raw, 'base64url').toString('utf8');
      if (!/^seq:\d+$/.test(decoded)) throw new GraphError(410, 'resyncRequired', 'The delta token is not valid; start again without a token.', {}, 'resyncChangesInvalid');
      since = Number(decoded.slice(4));
    }
    const token = Buffer.from(`seq:${doc.seq}`, 'utf8').toString('base64url');
    const base = `${ctx.origin}/v1.0/sites/${encodeURIComponent(SITE_ID)}/lists/${list.id}/items/delta`;
    if (raw === 'latest') return json(200, { '@odata.context': `${ctx.origin}/v1.0/$metadata#Collection(listItem)`, value: [], '@odata.deltaLink': `${base}?token=${token}` });
    const expand = parseExpandFields(ctx.query.get('$expand'));
    const changed = this.readable(list, doc.items, user).filter((i) => i.seq > since).sort((a, b) => a.seq - b.seq).map((i) => this.itemJson(list, i, expand ?? ''));
    const removed = doc.removed.filter((r) => r.seq > since).map((r) => ({ id: String(r.id), deleted: { state: 'deleted' } }));
    return json(200, { '@odata.context': `${ctx.origin}/v1.0/$metadata#Collection(listItem)`, value: [...changed, ...removed], '@odata.deltaLink': `${base}?token=${token}` });
  }
}

/** Keeps a copy of the item as it is now as its newest version, within MAJOR_VERSION_LIMIT. */
function recordVersion(item: ItemRecord): void {
  const versions = (item.versions ??= []);
  versions.push({ number: item.version, modified: item.modified, modifiedBy: item.modifiedBy, fields: structuredClone(item.fields) });
  if (versions.length > MAJOR_VERSION_LIMIT) versions.splice(0, versions.length - MAJOR_VERSION_LIMIT);
}

function authorLookup(userId: string): number {
  const idx = ['a1b2c3d4', 'b2c3d4e5'].indexOf(userId.slice(0, 8));
  return idx < 0 ? 1073741823 : 10 + idx * 10 + Number(userId.slice(-1));
}

/** `$expand=fields` → '' (all fields); `$expand=fields($select=Title,Status)` → 'Title,Status'; absent → undefined. */
export function parseExpandFields(expand: string | null): string | undefined {
  if (!expand) return undefined;
  const m = /(?:^|,)\s*fields(?:\(\s*\$select=([^)]*)\))?/i.exec(expand);
  if (!m) return undefined;
  return m[1] ?? '';
}

function makeColumn(raw: Record<string, unknown>): ColumnRecord {
  const facet: Record<string, unknown> = {};
  for (const f of FACETS) if (raw[f] !== undefined && raw[f] !== null) facet[f] = raw[f];
  if (Object.keys(facet).length === 0) facet.text = {};
  return {
    id: newGuid(),
    name: String(raw.name),
    displayName: typeof raw.displayName === 'string' ? raw.displayName : String(raw.name),
    indexed: raw.indexed === true,
    required: raw.required === true,
    enforceUniqueValues: raw.enforceUniqueValues === true,
    hidden: raw.hidden === true,
    readOnly: raw.readOnly === true,
    description: typeof raw.description === 'string' ? raw.description : '',
    facet,
  };
}

export function columnJson(c: ColumnRecord): Record<string, unknown> {
  return { columnGroup: 'Custom Columns', description: c.description, displayName: c.displayName, enforceUniqueValues: c.enforceUniqueValues, hidden: c.hidden, id: c.id, indexed: c.indexed, name: c.name, readOnly: c.readOnly, required: c.required, ...c.facet };
}

const choiceFacet = z.object({ choices: z.array(z.string()).optional(), allowTextEntry: z.boolean().optional() }).passthrough();
const textFacet = z.object({ allowMultipleLines: z.boolean().optional(), maxLength: z.number().int().positive().optional() }).passthrough();

function checkValue(column: ColumnRecord, value: unknown): unknown {
  if (value === null) return null;
  const bad = (expected: string): GraphError => new GraphError(400, 'invalidRequest', `Invalid value for field '${column.name}': expected ${expected}.`);
  if (column.facet.number !== undefined || column.facet.currency !== undefined) {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw bad('a number');
    return value;
  }
  if (column.facet.boolean !== undefined) {
    if (typeof value !== 'boolean') throw bad('true or false');
    return value;
  }
  if (column.facet.dateTime !== undefined) {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw bad('an ISO 8601 date-time');
    return new Date(value).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  if (column.facet.choice !== undefined) {
    const choice = choiceFacet.safeParse(column.facet.choice);
    const choices = choice.success ? (choice.data.choices ?? []) : [];
    if (typeof value !== 'string') throw bad('a text value');
    if (!(choice.success && choice.data.allowTextEntry === true) && choices.length > 0 && !choices.includes(value)) throw bad(`one of ${choices.join(', ')}`);
    return value;
  }
  if (column.facet.text !== undefined) {
    if (typeof value !== 'string') throw bad('a text value');
    const text = textFacet.safeParse(column.facet.text);
    const max =
      text.success && text.data.allowMultipleLines === true
        ? 1_000_000
        : text.success && text.data.maxLength !== undefined
          ? text.data.maxLength
          : 255;
    if (value.length > max) throw new GraphError(400, 'invalidRequest', `The value of field '${column.name}' is longer than ${max} characters.`);
    return value;
  }
  return value;
}
