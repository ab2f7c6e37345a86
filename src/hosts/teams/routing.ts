import type { FrameContext } from '../hostContext';

export type TeamsSurface = 'workspace' | 'tabConfig' | 'sidePanel' | 'stage';

const PAGES: Record<TeamsSurface, string> = {
  workspace: 'workspace.html',
  tabConfig: 'config.html',
  sidePanel: 'sidepanel.html',
  stage: 'stage.html',
};

/** Which surface Teams means by a frame context: content → workspace, sidePanel → side panel, meetingStage → stage, settings → tab config. */
export function surfaceForFrameContext(frameContext: FrameContext): TeamsSurface | undefined {
  switch (frameContext) {
    case 'content':
      return 'workspace';
    case 'sidePanel':
      return 'sidePanel';
    case 'meetingStage':
      return 'stage';
    case 'settings':
    case 'remove':
      return 'tabConfig';
    default:
      return undefined;
  }
}

/**
 * When Teams opened a page in a frame context that belongs to another surface (one manifest URL
 * for several contexts), the URL of the right page — same folder, same query — else undefined.
 */
export function redirectForFrameContext(currentUrl: string, current: TeamsSurface, frameContext: FrameContext): string | undefined {
  const wanted = surfaceForFrameContext(frameContext);
  if (!wanted || wanted === current) return undefined;
  const url = new URL(currentUrl);
  url.pathname = url.pathname.replace(/[^/]*$/, PAGES[wanted]);
  return url.href;
}
