import { Client, RetryHandler, RetryHandlerOptions, type Middleware } from '@microsoft/microsoft-graph-client';
import type { AppConfig } from '../config/appConfig';
import { graphHostAndVersion } from '../config/appConfig';
import type { TokenProvider } from '../auth/tokenProvider';
import { AuthMiddleware } from './middleware/authMiddleware';
import { FetchMiddleware, type FetchLike, type RequestRecord } from './middleware/fetchMiddleware';
import { withTimeLimit, type TimeLimit } from './middleware/timeLimit';

export interface GraphClientOptions {
  config: Pick<AppConfig, 'graphBaseUrl'>;
  tokenProvider: TokenProvider;
  /** Injected so Node tests can trust the local tenant's certificate; the browser's fetch otherwise. */
  fetch?: FetchLike;
  /** Called after every HTTP request (logging, contract checks, request counting). */
  onRequest?: (record: RequestRecord) => void;
  /** Throttling/5xx retries: bounded attempts, honouring Retry-After (seconds). */
  retry?: { maxRetries?: number; delaySeconds?: number };
  /** How long a request may go unanswered (`middleware/timeLimit.ts`); tests shorten it. */
  timeLimit?: TimeLimit;
}

/** Makes Graph clients for a scope set; one per feature, so each asks only for its own consent. */
export type GraphClientFactory = (scopes: readonly string[]) => Client;

/**
 * Graph JS client with the chain: auth (token, one refresh on 401) → RetryHandler (429/503/504,
 * Retry-After, at most `maxRetries`) → fetch (injected, with a time limit, reports each request): every
 * request of the app, upload chunks and $batch included, goes through it. The base URL comes
 * from configuration; the local tenant is a "custom host" to the client.
 */
export function createGraphClientFactory(options: GraphClientOptions): GraphClientFactory {
  const { host, version } = graphHostAndVersion(options.config);
  const graphBase = `${host}/${version}`;
  const cache = new Map<string, Client>();
  return (scopes) => {
    const key = [...scopes].sort().join(' ');
    const existing = cache.get(key);
    if (existing) return existing;
    const retry = new RetryHandler(new RetryHandlerOptions(options.retry?.delaySeconds ?? 3, options.retry?.maxRetries ?? 4, mayRetry));
    const fetchImpl = withTimeLimit(options.fetch ?? ((input, init) => globalThis.fetch(input, init)), options.timeLimit);
    const chain: Middleware[] = [new AuthMiddleware(options.tokenProvider, scopes, graphBase), retry, new FetchMiddleware(fetchImpl, options.onRequest)];
    const client = Client.initWithMiddleware({
      baseUrl: host,
      defaultVersion: version,
      middleware: chain,
      customHosts: new Set([new URL(host).hostname]),
    });
    cache.set(key, client);
    return client;
  };
}

/**
 * 429 and 503 mean the server did not act, so any request may be sent again. A 504 may come after
 * the server acted; repeating a POST then could add a second attachment, so a POST with 504 goes
 * back to the caller, whose resumable flow checks what exists first.
 */
export function mayRetry(_delay: number, _attempt: number, request: RequestInfo, options: RequestInit | undefined, response: Response): boolean {
  const method = (options?.method ?? (typeof request === 'string' ? 'GET' : request.method)).toUpperCase();
  return !(method === 'POST' && response.status === 504);
}
