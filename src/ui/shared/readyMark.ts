import { useLayoutEffect } from 'react';
import { markOnce, READY_MARK } from './startupMarks';

export { READY_MARK };

/**
 * The moment a surface is ready for its person, as a User Timing mark in production too (see
 * startupMarks.ts for what "ready" is on each surface and the marks before it). `npm run bench --
 * coldLoad` reads it from each page and from the reference and floor pages (`tools/bench/reference/`,
 * `tools/bench/floor/`), all through `useReadyMark`, so all are measured by the same clock and the
 * same rule.
 */
export function markReady(perf: Pick<Performance, 'mark' | 'getEntriesByName'> | undefined = globalThis.performance): void {
  markOnce(READY_MARK, perf);
}

/** What `afterNextPaint` needs of the window (a parameter so tests can drive the frame). */
export type FrameClock = Partial<Pick<Window, 'requestAnimationFrame'>>;

/**
 * Runs `run` once the browser has painted the next frame: a `requestAnimationFrame` callback runs
 * before that frame's style, layout and paint, and a task posted from it (a `MessageChannel`
 * message: no timer clamping) runs after them. Returns how to cancel. Without frames (no
 * `requestAnimationFrame`) it runs at once. Kept small: every page's start-up carries it.
 */
export function afterNextPaint(run: () => void, clock: FrameClock = globalThis): () => void {
  let live = true;
  const go = () => {
    if (live) run();
  };
  if (clock.requestAnimationFrame) {
    clock.requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = go;
      channel.port2.postMessage(0);
    });
  } else go();
  return () => {
    live = false;
  };
}

/**
 * Sets the ready mark once `ready` is true and the frame that shows it has been painted. Marking
 * in the commit's effect instead put the mark before or after that frame by chance (the effects
 * run in a task of their own before the frame, or after it, as the frame's timing falls), so the
 * bench counted a page's first paint on some runs and not on others (h/cold50, h/cold51). The frame
 * is asked for in a layout effect, which runs in the commit itself, before the browser can paint:
 * asked for in a passive effect, which React runs after that frame as often as not, it waited for
 * the frame after it, 6–19 ms past the paint that showed the view (h/cold52, h/cold53).
 */
export function useReadyMark(ready: boolean): void {
  useLayoutEffect(() => {
    if (!ready) return undefined;
    return afterNextPaint(() => markReady());
  }, [ready]);
}
