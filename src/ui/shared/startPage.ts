import { completeAuthRedirect } from '../../auth/redirectBridge';
import { speakPlaceholder } from './bootText';
import { preloadBrowserChunks } from './browserChunks';
import { isLeaving } from './leavingEarly';
import { beginSurface, type SurfaceStart, type SurfaceStartOptions } from './surfaceStart';

/**
 * The first steps of every page, the one way they are taken (`startInHalves` for the side panel,
 * stage and workspace; `startHostedSurface` for the Outlook pane and the tab configuration):
 * find `#root`; a sign-in popup or silent iframe landing on this page hands its answer back and
 * stops here; start the host and the services (`beginSurface`); let the placeholder speak the
 * user's language (the URL's or browser's locale now, the host's once it answers); in a plain
 * browser, preload the chunks the build named for it (`browserChunks.ts`). Then `show` takes over. No React, nothing heavy: this is on every page's start-up path.
 */
export function startPage(options: SurfaceStartOptions, show: (container: HTMLElement, start: SurfaceStart) => void | Promise<void>): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('Møtebok: #root is missing from the page');
  void (async () => {
    if (await completeAuthRedirect(window).catch(() => false)) return;
    // Opened by Teams as another surface (the address says so, `hostChunksFirst.ts`): the page is going there; start nothing here.
    if (isLeaving()) return;
    const start = beginSurface(options);
    speakPlaceholder(container, start.locale());
    start.host
      .then((host) => {
        speakPlaceholder(container, start.locale());
        // In a plain browser the sign-in gate's chunk is needed at the first render: fetch it now.
        if (host.host === 'browser') preloadBrowserChunks();
      })
      .catch(() => undefined);
    await show(container, start);
  })();
}
