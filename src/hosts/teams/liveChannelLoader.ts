import type { ILiveShareHost } from '@microsoft/live-share';
import type { LiveChannel } from '../liveChannel';
import { loadTeamsJs } from './loadTeamsJs';
import { whenIdle } from '../whenIdle';

/**
 * Joins the live channel of the meeting the Teams client is in, through teams-js' LiveShareHost
 * (Teams, or the meeting simulator, answers its calls). Live Share and Fluid arrive by `import()`
 * here, never in a page's initial JavaScript — and only once the page is idle: the chunk is large
 * (about 220 kB gzip) and evaluating it while the side panel or the stage draws its first view
 * delayed that view by hundreds of milliseconds (`npm run bench -- coldLoad`). The surface shows
 * what it read from SharePoint meanwhile.
 */
export async function openLiveChannelLazily(): Promise<LiveChannel> {
  await whenIdle();
  const [{ joinLiveChannel }, { LiveShareHost }] = await Promise.all([import('./liveShareChannel'), loadTeamsJs()]);
  // teams-js' class answers the same calls as live-share's interface; their declarations differ only in enum types.
  return joinLiveChannel(LiveShareHost.create() as unknown as ILiveShareHost);
}
