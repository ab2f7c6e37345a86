// The simulator is Outlook's client of the tenant: it signs in as the chosen user (the password
// grant, as the tests do; every password is public in /_tenant/info) and reads and writes the
// user's calendar through the tenant's Graph routes, like Outlook on the web reads its mailbox.
import type { TenantInfo } from '../shared/page';

export class GraphFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function signIn(info: TenantInfo, upn: string): Promise<string> {
  const user = info.users.find((u) => u.userPrincipalName.toLowerCase() === upn.toLowerCase() || u.mail.toLowerCase() === upn.toLowerCase());
  if (!user) throw new Error(`Ingen bruker «${upn}» i den lokale tenanten.`);
  const form = new URLSearchParams({ grant_type: 'password', client_id: info.clientId, username: user.userPrincipalName, password: user.password, scope: 'User.Read Calendars.ReadWrite openid profile' });
  const response = await fetch(`${info.authority}/oauth2/v2.0/token`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form });
  const body = (await response.json()) as { access_token?: string; error_description?: string };
  if (!response.ok || !body.access_token) throw new Error(`Innlogging som ${upn} feilet: ${body.error_description ?? response.status}`);
  return body.access_token;
}

export interface UserGraph {
  request<T>(method: string, path: string, body?: unknown): Promise<T>;
  /** Bytes to an upload URL Graph handed out (no token: the URL carries its own authorisation). */
  put(url: string, bytes: Uint8Array<ArrayBuffer>, range: string): Promise<void>;
}

export async function graphAs(info: TenantInfo, upn: string): Promise<UserGraph> {
  const token = await signIn(info, upn);
  return {
    async request<T>(method: string, path: string, body?: unknown): Promise<T> {
      const response = await fetch(`${info.graphBaseUrl}${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          // Times come and go in UTC; the form shows them in the browser's zone.
          Prefer: 'outlook.timezone="UTC"',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (response.status === 204) return undefined as T;
      const json: unknown = await response.json().catch(() => ({}));
      if (!response.ok) {
        const error = (json as { error?: { code?: string; message?: string } }).error;
        throw new GraphFailure(response.status, error?.code ?? 'unknown', error?.message ?? `Graph svarte ${response.status}`);
      }
      return json as T; // Graph's JSON; the form reads it defensively (appointmentForm.ts)
    },
    async put(url, bytes, range) {
      const response = await fetch(url, { method: 'PUT', headers: { 'Content-Range': range }, body: bytes });
      if (!response.ok) throw new GraphFailure(response.status, 'uploadFailed', `Opplastingen svarte ${response.status}`);
    },
  };
}
