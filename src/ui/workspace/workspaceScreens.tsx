import { surfaceScreens } from '../shared/surfaceScreens';
import type { SurfaceScreens } from '../shared/startInHalves';
import { afterFirstReads, FIRST_READS_WAIT_MS } from '../shared/afterFirstReads';
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
export const FIRST_RENDER_WAITS_MS = FIRST_READS_WAIT_MS;

/**
 * The workspace's screens (`main.tsx`): read the first reads at render, since a retry ("Prøv igjen")
 * starts new ones; the first render waits for them (above, `ui/shared/afterFirstReads.ts`).
 */
export function workspaceScreens(startup: () => StartupReads | undefined, waitMs = FIRST_RENDER_WAITS_MS): SurfaceScreens {
  return afterFirstReads(
    surfaceScreens(() => <WorkspaceApp startup={startup()} />),
    () => startup()?.settled,
    waitMs,
  );
}
