// Graph's one error shape. Every failure of a Graph path, including our own bugs, leaves as this.
import type { Reply } from './types.js';

export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly innerCode?: string,
  ) {
    super(message);
  }
}

export function errorReply(err: GraphError, requestId: string, clientRequestId: string): Reply {
  const innerError: Record<string, string> = {
    date: new Date().toISOString().replace(/\.\d{3}Z$/, ''),
    'request-id': requestId,
    'client-request-id': clientRequestId,
  };
  if (err.innerCode) innerError.code = err.innerCode;
  return {
    status: err.status,
    headers: err.headers,
    body: { kind: 'json', value: { error: { code: err.code, message: err.message, innerError } } },
  };
}

export const notFound = (what = 'The resource could not be found.'): GraphError => new GraphError(404, 'itemNotFound', what);
export const badRequest = (message: string, code = 'invalidRequest'): GraphError => new GraphError(400, code, message);
export const accessDenied = (message = 'Access denied'): GraphError => new GraphError(403, 'accessDenied', message);
