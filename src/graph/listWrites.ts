import type { Client } from '@microsoft/microsoft-graph-client';
import type { ColumnDefinition, List } from '@microsoft/microsoft-graph-types';
import * as v from 'valibot';
import { ConflictError, type SaveOptions } from '../domain/ports';
import { lazySchema } from '../domain/lazySchema';
import { answerOrThrow, keptAlive, runBatch, type BatchStep } from './batch';
import { graphCall, graphSend } from './graphCall';
import { collectionOf } from './graphSchemas';
import { LATER_COLUMNS, LISTS, type ListDefinition } from './listDefinitions';
import { ColumnSchema, ListRowSchema, ListSchema, unknownColumn, type ListName, type ProvisioningReport, type RowWrite, type RowWritten } from './listsGateway';
import { allPagesFrom } from './pages';

/*
 * The writing half of `ListsGateway` (listsGateway.ts): rows written with If-Match ($batch), and
 * provisioning. Its own chunk, with the repository's (`repository-writes`), fetched with the first
 * write: a page that only reads (the stage) carries none of it (issue 14: start-up JavaScript).
 */

/** What the writes need of the gateway they belong to. */
export interface ListWriteAccess {
  client: Client;
  sitePath: string;
  listPath(list: ListName): string;
  readListIds(fresh: boolean): Promise<Map<string, string>>;
  /** The list ids provisioning found and created, for the gateway's later requests. */
  useListIds(ids: Map<string, string>): void;
  withoutMissing(write: RowWrite): RowWrite;
  learntMissing(list: ListName, error: unknown): Promise<boolean>;
}

const FieldsAnswerSchema = lazySchema(() => v.looseObject({ '@odata.etag': v.optional(v.string()) }));

/**
 * "Klargjør SharePoint-området": creates the lists and columns that are missing and nothing else.
 * A second run makes no changes (only reads).
 */
export async function ensureProvisioned(gateway: ListWriteAccess): Promise<ProvisioningReport> {
  const report: ProvisioningReport = { createdLists: [], createdColumns: [] };
  const existing = await gateway.readListIds(true);
  const present = LISTS.filter((list) => existing.has(list.name));
  const answers = await runBatch(
    gateway.client,
    present.map((list) => ({ id: list.name, method: 'GET', url: `${gateway.sitePath}/lists/${existing.get(list.name)}/columns?$select=name,indexed` })),
  );
  for (const list of present) {
    const columns = answerOrThrow(answers, list.name, collectionOf(ColumnSchema()));
    const all = await allPagesFrom(gateway.client, ColumnSchema(), columns);
    const names = new Set(all.map((column) => column.name));
    for (const column of list.columns) {
      if (names.has(column.name ?? '')) continue;
      await graphCall(ColumnSchema(), () => gateway.client.api(`${gateway.sitePath}/lists/${existing.get(list.name)}/columns`).post(column));
      report.createdColumns.push(`${list.name}.${column.name}`);
    }
  }
  for (const list of LISTS.filter((definition) => !existing.has(definition.name))) {
    const created = await graphCall(ListSchema(), () => gateway.client.api(`${gateway.sitePath}/lists`).post(listBody(list)));
    existing.set(list.name, created.id);
    report.createdLists.push(list.name);
  }
  gateway.useListIds(existing);
  return report;
}


export async function writeRows(gateway: ListWriteAccess, writes: readonly RowWrite[], options: SaveOptions = {}): Promise<Map<string, RowWritten>> {
  const results = new Map<string, RowWritten>();
  let pending = writes;
  // Each round that retries has learnt a missing column, so there are at most that many rounds.
  for (let round = 0; pending.length > 0; round++) {
    const retry = await writeRound(gateway, pending.map((write) => gateway.withoutMissing(write)), results, round < LATER_COLUMN_COUNT, options);
    pending = retry;
  }
  return results;
}

/** One request (or $batch) of writes; returns the writes refused for a later column, to be written again without it. */
async function writeRound(
  gateway: ListWriteAccess,
  writes: readonly RowWrite[],
  results: Map<string, RowWritten>,
  mayRetry: boolean,
  options: SaveOptions,
): Promise<RowWrite[]> {
  if (writes.length === 1 && writes[0]) {
    // A 404 here is the row (deleted meanwhile), not the list: only an unknown column means set-up is due.
    const write = writes[0];
    try {
      results.set(write.key, await writeOne(gateway, write, options));
      return [];
    } catch (error) {
      if (mayRetry && (await gateway.learntMissing(write.list, error))) return [write];
      throw unknownColumn(write.list, error);
    }
  }
  const retry: RowWrite[] = [];
  const steps: BatchStep[] = [];
  for (const write of writes) steps.push(await stepFor(gateway, write));
  const answers = await runBatch(gateway.client, steps, options);
  let conflict: ConflictError | undefined;
  let failure: unknown;
  for (const write of writes) {
    try {
      if (write.kind === 'create') {
        const row = answerOrThrow(answers, write.key, ListRowSchema);
        results.set(write.key, { rowId: row.id, eTag: row.eTag });
      } else if (write.kind === 'update') {
        const answer = answerOrThrow(answers, write.key, FieldsAnswerSchema());
        results.set(write.key, { rowId: write.rowId, eTag: answer['@odata.etag'] ?? (await eTagOf(gateway, write.list, write.rowId)) });
      } else {
        answerOrThrow(answers, write.key, v.unknown());
        results.set(write.key, { rowId: write.rowId, eTag: undefined });
      }
    } catch (error) {
      if (error instanceof ConflictError) conflict ??= error;
      else if (mayRetry && (await gateway.learntMissing(write.list, error))) retry.push(write);
      else failure ??= unknownColumn(write.list, error);
    }
  }
  if (conflict) throw conflict;
  if (failure) throw failure;
  return retry;
}

async function writeOne(gateway: ListWriteAccess, write: RowWrite, options: SaveOptions): Promise<RowWritten> {
  const base = `${gateway.listPath(write.list)}/items`;
  if (write.kind === 'create') {
    const row = await graphCall(ListRowSchema, () => keptAlive(gateway.client.api(base), options).post({ fields: write.fields }));
    return { rowId: row.id, eTag: row.eTag };
  }
  const request = keptAlive(gateway.client.api(write.kind === 'update' ? `${base}/${write.rowId}/fields` : `${base}/${write.rowId}`), options);
  if (write.eTag) request.header('If-Match', write.eTag);
  if (write.kind === 'delete') {
    await graphSend(() => request.delete());
    return { rowId: write.rowId, eTag: undefined };
  }
  const answer = await graphCall(FieldsAnswerSchema(), () => request.patch(write.fields));
  return { rowId: write.rowId, eTag: answer['@odata.etag'] ?? (await eTagOf(gateway, write.list, write.rowId)) };
}

async function stepFor(gateway: ListWriteAccess, write: RowWrite): Promise<BatchStep> {
  const base = `${gateway.listPath(write.list)}/items`;
  const ifMatch = write.kind !== 'create' && write.eTag ? { 'If-Match': write.eTag } : undefined;
  if (write.kind === 'create') return { id: write.key, method: 'POST', url: base, body: { fields: write.fields } };
  if (write.kind === 'update') return { id: write.key, method: 'PATCH', url: `${base}/${write.rowId}/fields`, body: write.fields, ...(ifMatch ? { headers: ifMatch } : {}) };
  return { id: write.key, method: 'DELETE', url: `${base}/${write.rowId}`, ...(ifMatch ? { headers: ifMatch } : {}) };
}

/** Fallback when a PATCH answer carries no eTag: read the row's. */
async function eTagOf(gateway: ListWriteAccess, list: ListName, rowId: string): Promise<string | undefined> {
  const row = await graphCall(ListRowSchema, () => gateway.client.api(`${gateway.listPath(list)}/items/${rowId}`).select('id,eTag').get());
  return row.eTag;
}

const LATER_COLUMN_COUNT = Object.values(LATER_COLUMNS).reduce((sum, columns) => sum + columns.length, 0);

/** The site has not been set up yet ("Klargjør SharePoint-området" has not run). */
function listBody(list: ListDefinition): List & { columns: ColumnDefinition[] } {
  return { displayName: list.name, description: list.description, columns: list.columns, list: { template: 'genericList' } };
}
