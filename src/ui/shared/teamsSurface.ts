import { initializeTeamsHost } from '../../hosts/teams/initializeTeamsHost';
import { frameContextInUrl, redirectForFrameContext, surfaceForFrameContext, type TeamsSurface } from '../../hosts/teams/routing';
import { loadAppConfig } from '../../config/appConfig';
import type { OnHostInitialized, OnHostStarting } from '../../hosts/hostContext';
import type { SurfaceStartOptions } from './surfaceStart';

/*
 * How the Teams surfaces (workspace, tab config, side panel, stage) meet their host. No React in
 * here: the meeting surfaces start their host with it before their screens' code is evaluated.
 */

export interface TeamsSurfaceOptions {
  /** Builds the HostContext; the default is the Teams host (a plain browser outside Teams). */
  initializeHost?: SurfaceStartOptions['initializeHost'];
  /**
   * The Teams surface this page is. Inside Teams the frame context decides: a page opened in a
   * context that belongs to another surface (content → workspace, sidePanel → side panel,
   * meetingStage → stage, settings → tab config) goes to that surface's page.
   */
  surface?: TeamsSurface;
}

const HOST_TIMEOUT_MS = 8_000;

/** The host and the redirect of a Teams surface, as `beginSurface` and `startHostedSurface` take them. */
export function teamsHostOptions(options: TeamsSurfaceOptions): Pick<SurfaceStartOptions, 'initializeHost' | 'redirectFor'> {
  const { surface, initializeHost } = options;
  return {
    initializeHost: initializeHost ?? defaultTeamsHost,
    redirectFor: (host) => {
      if (host.host !== 'teams') return undefined;
      // The surface this page is: its own, or the one its address said Teams opened it as (`hostChunksFirst.ts`' early redirect): the context wins over the address.
      const claimed = frameContextInUrl(window.location.href);
      const here = surface ?? (claimed ? surfaceForFrameContext(claimed) : undefined);
      return here ? redirectForFrameContext(window.location.href, here, host.frameContext) : undefined;
    },
  };
}

/** Teams surfaces: the tenant's meeting simulator (another origin in development) may talk teams-js too. */
function defaultTeamsHost(onInitialized: OnHostInitialized, onStarting?: OnHostStarting) {
  return initializeTeamsHost({ timeoutMs: HOST_TIMEOUT_MS, validMessageOrigins: simulatorOrigins(), onInitialized, onStarting });
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
