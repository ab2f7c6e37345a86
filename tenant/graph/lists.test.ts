import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempTenant, type TempTenant } from '../testing/fixture.js';
import { checkedGraph } from '../testing/checkedGraph.js';
import { graph, passwordToken, send } from '../testing/tenantClient.js';
import { LIST_VIEW_THRESHOLD, MAJOR_VERSION_LIMIT } from './lists.js';

let t: TempTenant;
let kristin: string;
let site: string;
let listId: string;

interface ErrorBody { error: { code: string; message: string } }
interface ItemsPage { value: Array<{ id: string; eTag: string; fields?: Record<string, unknown> }>; '@odata.nextLink'?: string; '@odata.deltaLink'?: string }

const items = (query = '', headers: Record<string, string> = {}) => checkedGraph(t.tenant, kristin, `/sites/${site}/lists/${listId}/items${query}`, { headers });
const HONOR = { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };

beforeAll(async () => {
  t = await startTempTenant();
  site = encodeURIComponent(t.tenant.info.siteId);
  kristin = await passwordToken(t.tenant, 'kristin.liset@siv.example.no', ['Sites.Manage.All', 'Sites.ReadWrite.All']);
  const created = await checkedGraph(t.tenant, kristin, `/sites/${site}/lists`, {
    method: 'POST',
    body: {
      displayName: 'Møtebok saker',
      columns: [
        { name: 'MeetingId', text: {}, indexed: true },
        { name: 'CaseNumber', text: {}, indexed: true },
        { name: 'Sequence', number: {}, indexed: true },
        { name: 'Kinds', text: {} },
        { name: 'Body', text: { allowMultipleLines: true } },
      ],
      list: { template: 'genericList' },
    },
  });
  expect(created.status).toBe(201);
  listId = (created.json() as { id: string }).id;
  for (let i = 1; i <= 7; i++) {
    const res = await items('', {}).then(() => checkedGraph(t.tenant, kristin, `/sites/${site}/lists/${listId}/items`, { method: 'POST', body: { fields: { Title: `Sak ${i}`, MeetingId: i <= 5 ? 'm-2026' : 'm-2025', CaseNumber: `2026.0${i}`, Sequence: i, Kinds: i % 2 ? 'Orientering' : 'Beslutning' } } }));
    expect(res.status).toBe(201);
  }
});
afterAll(async () => t.dispose());

describe('SharePoint lists through Graph', () => {
  it('lists the list with its columns, indexed ones marked', async () => {
    const cols = (await checkedGraph(t.tenant, kristin, `/sites/${site}/lists/${listId}/columns`)).json() as { value: Array<{ name: string; indexed: boolean }> };
    expect(cols.value.find((c) => c.name === 'CaseNumber')?.indexed).toBe(true);
    expect(cols.value.find((c) => c.name === 'Kinds')?.indexed).toBe(false);
    const selected = (await checkedGraph(t.tenant, kristin, `/sites/${site}/lists/${listId}/columns?$select=name,indexed`)).json() as { value: Array<Record<string, unknown>> };
    expect(Object.keys(selected.value[0] ?? {}).sort()).toEqual(['id', 'indexed', 'name']);
    const byName = (await checkedGraph(t.tenant, kristin, `/sites/${site}/lists?$filter=displayName eq 'Møtebok saker'&$select=id,displayName`)).json() as { value: Array<{ id: string }> };
    expect(byName.value.map((l) => l.id)).toEqual([listId]);
    const added = await checkedGraph(t.tenant, kristin, `/sites/${site}/lists/${listId}/columns`, { method: 'POST', body: { name: 'Status', choice: { choices: ['Utkast', 'Sendt'] } } });
    expect(added.status).toBe(201);
  });

  it('refuses unknown fields and values of the wrong type with 400', async () => {
    const unknown = await checkedGraph(t.tenant, kristin, `/sites/${site}/lists/${listId}/items`, { method: 'POST', body: { fields: { Tittel: 'x' } } });
    expect(unknown.status).toBe(400);
    expect((unknown.json() as ErrorBody).error.message).toBe("Field 'Tittel' is not recognized");
    const wrongType = await checkedGraph(t.tenant, kristin, `/sites/${site}/lists/${listId}/items`, { method: 'POST', body: { fields: { Title: 'x', Sequence: 'tre' } } });
    expect(wrongType.status).toBe(400);
    const notAChoice = await checkedGraph(t.tenant, kristin, `/sites/${site}/lists/${listId}/items`, { method: 'POST', body: { fields: { Title: 'x', Status: 'Arkivert' } } });
    expect(notAChoice.status).toBe(400);
  });

  it('filters on indexed columns with eq, ge/le, and/or and startswith, and orders by them', async () => {
    const eq = (await items("?$expand=fields&$filter=fields/MeetingId eq 'm-2026' and fields/Sequence ge 2 and fields/Sequence le 4&$orderby=fields/Sequence desc")).json() as ItemsPage;
    expect(eq.value.map((i) => i.fields?.CaseNumber)).toEqual(['2026.04', '2026.03', '2026.02']);
    const or = (await items("?$expand=fields($select=CaseNumber)&$filter=fields/CaseNumber eq '2026.01' or startswith(fields/CaseNumber,'2026.07')")).json() as ItemsPage;
    expect(or.value.map((i) => i.fields?.CaseNumber)).toEqual(['2026.01', '2026.07']);
    expect(Object.keys(or.value[0]?.fields ?? {}).sort()).toEqual(['@odata.etag', 'CaseNumber', 'id']);
  });

  it('refuses a filter on a non-indexed column unless Prefer: HonorNonIndexedQueriesWarningMayFailRandomly is sent', async () => {
    const refused = await items("?$filter=fields/Kinds eq 'Orientering'");
    expect(refused.status).toBe(400);
    expect((refused.json() as ErrorBody).error.message).toContain("Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header");
    const allowed = await items("?$filter=fields/Kinds eq 'Orientering'", HONOR);
    expect((allowed.json() as ItemsPage).value).toHaveLength(4);
  });

  it('pages with $top and @odata.nextLink ($skiptoken) until every item is seen once', async () => {
    const seen: string[] = [];
    let next: string | undefined = `/sites/${site}/lists/${listId}/items?$top=3&$expand=fields`;
    let pages = 0;
    while (next) {
      const page = (await checkedGraph(t.tenant, kristin, next)).json() as ItemsPage;
      seen.push(...page.value.map((i) => i.id));
      next = page['@odata.nextLink'];
      pages++;
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(7);
    const malformed = await items('?$skiptoken=%%%');
    expect(malformed.status).toBe(400);
  });

  it('guards updates with If-Match: a stale eTag gets 412 preconditionFailed', async () => {
    const first = (await items("?$filter=fields/CaseNumber eq '2026.01'")).json() as ItemsPage;
    const item = first.value[0];
    const ok = await checkedGraph(t.tenant, kristin, `/sites/${site}/lists/${listId}/items/${item?.id}/fields`, { method: 'PATCH', headers: { 'If-Match': item?.eTag ?? '' }, body: { Title: 'Godkjenning av innkalling og dagsorden' } });
    expect(ok.status).toBe(200);
    const stale = await checkedGraph(t.tenant, kristin, `/sites/${site}/lists/${listId}/items/${item?.id}/fields`, { method: 'PATCH', headers: { 'If-Match': item?.eTag ?? '' }, body: { Title: 'Overskrevet' } });
    expect(stale.status).toBe(412);
    expect((stale.json() as ErrorBody).error.code).toBe('preconditionFailed');
    const fields = (await checkedGraph(t.tenant, kristin, `/sites/${site}/lists/${listId}/items/${item?.id}/fields`)).json() as Record<string, unknown>;
    expect(fields.Title).toBe('Godkjenning av innkalling og dagsorden');
  });

  it('reports changes since a delta token, deletions included', async () => {
    const start = (await graph(t.tenant, kristin, `/sites/${site}/lists/${listId}/items/delta`)).json() as ItemsPage;
    expect(start.value.length).toBeGreaterThanOrEqual(7);
    const deltaLink = start['@odata.deltaLink'] ?? '';
    const target = start.value[1];
    await checkedGraph(t.tenant, kristin, `/sites/${site}/lists/${listId}/items/${target?.id}/fields`, { method: 'PATCH', body: { Kinds: 'Dialog' } });
    const removed = start.value[2];
    await checkedGraph(t.tenant, kristin, `/sites/${site}/lists/${listId}/items/${removed?.id}`, { method: 'DELETE' });
    const changes = (await graph(t.tenant, kristin, deltaLink)).json() as { value: Array<{ id: string; deleted?: unknown; fields?: Record<string, unknown> }>; '@odata.deltaLink': string };
    expect(changes.value.map((c) => [c.id, c.deleted ? 'slettet' : c.fields?.Kinds])).toEqual([[target?.id, 'Dialog'], [removed?.id, 'slettet']]);
    const none = (await graph(t.tenant, kristin, changes['@odata.deltaLink'])).json() as { value: unknown[] };
    expect(none.value).toEqual([]);
  });

  it('keeps a version of an item per create and update, newest first, with who, when and the fields as they were', async () => {
    const hilde = await passwordToken(t.tenant, 'hilde.kari.maugesten@siv.example.no', ['Sites.ReadWrite.All']);
    const created = await checkedGraph(t.tenant, kristin, `/sites/${site}/lists/${listId}/items`, { method: 'POST', body: { fields: { Title: 'Versjonert', Body: 'første' } } });
    const id = (created.json() as { id: string }).id;
    const patched = await checkedGraph(t.tenant, hilde, `/sites/${site}/lists/${listId}/items/${id}/fields`, { method: 'PATCH', body: { Body: 'andre' } });
    expect(patched.status).toBe(200);
    interface Version { id: string; lastModifiedBy: { user: { displayName: string } }; lastModifiedDateTime: string; fields?: Record<string, unknown> }
    const bare = (await checkedGraph(t.tenant, kristin, `/sites/${site}/lists/${listId}/items/${id}/versions`)).json() as { value: Version[] };
    expect(bare.value.map((v) => v.id)).toEqual(['2.0', '1.0']);
    expect(bare.value[0]?.fields).toBeUndefined();
    expect(bare.value.map((v) => v.lastModifiedBy.user.displayName)).toEqual(['Hilde Kari Maugesten', 'Kristin Liset']);
    const expanded = (await checkedGraph(t.tenant, kristin, `/sites/${site}/lists/${listId}/items/${id}/versions?$expand=fields`)).json() as { value: Version[] };
    expect(expanded.value.map((v) => v.fields?.Body)).toEqual(['andre', 'første']);
    expect(expanded.value.map((v) => v.fields?._UIVersionString)).toEqual(['2.0', '1.0']);
    const one = await checkedGraph(t.tenant, kristin, `/sites/${site}/lists/${listId}/items/${id}/versions/1.0?$expand=fields`);
    expect(one.status).toBe(200);
    expect((one.json() as Version).fields?.Body).toBe('første');
    const fields = (await graph(t.tenant, kristin, `/sites/${site}/lists/${listId}/items/${id}/versions/1.0/fields`)).json() as Record<string, unknown>;
    expect(fields.Title).toBe('Versjonert');
    const missing = await checkedGraph(t.tenant, kristin, `/sites/${site}/lists/${listId}/items/${id}/versions/9.0`);
    expect(missing.status).toBe(404);
    expect((missing.json() as ErrorBody).error.code).toBe('itemNotFound');
  });

  it('keeps at most MAJOR_VERSION_LIMIT versions, dropping the oldest', async () => {
    const created = await checkedGraph(t.tenant, kristin, `/sites/${site}/lists/${listId}/items`, { method: 'POST', body: { fields: { Title: 'Mange', Body: '0' } } });
    const id = (created.json() as { id: string }).id;
    for (let n = 1; n <= MAJOR_VERSION_LIMIT + 2; n++) {
      await graph(t.tenant, kristin, `/sites/${site}/lists/${listId}/items/${id}/fields`, { method: 'PATCH', body: { Body: String(n) } });
    }
    const versions = (await graph(t.tenant, kristin, `/sites/${site}/lists/${listId}/items/${id}/versions`)).json() as { value: Array<{ id: string }> };
    expect(versions.value).toHaveLength(MAJOR_VERSION_LIMIT);
    expect(versions.value[0]?.id).toBe(`${MAJOR_VERSION_LIMIT + 3}.0`);
    expect(versions.value.at(-1)?.id).toBe('4.0');
  });

  it('lets a municipality guest read items but not write them', async () => {
    const guest = await passwordToken(t.tenant, 'ole.martin.berge@horten.kommune.example.no', ['Sites.ReadWrite.All']);
    expect((await checkedGraph(t.tenant, guest, `/sites/${site}/lists/${listId}/items`)).status).toBe(200);
    const write = await checkedGraph(t.tenant, guest, `/sites/${site}/lists/${listId}/items`, { method: 'POST', body: { fields: { Title: 'x' } } });
    expect(write.status).toBe(403);
  });

  it(`enforces the list view threshold of ${LIST_VIEW_THRESHOLD} items on non-indexed columns while indexed columns keep working`, async () => {
    expect(LIST_VIEW_THRESHOLD).toBe(5000);
    const big = (await checkedGraph(t.tenant, kristin, `/sites/${site}/lists`, { method: 'POST', body: { displayName: 'Stor liste', columns: [{ name: 'Key', text: {}, indexed: true }, { name: 'Free', text: {} }] } })).json() as { id: string };
    const total = LIST_VIEW_THRESHOLD + 1;
    for (let start = 0; start < total; start += 20) {
      const requests = [];
      for (let i = start; i < Math.min(start + 20, total); i++) requests.push({ id: String(i), method: 'POST', url: `/sites/${site}/lists/${big.id}/items`, headers: { 'Content-Type': 'application/json' }, body: { fields: { Title: `r${i}`, Key: `k${i}`, Free: `f${i}` } } });
      const res = await graph(t.tenant, kristin, '/$batch', { method: 'POST', body: { requests } });
      expect((res.json() as { responses: Array<{ status: number }> }).responses.every((r) => r.status === 201)).toBe(true);
    }
    const indexed = await checkedGraph(t.tenant, kristin, `/sites/${site}/lists/${big.id}/items?$expand=fields&$filter=fields/Key eq 'k4999'`);
    expect((indexed.json() as ItemsPage).value.map((i) => i.fields?.Title)).toEqual(['r4999']);
    const nonIndexed = await checkedGraph(t.tenant, kristin, `/sites/${site}/lists/${big.id}/items?$filter=fields/Free eq 'f1'`, { headers: HONOR });
    expect(nonIndexed.status).toBe(500);
    expect((nonIndexed.json() as ErrorBody).error.message).toBe('The attempted operation is prohibited because it exceeds the list view threshold.');
    const unfiltered = (await checkedGraph(t.tenant, kristin, `/sites/${site}/lists/${big.id}/items?$top=999`)).json() as ItemsPage;
    expect(unfiltered.value).toHaveLength(999);
    expect(unfiltered['@odata.nextLink']).toBeTruthy();
  }, 120_000);

  it('past the threshold answers a filter whose first clause is indexed and narrows below it, and refuses one that does not narrow or sorts on an unindexed column', async () => {
    await checkedGraph(t.tenant, kristin, `/sites/${site}/lists`, { method: 'POST', body: { displayName: 'Terskel', columns: [{ name: 'Key', text: {}, indexed: true }, { name: 'Part', text: {}, indexed: true }, { name: 'Free', text: {} }] } });
    // Part 'small' holds 10 rows, Part 'big' the other 5,010: both the list and 'big' are past the threshold.
    t.tenant.seedListItems('Terskel', Array.from({ length: LIST_VIEW_THRESHOLD + 20 }, (_, i) => ({ Title: `r${i}`, Key: `k${i}`, Part: i < 10 ? 'small' : 'big', Free: i % 2 === 0 ? 'even' : 'odd' })));
    const base = `/sites/${site}/lists/Terskel/items?$expand=fields`;
    const narrowed = await checkedGraph(t.tenant, kristin, `${base}&$filter=${encodeURIComponent("fields/Part eq 'small' and fields/Free eq 'even'")}&$orderby=${encodeURIComponent('fields/Key desc')}`, { headers: HONOR });
    expect(narrowed.status).toBe(200);
    expect((narrowed.json() as ItemsPage).value.map((i) => i.fields?.Title)).toEqual(['r8', 'r6', 'r4', 'r2', 'r0']);
    const throttled = 'The attempted operation is prohibited because it exceeds the list view threshold.';
    // The same clauses the other way round: the first clause is unindexed, so SharePoint would scan.
    const unindexedFirst = await checkedGraph(t.tenant, kristin, `${base}&$filter=${encodeURIComponent("fields/Free eq 'even' and fields/Part eq 'small'")}`, { headers: HONOR });
    expect((unindexedFirst.json() as ErrorBody).error.message).toBe(throttled);
    // Indexed, but its first clause leaves more rows than the threshold.
    const wide = await checkedGraph(t.tenant, kristin, `${base}&$filter=${encodeURIComponent("fields/Part eq 'big'")}`);
    expect(wide.status).toBe(500);
    expect((wide.json() as ErrorBody).error.message).toBe(throttled);
    const unindexedSort = await checkedGraph(t.tenant, kristin, `${base}&$filter=${encodeURIComponent("fields/Part eq 'small'")}&$orderby=${encodeURIComponent('fields/Free asc')}`, { headers: HONOR });
    expect((unindexedSort.json() as ErrorBody).error.message).toBe(throttled);
    // Sorting the whole list on an indexed column, a page at a time, is allowed.
    const sorted = (await checkedGraph(t.tenant, kristin, `${base}&$orderby=${encodeURIComponent('fields/Key desc')}&$top=1`)).json() as ItemsPage;
    expect(sorted.value.map((i) => i.fields?.Title)).toEqual(['r999']); // text sorts as text: 'k999' is the greatest key
  }, 60_000);

  it('answers SharePoint REST’s item filter on the same list as SharePoint does: an unknown column 400, past the threshold only a narrowing indexed first clause, no Prefer header', async () => {
    // The list 'Terskel' of the test before: 5,020 rows, Part 'small' 10 of them.
    const host = new URL(t.tenant.url).origin;
    const sp = await passwordToken(t.tenant, 'kristin.liset@siv.example.no', [`${host}/AllSites.FullControl`]);
    const rest = (filter: string) =>
      send(t.tenant, `/sites/helsefellesskapet/_api/web/lists/getbytitle('Terskel')/items?$top=5000&$select=Title&$filter=${encodeURIComponent(filter)}`, {
        headers: { Authorization: `Bearer ${sp}`, Accept: 'application/json;odata=nometadata' },
      });
    const narrowed = await rest("Part eq 'small' and Free eq 'even'");
    expect(narrowed.status).toBe(200);
    expect((narrowed.json() as { value: { Title: string }[] }).value.map((row) => row.Title)).toEqual(['r0', 'r2', 'r4', 'r6', 'r8']);
    const unknown = await rest('PartsInRow gt 0');
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.json())).toContain("The field or property 'PartsInRow' does not exist.");
    for (const scan of ["Free eq 'even' and Part eq 'small'", "Part eq 'big'"]) {
      const refused = await rest(scan);
      expect(refused.status).toBe(500);
      expect(JSON.stringify(refused.json())).toContain('The attempted operation is prohibited because it exceeds the list view threshold.');
    }
  }, 60_000);

  it('serves rows seeded through its own storage like rows POSTed through Graph, addressed by the list title too, and refuses the same bad fields', async () => {
    await checkedGraph(t.tenant, kristin, `/sites/${site}/lists`, { method: 'POST', body: { displayName: 'Seeded', columns: [{ name: 'Key', text: {}, indexed: true }] } });
    expect(t.tenant.seedListItems('Seeded', Array.from({ length: 3 }, (_, i) => ({ Title: `s${i}`, Key: `k${i}` })))).toBe(3);
    const page = (await checkedGraph(t.tenant, kristin, `/sites/${site}/lists/Seeded/items?$expand=fields&$filter=fields/Key eq 'k2'`)).json() as ItemsPage;
    expect(page.value.map((item) => item.fields?.Title)).toEqual(['s2']);
    expect(page.value[0]?.eTag).toMatch(/^"[0-9a-f-]+,1"$/);
    expect(() => t.tenant.seedListItems('Seeded', [{ Unknown: 'x' }])).toThrow("Field 'Unknown' is not recognized");
  });
});
