import { STORAGE_TOKEN, scopesFor } from '../../auth/scopes';
import { showScreensMissing } from './bootText';
import { startPage } from './startPage';
import { markOnce, STARTUP_MARKS } from './startupMarks';
import type { SurfaceStart, SurfaceStartOptions } from './surfaceStart';

/** A surface's screens: React, Fluent and its views, one chunk (`surfaceScreens` in surfaceScreens.tsx). */
export interface SurfaceScreens {
  show(container: HTMLElement, options: SurfaceStartOptions, start: SurfaceStart): void;
}

/** How long the screens wait for the first request to be sent before they are evaluated anyway. */
const SCREENS_WAIT_MS = 1_500;

/**
 * The start of a surface in two halves, in an order that is the point (issue 14: cold load):
 * 1. the page's own script is small — the host's SDK and this, no React — so the host's handshake
 *    starts at once, and MSAL and the Graph side (fetched from the page's HTML) are evaluated while
 *    the host answers;
 * 2. the services exist, and with them the surface's first reads are sent (`createServices`);
 * 3. only then are the screens evaluated — React, Fluent and the views, the largest part of the
 *    page's JavaScript — while those requests are on their way, and rendered (`renderSurface`: the
 *    same "Laster …", providers and failures with "Prøv igjen" as every surface).
 * Used by the side panel, the stage (`ui/meeting/startMeetingSurface.ts`) and the workspace.
 */
export function startInHalves(options: SurfaceStartOptions, loadScreens: () => Promise<SurfaceScreens>): void {
  // #root, a sign-in answer handed back, `beginSurface` (step 1 and 2), the placeholder in the user's language.
  startPage(options, async (container, start) => {
    await Promise.race([requestsSent(start), new Promise((resolve) => setTimeout(resolve, SCREENS_WAIT_MS))]);
    // A fetch that fails is tried once more (the network was away a moment); then the page says so.
    const screens = await loadScreens().catch(() => loadScreens().catch(() => undefined));
    markOnce(STARTUP_MARKS.screens);
    if (screens) screens.show(container, options, start);
    else showScreensMissing(container, start.locale());
  });
}

/**
 * Settles once the first reads have been sent, as near as the page can tell: the services exist
 * (the reads have started) and the Graph token is at hand (MSAL answers the reads' own requests for
 * it from the same cache, so their fetches follow in the same turn). Never rejects.
 */
async function requestsSent(start: SurfaceStart): Promise<void> {
  const services = await start.services.catch(() => undefined);
  // Inside the promise, so nothing here (the scopes of the site access mode included) can make it reject.
  if (services) await Promise.resolve(services).then((s) => s.auth.getToken(scopesFor(STORAGE_TOKEN, s.config.siteAccess))).catch(() => undefined);
  markOnce(STARTUP_MARKS.readsSent);
}
