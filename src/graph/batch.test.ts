import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { ConflictError } from '../domain/ports';
import { answerOrThrow, runBatch } from './batch';
import { createGraphClientFactory } from './graphClient';
import { GraphRequestError } from './graphError';

const BatchRequestSchema = v.object({
  requests: v.array(
    v.object({
      id: v.string(),
      method: v.string(),
      url: v.string(),
      dependsOn: v.optional(v.array(v.string())),
      body: v.optional(v.unknown()),
    }),
  ),
});
type Inner = v.InferOutput<typeof BatchRequestSchema>['requests'][number];

/** A fake $batch endpoint: `answer` decides each inner response; every batch sent is recorded. */
function fakeBatchEndpoint(answer: (request: Inner, attempt: number) => { status: number; headers?: Record<string, string>; body?: unknown }) {
  const batches: Inner[][] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const { requests } = v.parse(BatchRequestSchema, await request.json());
    batches.push(requests);
    const responses = requests.map((inner) => ({ id: inner.id, ...answer(inner, batches.length) }));
    return new Response(JSON.stringify({ responses }), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  const client = createGraphClientFactory({ config: { graphBaseUrl: 'https://localhost:4999/v1.0' }, tokenProvider: { getToken: async () => 't' }, fetch })(['Sites.ReadWrite.All']);
  return { client, batches };
}

const noSleep = async () => undefined;

describe('runBatch', () => {
  it('sends relative URLs, bodies and dependsOn in Graph’s $batch format, 20 requests per batch', async () => {
    const { client, batches } = fakeBatchEndpoint(() => ({ status: 200, body: { ok: true } }));
    const steps = Array.from({ length: 25 }, (_, i) => ({ id: String(i), method: 'POST' as const, url: `/me/events/e/attachments`, body: { name: `f${i}` }, ...(i > 0 ? { dependsOn: [String(i - 1)] } : {}) }));
    const answers = await runBatch(client, steps.slice(0, 20), { sleep: noSleep });
    expect(answers.size).toBe(20);
    expect(batches[0]?.[1]).toMatchObject({ id: '1', method: 'POST', url: '/me/events/e/attachments', dependsOn: ['0'], body: { name: 'f1' } });
    const { client: second, batches: sent } = fakeBatchEndpoint(() => ({ status: 200 }));
    await runBatch(second, steps.map(({ dependsOn: _d, ...rest }) => rest), { sleep: noSleep });
    expect(sent.map((batch) => batch.length)).toEqual([20, 5]);
  });

  it('sends a throttled inner request again, with the serial chain that waited on it, after Retry-After', async () => {
    const waits: number[] = [];
    const { client, batches } = fakeBatchEndpoint((inner, attempt) => {
      if (inner.id === 'a' && attempt === 1) return { status: 429, headers: { 'Retry-After': '2' } };
      if (inner.id !== 'a' && attempt === 1) return { status: 424 };
      return { status: 201, body: { id: inner.id } };
    });
    const answers = await runBatch(
      client,
      [
        { id: 'a', method: 'POST', url: '/x', body: {} },
        { id: 'b', method: 'POST', url: '/y', body: {}, dependsOn: ['a'] },
        { id: 'c', method: 'POST', url: '/z', body: {}, dependsOn: ['b'] },
      ],
      { sleep: async (ms) => void waits.push(ms) },
    );
    expect(waits).toEqual([2000]);
    expect(batches[1]?.map((r) => [r.id, r.dependsOn ?? []])).toEqual([
      ['a', []],
      ['b', ['a']],
      ['c', ['b']],
    ]);
    expect([...answers.values()].map((a) => a.status)).toEqual([201, 201, 201]);
  });

  it('sends an inner 503 and a GET answered 504 again after a growing backoff, but never a POST answered 504', async () => {
    const waits: number[] = [];
    const { client, batches } = fakeBatchEndpoint((inner, attempt) => {
      if (inner.id === 'busy' && attempt < 3) return { status: 503 };
      if (inner.id === 'late' && attempt === 1) return { status: 504 };
      if (inner.id === 'create' && attempt === 1) return { status: 504 };
      return { status: 200, body: { id: inner.id } };
    });
    const answers = await runBatch(
      client,
      [
        { id: 'busy', method: 'GET', url: '/a' },
        { id: 'late', method: 'GET', url: '/b' },
        { id: 'create', method: 'POST', url: '/c', body: {} },
      ],
      { sleep: async (ms) => void waits.push(ms) },
    );
    expect(waits).toEqual([1000, 2000]);
    expect(batches.map((batch) => batch.map((r) => r.id))).toEqual([['busy', 'late', 'create'], ['busy', 'late'], ['busy']]);
    expect([answers.get('busy')?.status, answers.get('late')?.status, answers.get('create')?.status]).toEqual([200, 200, 504]);
  });

  it('turns an inner failure into the normalised error, and an inner 412 into a ConflictError', async () => {
    const { client } = fakeBatchEndpoint((inner) =>
      inner.id === 'gone' ? { status: 404, body: { error: { code: 'itemNotFound', message: 'nope' } } } : { status: 412, body: { error: { code: 'resourceModified', message: 'etag' } } },
    );
    const answers = await runBatch(client, [
      { id: 'gone', method: 'GET', url: '/a' },
      { id: 'stale', method: 'PATCH', url: '/b', body: {}, headers: { 'If-Match': '"1"' } },
    ]);
    expect(() => answerOrThrow(answers, 'gone', v.unknown())).toThrow(GraphRequestError);
    expect(() => answerOrThrow(answers, 'stale', v.unknown())).toThrow(ConflictError);
  });
});
