import * as z from 'zod/mini';
import { lazySchema } from '../domain/lazySchema';

/**
 * The shapes of Graph answers this layer reads, parsed at the boundary. Types come from
 * @microsoft/microsoft-graph-types for what we send; what we receive is checked here, keeping
 * only the fields we use (Graph adds more over time; `loose` lets them through untouched).
 * Built when first parsed with (`domain/lazySchema.ts`): opening a meeting reads list rows, not these.
 */
export const DriveItemSchema = lazySchema(() =>
  z.looseObject({
      id: z.string(),
      name: z.string(),
      eTag: z.optional(z.string()),
      webUrl: z.optional(z.string()),
      size: z.optional(z.number()),
      folder: z.optional(z.looseObject({})),
      file: z.optional(z.looseObject({ mimeType: z.optional(z.string()) })),
    }),
);
export type DriveItemData = z.infer<ReturnType<typeof DriveItemSchema>>;

/** One collection schema per item schema: built once, not with every read (a list read pages through many). */
const collections = new WeakMap<z.ZodMiniType, z.ZodMiniType>();

export function collectionOf<T extends z.ZodMiniType>(item: T) {
  const build = () => z.looseObject({ value: z.array(item), '@odata.nextLink': z.optional(z.string()) });
  const known = collections.get(item) as ReturnType<typeof build> | undefined;
  if (known) return known;
  const collection = build();
  collections.set(item, collection);
  return collection;
}

export const IdSchema = lazySchema(() => z.looseObject({ id: z.string() }));

/** The site's library (`GET /sites/{site}/drive`). */
export const DriveSchema = lazySchema(() => z.looseObject({ id: z.string(), webUrl: z.optional(z.string()) }));

export const UploadSessionSchema = lazySchema(() => z.looseObject({ uploadUrl: z.string(), expirationDateTime: z.optional(z.string()) }));

export const SharingLinkSchema = lazySchema(() => z.looseObject({ link: z.looseObject({ webUrl: z.string() }) }));
