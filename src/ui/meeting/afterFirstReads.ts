import type { SurfaceScreens } from '../shared/startInHalves';

/**
 * How long a meeting surface's screens, once evaluated, wait for the first reads (the meeting's
 * lookup, `GET /me`) before they render without them. The page's own placeholder ("Laster Møtebok …",
 * `page.html`) shows meanwhile.
 */
export const FIRST_READS_WAIT_MS = 100;

/**
 * The screens rendered once the first reads have settled (answered or failed), or `waitMs` after
 * they are asked to, whichever is first; at once when nothing was started (the services failed: the
 * render shows why). When the reads answer while the screens are evaluated — the response is in,
 * its body waits behind that evaluation — the first render has the meeting: one render and one
 * layout of the view, not a render and a paint of "Henter møtet …" and then a second render a task
 * later (issue 14: cold load, `npm run bench -- coldLoad`). A slow read costs at most `waitMs` of
 * an early spinner, never the read itself: it runs on meanwhile.
 */
export function afterFirstReads(screens: SurfaceScreens, firstReads: () => Promise<unknown> | undefined, waitMs: number = FIRST_READS_WAIT_MS): SurfaceScreens {
  return {
    show(container, options, start) {
      const reads = firstReads();
      if (!reads) {
        screens.show(container, options, start);
        return;
      }
      let shown = false;
      const show = () => {
        if (shown) return;
        shown = true;
        clearTimeout(timer);
        screens.show(container, options, start);
      };
      const timer = setTimeout(show, waitMs);
      reads.then(show, show);
    },
  };
}
