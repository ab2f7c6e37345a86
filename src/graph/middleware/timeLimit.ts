import { OfflineError } from '../../domain/ports';
import type { FetchLike } from './fetchMiddleware';

/**
 * How long a request may go without an answer. Judgements, not documented figures: Graph answers an
 * ordinary request in well under a second and a slow one within a few; half a minute without even
 * the answer's headers is a request the network swallowed (a proxy, a half-open connection after a
 * laptop's sleep) — without a limit the side panel says «Lagrer …» for ever and nothing is retried.
 * A request that carries bytes (a file, an upload chunk of 3.125 MiB, a base64 attachment in JSON)
 * gets one second more per `bytesPerSecond` it sends: 64 kB/s is a weak mobile uplink in a meeting
 * room, so a 3.125 MiB chunk has about 80 s. The limit ends with the answer's headers; reading a
 * body that has started to arrive is not cut off.
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
 * domain's OfflineError — the same as a dropped connection, so every caller's existing path takes over
 * (autosave: «Ikke lagret», retried; the send's resumable steps check what exists before acting again,
 * since a POST that timed out may have been carried out). Nothing is sent again here.
 */
export function withTimeLimit(fetchImpl: FetchLike, limit: TimeLimit = DEFAULT_TIME_LIMIT): FetchLike {
  return async (input, init) => {
    const ms = timeLimitMs(init?.body, limit);
    const controller = new AbortController();
    const callers = init?.signal;
    const passOn = () => controller.abort(callers?.reason);
    if (callers?.aborted) passOn();
    else callers?.addEventListener('abort', passOn, { once: true });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const error = new OfflineError(`offline: no answer to ${init?.method ?? 'GET'} ${describeUrl(input)} within ${Math.round(ms / 1000)} s`);
        controller.abort(error);
        reject(error);
      }, ms);
    });
    try {
      // Raced as well as aborted: a fetch that ignores the signal still gives way.
      return await Promise.race([fetchImpl(input, { ...init, signal: controller.signal }), timedOut]);
    } finally {
      clearTimeout(timer);
      callers?.removeEventListener('abort', passOn);
    }
  };
}

/** The URL without its query (which may hold ids a log need not keep). */
function describeUrl(input: RequestInfo | URL): string {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return url.split('?')[0] ?? url;
}
