import * as v from 'valibot';
import type { Harness } from './localTenant';

const LogSchema = v.object({ value: v.array(v.looseObject({ method: v.string(), path: v.string(), batch: v.optional(v.string()) })) });

/** What the tenant's own request log saw while `read` ran: Graph requests on the wire, and the requests inside each $batch (paths decoded). */
export async function loggedRequests(harness: Harness, read: () => Promise<unknown>): Promise<{ requests: string[]; inner: string[] }> {
  await harness.control('DELETE', '/_tenant/requests');
  await read();
  const log = v.parse(LogSchema, await harness.control('GET', '/_tenant/requests'));
  const graph = log.value.filter((entry) => entry.path.startsWith('/v1.0/'));
  return {
    requests: graph.filter((entry) => entry.batch === undefined).map((entry) => `${entry.method} ${decodeURIComponent(entry.path)}`),
    inner: graph.filter((entry) => entry.batch !== undefined).map((entry) => `${entry.method} ${decodeURIComponent(entry.path)}`),
  };
}
