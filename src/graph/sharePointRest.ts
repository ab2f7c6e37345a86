import * as v from 'valibot';
import { describeIssues } from '../domain/schemaRules';
import { OfflineError, StorageError, type StorageFailureKind } from '../domain/ports';
import type { TokenProvider } from '../auth/tokenProvider';
import { sharePointScopes, type SiteAccess } from '../auth/scopes';
import type { FetchLike } from './middleware/fetchMiddleware';
import { withTimeLimit } from './middleware/timeLimit';
import { unexpectedAnswer } from './graphError';

/**
 * A small client for the SharePoint REST API of one site (`{site}/_api/…`): what Graph v1.0 cannot
 * do — unique permissions on lists and folders, and list versioning. Its token is for the
 * SharePoint resource (`https://<tenant>.sharepoint.com`, taken from the site's webUrl), never the
 * Graph token; see src/auth/README.md. Answers are JSON light (`odata=nometadata`), parsed with valibot.
 */
export interface SharePointRest {
  get<S extends v.GenericSchema>(path: string, schema: S): Promise<v.InferOutput<S>>;
  post(path: string, body?: unknown): Promise<unknown>;
  merge(path: string, body: unknown): Promise<void>;
}

const MAX_ATTEMPTS = 3;

export function createSharePointRest(
  siteWebUrl: () => Promise<string>,
  tokenProvider: TokenProvider,
  fetchImpl: FetchLike = (input, init) => globalThis.fetch(input, init),
  access: SiteAccess = 'tenant',
): SharePointRest {
  // The same time limit as every Graph request: a request SharePoint never answers is offline.
  const timedFetch = withTimeLimit(fetchImpl);
  const send = async (method: string, path: string, body?: unknown, extraHeaders: Record<string, string> = {}): Promise<unknown> => {
    const site = (await siteWebUrl()).replace(/\/+$/, '');
    const scopes = sharePointScopes(new URL(site).origin, access);
    let forceRefresh = false;
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        const token = await tokenProvider.getToken(scopes, { forceRefresh });
        response = await timedFetch(`${site}/_api/${path}`, {
          method,
          headers: { Authorization: `Bearer ${token}`, Accept: 'application/json;odata=nometadata', ...(body !== undefined ? { 'Content-Type': 'application/json;odata=nometadata' } : {}), ...extraHeaders },
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        });
      } catch (error) {
        if (error instanceof StorageError) throw error;
        if (error instanceof Error && error.name === 'AuthError') throw error;
        throw new OfflineError(`offline: ${method} ${path} did not reach SharePoint`, { cause: error });
      }
      const retryAfter = Number(response.headers.get('Retry-After') ?? '');
      if ((response.status === 429 || response.status === 503) && attempt < MAX_ATTEMPTS) {
        await new Promise((resolve) => setTimeout(resolve, (Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : attempt * 2) * 1000));
        continue;
      }
      if (response.status === 401 && attempt < MAX_ATTEMPTS && !forceRefresh) {
        forceRefresh = true;
        continue;
      }
      const text = await response.text();
      if (!response.ok) {
        throw new StorageError(
          kindOf(response.status),
          `SharePoint ${response.status} to ${method} ${path}: ${errorText(text)}`,
          Number.isFinite(retryAfter) ? retryAfter : undefined,
          isPermissionCall(path) ? 'permissions' : undefined,
        );
      }
      return text ? json(text, `${method} ${path}`) : undefined;
    }
  };
  return {
    async get(path, schema) {
      const parsed = v.safeParse(schema, await send('GET', path));
      if (!parsed.success) throw unexpectedAnswer('SharePoint', `GET ${path}`, describeIssues(parsed.issues));
      return parsed.output;
    },
    post: (path, body) => send('POST', path, body),
    async merge(path, body) {
      await send('POST', path, body, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    },
  };
}

/** A read or change of permissions (a row query expanding `RoleAssignments` included): its 403 gets its own wording (`StorageError.operation`). */
function isPermissionCall(path: string): boolean {
  return /breakroleinheritance|resetroleinheritance|roleassignments/i.test(path);
}

function kindOf(status: number): StorageFailureKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 429 || status === 503) return 'throttled';
  if (status >= 500) return 'server';
  return 'unknown';
}

function errorText(text: string): string {
  try {
    const body = JSON.parse(text) as { 'odata.error'?: { message?: { value?: string } }; error_description?: string };
    return body['odata.error']?.message?.value ?? body.error_description ?? text.slice(0, 200);
  } catch {
    return text.slice(0, 200);
  }
}

/** A string literal in a REST path: quotes doubled, then percent-encoded. */
export function restString(value: string): string {
  return encodeURIComponent(`'${value.replace(/'/g, "''")}'`);
}

/** A success's body, which SharePoint sends as JSON; anything else (an HTML page from a proxy) is an unexpected answer, not a bug. */
function json(text: string, request: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw unexpectedAnswer('SharePoint', request, `not JSON: ${text.slice(0, 80)}`);
  }
}
