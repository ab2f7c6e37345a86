import { z } from 'zod';

/**
 * The shapes of Graph answers this layer reads, parsed at the boundary. Types come from
 * @microsoft/microsoft-graph-types for what we send; what we receive is checked here, keeping
 * only the fields we use (Graph adds more over time; `loose` lets them through untouched).
 */
export const DriveItemSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    eTag: z.string().optional(),
    webUrl: z.string().optional(),
    size: z.number().optional(),
    folder: z.object({}).loose().optional(),
    file: z.object({ mimeType: z.string().optional() }).loose().optional(),
  })
  .loose();
export type DriveItemData = z.infer<typeof DriveItemSchema>;

export function collectionOf<T extends z.ZodType>(item: T) {
  return z.object({ value: z.array(item), '@odata.nextLink': z.string().optional() }).loose();
}

export const IdSchema = z.object({ id: z.string() }).loose();

/** The site's library (`GET /sites/{site}/drive`). */
export const DriveSchema = z.object({ id: z.string(), webUrl: z.string().optional() }).loose();

export const UploadSessionSchema = z.object({ uploadUrl: z.string(), expirationDateTime: z.string().optional() }).loose();

export const SharingLinkSchema = z.object({ link: z.object({ webUrl: z.string() }).loose() }).loose();
