import { surfaceScreens } from '../shared/surfaceScreens';
import type { SurfaceScreens } from '../shared/startInHalves';
import { WorkspaceApp } from './WorkspaceApp';
import type { StartupReads } from './startupReads';

/** The workspace's screens (`main.tsx`): read the first reads at render, since a retry ("Prøv igjen") starts new ones. */
export function workspaceScreens(startup: () => StartupReads | undefined): SurfaceScreens {
  return surfaceScreens(() => <WorkspaceApp startup={startup()} />);
}
