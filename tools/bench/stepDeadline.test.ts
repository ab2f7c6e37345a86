import { describe, expect, it } from 'vitest';
import { StepHung, isDriverFault, retryingHungSteps, withinDeadline } from './stepDeadline';

describe('a bench step with a deadline', () => {
  it('gives the step\'s own outcome when it settles in time', async () => {
    await expect(withinDeadline(Promise.resolve(7), 1_000, 'lese merkene')).resolves.toBe(7);
    await expect(withinDeadline(Promise.reject(new Error('lukket')), 1_000, 'lukke konteksten')).rejects.toThrow('lukket');
  });

  it('fails with the step\'s name when it never settles', async () => {
    const never = new Promise<never>(() => undefined);
    const failure = await withinDeadline(never, 20, 'context.close()').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StepHung);
    expect((failure as StepHung).step).toBe('context.close()');
    expect((failure as Error).message).toContain('«context.close()»');
  });

  it('starts a hung attempt again after its fresh start, and gives up after the retries', async () => {
    const starts: string[] = [];
    let calls = 0;
    const result = await retryingHungSteps(
      async () => {
        calls += 1;
        if (calls < 3) throw new StepHung(`steg ${calls}`, 10);
        return 'ferdig';
      },
      2,
      async (hang) => {
        starts.push((hang as StepHung).step);
      },
    );
    expect(result).toBe('ferdig');
    expect(starts).toEqual(['steg 1', 'steg 2']);

    calls = 0;
    await expect(retryingHungSteps(async () => { calls += 1; throw new StepHung('henger alltid', 10); }, 1, async () => undefined)).rejects.toThrow('henger alltid');
    expect(calls).toBe(2);
  });

  it('does not start again after a failure that is not a hang', async () => {
    let calls = 0;
    await expect(retryingHungSteps(async () => { calls += 1; throw new Error('siden viste feil møte'); }, 3, async () => undefined)).rejects.toThrow('feil møte');
    expect(calls).toBe(1);
  });

  it('starts a run again when Playwright lost the page side of a step, not when the page failed', async () => {
    let calls = 0;
    const lost: string[] = [];
    const result = await retryingHungSteps(
      async () => {
        calls += 1;
        if (calls === 1) throw new Error('frame.evaluate: Resulting promise was garbage collected.');
        return calls;
      },
      2,
      async (fault) => {
        lost.push(fault.message);
      },
    );
    expect(result).toBe(2);
    expect(lost).toEqual(['frame.evaluate: Resulting promise was garbage collected.']);
    expect(isDriverFault(new Error('page.goto: net::ERR_CONNECTION_REFUSED'))).toBe(false);
  });
});
