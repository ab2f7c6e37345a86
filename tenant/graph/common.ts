// Helpers every Graph handler uses: scope checks, JSON bodies, ids, eTags.
import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { GraphError } from '../http/graphError.js';
import type { RequestContext } from '../http/types.js';
import type { TenantUser } from '../seed.js';

export function currentUser(ctx: RequestContext): TenantUser {
  if (!ctx.user) throw new GraphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
  return ctx.user;
}

/** 403 unless the token carries one of `anyOf`. `code` differs by workload, as in Graph. */
export function requireScope(ctx: RequestContext, anyOf: readonly string[], code = 'accessDenied'): void {
  for (const s of anyOf) if (ctx.scopes.has(s)) return;
  const message = code === 'Authorization_RequestDenied' ? 'Insufficient privileges to complete the operation.'
    : code === 'ErrorAccessDenied' ? 'Access is denied. Check credentials and try again.'
    : `Either scp or roles claim need to be present in the token with one of: ${anyOf.join(', ')}.`;
  throw new GraphError(403, code, message);
}

const jsonObject = z.record(z.string(), z.unknown());

/** The request body as a JSON object, or Graph's 400/415 when it is not one. */
export function readJsonObject(ctx: RequestContext): Record<string, unknown> {
  const type = (ctx.headers['content-type'] ?? '').toLowerCase();
  if (ctx.body.length === 0) throw new GraphError(400, 'BadRequest', 'Empty Payload. JSON content expected.');
  if (!type.startsWith('application/json') && !type.startsWith('text/json')) {
    throw new GraphError(415, 'UnsupportedMediaType', `The content type '${type || '(none)'}' is not supported; send application/json.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(ctx.body.toString('utf8'));
  } catch {
    throw new GraphError(400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
  }
  const result = jsonObject.safeParse(parsed);
  if (!result.success) throw new GraphError(400, 'BadRequest', 'The request payload must be a JSON object.');
  return result.data;
}

/** Parses a body against a zod schema; the first problem becomes Graph's 400 message. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown, code = 'invalidRequest'): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.join('.') ?? '';
  throw new GraphError(400, code, `Invalid request: ${where ? `'${where}' ` : ''}${issue?.message ?? 'bad value'}.`);
}

export function newGuid(): string {
  return randomUUID();
}

/** SharePoint drive item ids: 01 + 32 base32 characters. */
export function newDriveItemId(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bytes = randomBytes(32);
  let id = '01';
  for (const b of bytes) id += alphabet[b % 32];
  return id;
}

/** Outlook ids are long base64url strings; these are shorter but of the same alphabet. */
export function newOutlookId(prefix = 'AAMk'): string {
  return `${prefix}${randomBytes(48).toString('base64url')}`;
}

export function nowIso(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function etag(guid: string, version: number): string {
  return `"{${guid.toUpperCase()}},${version}"`;
}

export function ctag(guid: string, version: number): string {
  return `"c:{${guid.toUpperCase()}},${version}"`;
}

/** If-Match: `*` always matches; otherwise one of the listed tags must equal the current one. */
export function ifMatchFails(ctx: RequestContext, current: string[]): boolean {
  const header = ctx.headers['if-match'];
  if (!header || header.trim() === '*') return false;
  const offered = header.split(/,(?=\s*(?:W\/)?")/).map((t) => t.trim().replace(/^W\//, ''));
  return !offered.some((t) => current.includes(t));
}

export function userIdentity(user: TenantUser): { user: { id: string; displayName: string; email: string } } {
  return { user: { id: user.id, displayName: user.displayName, email: user.mail } };
}
