// What the tenant's faults and answers do to the transport, for HTTP/1.1 and HTTP/2 alike. The
// server speaks both (server.ts, ALPN): graph.microsoft.com has answered over HTTP/2 beside HTTP/1.1
// since September 2023 (message center MC447341, quoted in microsoft/kiota-http-dotnet#231; the
// Graph team's account: https://baywet.github.io/microsoft-graph-http2/, 2024-02-19), so a browser's
// parallel Graph requests share one connection there, and must here too.
import { constants, type Http2ServerRequest } from 'node:http2';
import type { IncomingMessage } from 'node:http';

export type TenantRequest = IncomingMessage | Http2ServerRequest;
/** What the tenant writes an answer with: the part node:http's ServerResponse and node:http2's Http2ServerResponse share. */
export interface TenantResponse {
  readonly headersSent: boolean;
  statusCode: number;
  writeHead(status: number, headers: Record<string, string>): unknown;
  write(chunk: Buffer): boolean;
  end(): unknown;
  end(chunk: Buffer): unknown;
}

export function isHttp2(req: TenantRequest): req is Http2ServerRequest {
  return req.httpVersionMajor === 2;
}

/**
 * Fault `drop`: the request fails as a broken network makes it fail. HTTP/1.1: the connection is
 * destroyed (it carries this request only). HTTP/2: only this request's stream is reset; the other
 * requests on the connection go on. Our choice of code is INTERNAL_ERROR, what an intermediary sends
 * when its own link for that one request broke: the browser reports a network error, as for a reset
 * connection, and does not retry by itself (REFUSED_STREAM would promise the request was not acted on,
 * which a dropped request cannot promise in general, and browsers retry it unseen).
 */
export function dropRequest(req: TenantRequest): void {
  if (isHttp2(req)) req.stream.close(constants.NGHTTP2_INTERNAL_ERROR);
  else req.socket.destroy();
}

/**
 * Fault `swallow`: nothing more arrives and nothing fails until the client gives up. HTTP/1.1 holds
 * the connection; HTTP/2 holds only this stream (the client's cancel resets it), never the
 * connection the other requests share. Resolves once the client gave up (or the server closed).
 */
export function untilClientGivesUp(req: TenantRequest): Promise<void> {
  const closable = isHttp2(req) ? req.stream : req.socket;
  if (closable.destroyed) return Promise.resolve();
  return new Promise((resolve) => closable.once('close', () => resolve()));
}

/**
 * Headers that end the connection after this answer (a body too large to read to its end): HTTP/1.1's
 * `Connection: close`. HTTP/2 forbids connection headers (RFC 9113 §8.2.2); the answer ends its stream only.
 */
export function closeAfterAnswer(req: TenantRequest): Record<string, string> {
  return isHttp2(req) ? {} : { Connection: 'close' };
}
