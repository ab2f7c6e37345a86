import * as v from 'valibot';
import type { RequestRecord } from '../middleware/fetchMiddleware';

export interface SentRequest {
  method: string;
  /** Path below the version, without query: "/sites/…/lists/…/items" */
  path: string;
  query: string;
  body: unknown;
  /** True when it travelled inside a $batch. */
  batched: boolean;
}

const BatchBodySchema = v.object({ requests: v.array(v.object({ method: v.string(), url: v.string(), body: v.optional(v.unknown()) })) });

/** Every request the app made, with $batch requests unpacked into their inner requests. */
export function sentRequests(records: readonly RequestRecord[]): SentRequest[] {
  const result: SentRequest[] = [];
  for (const record of records) {
    const url = new URL(record.url);
    const path = url.pathname.replace(/^\/v1\.0/, '');
    if (path === '/$batch') {
      const batch = v.parse(BatchBodySchema, record.body);
      for (const inner of batch.requests) {
        const [innerPath = '', innerQuery = ''] = inner.url.split('?');
        result.push({ method: inner.method, path: decodeURIComponent(innerPath), query: innerQuery, body: inner.body, batched: true });
      }
      continue;
    }
    result.push({ method: record.method, path: decodeURIComponent(path), query: url.search, body: record.body, batched: false });
  }
  return result;
}
