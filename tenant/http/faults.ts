// Fault injection (POST /_tenant/faults) and the request log (GET /_tenant/requests).
import { z } from 'zod';

export const faultSchema = z.object({
  match: z.string().min(1),
  status: z.union([z.literal(429), z.literal(500), z.literal(503)]).optional(),
  retryAfter: z.number().int().min(0).max(3600).optional(),
  latencyMs: z.number().int().min(0).max(120_000).optional(),
  drop: z.boolean().optional(),
  /**
   * A network that swallows the request: no status, no error, the connection (over HTTP/2 the
   * request's stream: http/transport.ts) left open until the client gives up. 'request': the server never acts; 'answer': it acts and its answer is lost (what a
   * client's time limit must not take for «not done»); 'body': it acts, and the answer's status, headers
   * and first half of the body arrive, then nothing more (a connection that stalls mid-download).
   */
  swallow: z.enum(['request', 'answer', 'body']).optional(),
  count: z.number().int().min(1).optional(),
  rate: z.number().min(0).max(1).optional(),
  /** Makes `rate` repeatable: the fault draws from its own generator started at this seed, so the same requests in the same order fail each run. */
  seed: z.number().int().min(0).max(0xffff_ffff).optional(),
}).strict();

export type FaultSpec = z.infer<typeof faultSchema>;

export interface Fault extends FaultSpec {
  id: string;
  regex: RegExp;
  remaining: number | undefined;
  hits: number;
  /** The fault's own draws when it has a `seed`. */
  draw?: () => number;
}

/** mulberry32: a small, well-spread 32-bit generator; the same seed gives the same draws. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface FaultDecision {
  latencyMs: number;
  status?: 429 | 500 | 503;
  retryAfter?: number;
  drop: boolean;
  swallow?: 'request' | 'answer' | 'body';
}

export class FaultInjector {
  private faults: Fault[] = [];
  private nextId = 1;

  constructor(private readonly random: () => number = Math.random) {}

  add(spec: FaultSpec): Fault {
    const fault: Fault = {
      ...spec,
      id: String(this.nextId++),
      regex: new RegExp(spec.match),
      remaining: spec.count,
      hits: 0,
      ...(spec.seed !== undefined ? { draw: seededRandom(spec.seed) } : {}),
    };
    this.faults.push(fault);
    return fault;
  }

  clear(): void {
    this.faults = [];
  }

  list(): Array<FaultSpec & { id: string; remaining?: number; hits: number }> {
    return this.faults.map(({ regex: _regex, draw: _draw, ...rest }) => rest);
  }

  /** Decides what happens to `METHOD /path`: counts down `count` on every match, then rolls `rate`. */
  decide(method: string, path: string): FaultDecision | undefined {
    const subject = `${method} ${path}`;
    let decision: FaultDecision | undefined;
    for (const fault of this.faults) {
      if (!fault.regex.test(subject)) continue;
      if (fault.remaining !== undefined && fault.remaining <= 0) continue;
      // `count` is the next n matching requests; `rate` is the share of those that fail.
      if (fault.remaining !== undefined) fault.remaining--;
      if (fault.rate !== undefined && (fault.draw ?? this.random)() >= fault.rate) continue;
      fault.hits++;
      decision ??= { latencyMs: 0, drop: false };
      decision.latencyMs += fault.latencyMs ?? 0;
      if (fault.drop) decision.drop = true;
      if (fault.swallow) decision.swallow ??= fault.swallow;
      if (fault.status && decision.status === undefined) {
        decision.status = fault.status;
        if (fault.retryAfter !== undefined) decision.retryAfter = fault.retryAfter;
      }
    }
    this.faults = this.faults.filter((f) => f.remaining === undefined || f.remaining > 0);
    return decision;
  }
}

export interface LoggedRequest {
  time: string;
  method: string;
  path: string;
  status: number;
  durationMs: number;
  bytes: number;
  requestId: string;
  user?: string;
  /** Set for the inner requests of a $batch. */
  batch?: string;
}

export class RequestLog {
  private entries: LoggedRequest[] = [];
  constructor(private readonly limit = 10_000) {}

  add(entry: LoggedRequest): void {
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
  }

  all(): LoggedRequest[] {
    return [...this.entries];
  }

  clear(): void {
    this.entries = [];
  }
}

export function faultError(status: 429 | 500 | 503): { code: string; message: string } {
  if (status === 429) return { code: 'TooManyRequests', message: 'Too many requests. Please retry after the time given in the Retry-After header.' };
  if (status === 503) return { code: 'serviceNotAvailable', message: 'The service is temporarily unavailable. Please retry after the time given in the Retry-After header.' };
  return { code: 'generalException', message: 'An unspecified error has occurred.' };
}
