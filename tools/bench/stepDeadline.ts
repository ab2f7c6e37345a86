/**
 * A driver step of a bench that may never settle: Playwright's `frame.evaluate`, `context.close()` and
 * a CDP session's messages have no time limit of their own, and a wedged renderer left the cold-load
 * bench waiting for hours with nothing printed (2026-12-05 and 2026-12-06, each after a run's page had
 * opened: the browser and the bench both idle). A step past its deadline fails with its name, so the
 * bench can start the run again in a fresh browser, or stop and say what hung, instead of never ending.
 */
export class StepHung extends Error {
  constructor(readonly step: string, readonly ms: number) {
    super(`«${step}» ble ikke ferdig på ${Math.round(ms / 1000)} s / did not settle in ${Math.round(ms / 1000)} s`);
    this.name = 'StepHung';
  }
}

/** `work`'s outcome, or `StepHung` once `ms` have passed without one; the timer never keeps the process alive. */
export function withinDeadline<T>(work: Promise<T>, ms: number, step: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StepHung(step, ms)), ms);
    timer.unref?.();
  });
  return Promise.race([work, hung]).finally(() => clearTimeout(timer));
}

/**
 * `attempt` run again, up to `retries` times, when a step of it hung (`StepHung`); `beforeRetry` gets the
 * hang to make a fresh start (a new browser). Any other failure, or a hang past the retries, is thrown.
 */
export async function retryingHungSteps<T>(attempt: () => Promise<T>, retries: number, beforeRetry: (hang: StepHung) => Promise<void>): Promise<T> {
  for (let left = retries; ; left -= 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof StepHung) || left <= 0) throw error;
      await beforeRetry(error);
    }
  }
}
