import { describe, expect, it } from 'vitest';
import { FaultInjector, seededRandom } from './faults.js';

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

  it('swallows the next matching request, before or after the server acts, as asked', () => {
    const faults = new FaultInjector();
    faults.add({ match: '^POST /v1\\.0/me/events$', swallow: 'answer', count: 1 });
    faults.add({ match: '^PATCH ', swallow: 'request' });
    expect(faults.decide('POST', '/v1.0/me/events')).toEqual({ latencyMs: 0, drop: false, swallow: 'answer' });
    expect(faults.decide('POST', '/v1.0/me/events')).toBeUndefined();
    expect(faults.decide('PATCH', '/v1.0/x')?.swallow).toBe('request');
  });

  it('keeps faults without count until cleared', () => {
    const faults = new FaultInjector();
    faults.add({ match: '.*', drop: true });
    for (let i = 0; i < 3; i++) expect(faults.decide('GET', '/x')?.drop).toBe(true);
    expect(faults.list()[0]?.hits).toBe(3);
    faults.clear();
    expect(faults.decide('GET', '/x')).toBeUndefined();
  });

  it('with a seed, fails the same requests every time (its own draws, whatever else is rolled)', () => {
    const run = (otherRolls: () => number) => {
      const faults = new FaultInjector(otherRolls);
      faults.add({ match: '^GET ', status: 429, rate: 0.2, seed: 7 });
      faults.add({ match: '^GET ', status: 503, rate: 0.5 });
      faults.add({ match: '^PATCH ', status: 503, rate: 0.2, seed: 8 });
      // Which GETs get the seeded 429 and which PATCHes the seeded 503 (the unseeded 503 on GETs rolls as it likes).
      return Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? faults.decide('GET', '/v1.0/me')?.status === 429 : faults.decide('PATCH', '/v1.0/x')?.status === 503));
    };
    const first = run(Math.random);
    expect(run(Math.random)).toEqual(first);
    expect(run(() => 0.99)).toEqual(run(() => 0)); // the unseeded fault has no say in which 429s are drawn
    // About the share asked for, not a fixed pattern.
    const seeded429 = (() => {
      const faults = new FaultInjector(() => 0.99);
      faults.add({ match: '.*', status: 429, rate: 0.2, seed: 7 });
      return Array.from({ length: 1000 }, () => faults.decide('GET', '/x')).filter(Boolean).length;
    })();
    expect(seeded429).toBeGreaterThan(150);
    expect(seeded429).toBeLessThan(250);
  });

  it('gives different draws for different seeds and lists the seed with the fault', () => {
    const a = seededRandom(1);
    const b = seededRandom(2);
    expect(Array.from({ length: 5 }, a)).not.toEqual(Array.from({ length: 5 }, b));
    const faults = new FaultInjector();
    faults.add({ match: '.*', status: 503, rate: 0.1, seed: 3 });
    expect(faults.list()).toEqual([{ match: '.*', status: 503, rate: 0.1, seed: 3, id: '1', remaining: undefined, hits: 0 }]);
  });
});
