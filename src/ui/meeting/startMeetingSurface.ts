import { createServices } from '../shared/services';
import { startInHalves, type SurfaceScreens } from '../shared/startInHalves';
import { teamsHostOptions } from '../shared/teamsSurface';
import { askSignedInUserEarly } from '../shared/signedInEarly';
import { afterFirstReads } from '../shared/afterFirstReads';
import { startLinkedMeetingLookup, type LinkedMeetingLookup } from './findMeeting';

/**
 * The start of a meeting surface (side panel, stage), in two halves (`ui/shared/startInHalves.ts`):
 * the meeting's request — and, where the surface matches people, who is signed in (`GET /me`,
 * asked once per page: `useSignedInIdentity` takes the same answer) — is sent the moment the
 * services exist, before React, Fluent and the screens are evaluated (issue 14: cold load).
 * `loadScreens` gets the lookup to hand to its view (`useLinkedMeeting(lookup)`): read it at render,
 * since a retry ("Prøv igjen") starts the services, and with them a new lookup. The screens render
 * once those first reads have settled, or after at most a second (`ui/shared/afterFirstReads.ts`),
 * so their first render shows the meeting rather than "Henter møtet …" when it is here already.
 */
export function startMeetingSurface(
  loadScreens: (lookup: () => LinkedMeetingLookup | undefined) => Promise<SurfaceScreens>,
  options: { signedInUser?: boolean } = {},
): void {
  let lookup: LinkedMeetingLookup | undefined;
  let firstReads: Promise<unknown> | undefined;
  startInHalves(
    {
      ...teamsHostOptions({}),
      createServices: async (host, begun) => {
        const services = await createServices(host, begun);
        lookup = startLinkedMeetingLookup(services.repository, host, window.location.href);
        // The screen handles a failure of GET /me (the host's identity stands).
        const signedIn = options.signedInUser && services.signedInUser ? askSignedInUserEarly(services.signedInUser) : undefined;
        firstReads = Promise.allSettled([lookup.started, signedIn]);
        return services;
      },
    },
    () => loadScreens(() => lookup).then((screens) => afterFirstReads(screens, () => firstReads)),
  );
}
