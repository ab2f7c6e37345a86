import type { FrameContext } from '../hostContext';
import { parseFrameContext, urlValue } from '../browserHostContext';

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
  // The frame context the address names (Teams' `{page.frameContext}` placeholder) is now the one that
  // decided, so the next page goes nowhere else on its account: no page sends the person back and forth.
  if (url.searchParams.has('frameContext')) url.searchParams.set('frameContext', frameContext);
  return url.href;
}

/**
 * Teams' context placeholders a meeting or channel tab's content URL carries (`ui/tabConfig/TabConfigApp.tsx` saves it); Teams replaces them as it opens the tab
 * (Microsoft's «Get context for your tab», "Get context by inserting URL placeholder values"). With them the
 * page knows before any script what `app.getContext` will say: in a meeting's side panel it goes to the side
 * panel's page at once (`earlyRedirect` below), and its «Laster …», catalogue and theme are
 * the person's from the start. The context still decides when it comes.
 */
export const TAB_URL_PLACEHOLDERS = 'frameContext={page.frameContext}&locale={app.locale}&theme={app.theme}';

/**
 * The frame context a Teams tab's address names: the tab configuration saves the content URL with
 * Teams' `{page.frameContext}` placeholder (`ui/tabConfig/TabConfigApp.tsx`), which Teams replaces as it
 * opens the tab (Microsoft's «Get context for your tab», "Get context by inserting URL placeholder
 * values"). Undefined when the address names none, or Teams left it empty or unreplaced.
 */
export function frameContextInUrl(href: string): FrameContext | undefined {
  const value = urlValue(href, 'frameContext');
  return value === undefined ? undefined : parseFrameContext(value);
}

/** Which surface's page the address is (its file name), if it is one of them. */
export function surfaceOfPage(href: string): TeamsSurface | undefined {
  const file = /[^/]*$/.exec(new URL(href).pathname)?.[0];
  return (Object.keys(PAGES) as TeamsSurface[]).find((surface) => PAGES[surface] === file);
}

/**
 * Where a page opened inside Teams goes before it loads anything more, when its address names a frame
 * context that belongs to another surface's page: a meeting tab's side panel opens the tab's content URL
 * (the workspace's page), which used to start teams-js and wait for `app.getContext` only to learn it
 * should be the side panel's page (issue 14: cold load). The address only lets the page start sooner;
 * the context still decides (`teamsHostOptions`' `redirectFor`: if it disagrees, it wins).
 */
export function earlyRedirect(href: string): string | undefined {
  const claimed = frameContextInUrl(href);
  const here = surfaceOfPage(href);
  return claimed && here ? redirectForFrameContext(href, here, claimed) : undefined;
}
