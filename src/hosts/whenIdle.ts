/** The part of a window `whenIdle` uses (tests give their own). */
export type IdleWindow = Pick<Window, 'setTimeout'> & { requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number };

/**
 * Resolves when the browser has nothing else to do (at most `timeoutMs` later); a short pause where it
 * cannot say (Safari). The one way a page defers work until after its start: the live channel's Live
 * Share chunk, the workspace's editor, drag and drop and committee picker.
 */
export function whenIdle(win: IdleWindow = window, timeoutMs = 3_000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else win.setTimeout(() => resolve(), Math.min(timeoutMs, 500));
  });
}
