import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as v from 'valibot';
import { OfflineError } from '../../domain/ports';
import { createGraphClientFactory } from '../graphClient';
import { graphCall, graphSend } from '../graphCall';
import { failureReason } from '../graphError';
import type { TokenProvider } from '../../auth/tokenProvider';
import { createSharePointRest } from '../sharePointRest';
import { DEFAULT_TIME_LIMIT, timeLimitMs, withTimeLimit } from './timeLimit';

const config = { graphBaseUrl: 'https://localhost:4567/v1.0' };
const tokens: TokenProvider = { getToken: async () => 'token' };
const Me = v.object({ displayName: v.string() });

/** A network that swallows every request: no answer and no error, until the request is aborted. */
function swallowingFetch() {
  const calls: Array<{ method: string; aborted: () => boolean }> = [];
  const fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((_, reject) => {
      const signal = init?.signal;
      calls.push({ method: init?.method ?? 'GET', aborted: () => signal?.aborted ?? false });
      signal?.addEventListener('abort', () => reject(signal.reason));
    });
  return { fetch, calls };
}

/** Settles `promise` into its error (or undefined) without an unhandled rejection while timers run. */
function outcome(promise: Promise<unknown>) {
  const state: { error?: unknown; settled: boolean } = { settled: false };
  promise.then(
    () => (state.settled = true),
    (error: unknown) => Object.assign(state, { error, settled: true }),
  );
  return state;
}

/** Reads `/me` through `client` and expects it still waiting at 29.9 s and failed as offline at 30.1 s. */
async function expectOfflineAfter30s(client: ReturnType<ReturnType<typeof createGraphClientFactory>>) {
  const read = outcome(graphCall(Me, () => client.api('/me').get()));
  await vi.advanceTimersByTimeAsync(29_900);
  expect(read.settled).toBe(false);
  await vi.advanceTimersByTimeAsync(200);
  expect(read.error).toBeInstanceOf(OfflineError);
  expect(failureReason(read.error)).toEqual({ key: 'failure.offline' });
}

describe('a Graph request that never answers', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('fails as offline after 30 s, its connection aborted, and is not sent again', async () => {
    const { fetch, calls } = swallowingFetch();
    const client = createGraphClientFactory({ config, tokenProvider: tokens, fetch })(['User.Read']);
    await expectOfflineAfter30s(client);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.aborted()).toBe(true);
  });

  it('does not repeat a POST that timed out, since the server may have carried it out', async () => {
    const { fetch, calls } = swallowingFetch();
    const client = createGraphClientFactory({ config, tokenProvider: tokens, fetch, retry: { delaySeconds: 0 } })(['Calendars.ReadWrite']);
    const create = outcome(graphSend(() => client.api('/me/events').post({ subject: 'Møte' })));
    await vi.advanceTimersByTimeAsync(120_000);
    expect(create.error).toBeInstanceOf(OfflineError);
    expect(calls.map((c) => c.method)).toEqual(['POST']);
  });

  it('gives a request that sends bytes more time, one second per 64 kB', async () => {
    expect(timeLimitMs(undefined)).toBe(30_000);
    expect(timeLimitMs(new Blob([new Uint8Array(640_000)]))).toBe(40_000);
    expect(timeLimitMs('x'.repeat(64_000))).toBe(31_000);
    const { fetch } = swallowingFetch();
    const client = createGraphClientFactory({ config, tokenProvider: tokens, fetch })(['Files.ReadWrite']);
    const upload = outcome(graphSend(() => client.api('/drives/d/items/root:/a.pdf:/content').put(new Uint8Array(640_000).buffer)));
    await vi.advanceTimersByTimeAsync(35_000);
    expect(upload.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(5_100);
    expect(upload.error).toBeInstanceOf(OfflineError);
  });

  it('leaves an answer that comes in time alone, and a shorter limit can be given', async () => {
    const answer = () => new Response(JSON.stringify({ displayName: 'Kristin' }), { status: 200, headers: { 'content-type': 'application/json' } });
    // Answers after 4 s unless aborted first, as fetch does.
    const slow = (_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((resolve, reject) => {
        setTimeout(() => resolve(answer()), 4_000);
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    const client = createGraphClientFactory({ config, tokenProvider: tokens, fetch: slow })(['User.Read']);
    const inTime = outcome(graphCall(Me, () => client.api('/me').get()));
    await vi.advanceTimersByTimeAsync(4_000);
    expect(inTime).toEqual({ settled: true });
    const hurried = createGraphClientFactory({ config, tokenProvider: tokens, fetch: slow, timeLimit: { ...DEFAULT_TIME_LIMIT, answerMs: 1_000 } })(['User.Read']);
    const late = outcome(graphCall(Me, () => hurried.api('/me').get()));
    await vi.advanceTimersByTimeAsync(1_100);
    expect(late.error).toBeInstanceOf(OfflineError);
  });

  it('leaves a request with the caller’s own signal to that signal', async () => {
    const { fetch, calls } = swallowingFetch();
    const caller = new AbortController();
    const request = outcome(withTimeLimit(fetch)('https://localhost:4567/v1.0/me', { signal: caller.signal }));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(request.settled).toBe(false);
    caller.abort(new Error('gone'));
    await vi.advanceTimersByTimeAsync(0);
    expect(request.error).toMatchObject({ message: 'gone' });
    expect(calls[0]?.aborted()).toBe(true);
  });

  it('fails a SharePoint REST request that never answers as offline too', async () => {
    const { fetch } = swallowingFetch();
    const rest = createSharePointRest(async () => 'https://contoso.sharepoint.com/sites/ssu', tokens, fetch);
    const read = outcome(rest.get('web/lists', v.unknown()));
    await vi.advanceTimersByTimeAsync(30_100);
    expect(read.error).toBeInstanceOf(OfflineError);
  });

  it('fails as offline when the answer stops arriving halfway, and gives the connection up', async () => {
    // Headers and the first half of the JSON, then nothing: a connection that stalls mid-body.
    const aborted: boolean[] = [];
    const stalling = (_input: RequestInfo | URL, init?: RequestInit) => {
      const half = new TextEncoder().encode('{"displayName":"Kri');
      const body = new ReadableStream<Uint8Array>({ start: (stream) => stream.enqueue(half) });
      init?.signal?.addEventListener('abort', () => aborted.push(true));
      return Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }));
    };
    const client = createGraphClientFactory({ config, tokenProvider: tokens, fetch: stalling })(['User.Read']);
    await expectOfflineAfter30s(client);
    expect(aborted).toEqual([true]);
  });

  it('lets a slow body take its time as long as bytes keep coming, and leaves an unread body alone', async () => {
    const text = JSON.stringify({ displayName: 'Kristin Nordahl' });
    // One byte every 20 s: slower than the limit in all, never 30 s without a byte.
    const trickling = () => {
      let at = 0;
      const body = new ReadableStream<Uint8Array>({
        pull: (stream) =>
          new Promise<void>((resolve) => {
            setTimeout(() => {
              if (at < text.length) stream.enqueue(new TextEncoder().encode(text[at++]));
              else stream.close();
              resolve();
            }, 20_000);
          }),
      });
      return Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }));
    };
    const read = withTimeLimit(trickling)('https://localhost:4567/v1.0/me').then((response) => response.json());
    const result = outcome(read);
    await vi.advanceTimersByTimeAsync(20_000 * (text.length + 1));
    expect(result).toEqual({ settled: true });
    expect(await read).toEqual({ displayName: 'Kristin Nordahl' });
    // Nobody reads this one: a minute later it is still readable, not cut off.
    const unread = await withTimeLimit(async () => new Response('{"ok":true}', { status: 200 }))('https://localhost:4567/v1.0/me');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await unread.json()).toEqual({ ok: true });
  });
});
