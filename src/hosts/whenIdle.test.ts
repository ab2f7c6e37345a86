import { describe, expect, it } from 'vitest';
import { whenIdle } from './whenIdle';

describe('whenIdle (before the live channel loads Live Share)', () => {
  it('waits for the browser to be idle, with a time limit, so the first view is drawn first', async () => {
    let idle: (() => void) | undefined;
    let asked: { timeout: number } | undefined;
    let done = false;
    const waiting = whenIdle({ setTimeout: (() => 0) as unknown as Window['setTimeout'], requestIdleCallback: (callback, options) => ((idle = callback), (asked = options), 1) }, 3_000).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    expect(asked).toEqual({ timeout: 3_000 });
    idle?.();
    await waiting;
    expect(done).toBe(true);
  });

  it('pauses briefly where the browser cannot say when it is idle', async () => {
    let delay: number | undefined;
    await whenIdle({ setTimeout: ((callback: () => void, ms: number) => ((delay = ms), callback(), 0)) as unknown as Window['setTimeout'] }, 3_000);
    expect(delay).toBe(500);
  });
});
