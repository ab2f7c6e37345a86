import { createServices, type Services } from '../shared/services';
import { startInHalves, type SurfaceScreens } from '../shared/startInHalves';
import { teamsHostOptions } from '../shared/teamsSurface';
import { askSignedInUserEarly } from '../shared/signedInEarly';
import { startLinkedMeetingLookup, type LinkedMeetingLookup } from './findMeeting';

/**
 * How long a meeting surface's first render waits, once its screens are evaluated, for the meeting's
 * answer its entry asked for. Usually it is all but here then; past this the surface renders its
 * «waiting» state after all (the page's own placeholder says «Laster Møtebok …» meanwhile), so a slow
 * Graph still gets React's first render done while it answers.
 */
export const FIRST_ANSWERS_WAIT_MS = 250;

/**
 * A meeting surface's screens; `firstRenderAfter`, when given, is something the first render has
 * more use of than of being early (the side panel: the referent's recorder, from the browser's cache).
 */
export type MeetingSurfaceScreens = SurfaceScreens & { firstRenderAfter?: Promise<unknown> };

/**
 * The start of a meeting surface (side panel, stage), in two halves (`ui/shared/startInHalves.ts`):
 * the meeting's request — and, where the surface matches people, who is signed in (`/me` inside the
 * same `$batch`, asked once per page: `useSignedInIdentity` takes the same answer) — is sent the moment the
 * services exist, before React, Fluent and the screens are evaluated (issue 14: cold load).
 * `loadScreens` gets the lookup to hand to its view (`useLinkedMeeting(lookup)`): read it at render,
 * since a retry ("Prøv igjen") starts the services, and with them a new lookup. `services` are this
 * start's, for what the screens' chunk starts outside React before its first render (the side
 * panel: the referent's chunk, `fetchRecorderEarly`). The screens render once the meeting's answer
 * is in (or its read failed), not before: the first render is then the one with the meeting (and, on
 * the side panel, who is signed in: `/me` in the meeting's own `$batch`, so both answer together), which the views take as already here (`takeArrived`, `signedInUserArrived`), instead of a
 * render of «waiting» that held the main thread while the answers came in and a second render after
 * it; in the side panel the referent's chunk was asked for about 70 ms after both answers, that render
 * in between (issue 14: cold load). `fetchRecorderEarly` then runs the moment they are handled.
 * `firstRenderAfter` (the side panel's) is what else that render waits for, within the same bound.
 */
export function startMeetingSurface(
  loadScreens: (lookup: () => LinkedMeetingLookup | undefined, services: () => Services | undefined) => Promise<MeetingSurfaceScreens>,
  options: { signedInUser?: boolean } = {},
): void {
  let lookup: LinkedMeetingLookup | undefined;
  let started: Services | undefined;
  startInHalves(
    {
      ...teamsHostOptions({}),
      createServices: async (host, begun) => {
        const services = await createServices(host, begun);
        // Who is signed in rides in the meeting's first request (one token, one request: `graph/signedInUser.ts`); asked after it, the page's ask takes that answer.
        const withSignedInUser = options.signedInUser === true && services.signedInUser !== undefined;
        lookup = startLinkedMeetingLookup(services.repository, host, window.location.href, { withSignedInUser });
        if (withSignedInUser && services.signedInUser) askSignedInUserEarly(services.signedInUser).catch(() => undefined); // the screen handles a failure (the host's identity stands)
        return (started = services);
      },
    },
    // The first render waits for the meeting's answer (and `firstRenderAfter`), at most FIRST_ANSWERS_WAIT_MS (see above).
    () =>
      loadScreens(() => lookup, () => started).then((screens) => ({
        show: (...shown) => {
          const show = () => screens.show(...shown);
          const answered = Promise.all([lookup?.started, screens.firstRenderAfter]);
          Promise.race([answered, new Promise((resolve) => setTimeout(resolve, FIRST_ANSWERS_WAIT_MS))]).then(show, show);
        },
      })),
  );
}
