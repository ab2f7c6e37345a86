import { BatchRequestContent, type BatchRequestStep, type Client, type GraphRequest } from '@microsoft/microsoft-graph-client';
import * as v from 'valibot';
import { describeIssues } from '../domain/schemaRules';
import { graphCall } from './graphCall';
import { graphRequestErrorFrom, normaliseGraphError, parseRetryAfter, unexpectedAnswer } from './graphError';

export interface BatchStep {
  id: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Relative to the version: "/sites/{id}/lists/{id}/items?…" */
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** Ids of earlier steps this one waits for (Graph then runs them in order; a failed one gives 424). */
  dependsOn?: string[];
}

export interface BatchAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

const BatchResponseSchema = v.object({
  responses: v.array(
    v.object({
      id: v.string(),
      status: v.number(),
      headers: v.optional(v.record(v.string(), v.string())),
      body: v.optional(v.unknown()),
    }),
  ),
});

/** Graph's documented limit of requests in one $batch. */
export const BATCH_LIMIT = 20;

/**
 * Runs requests through JSON $batch (one HTTP request per 20), built with the client's
 * BatchRequestContent. Throttling is reported per inner response (the client's RetryHandler sees
 * only the outer 200), so the same rule as for single requests is applied here: an inner 429 or
 * 503 (the server did not act) and a GET answered 504 are sent again, with the serial chain that
 * waited on them (424), after their Retry-After — else after a growing backoff — bounded attempts.
 * Answers are returned per id; callers decide what an inner failure means (`answerOrThrow`).
 */
export async function runBatch(
  client: Client,
  steps: readonly BatchStep[],
  options: { maxRetries?: number; sleep?: (ms: number) => Promise<void>; keepalive?: boolean } = {},
): Promise<Map<string, BatchAnswer>> {
  const answers = new Map<string, BatchAnswer>();
  let pending = [...steps];
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 0; pending.length > 0; attempt++) {
    let waitSeconds = 0;
    const retry: BatchStep[] = [];
    const blocked = new Map<string, BatchAnswer>();
    let throttled = false;
    for (let start = 0; start < pending.length; start += BATCH_LIMIT) {
      const chunk = pending.slice(start, start + BATCH_LIMIT);
      const content = new BatchRequestContent(chunk.map(toStep));
      const payload = await content.getContent();
      const response = await graphCall(BatchResponseSchema, () => keptAlive(client.api('/$batch'), options).post(payload));
      for (const inner of response.responses) {
        const headers = lowerCaseKeys(inner.headers ?? {});
        const step = chunk.find((s) => s.id === inner.id);
        const answer = { status: inner.status, headers, body: inner.body };
        const canRetry = step !== undefined && attempt < (options.maxRetries ?? 3);
        if (canRetry && mayRetryInner(step, inner.status)) {
          throttled = true;
          retry.push(step);
          waitSeconds = Math.max(waitSeconds, parseRetryAfter(headers['retry-after']) ?? BACKOFF_SECONDS * 2 ** attempt);
        } else if (inner.status === 424 && canRetry) {
          // Not run because a step it depends on failed; worth another go only if that was throttling.
          retry.push(step);
          blocked.set(inner.id, answer);
        } else {
          answers.set(inner.id, answer);
        }
      }
    }
    if (!throttled) {
      for (const [id, answer] of blocked) answers.set(id, answer);
      break;
    }
    const retryIds = new Set(retry.map((step) => step.id));
    pending = retry.map((step) => (step.dependsOn ? { ...step, dependsOn: step.dependsOn.filter((id) => retryIds.has(id)) } : step));
    await sleep(waitSeconds * 1000);
  }
  return answers;
}

/**
 * The request asks to outlive the page when `keepalive` (`SaveOptions`: the autosave's saves, so one on its way when the page goes is not cancelled): a fetch
 * option through the client's one path; the fetch middleware drops it when the body does not fit the browser's quota.
 */
export function keptAlive(request: GraphRequest, options: { keepalive?: boolean }): GraphRequest {
  return options.keepalive ? request.option('keepalive', true) : request;
}

/** First wait when Graph gave no Retry-After; doubles per attempt. */
const BACKOFF_SECONDS = 1;

/** As `mayRetry` in graphClient.ts for whole requests: a 504 may come after the server acted, so only a GET is repeated. */
export function mayRetryInner(step: BatchStep, status: number | undefined): boolean {
  return status === 429 || status === 503 || (status === 504 && step.method === 'GET');
}

/** The body of a successful inner answer parsed with `schema`, or the normalised error of a failed one. */
export function answerOrThrow<S extends v.GenericSchema>(answers: Map<string, BatchAnswer>, id: string, schema: S): v.InferOutput<S> {
  const answer = answers.get(id);
  if (!answer) throw unexpectedAnswer('Microsoft Graph', `$batch step ${id}`, 'no answer for this step');
  if (answer.status >= 400) {
    throw normaliseGraphError(graphRequestErrorFrom(answer.status, { get: (name) => answer.headers[name.toLowerCase()] ?? null }, answer.body));
  }
  const parsed = v.safeParse(schema, answer.body);
  if (!parsed.success) throw unexpectedAnswer('Microsoft Graph', `$batch step ${id}`, describeIssues(parsed.issues));
  return parsed.output;
}

// BatchRequestContent takes fetch Requests and strips "scheme://host/" from their URL, leaving the
// path relative to the version as $batch wants it. A placeholder origin makes a valid Request.
const PLACEHOLDER_ORIGIN = 'https://batch.invalid';

function toStep(step: BatchStep): BatchRequestStep {
  const headers: Record<string, string> = { ...(step.headers ?? {}) };
  const init: RequestInit = { method: step.method, headers };
  if (step.body !== undefined) {
    headers['Content-Type'] ??= 'application/json';
    init.body = JSON.stringify(step.body);
  }
  const request = new Request(`${PLACEHOLDER_ORIGIN}${step.url}`, init);
  return step.dependsOn && step.dependsOn.length > 0 ? { id: step.id, request, dependsOn: step.dependsOn } : { id: step.id, request };
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));
}
