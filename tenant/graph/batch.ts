// JSON batching ($batch): at most 20 requests, dependsOn ordering, 424 on a failed dependency,
// and per-request faults (throttling shows on the inner response, as in Graph).
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { GraphError, errorReply } from '../http/graphError.js';
import { faultError, type FaultInjector, type RequestLog } from '../http/faults.js';
import { json, type Reply, type RequestContext } from '../http/types.js';
import { readJsonObject } from './common.js';

export const MAX_BATCH_REQUESTS = 20;

const innerSchema = z.object({
  id: z.string().min(1),
  method: z.string().min(1),
  url: z.string().min(1),
  headers: z.record(z.string(), z.string()).optional(),
  body: z.unknown().optional(),
  dependsOn: z.array(z.string()).optional(),
});
const batchSchema = z.object({ requests: z.array(innerSchema) });

type Runner = (ctx: RequestContext, graphPath: string) => Promise<Reply>;

export async function handleBatch(ctx: RequestContext, run: Runner, faults: FaultInjector, log: RequestLog): Promise<Reply> {
  const parsed = batchSchema.safeParse(readJsonObject(ctx));
  if (!parsed.success) throw new GraphError(400, 'BadRequest', `Invalid batch payload: ${parsed.error.issues[0]?.message ?? 'bad shape'}.`);
  const requests = parsed.data.requests;
  if (requests.length > MAX_BATCH_REQUESTS) throw new GraphError(400, 'BadRequest', `Number of batch requests exceeds the limit of ${MAX_BATCH_REQUESTS}.`);
  const ids = new Set<string>();
  for (const r of requests) {
    if (ids.has(r.id)) throw new GraphError(400, 'BadRequest', `Batch request ids must be unique; '${r.id}' appears twice.`);
    ids.add(r.id);
  }
  for (const r of requests) for (const d of r.dependsOn ?? []) if (!ids.has(d)) throw new GraphError(400, 'BadRequest', `Request '${r.id}' depends on unknown request '${d}'.`);

  const results = new Map<string, { id: string; status: number; headers: Record<string, string>; body?: unknown }>();
  const pending = [...requests];
  // Requests run in an order that respects dependsOn; Graph may run independent ones in any order.
  while (pending.length > 0) {
    const index = pending.findIndex((r) => (r.dependsOn ?? []).every((d) => results.has(d)));
    if (index < 0) throw new GraphError(400, 'BadRequest', 'The dependsOn graph of the batch has a cycle.');
    const [r] = pending.splice(index, 1);
    if (!r) break;
    const started = performance.now();
    const failedDependency = (r.dependsOn ?? []).some((d) => {
      const s = results.get(d)?.status ?? 0;
      return s < 200 || s >= 300;
    });
    let reply: Reply;
    const requestId = randomUUID();
    const relative = r.url.startsWith('/') ? r.url : `/${r.url}`;
    const url = new URL(relative, 'https://localhost');
    if (/^https?:/i.test(r.url)) {
      reply = errorReply(new GraphError(400, 'BadRequest', 'Batch request URLs must be relative, e.g. /me.'), requestId, ctx.clientRequestId);
    } else if (failedDependency) {
      reply = errorReply(new GraphError(424, 'FailedDependency', 'A request this one depends on failed.'), requestId, ctx.clientRequestId);
    } else {
      const fault = faults.decide(r.method.toUpperCase(), `/v1.0${url.pathname}`);
      if (fault?.latencyMs) await new Promise((res) => setTimeout(res, fault.latencyMs));
      // The batch's connection is shared: a dropped or swallowed inner request is that one answered 503.
      if (fault?.status || fault?.drop || fault?.swallow) {
        const status = fault.status ?? 503;
        const { code, message } = faultError(status);
        reply = errorReply(new GraphError(status, code, message, fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {}), requestId, ctx.clientRequestId);
      } else {
        const headers: Record<string, string | undefined> = { authorization: ctx.headers.authorization };
        for (const [k, v] of Object.entries(r.headers ?? {})) headers[k.toLowerCase()] = v;
        let body = Buffer.alloc(0);
        if (r.body !== undefined) {
          if (!headers['content-type']) {
            reply = errorReply(new GraphError(400, 'BadRequest', 'Content-Type header must be specified for a request with a body.'), requestId, ctx.clientRequestId);
            results.set(r.id, toResult(r.id, reply));
            continue;
          }
          body = typeof r.body === 'string' && !headers['content-type'].includes('json') ? Buffer.from(r.body, 'base64') : Buffer.from(JSON.stringify(r.body), 'utf8');
        }
        const inner: RequestContext = { ...ctx, method: r.method.toUpperCase(), rawPath: `/v1.0${url.pathname}`, query: url.searchParams, headers, body, requestId };
        reply = await run(inner, url.pathname.replace(/^\//, ''));
      }
    }
    results.set(r.id, toResult(r.id, reply));
    log.add({ time: new Date().toISOString(), method: r.method.toUpperCase(), path: `/v1.0${relative}`, status: reply.status, durationMs: Math.round((performance.now() - started) * 10) / 10, bytes: 0, requestId, batch: ctx.requestId });
  }
  return json(200, { responses: requests.map((r) => results.get(r.id)) });
}

function toResult(id: string, reply: Reply): { id: string; status: number; headers: Record<string, string>; body?: unknown } {
  const headers = { ...reply.headers };
  if (reply.body.kind === 'json') return { id, status: reply.status, headers: { ...headers, 'Content-Type': 'application/json' }, body: reply.body.value };
  if (reply.body.kind === 'bytes') return { id, status: reply.status, headers: { ...headers, 'Content-Type': reply.body.contentType }, body: reply.body.value.toString('base64') };
  return { id, status: reply.status, headers };
}
