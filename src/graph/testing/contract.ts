import { validateRequest } from '../../../tenant/contract/graphContract';
import type { RequestRecord } from '../middleware/fetchMiddleware';
import { sentRequests } from './requestRecords';

/**
 * Every Graph request the app sent (with $batch unpacked) checked against Microsoft's OpenAPI
 * description of Graph v1.0 (tenant/contract/openapi, relaxed variant). Upload-session chunk PUTs
 * go to pre-authenticated URLs outside Graph and carry bytes, not JSON, so they are not Graph
 * operations. Returns the problems found, with the request they belong to.
 */
export function contractProblems(records: readonly RequestRecord[]): string[] {
  const problems: string[] = [];
  for (const request of sentRequests(records.filter((record) => new URL(record.url).pathname.startsWith('/v1.0/')))) {
    // GET and DELETE carry no body.
    if (request.method === 'GET' || request.method === 'DELETE') continue;
    const isJson = request.body !== undefined && !(typeof request.body === 'object' && request.body !== null && 'bytes' in request.body);
    const found = validateRequest(request.method, request.path, isJson ? request.body : undefined);
    for (const problem of found) problems.push(`${request.method} ${request.path}: ${problem}`);
  }
  return [...new Set(problems)];
}
