import type { LiveChannel } from '../liveChannel';

/** Opens the Teams meeting's live channel; Live Share and Fluid arrive by `import()` here, never up front. */
export async function openLiveChannelLazily(): Promise<LiveChannel> {
  const { openTeamsLiveChannel } = await import('./liveShareChannel');
  return openTeamsLiveChannel();
}
