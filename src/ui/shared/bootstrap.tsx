import { startHostedSurface, type HostedSurfaceOptions } from './startHostedSurface';
import { teamsHostOptions, type TeamsSurfaceOptions } from './teamsSurface';

/*
 * The start of the Teams surfaces (workspace, tab config, side panel, stage). Teams-only: it
 * brings teams-js, so the Outlook pane starts with `startHostedSurface` and its own host instead.
 */

export interface SurfaceOptions extends Omit<HostedSurfaceOptions, 'initializeHost' | 'redirectFor'>, TeamsSurfaceOptions {}

export function startSurface(options: SurfaceOptions): void {
  const { surface, initializeHost, ...rest } = options;
  startHostedSurface({ ...rest, ...teamsHostOptions({ surface, initializeHost }) });
}
