import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { requestMethod, requestUrl } from './requestParts';

/** What was sent and what came back, for logging, tests (contract checks) and the request benchmark. */
export interface RequestRecord {
  method: string;
  url: string;
  status: number;
  /** The body as sent: parsed JSON for JSON requests, the byte count for binary ones. */
  body: unknown;
  durationMs: number;
  /** Sent with fetch `keepalive` (a save as the page hides, within the quota): it outlives the page. */
  keepalive?: boolean;
}

export type FetchLike = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/**
 * The last link of the chain: performs the request with an injected fetch (the browser's in the
 * app; one trusting the local tenant's certificate in Node tests) and reports it. A fetch that
 * throws (no network) propagates as a TypeError, which normaliseGraphError maps to "offline".
 */
export class FetchMiddleware implements Middleware {
  constructor(
    private readonly fetchImpl: FetchLike,
    private readonly onRequest?: (record: RequestRecord) => void,
    private readonly now: () => number = () => Date.now(),
  ) {}

  async execute(context: Context): Promise<void> {
    const started = this.now();
    const options = context.options;
    const body = options?.body;
    // Its body's bytes when it asks for keepalive: a string (JSON), none, or of no known length (never kept alive).
    const bytes = !options?.keepalive ? 0 : typeof body === 'string' ? new Blob([body]).size : body == null ? 0 : Infinity;
    const kept = options?.keepalive === true && keepaliveInFlight + bytes <= KEEPALIVE_QUOTA_BYTES;
    if (kept) keepaliveInFlight += bytes;
    try {
      context.response = await this.fetchImpl(context.request, options?.keepalive ? { ...options, keepalive: kept } : options);
    } finally {
      if (kept) keepaliveInFlight -= bytes;
    }
    this.onRequest?.({
      method: requestMethod(context),
      url: requestUrl(context),
      status: context.response.status,
      body: describeBody(body),
      durationMs: this.now() - started,
      ...(kept ? { keepalive: true } : {}),
    });
  }
}

/**
 * The browser refuses (a network error) a `keepalive` request whose body, with those of the keepalive requests
 * still in flight from this page, is over 64 KiB (Fetch standard, «HTTP-network-or-cache fetch»: inflight
 * keepalive bytes). A request asking for keepalive that does not fit is sent without it, as any other.
 */
export const KEEPALIVE_QUOTA_BYTES = 65_536;

/** Body bytes of this page's keepalive requests on their way. */
let keepaliveInFlight = 0;

function describeBody(body: unknown): unknown {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') {
    try {
      return JSON.parse(body);
    } catch {
      return body;
    }
  }
  if (body instanceof Blob) return { bytes: body.size };
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return { bytes: body.byteLength };
  return { bytes: -1 };
}
