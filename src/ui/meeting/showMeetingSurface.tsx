import type { ComponentType } from 'react';
import { surfaceScreens } from '../shared/surfaceScreens';
import type { SurfaceScreens } from '../shared/startInHalves';
import type { LinkedMeetingLookup } from './findMeeting';

/** A meeting surface's screens (`startMeetingSurface`): `View` rendered with the lookup of the current start. */
export function meetingSurfaceScreens(View: ComponentType<{ lookup?: LinkedMeetingLookup }>, lookup: () => LinkedMeetingLookup | undefined): SurfaceScreens {
  return surfaceScreens(() => <View lookup={lookup()} />);
}
