/**
 * A host SDK's start-up promise (teams-js `app.initialize`, `Office.onReady`) never settles outside
 * its host, so each host waits at most `timeoutMs` and then rejects with its own typed error.
 */
export function withTimeout<T>(promise: Promise<T>, timeoutMs: number, timeoutError: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(timeoutError()), timeoutMs);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
