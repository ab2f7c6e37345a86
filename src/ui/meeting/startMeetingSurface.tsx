import type { ComponentType } from 'react';
import { startSurface } from '../shared/bootstrap';
import { createServices } from '../shared/services';
import { startLinkedMeetingLookup, type LinkedMeetingLookup } from './findMeeting';

/**
 * The start of a meeting surface (side panel, stage): the meeting's request — and, where the
 * surface matches people, who is signed in (`GET /me`, asked once per page: `useSignedInIdentity`
 * takes the same answer) — start the moment the services exist: before the theme, the catalogues,
 * the first render and the screens' download (issue 14: cold load), as the workspace's first reads
 * do. `View` gets the lookup and takes its answer (`useLinkedMeeting(lookup)`).
 */
export function startMeetingSurface(View: ComponentType<{ lookup?: LinkedMeetingLookup }>, options: { signedInUser?: boolean } = {}): void {
  let lookup: LinkedMeetingLookup | undefined;
  startSurface({
    createServices: async (host) => {
      const services = await createServices(host);
      lookup = startLinkedMeetingLookup(services.repository, host, window.location.href);
      if (options.signedInUser) services.signedInUser?.().catch(() => undefined); // the screen handles a failure (the host's identity stands)
      return services;
    },
    render: () => <View lookup={lookup} />,
  });
}
