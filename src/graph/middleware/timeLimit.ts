import { OfflineError } from '../../domain/ports';
import type { FetchLike } from './fetchMiddleware';

/**
 * How long a request may go without an answer. Judgements, not documented figures: Graph answers an
 * ordinary request in well under a second and a slow one within a few; half a minute without even
 * the answer's headers is a request the network swallowed (a proxy, a half-open connection after a
 * laptop's sleep) — without a limit the side panel says «Lagrer …» for ever and nothing is retried.
 * A request that carries bytes (a file, an upload chunk of 3.125 MiB, a base64 attachment in JSON)
 * gets one second more per `bytesPerSecond` it sends: 64 kB/s is a weak mobile uplink in a meeting
 * room, so a 3.125 MiB chunk has about 80 s. Once the headers are here, the body may arrive slowly
 * but not stop: `answerMs` without a byte while the body is being read is the same swallowed network.
 */
export interface TimeLimit {
  answerMs: number;
  bytesPerSecond: number;
}

export const DEFAULT_TIME_LIMIT: TimeLimit = { answerMs: 30_000, bytesPerSecond: 64_000 };

/** The time limit for a request with this body. */
export function timeLimitMs(body: unknown, limit: TimeLimit = DEFAULT_TIME_LIMIT): number {
  return limit.answerMs + Math.round((bodyBytes(body) / limit.bytesPerSecond) * 1000);
}

function bodyBytes(body: unknown): number {
  if (typeof body === 'string') return body.length;
  if (body instanceof Blob) return body.size;
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return body.byteLength;
  return 0;
}

/**
 * `fetchImpl` with a time limit: a request without an answer in time is aborted and fails as the
 * domain's OfflineError, its message naming the network — the way a dropped connection fails
 * (`normaliseGraphError`), so every caller's existing path takes over (autosave: offline, kept on this
 * machine, retried; the send's resumable steps check what exists before acting again, since a POST that
 * timed out may have been carried out). Nothing is sent again here. A caller with its own signal keeps it.
 */
export function withTimeLimit(fetchImpl: FetchLike, limit: TimeLimit = DEFAULT_TIME_LIMIT): FetchLike {
  return async (input, init) => {
    if (init?.signal) return fetchImpl(input, init);
    const ms = timeLimitMs(init?.body, limit);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new OfflineError(`offline: no answer from the network within ${ms / 1000} s`)), ms);
    let response: Response;
    try {
      response = await fetchImpl(input, { ...init, signal: controller.signal });
    } finally {
      clearTimeout(timer);
    }
    return withBodyWatched(response, controller, limit.answerMs);
  };
}

/**
 * The response with a body that fails as offline when `idleMs` pass without a byte while it is read
 * (a connection that stalls halfway: a proxy, Wi-Fi lost mid-download). Time runs only while someone
 * reads, so a body nobody reads is never cut off. A response that cannot be rebuilt (no body, an
 * opaque one) is returned as it is.
 */
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

function withBodyWatched(response: Response, controller: AbortController, idleMs: number): Response {
  const body = response.body;
  if (!body || response.status < 200 || response.status > 599 || NULL_BODY_STATUSES.has(response.status)) return response;
  const reader = body.getReader();
  const watched = new ReadableStream<Uint8Array>({
    async pull(stream) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const stalled = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new OfflineError(`offline: the answer stopped arriving for ${idleMs / 1000} s`)), idleMs);
      });
      try {
        const chunk = await Promise.race([reader.read(), stalled]);
        if (chunk.done) stream.close();
        else stream.enqueue(chunk.value);
      } catch (error) {
        // The connection is given up as well, so it does not hold a socket for ever.
        controller.abort(error);
        void reader.cancel(error).catch(() => undefined);
        throw error;
      } finally {
        clearTimeout(timer);
      }
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return new Response(watched, { status: response.status, statusText: response.statusText, headers: response.headers });
}
