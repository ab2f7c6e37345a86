import type { Client } from '@microsoft/microsoft-graph-client';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { collectionOf } from './graphSchemas';
import { allPagesFrom } from './pages';

// An item schema that counts the elements it parses.
function counted() {
  const parses = { count: 0 };
  const item = v.pipe(
    v.looseObject({ id: v.string() }),
    v.transform((row) => {
      parses.count++;
      return row;
    }),
  );
  return { parses, item };
}

/** A client whose every request answers `page` (the page a nextLink leads to). */
function clientAnswering(page: unknown): Client {
  return { api: () => ({ get: () => Promise.resolve(page) }) } as unknown as Client;
}

describe('a collection is parsed once (issue 14: a meeting read on its way to the first view)', () => {
  it('takes the first page as its caller parsed it and parses the page it links to', async () => {
    const { parses, item } = counted();
    const first = v.parse(collectionOf(item), { value: [{ id: 'a' }, { id: 'b' }], '@odata.nextLink': 'https://graph.invalid/next' });
    expect(parses.count).toBe(2);
    const all = await allPagesFrom(clientAnswering({ value: [{ id: 'c' }] }), item, first);
    expect(all.map((row) => row.id)).toEqual(['a', 'b', 'c']);
    expect(parses.count).toBe(3);
  });

  it("a single page is the caller's parse, nothing more", async () => {
    const { parses, item } = counted();
    const first = v.parse(collectionOf(item), { value: [{ id: 'a' }] });
    expect(await allPagesFrom(clientAnswering({ value: [] }), item, first)).toEqual([{ id: 'a' }]);
    expect(parses.count).toBe(1);
  });

  it('still refuses a linked page whose element is not what the schema asks', async () => {
    const { item } = counted();
    const first = v.parse(collectionOf(item), { value: [{ id: 'a' }], '@odata.nextLink': 'https://graph.invalid/next' });
    await expect(allPagesFrom(clientAnswering({ value: [{ id: 7 }] }), item, first)).rejects.toThrow();
  });
});
