import * as v from 'valibot';
import { lazySchema } from '../domain/lazySchema';

/**
 * The shapes of Graph answers this layer reads, parsed at the boundary. Types come from
 * @microsoft/microsoft-graph-types for what we send; what we receive is checked here, keeping
 * only the fields we use (Graph adds more over time; `loose` lets them through untouched).
 * Built when first parsed with (`domain/lazySchema.ts`): opening a meeting reads list rows, not these.
 */
export const DriveItemSchema = lazySchema(() =>
  v.looseObject({
      id: v.string(),
      name: v.string(),
      eTag: v.optional(v.string()),
      webUrl: v.optional(v.string()),
      size: v.optional(v.number()),
      folder: v.optional(v.looseObject({})),
      file: v.optional(v.looseObject({ mimeType: v.optional(v.string()) })),
    }),
);
export type DriveItemData = v.InferOutput<ReturnType<typeof DriveItemSchema>>;

/** One collection schema per item schema: built once, not with every read (a list read pages through many). */
const collections = new WeakMap<v.GenericSchema, v.GenericSchema>();

export function collectionOf<T extends v.GenericSchema>(item: T) {
  const build = () => v.looseObject({ value: v.array(item), '@odata.nextLink': v.optional(v.string()) });
  const known = collections.get(item) as ReturnType<typeof build> | undefined;
  if (known) return known;
  const collection = build();
  collections.set(item, collection);
  return collection;
}

export const IdSchema = lazySchema(() => v.looseObject({ id: v.string() }));

/** The site's library (`GET /sites/{site}/drive`). */
export const DriveSchema = lazySchema(() => v.looseObject({ id: v.string(), webUrl: v.optional(v.string()) }));

export const UploadSessionSchema = lazySchema(() => v.looseObject({ uploadUrl: v.string(), expirationDateTime: v.optional(v.string()) }));

export const SharingLinkSchema = lazySchema(() => v.looseObject({ link: v.looseObject({ webUrl: v.string() }) }));
