import { useCallback, useState } from 'react';
import { wordingReady } from './describeError';

export interface BusyAction<B> {
  /** What is running now (the screen says it on its button), or undefined. */
  busy: B | undefined;
  /** What the last action threw, until the next one starts or it is dismissed. */
  error: unknown;
  /** Runs `action` as `what`: the error of the one before is cleared, a throw becomes `error`, never a rejection. */
  run(what: B, action: () => Promise<void>): Promise<void>;
  dismissError(): void;
}

/**
 * The one busy-and-error state of a screen's actions (the workspace's sign-in and set-up, the
 * permission repair, «Etter møtet»'s referat): the buttons show what is running and the screen the
 * error, with nothing typed lost — the action is the screen's, only its state is kept here.
 */
export function useBusyAction<B>(): BusyAction<B> {
  const [busy, setBusy] = useState<B | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const run = useCallback(async (what: B, action: () => Promise<void>) => {
    setBusy(what);
    setError(undefined);
    try {
      await action();
    } catch (caught) {
      // Its words first, when they are a chunk of their own (a field's rule): shown worded at once.
      await wordingReady(caught);
      setError(caught);
    } finally {
      setBusy(undefined);
    }
  }, []);
  const dismissError = useCallback(() => setError(undefined), []);
  return { busy, error, run, dismissError };
}
