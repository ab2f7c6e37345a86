import { createServices, type Services } from '../shared/services';
import { startInHalves, type SurfaceScreens } from '../shared/startInHalves';
import { teamsHostOptions } from '../shared/teamsSurface';
import { askSignedInUserEarly } from '../shared/signedInEarly';
import { startLinkedMeetingLookup, type LinkedMeetingLookup } from './findMeeting';

/**
 * How long a meeting surface's first render waits, once its screens are evaluated, for the answers
 * its entry asked for (the meeting; on the side panel also `GET /me`). Usually they are all but here
 * then; past this the surface renders its «waiting» state after all (the page's own placeholder says
 * «Laster Møtebok …» meanwhile), so a slow Graph still gets React's first render done while it answers.
 */
export const FIRST_ANSWERS_WAIT_MS = 250;

/**
 * The start of a meeting surface (side panel, stage), in two halves (`ui/shared/startInHalves.ts`):
 * the meeting's request — and, where the surface matches people, who is signed in (`GET /me`,
 * asked once per page: `useSignedInIdentity` takes the same answer) — is sent the moment the
 * services exist, before React, Fluent and the screens are evaluated (issue 14: cold load).
 * `loadScreens` gets the lookup to hand to its view (`useLinkedMeeting(lookup)`): read it at render,
 * since a retry ("Prøv igjen") starts the services, and with them a new lookup. `services` are this
 * start's, for what the screens' chunk starts outside React before its first render (the side
 * panel: the referent's chunk, `fetchRecorderEarly`). The screens render once those answers are in
 * (`shownOnceAnswered`), not before.
 */
export function startMeetingSurface(
  loadScreens: (lookup: () => LinkedMeetingLookup | undefined, services: () => Services | undefined) => Promise<SurfaceScreens>,
  options: { signedInUser?: boolean } = {},
): void {
  let lookup: LinkedMeetingLookup | undefined;
  let started: Services | undefined;
  let answers: Promise<unknown> | undefined;
  startInHalves(
    {
      ...teamsHostOptions({}),
      createServices: async (host, begun) => {
        const services = await createServices(host, begun);
        lookup = startLinkedMeetingLookup(services.repository, host, window.location.href);
        // `GET /me`'s failure is the screen's to handle (the host's identity stands); `allSettled` takes it.
        answers = Promise.allSettled([lookup.started, options.signedInUser && services.signedInUser && askSignedInUserEarly(services.signedInUser)]);
        return (started = services);
      },
    },
    () => loadScreens(() => lookup, () => started).then((screens) => shownOnceAnswered(screens, () => answers)),
  );
}

/**
 * `screens`, shown once `answers` (the surface's first reads, `answers()` at show time; never
 * rejecting) have settled or `waitMs` has passed, whichever is first; at once when there are none
 * (the services failed: the failure is shown). The first render is then the one with the meeting (and
 * who is signed in), which the views take as already here (`takeArrived`, `signedInUserArrived`),
 * instead of a render of the «waiting» state that held the main thread while the answers came in,
 * and a second render after it: in the side panel the referent's chunk was asked for about 70 ms
 * after both answers, that render in between (issue 14: cold load). What the entry starts on the
 * answers outside React (`fetchRecorderEarly`) then runs the moment they are handled.
 */
export function shownOnceAnswered(screens: SurfaceScreens, answers: () => Promise<unknown> | undefined, waitMs = FIRST_ANSWERS_WAIT_MS): SurfaceScreens {
  return {
    show: (...shown) => void Promise.race([answers(), new Promise((resolve) => setTimeout(resolve, waitMs))]).then(() => screens.show(...shown)),
  };
}
