import { describe, expect, it } from 'vitest';
import { FaultInjector } from './faults.js';

function rolls(values: number[]): () => number {
  let i = 0;
  return () => values[i++ % values.length] ?? 0;
}

describe('fault injection', () => {
  it('fails the given share of the next n matching requests, then none', () => {
    const faults = new FaultInjector(rolls([0.1, 0.9, 0.2, 0.8, 0.1, 0.1]));
    faults.add({ match: '^GET /v1\\.0/me$', status: 503, count: 4, rate: 0.5 });
    const outcomes = Array.from({ length: 6 }, () => faults.decide('GET', '/v1.0/me')?.status ?? 200);
    expect(outcomes).toEqual([503, 200, 503, 200, 200, 200]);
    expect(faults.list()).toEqual([]);
  });

  it('matches the regular expression against METHOD and path only, and combines latency with a status', () => {
    const faults = new FaultInjector();
    faults.add({ match: '^PUT /_tenant/upload/', latencyMs: 50 });
    faults.add({ match: 'upload', status: 429, retryAfter: 2 });
    expect(faults.decide('GET', '/v1.0/me')).toBeUndefined();
    expect(faults.decide('PUT', '/_tenant/upload/us1')).toEqual({ latencyMs: 50, drop: false, status: 429, retryAfter: 2 });
    expect(faults.decide('POST', '/_tenant/upload/us1')).toEqual({ latencyMs: 0, drop: false, status: 429, retryAfter: 2 });
  });

  it('keeps faults without count until cleared', () => {
    const faults = new FaultInjector();
    faults.add({ match: '.*', drop: true });
    for (let i = 0; i < 3; i++) expect(faults.decide('GET', '/x')?.drop).toBe(true);
    expect(faults.list()[0]?.hits).toBe(3);
    faults.clear();
    expect(faults.decide('GET', '/x')).toBeUndefined();
  });
});
