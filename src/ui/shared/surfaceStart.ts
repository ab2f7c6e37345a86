import type { HostContext, OnHostInitialized, OnHostStarting } from '../../hosts/hostContext';
import { browserHostContext } from '../../hosts/browserHostContext';
import { prefetchNestedMsal } from '../../auth/createAuth';
import { beginServices, createServices, type Services, type ServicesBegun } from './services';
import { markOnce, STARTUP_MARKS } from './startupMarks';

/** How a surface starts before anything is rendered: its host, its services, where it goes instead. */
export interface SurfaceStartOptions {
  /**
   * Builds the HostContext: each surface's entry passes its own host's (hosts never import each
   * other). A host that answers in two steps calls `onInitialized` after the first (Teams: after
   * `app.initialize`, before `app.getContext`), and the services' MSAL set-up begins then. Before that,
   * once its handshake's first message is out, it calls `onStarting` (Teams: `app.initialize` sent, not yet
   * answered), and MSAL's nested part is fetched and evaluated then (`prefetchNestedMsal`): its modules are
   * evaluated while the host answers, so MSAL's own handshake with the host's bridge goes out with
   * `app.getContext` instead of after its chunk's evaluation (issue 14: cold load).
   */
  initializeHost: (onInitialized: OnHostInitialized, onStarting?: OnHostStarting) => Promise<HostContext>;
  /**
   * Builds the services, with what was begun for them before the host's context came (`beginServices`,
   * when the host said it was initialised); tests and the simulator may pass their own.
   */
  createServices?: (host: HostContext, begun: ServicesBegun | undefined) => Promise<Services>;
  /** Where to go instead once the host has answered (a Teams page opened in another surface's context). */
  redirectFor?: (host: HostContext) => string | undefined;
}

/** What a surface has under way when it first renders (`renderSurface` in startHostedSurface.tsx). */
export interface SurfaceStart {
  /** Until the host answers, the URL and the browser decide the language and theme of "Laster …". */
  provisional: HostContext;
  host: Promise<HostContext>;
  /** The services, or undefined when the page goes to another surface's page instead. */
  services: Promise<Services | undefined>;
  /** The locale known so far: the provisional one, the host's once it has answered (what the page says before its catalogues). */
  locale(): string;
}

/**
 * Starts the host and, the moment it has answered, the services (MSAL, the Graph side, and what a
 * surface starts with them: the meeting's request). MSAL's set-up starts earlier still, when the host
 * says its handshake is done (`onInitialized`: in Teams, beside `app.getContext`). No React in here:
 * the meeting surfaces start this before their screens' code is evaluated, so the first Graph request
 * is on its way while React and Fluent are (issue 14: cold load). Failures are kept for the render to show.
 */
export function beginSurface(options: SurfaceStartOptions): SurfaceStart {
  const provisional = browserHostContext(window);
  markOnce(STARTUP_MARKS.entry);
  let begun: ServicesBegun | undefined;
  const onInitialized: OnHostInitialized = (kind) => {
    begun ??= beginServices(kind);
  };
  const host = Promise.resolve().then(() => options.initializeHost(onInitialized, prefetchNestedMsal));
  host.then(() => markOnce(STARTUP_MARKS.host)).catch(() => undefined); // failures are handled where it is awaited (renderSurface)
  const services = host.then((started) => (options.redirectFor?.(started) ? undefined : (options.createServices ?? createServices)(started, begun)));
  services.then(() => markOnce(STARTUP_MARKS.services)).catch(() => undefined); // likewise
  let locale = provisional.locale;
  host.then((answered) => (locale = answered.locale)).catch(() => undefined);
  return { provisional, host, services, locale: () => locale };
}
