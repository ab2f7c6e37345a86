import * as v from 'valibot';
import { ConflictError, OfflineError, StorageError, type StorageFailureKind } from '../domain/ports';
import { AuthError } from '../auth/tokenProvider';
import type { DomainReason, FailureKind } from '../domain/errors';
import { lazySchema } from '../domain/lazySchema';

/**
 * The one error every gateway throws for a failed Graph call that reached Graph. It is the
 * domain's StorageError (what screens check) with the Graph details kept for logs and the Graph
 * layer's own decisions; a request that never reached Graph is the domain's OfflineError and a 412
 * its ConflictError.
 */
export class GraphRequestError extends StorageError {
  override readonly name = 'GraphRequestError';
  constructor(
    readonly status: number,
    readonly code: string,
    readonly requestId: string | undefined,
    detail: string,
    /** Seconds to wait, when Graph said so (429/503). */
    readonly retryAfter?: number,
  ) {
    super(failureKind(status, code, retryAfter), `Graph ${status} ${code}: ${detail}`, retryAfter);
  }
}

function failureKind(status: number, code: string, retryAfter: number | undefined): StorageFailureKind {
  // Graph throttles with 429, and some services with 503 plus Retry-After.
  if (status === 429 || code === 'TooManyRequests' || code === 'activityLimitReached' || (status === 503 && retryAfter !== undefined)) return 'throttled';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 409 && /nameAlreadyExists/i.test(code)) return 'nameExists';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 413) return 'tooLarge';
  if (status === 507 || code === 'quotaLimitReached') return 'quota';
  if (status >= 500) return 'server';
  return 'unknown';
}

/**
 * Microsoft 365 answered, but not with what was asked for: a body the schema refuses (`problem`: its
 * issues, `describeIssues`) or none where one was due. `request` names it (a path, a $batch step). The
 * screens word the kind (`failure.unexpectedAnswer`); the message, for support, says which request and what.
 */
export function unexpectedAnswer(service: 'Microsoft Graph' | 'SharePoint', request: string | undefined, problem: string): StorageError {
  return new StorageError('unexpectedAnswer', `unexpected answer from ${service}${request ? ` to ${request}` : ''}: ${problem}`);
}

/** A request that never reached Graph (no network, connection dropped mid-upload); the screens word it by its class. */
export function offlineError(cause: unknown): OfflineError {
  return new OfflineError(`offline: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
}

/** The error body Graph documents: {"error":{"code","message","innerError":{"request-id"}}}. Built with the first failure (`domain/lazySchema.ts`). */
const GraphErrorBodySchema = lazySchema(() =>
  v.object({
    error: v.object({
      code: v.optional(v.string(), 'unknown'),
      message: v.optional(v.string(), ''),
      innerError: v.optional(v.looseObject({ 'request-id': v.optional(v.string()) })),
      innererror: v.optional(v.looseObject({ 'request-id': v.optional(v.string()) })),
    }),
  }),
);

export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - now) / 1000));
}

/** Builds the normalised error from a status, headers and an (unparsed) error body. */
export function graphRequestErrorFrom(status: number, headers: { get(name: string): string | null } | undefined, body: unknown): GraphRequestError {
  const parsed = v.safeParse(GraphErrorBodySchema(), typeof body === 'string' ? safeJson(body) : body);
  const code = parsed.success ? parsed.output.error.code : statusCode(status);
  const message = parsed.success ? parsed.output.error.message : typeof body === 'string' ? body.slice(0, 200) : '';
  const inner = parsed.success ? (parsed.output.error.innerError ?? parsed.output.error.innererror) : undefined;
  const requestId = inner?.['request-id'] ?? headers?.get('request-id') ?? undefined;
  return new GraphRequestError(status, code, requestId, message, parseRetryAfter(headers?.get('retry-after')));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function statusCode(status: number): string {
  if (status === 429) return 'TooManyRequests';
  return `http${status}`;
}

/** The fields of the Graph JS client's GraphError this module reads (it has no exported guard). */
const ClientGraphErrorSchema = lazySchema(() =>
  v.object({
    statusCode: v.number(),
    code: v.optional(v.nullable(v.string())),
    message: v.optional(v.string()),
    requestId: v.optional(v.nullable(v.string())),
    body: v.optional(v.unknown()),
    headers: v.optional(v.custom<Headers>((value) => typeof value === 'object' && value !== null && 'get' in value)),
  }),
);

/**
 * The Graph JS client rebuilds an error thrown inside its middleware (our AuthMiddleware: sign-in
 * failed, no token) as its own GraphError with status -1, code = the original error's name.
 */
const ClientWrappedAuthErrorSchema = lazySchema(() => v.object({ statusCode: v.literal(-1), code: v.literal('AuthError'), message: v.string() }));

/**
 * Whatever a Graph call threw, as a GraphRequestError (or ConflictError for 412, which the domain
 * knows how to present; or the AuthError of a failed sign-in, with its code). A fetch that never
 * reached the server is the domain's OfflineError. Their messages are lines for logs: the screens
 * word each by its class and kind (`ui/shared/describeError.ts`).
 */
export function normaliseGraphError(error: unknown): Error {
  if (error instanceof ConflictError || error instanceof OfflineError || error instanceof AuthError) return error;
  const wrappedSignIn = v.safeParse(ClientWrappedAuthErrorSchema(), error);
  if (wrappedSignIn.success) return AuthError.fromMessage(wrappedSignIn.output.message) ?? new AuthError('unknown', wrappedSignIn.output.message);
  if (error instanceof GraphRequestError) return error.status === 412 ? new ConflictError(error.message) : error;
  const parsed = v.safeParse(ClientGraphErrorSchema(), error);
  // A body that stopped arriving (middleware/timeLimit.ts): the client keeps only the error's name and message.
  if (parsed.success && parsed.output.code === 'OfflineError') return new OfflineError(parsed.output.message ?? 'offline', { cause: error });
  if (!(parsed.success && parsed.output.statusCode > 0)) {
    if (error instanceof TypeError || (error instanceof Error && /fetch|network|ECONN|socket/i.test(error.message))) return offlineError(error);
    return error instanceof Error ? error : new Error(String(error));
  }
  const fromBody = graphRequestErrorFrom(parsed.output.statusCode, parsed.output.headers, parsed.output.body);
  const normalised = new GraphRequestError(
    fromBody.status,
    parsed.output.code && fromBody.code.startsWith('http') ? parsed.output.code : fromBody.code,
    fromBody.requestId ?? parsed.output.requestId ?? undefined,
    parsed.output.message ?? '',
    fromBody.retryAfter,
  );
  return normalised.status === 412 ? new ConflictError(normalised.message) : normalised;
}

/** What kind of failure it was: `offline` (it never reached Graph) or the StorageError's kind. */
export type GraphErrorKind = FailureKind;

export function graphErrorKind(error: unknown): GraphErrorKind {
  if (error instanceof ConflictError) return 'conflict';
  if (error instanceof OfflineError) return 'offline';
  return error instanceof StorageError ? error.kind : 'unknown';
}

/**
 * Why a Graph call failed, as data for a sentence (a `failure.…` reason of domain/errors.ts), worded
 * by the screens in the user's language ("Microsoft 365 ber oss vente litt … Prøv igjen om 7 sekunder.").
 */
export function failureReason(error: unknown): DomainReason {
  const kind = graphErrorKind(error);
  if (kind === 'throttled' && error instanceof StorageError && error.retryAfterSeconds) return { key: 'failure.throttledFor', values: { seconds: error.retryAfterSeconds } };
  return { key: `failure.${kind}` };
}
