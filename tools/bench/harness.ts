/**
 * A tiny benchmark harness for `npm run bench`: every `tools/bench/*.bench.ts` default-exports a
 * suite; run.ts imports them all and prints the figures. No assertions on time: the figures are
 * for people, and a loaded CI machine must not fail a build.
 */
export interface BenchCase {
  name: string;
  /** One unit of work. Awaited, so async work is measured to completion. */
  run: () => unknown;
  /** Times to run it (after one warm-up run); default 5. */
  iterations?: number;
}

export interface BenchSuite {
  name: string;
  /** Describes the input, printed above the figures ("30 saker, 2 tabeller per sak"). */
  input?: string;
  cases: BenchCase[];
  /**
   * Figures that are not timings of repeated work (a fault scenario's characters saved, time to
   * recover): run once after the cases (and their teardown), printed as they come.
   */
  report?: () => Promise<string[]> | string[];
  /**
   * Releases what the suite holds (servers, timers, pollers) once its cases are done, whether they
   * passed or threw, so `npm run bench` exits by itself when the last suite has run.
   */
  teardown?: () => unknown;
}

export interface BenchResult {
  suite: string;
  name: string;
  iterations: number;
  meanMs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

export function defineSuite(suite: BenchSuite): BenchSuite {
  return suite;
}

export async function measure(suite: BenchSuite, now: () => number = () => performance.now()): Promise<BenchResult[]> {
  try {
    return await measureCases(suite, now);
  } finally {
    await suite.teardown?.();
  }
}

async function measureCases(suite: BenchSuite, now: () => number): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const benchCase of suite.cases) {
    const iterations = benchCase.iterations ?? 5;
    await benchCase.run(); // warm-up: module loading and JIT are not what we measure
    const times: number[] = [];
    for (let i = 0; i < iterations; i += 1) {
      const start = now();
      await benchCase.run();
      times.push(now() - start);
    }
    const sorted = [...times].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    const median = sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
    results.push({
      suite: suite.name,
      name: benchCase.name,
      iterations,
      meanMs: times.reduce((sum, t) => sum + t, 0) / times.length,
      medianMs: median,
      minMs: sorted[0] ?? 0,
      maxMs: sorted[sorted.length - 1] ?? 0,
    });
  }
  return results;
}

export function formatResults(results: readonly BenchResult[]): string {
  const rows = results.map((r) => [r.name, String(r.iterations), r.medianMs.toFixed(1), r.meanMs.toFixed(1), r.minMs.toFixed(1), r.maxMs.toFixed(1)]);
  const header = ['tilfelle', 'n', 'median ms', 'snitt ms', 'min ms', 'maks ms'];
  const widths = header.map((h, column) => Math.max(h.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}
