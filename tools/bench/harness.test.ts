import { describe, expect, it } from 'vitest';
import { defineSuite, formatResults, measure } from './harness';

describe('bench harness', () => {
  it('runs each case once to warm up, then the given number of times, and reports median, mean, min and max', async () => {
    const durations = [100, 7, 3, 5]; // the first run is the warm-up and is not counted
    let clock = 0;
    let calls = 0;
    const suite = defineSuite({
      name: 'test',
      cases: [{ name: 'work', iterations: 3, run: () => { clock += durations[calls++] ?? 0; } }],
    });
    const [result] = await measure(suite, () => clock);
    expect(calls).toBe(4);
    expect(result).toEqual({ suite: 'test', name: 'work', iterations: 3, meanMs: 5, medianMs: 5, minMs: 3, maxMs: 7 });
  });

  it('tears the suite down after its cases, also when a case throws', async () => {
    const events: string[] = [];
    const passing = defineSuite({ name: 'ok', cases: [{ name: 'a', iterations: 1, run: () => events.push('run') }], teardown: () => events.push('teardown') });
    await measure(passing);
    expect(events).toEqual(['run', 'run', 'teardown']);

    events.length = 0;
    const failing = defineSuite({ name: 'fails', cases: [{ name: 'b', run: () => { throw new Error('boom'); } }], teardown: async () => { events.push('teardown'); } });
    await expect(measure(failing)).rejects.toThrow('boom');
    expect(events).toEqual(['teardown']);
  });

  it('prints one aligned row per case under a Norwegian header', () => {
    const text = formatResults([{ suite: 's', name: 'innkalling', iterations: 5, meanMs: 12.345, medianMs: 11, minMs: 10, maxMs: 20 }]);
    const [header, row] = text.split('\n');
    expect(header).toMatch(/^tilfelle\s+n\s+median ms\s+snitt ms\s+min ms\s+maks ms$/);
    expect(row).toMatch(/^innkalling\s+5\s+11\.0\s+12\.3\s+10\.0\s+20\.0$/);
    expect(header?.length).toBe(row?.length);
  });
});
