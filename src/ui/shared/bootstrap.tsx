import { initializeTeamsHost } from '../../hosts/teams/initializeTeamsHost';
import { redirectForFrameContext, type TeamsSurface } from '../../hosts/teams/routing';
import { loadAppConfig } from '../../config/appConfig';
import { startHostedSurface, type HostedSurfaceOptions } from './startHostedSurface';

/*
 * The start of the Teams surfaces (workspace, tab config, side panel, stage). Teams-only: it
 * brings teams-js, so the Outlook pane starts with `startHostedSurface` and its own host instead.
 */

export interface SurfaceOptions extends Omit<HostedSurfaceOptions, 'initializeHost' | 'redirectFor'> {
  /** Builds the HostContext; the default is the Teams host (a plain browser outside Teams). */
  initializeHost?: HostedSurfaceOptions['initializeHost'];
  /**
   * The Teams surface this page is. Inside Teams the frame context decides: a page opened in a
   * context that belongs to another surface (content → workspace, sidePanel → side panel,
   * meetingStage → stage, settings → tab config) goes to that surface's page.
   */
  surface?: TeamsSurface;
}

const HOST_TIMEOUT_MS = 8_000;

export function startSurface(options: SurfaceOptions): void {
  const { surface, initializeHost, ...rest } = options;
  startHostedSurface({
    ...rest,
    initializeHost: initializeHost ?? defaultTeamsHost,
    redirectFor: (host) => (surface && host.host === 'teams' ? redirectForFrameContext(window.location.href, surface, host.frameContext) : undefined),
  });
}

/** Teams surfaces: the tenant's meeting simulator (another origin in development) may talk teams-js too. */
function defaultTeamsHost() {
  return initializeTeamsHost({ timeoutMs: HOST_TIMEOUT_MS, validMessageOrigins: simulatorOrigins() });
}

function simulatorOrigins(): string[] {
  try {
    const authority = new URL(loadAppConfig().authority);
    // Microsoft's own sign-in host never hosts a Teams page; only a local tenant does.
    return authority.hostname.endsWith('microsoftonline.com') ? [] : [authority.origin];
  } catch {
    return [];
  }
}
