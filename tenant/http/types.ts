// The shapes every handler shares: a parsed request and a reply that is not yet written.
// Handlers return replies instead of writing to the socket, so $batch can run them in-process.
import type { TenantUser } from '../seed.js';

export interface RequestContext {
  method: string;
  /** Path as sent (percent-encoded), without the query string. */
  rawPath: string;
  query: URLSearchParams;
  headers: Record<string, string | undefined>;
  body: Buffer;
  requestId: string;
  clientRequestId: string;
  /** https://localhost:<port> */
  origin: string;
  user?: TenantUser;
  scopes: ReadonlySet<string>;
  /** The application the token was issued to (`azp`/`appid`): what a site's Sites.Selected grant names. */
  appId?: string;
}

export type ReplyBody = { kind: 'json'; value: unknown } | { kind: 'bytes'; value: Buffer; contentType: string } | { kind: 'none' };

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: ReplyBody;
}

export function json(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers, body: { kind: 'json', value } };
}

export function bytes(status: number, value: Buffer, contentType: string, headers: Record<string, string> = {}): Reply {
  return { status, headers, body: { kind: 'bytes', value, contentType } };
}

export function empty(status: number, headers: Record<string, string> = {}): Reply {
  return { status, headers, body: { kind: 'none' } };
}

export function html(status: number, markup: string, headers: Record<string, string> = {}): Reply {
  return bytes(status, Buffer.from(markup, 'utf8'), 'text/html; charset=utf-8', headers);
}
