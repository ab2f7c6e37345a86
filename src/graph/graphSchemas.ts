import { z } from 'zod';
import { lazySchema } from '../domain/lazySchema';

/**
 * The shapes of Graph answers this layer reads, parsed at the boundary. Types come from
 * @microsoft/microsoft-graph-types for what we send; what we receive is checked here, keeping
 * only the fields we use (Graph adds more over time; `loose` lets them through untouched).
 * Built when first parsed with (`domain/lazySchema.ts`): opening a meeting reads list rows, not these.
 */
export const DriveItemSchema = lazySchema(() =>
  z
    .object({
      id: z.string(),
      name: z.string(),
      eTag: z.string().optional(),
      webUrl: z.string().optional(),
      size: z.number().optional(),
      folder: z.object({}).loose().optional(),
      file: z.object({ mimeType: z.string().optional() }).loose().optional(),
    })
    .loose(),
);
export type DriveItemData = z.infer<ReturnType<typeof DriveItemSchema>>;

/** One collection schema per item schema: built once, not with every read (a list read pages through many). */
const collections = new WeakMap<z.ZodType, z.ZodType>();

export function collectionOf<T extends z.ZodType>(item: T) {
  const build = () => z.object({ value: z.array(item), '@odata.nextLink': z.string().optional() }).loose();
  const known = collections.get(item) as ReturnType<typeof build> | undefined;
  if (known) return known;
  const collection = build();
  collections.set(item, collection);
  return collection;
}

export const IdSchema = lazySchema(() => z.object({ id: z.string() }).loose());

/** The site's library (`GET /sites/{site}/drive`). */
export const DriveSchema = lazySchema(() => z.object({ id: z.string(), webUrl: z.string().optional() }).loose());

export const UploadSessionSchema = lazySchema(() => z.object({ uploadUrl: z.string(), expirationDateTime: z.string().optional() }).loose());

export const SharingLinkSchema = lazySchema(() => z.object({ link: z.object({ webUrl: z.string() }).loose() }).loose());
