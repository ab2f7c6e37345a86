// Graph calls for fidelity tests: every JSON request and response of a described operation is
// checked against Microsoft's OpenAPI description, and a mismatch fails the call loudly.
import { isDescribed, validateRequest, validateResponse } from '../contract/graphContract.js';
import type { RunningTenant } from '../server.js';
import { graph, type SendOptions, type TenantResponse } from './tenantClient.js';

export class ContractViolation extends Error {}

export async function checkedGraph(tenant: RunningTenant, token: string, path: string, options: SendOptions = {}): Promise<TenantResponse> {
  const method = options.method ?? 'GET';
  if (isDescribed(method, path) && options.body !== undefined && !Buffer.isBuffer(options.body) && typeof options.body === 'object') {
    const problems = validateRequest(method, path, options.body);
    if (problems.length > 0) throw new ContractViolation(`Request ${method} ${path} breaks the Graph description:\n${problems.join('\n')}`);
  }
  const res = await graph(tenant, token, path, options);
  if (isDescribed(method, path)) {
    const type = res.headers['content-type'] ?? '';
    const body = res.body.length === 0 ? undefined : type.includes('json') ? res.json() : res.body;
    if (body === undefined || !Buffer.isBuffer(body)) {
      const problems = validateResponse(method, path, res.status, body);
      if (problems.length > 0) throw new ContractViolation(`Response ${res.status} to ${method} ${path} breaks the Graph description:\n${problems.join('\n')}`);
    }
  }
  return res;
}
