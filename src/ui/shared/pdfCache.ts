import { openDB, type IDBPDatabase } from 'idb';
import * as v from 'valibot';
import type { PdfCache } from '../../graph/boardPackService';
import { lazySchema } from '../../domain/lazySchema';

/**
 * Documents SharePoint converted to PDF for the møtebok PDF, kept in this browser's IndexedDB by
 * drive item id + eTag, so a pack built again converts only what changed since.
 *
 * Why here and not beside the pack in the meeting folder: a cached copy in SharePoint would cost an
 * upload per document (tens of MB for a large meeting) on every first build, would show up as
 * extra files in the folder every member browses, and would need the exempt files' own permissions
 * copied onto it; and Graph's conversion is itself cheap for the server to repeat. What is lost is
 * sharing the cache between machines: another secretary's first build converts once on her machine.
 *
 * One version per document is kept (a new eTag replaces the old), and the whole cache is held under
 * `MAX_BYTES`, the oldest entries going first.
 */
const STORE = 'pdfs';
export const PDF_CACHE_MAX_BYTES = 300 * 1024 * 1024;

const EntrySchema = lazySchema(() =>
  v.object({
    itemId: v.string(),
    eTag: v.string(),
    bytes: v.instance(Uint8Array),
    size: v.number(),
    storedAt: v.number(),
  }),
);

const sizeOf = (row: unknown): number => {
  const parsed = v.safeParse(EntrySchema(), row);
  return parsed.success ? parsed.output.size : 0;
};

export function indexedDbPdfCache(databaseName = 'motebok-pdf-cache', maxBytes = PDF_CACHE_MAX_BYTES): PdfCache {
  let db: Promise<IDBPDatabase> | undefined;
  const open = () =>
    (db ??= openDB(databaseName, 1, {
      upgrade(database) {
        const store = database.createObjectStore(STORE, { keyPath: ['itemId', 'eTag'] });
        store.createIndex('byItem', 'itemId');
        store.createIndex('byAge', 'storedAt');
      },
    }));
  return {
    async get(itemId, eTag) {
      const parsed = v.safeParse(EntrySchema(), await (await open()).get(STORE, [itemId, eTag]));
      return parsed.success ? parsed.output.bytes : undefined;
    },
    async put(itemId, eTag, bytes) {
      const database = await open();
      const tx = database.transaction(STORE, 'readwrite');
      for (const key of await tx.store.index('byItem').getAllKeys(itemId)) await tx.store.delete(key);
      await tx.store.put({ itemId, eTag, bytes, size: bytes.byteLength, storedAt: Date.now() });
      // Oldest first out, until the rest fits. Cursors read one entry at a time, never the whole cache at once.
      let total = 0;
      for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) total += sizeOf(cursor.value);
      for (let cursor = await tx.store.index('byAge').openCursor(); cursor && total > maxBytes; cursor = await cursor.continue()) {
        const entry = v.safeParse(EntrySchema(), cursor.value);
        if (entry.success && entry.output.itemId === itemId && entry.output.eTag === eTag) continue;
        total -= sizeOf(cursor.value);
        await cursor.delete();
      }
      await tx.done;
    },
  };
}
