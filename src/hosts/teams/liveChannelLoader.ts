import type { ILiveShareHost } from '@microsoft/live-share';
import { LiveShareHost } from '@microsoft/teams-js';
import type { LiveChannel } from '../liveChannel';

/**
 * Joins the live channel of the meeting the Teams client is in, through teams-js' LiveShareHost
 * (Teams, or the meeting simulator, answers its calls). Live Share and Fluid arrive by `import()`
 * here, never in a page's initial JavaScript.
 */
export async function openLiveChannelLazily(): Promise<LiveChannel> {
  const { joinLiveChannel } = await import('./liveShareChannel');
  // teams-js' class answers the same calls as live-share's interface; their declarations differ only in enum types.
  return joinLiveChannel(LiveShareHost.create() as unknown as ILiveShareHost);
}
