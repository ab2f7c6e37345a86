import { createServices, type Services } from '../shared/services';
import { startInHalves, type SurfaceScreens } from '../shared/startInHalves';
import { teamsHostOptions } from '../shared/teamsSurface';
import { askSignedInUserEarly } from '../shared/signedInEarly';
import { startLinkedMeetingLookup, type LinkedMeetingLookup } from './findMeeting';

/**
 * The start of a meeting surface (side panel, stage), in two halves (`ui/shared/startInHalves.ts`):
 * the meeting's request — and, where the surface matches people, who is signed in (`GET /me`,
 * asked once per page: `useSignedInIdentity` takes the same answer) — is sent the moment the
 * services exist, before React, Fluent and the screens are evaluated (issue 14: cold load).
 * `loadScreens` gets the lookup to hand to its view (`useLinkedMeeting(lookup)`): read it at render,
 * since a retry ("Prøv igjen") starts the services, and with them a new lookup. `services` are this
 * start's, for what the screens' chunk starts outside React before its first render (the side
 * panel: the referent's chunk, `fetchRecorderEarly`).
 */
export function startMeetingSurface(
  loadScreens: (lookup: () => LinkedMeetingLookup | undefined, services: () => Services | undefined) => Promise<SurfaceScreens>,
  options: { signedInUser?: boolean } = {},
): void {
  let lookup: LinkedMeetingLookup | undefined;
  let started: Services | undefined;
  startInHalves(
    {
      ...teamsHostOptions({}),
      createServices: async (host, begun) => {
        const services = await createServices(host, begun);
        lookup = startLinkedMeetingLookup(services.repository, host, window.location.href);
        if (options.signedInUser && services.signedInUser) askSignedInUserEarly(services.signedInUser).catch(() => undefined); // the screen handles a failure (the host's identity stands)
        return (started = services);
      },
    },
    () => loadScreens(() => lookup, () => started),
  );
}
