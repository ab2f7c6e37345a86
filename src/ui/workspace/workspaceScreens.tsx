import { surfaceScreens } from '../shared/surfaceScreens';
import type { SurfaceScreens } from '../shared/startInHalves';
import { WorkspaceApp } from './WorkspaceApp';
import type { StartupReads } from './startupReads';

/**
 * How long the screens' first render waits for the first reads to answer (`StartupReads.settled`)
 * once the screens are evaluated: the page's own "Laster Møtebok …" stays meanwhile. Within it the
 * committees, the meeting list and the open meeting's saksliste come in one render; rendered before
 * them, the page rendered and laid out "loading", then once for each answer as it came (four commits,
 * about 130 ms of main thread in a cold-load profile; issue 14). After it the page renders with what
 * it has and shows the rest as it comes, as before.
 */
export const FIRST_RENDER_WAITS_MS = 1_000;

/**
 * The workspace's screens (`main.tsx`): read the first reads at render, since a retry ("Prøv igjen")
 * starts new ones; the first render waits for them (above).
 */
export function workspaceScreens(startup: () => StartupReads | undefined, waitMs = FIRST_RENDER_WAITS_MS): SurfaceScreens {
  const screens = surfaceScreens(() => <WorkspaceApp startup={startup()} />);
  return {
    show(container, options, start) {
      const settled = startup()?.settled;
      if (!settled) return screens.show(container, options, start);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const bound = new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)));
      void Promise.race([settled, bound]).then(() => {
        clearTimeout(timer);
        screens.show(container, options, start);
      });
    },
  };
}
