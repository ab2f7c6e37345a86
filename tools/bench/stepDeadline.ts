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
 * Playwright's words when the page's side of a step was lost under it, not when the page did something
 * wrong: a `frame.evaluate` whose promise the renderer dropped («Resulting promise was garbage collected»,
 * 2026-12-06 09:58 UTC, reading `performance.timeOrigin` after a side panel run's ready mark), or a
 * context or target that went away. Like a hang, the run's figures are not in doubt, only the driver's
 * hold on them: the run is started again in a fresh browser.
 */
const DRIVER_LOST = [/Resulting promise was garbage collected/, /Execution context was destroyed/, /Target page, context or browser has been closed/, /Target closed/];

/** Whether `error` is a step that hung (`StepHung`) or one whose page side the driver lost (`DRIVER_LOST`). */
export function isDriverFault(error: unknown): error is Error {
  return error instanceof StepHung || (error instanceof Error && DRIVER_LOST.some((words) => words.test(error.message)));
}

/**
 * `attempt` run again, up to `retries` times, when a step of it hung or the driver lost it (`isDriverFault`);
 * `beforeRetry` gets the failure to make a fresh start (a new browser). Any other failure, or a fault past the
 * retries, is thrown.
 */
export async function retryingHungSteps<T>(attempt: () => Promise<T>, retries: number, beforeRetry: (fault: Error) => Promise<void>): Promise<T> {
  for (let left = retries; ; left -= 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!isDriverFault(error) || left <= 0) throw error;
      await beforeRetry(error);
    }
  }
}
