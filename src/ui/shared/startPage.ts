import { completeAuthRedirect } from '../../auth/redirectBridge';
import { speakPlaceholder } from './bootText';
import { beginSurface, type SurfaceStart, type SurfaceStartOptions } from './surfaceStart';

/**
 * The first steps of every page, the one way they are taken (`startInHalves` for the side panel,
 * stage and workspace; `startHostedSurface` for the Outlook pane and the tab configuration):
 * find `#root`; a sign-in popup or silent iframe landing on this page hands its answer back and
 * stops here; start the host and the services (`beginSurface`); let the placeholder speak the
 * user's language (the URL's or browser's locale now, the host's once it answers). Then `show`
 * takes over. No React, nothing heavy: this is on every page's start-up path.
 */
export function startPage(options: SurfaceStartOptions, show: (container: HTMLElement, start: SurfaceStart) => void | Promise<void>): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('Møtebok: #root is missing from the page');
  void (async () => {
    if (await completeAuthRedirect(window).catch(() => false)) return;
    const start = beginSurface(options);
    speakPlaceholder(container, start.locale());
    start.host.then(() => speakPlaceholder(container, start.locale())).catch(() => undefined);
    await show(container, start);
  })();
}
