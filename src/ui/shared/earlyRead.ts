/**
 * A read a page's entry starts the moment its services exist, before React has rendered anything
 * (issue 14: cold load): its Graph requests run beside the download of the screens instead of after
 * it. The screen that needs the answer takes it once, for the same key, instead of reading again.
 * The one mechanism for that: the workspace's first reads (`workspace/startupReads.ts`) and the
 * meeting surfaces' lookup of their meeting (`meeting/findMeeting.ts`) both use it.
 *
 * - `take(key)` hands the answer out once, and only for the key it was started for; otherwise (or
 *   the second time: a reload) it is undefined and the screen reads for itself.
 * - A failed early read (begun before the sign-in, a network blip) is never handed out as a
 *   failure: taken after it failed, or failing after it was taken, it is read again with `read`.
 */
export interface EarlyRead<K, T> {
  take(key: K): Promise<T> | undefined;
  /**
   * The answer itself when it is already here, taken as `take` takes it (once, for the same key):
   * a screen whose first render comes after the answer shows it in that render, rather than showing
   * "loading" and rendering again a task later for a promise that had long settled (issue 14).
   * Undefined while the read is under way or when it failed (then `take` reads again).
   */
  takeArrived(key: K): { value: T } | undefined;
  /** The early read itself, for a read that starts from its answer (never handed to a screen). */
  readonly started: Promise<T>;
}

export function startEarlyRead<K, T>(key: K, read: (key: K) => Promise<T>, sameKey: (a: K, b: K) => boolean = Object.is): EarlyRead<K, T> {
  const started = read(key);
  let arrived: { value: T } | undefined;
  started.then(
    (value) => (arrived = { value }),
    () => undefined, // handled: the taker reads again
  );
  let held: Promise<T> | undefined = started;
  return {
    started,
    take(asked) {
      if (held === undefined || !sameKey(key, asked)) return undefined;
      const early = held;
      held = undefined;
      return early.catch(() => read(key));
    },
    takeArrived(asked) {
      if (arrived === undefined || held === undefined || !sameKey(key, asked)) return undefined;
      held = undefined;
      return arrived;
    },
  };
}
