// A small HTTPS client for tests and scripts that talk to a running local tenant. It trusts the
// tenant's development certificate explicitly (the `ca` option), never by switching TLS checks off.
import { request } from 'node:https';
import { readFileSync } from 'node:fs';
import type { RunningTenant } from '../server.js';

export interface TenantResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  text(): string;
  json(): unknown;
}

export interface SendOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer | object;
}

export function tenantCa(tenant: RunningTenant): string {
  return readFileSync(tenant.info.certificatePath, 'utf8');
}

/** Sends one request to `url` (absolute, or a path on the tenant). Redirects are not followed. */
export function send(tenant: RunningTenant, url: string, options: SendOptions = {}): Promise<TenantResponse> {
  const target = new URL(url, tenant.url);
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  let payload: Buffer | undefined;
  if (options.body !== undefined) {
    if (Buffer.isBuffer(options.body)) payload = options.body;
    else if (typeof options.body === 'string') payload = Buffer.from(options.body, 'utf8');
    else {
      payload = Buffer.from(JSON.stringify(options.body), 'utf8');
      if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json';
    }
    headers['Content-Length'] = String(payload.length);
  }
  return new Promise((resolve, reject) => {
    const req = request(target, { method: options.method ?? 'GET', headers, ca: tenantCa(tenant) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        const flat: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) flat[k] = Array.isArray(v) ? v.join(', ') : v;
        resolve({ status: res.statusCode ?? 0, headers: flat, body, text: () => body.toString('utf8'), json: () => JSON.parse(body.toString('utf8')) as unknown });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** Signs in with the password grant (scripts and tests only) and returns the access token. */
export async function passwordToken(tenant: RunningTenant, username: string, scopes: string[]): Promise<string> {
  const user = tenant.info.users.find((u) => u.userPrincipalName === username || u.mail === username);
  if (!user) throw new Error(`Unknown user ${username}`);
  const form = new URLSearchParams({ grant_type: 'password', client_id: tenant.info.clientId, username: user.userPrincipalName, password: user.password, scope: [...scopes, 'openid', 'profile', 'offline_access'].join(' ') });
  const res = await send(tenant, `/${tenant.info.tenantId}/oauth2/v2.0/token`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form.toString() });
  const body = res.json() as { access_token?: string; error_description?: string };
  if (res.status !== 200 || !body.access_token) throw new Error(`Sign-in failed: ${res.status} ${body.error_description ?? ''}`);
  return body.access_token;
}

/** A Graph call with a bearer token; `path` is below /v1.0 (e.g. `/me`). */
export function graph(tenant: RunningTenant, token: string, path: string, options: SendOptions = {}): Promise<TenantResponse> {
  const url = /^https:/.test(path) ? path : `${tenant.info.graphBaseUrl}${path}`;
  return send(tenant, url, { ...options, headers: { Authorization: `Bearer ${token}`, ...(options.headers ?? {}) } });
}
