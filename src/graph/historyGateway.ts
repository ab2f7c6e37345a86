import type { Client } from '@microsoft/microsoft-graph-client';
import * as v from 'valibot';
import type { RecordedVersion } from '../domain/itemHistory';
import type { AgendaItem } from '../domain/model';
import { parseItemRow } from './listRows';
import type { ListsGateway } from './listsGateway';
import { allPages } from './pages';
import { lazySchema } from '../domain/lazySchema';

/** A listItemVersion as Graph lists it with `$expand=fields`; built when a history is first read (`domain/lazySchema.ts`). */
const ListItemVersionSchema = lazySchema(() =>
  v.looseObject({
      id: v.string(),
      lastModifiedDateTime: v.string(),
      lastModifiedBy: v.optional(v.looseObject({ user: v.optional(v.looseObject({ displayName: v.optional(v.nullable(v.string())) })) })),
      fields: v.optional(v.record(v.string(), v.unknown()), {}),
    }),
);

/**
 * The history of a sak from SharePoint's versions of its list row (`…/items/{id}/versions`,
 * Sites.Read.All like any read): the row is found by its indexed ItemId, then its versions are read
 * with their fields, and each version's MotebokJson is parsed with the domain schema on its own —
 * a version that cannot be read is named, not fatal. Two requests, made only when a history is opened.
 */
export async function readItemVersions(
  client: Client,
  siteId: string,
  lists: ListsGateway,
  meetingId: string,
  itemId: string,
): Promise<RecordedVersion<AgendaItem>[]> {
  const rows = await lists.query('MotebokAgendaItems', 'ItemId', itemId);
  const row = rows.find((candidate) => candidate.fields['MeetingId'] === meetingId);
  if (!row) return [];
  const listId = await lists.listId('MotebokAgendaItems');
  const versions = await allPages(client, ListItemVersionSchema(), () => client.api(`/sites/${siteId}/lists/${listId}/items/${row.id}/versions`).expand('fields').get());
  return versions.map((version) => {
    const parsed = parseItemRow(version.fields);
    return {
      versionId: version.id,
      at: version.lastModifiedDateTime,
      by: version.lastModifiedBy?.user?.displayName ?? 'Ukjent',
      ...('value' in parsed ? { value: parsed.value } : { problem: parsed.problem }),
    };
  });
}
