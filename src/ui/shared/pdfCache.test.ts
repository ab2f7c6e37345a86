import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { indexedDbPdfCache } from './pdfCache';

const bytes = (size: number, fill: number) => new Uint8Array(size).fill(fill);

describe('the cache of converted PDFs (IndexedDB)', () => {
  it('gives back a conversion only for the same item and eTag, and keeps one version per item', async () => {
    const cache = indexedDbPdfCache(`pdf-cache-${Math.random()}`);
    await cache.put('item-1', '"a,1"', bytes(10, 1));
    expect(await cache.get('item-1', '"a,1"')).toEqual(bytes(10, 1));
    expect(await cache.get('item-1', '"a,2"')).toBeUndefined();
    await cache.put('item-1', '"a,2"', bytes(10, 2));
    expect(await cache.get('item-1', '"a,2"')).toEqual(bytes(10, 2));
    expect(await cache.get('item-1', '"a,1"')).toBeUndefined();
  });

  it('lets the oldest entries go when the cache passes its size limit', async () => {
    const cache = indexedDbPdfCache(`pdf-cache-${Math.random()}`, 25);
    await cache.put('old', 'e', bytes(10, 1));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await cache.put('middle', 'e', bytes(10, 2));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await cache.put('new', 'e', bytes(10, 3));
    expect(await cache.get('old', 'e')).toBeUndefined();
    expect(await cache.get('middle', 'e')).toEqual(bytes(10, 2));
    expect(await cache.get('new', 'e')).toEqual(bytes(10, 3));
  });
});
