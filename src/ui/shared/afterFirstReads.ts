import type { SurfaceScreens } from './startInHalves';

/**
 * How long a surface's screens, once evaluated, wait for its first reads before they render without
 * them (`afterFirstReads`). The page's own placeholder ("Laster Møtebok …", `page.html`) shows meanwhile.
 */
export const FIRST_READS_WAIT_MS = 1_000;

/**
 * A surface's screens rendered once its first reads have settled (answered or failed), or `waitMs`
 * after they are asked to, whichever is first; at once when no reads were begun (the services failed:
 * the page shows why). Rendered before the answers, a page rendered and laid out its "loading" — the
 * workspace's «Laster …», a meeting surface's «Henter møtet …» — then again for each answer as it came,
 * even when the answer was already in and only its parsing waited behind the screens' evaluation; now
 * its first render has them (issue 14: cold load, `npm run bench -- coldLoad`). After `waitMs` the page
 * renders with what it has and shows the rest as it comes; a slow read is never waited for twice.
 * The workspace (`workspaceScreens.tsx`: its `StartupReads.settled`) and the side panel and the stage
 * (`ui/meeting/startMeetingSurface.ts`: the meeting's lookup and `GET /me`) start this way.
 */
export function afterFirstReads(screens: SurfaceScreens, firstReads: () => Promise<unknown> | undefined, waitMs: number = FIRST_READS_WAIT_MS): SurfaceScreens {
  return {
    show(container, options, start) {
      const show = () => screens.show(container, options, start);
      const reads = firstReads();
      // The bound's timer is left to run out: it only settles a race already decided (fewer bytes at start).
      if (reads) void Promise.race([reads, new Promise((resolve) => setTimeout(resolve, waitMs))]).then(show, show);
      else show();
    },
  };
}
