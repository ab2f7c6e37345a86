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
    context.response = await this.fetchImpl(context.request, context.options);
    this.onRequest?.({
      method: requestMethod(context),
      url: requestUrl(context),
      status: context.response.status,
      body: describeBody(context.options?.body),
      durationMs: this.now() - started,
    });
  }
}

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
