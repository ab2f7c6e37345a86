import type { Client } from '@microsoft/microsoft-graph-client';
import * as v from 'valibot';
import type { PersonIdentity } from '../domain/personIdentity';
import { answerOrThrow, type BatchAnswer, type BatchStep } from './batch';
import { graphCall } from './graphCall';
import { lazySchema } from '../domain/lazySchema';

/**
 * The properties that say who the signed-in user is. `mail` and `userPrincipalName` are returned by
 * default, `otherMails` only on $select (Graph v1.0 user resource). For a B2B guest the UPN is
 * `home_domain#EXT#@tenant.onmicrosoft.com`, `mail` is the home address they were invited with, and
 * `otherMails` carries that address too: the address the committee lists them by.
 */
const SIGNED_IN_SELECT = ['id', 'mail', 'userPrincipalName', 'otherMails'];

// Built with the first `GET /me` (`domain/lazySchema.ts`), not when the Graph side loads.
const MeSchema = lazySchema(() =>
  v.looseObject({
      id: v.pipe(v.string(), v.minLength(1)),
      mail: v.nullish(v.string()),
      userPrincipalName: v.nullish(v.string()),
      otherMails: v.nullish(v.array(v.string())),
    }),
);

type Me = v.InferOutput<ReturnType<typeof MeSchema>>;

const identityOf = (me: Me): PersonIdentity => ({
  directoryId: me.id,
  addresses: [me.mail ?? undefined, me.userPrincipalName ?? undefined, ...(me.otherMails ?? [])],
});

/**
 * Who is signed in, as the directory says (`GET /me`, scope User.Read — the sign-in scope, so no new
 * consent). The surfaces match people by this (`domain/personIdentity.ts`) rather than by what the
 * host's context claims: a plain browser's `?upn=` is whatever the address bar says, and Teams'
 * login hint is only the sign-in name. Throws like every Graph call; callers fall back to the host.
 */
export async function readSignedInUser(client: Client): Promise<PersonIdentity> {
  return identityOf(await graphCall(MeSchema(), () => client.api('/me').select(SIGNED_IN_SELECT).get()));
}

/** `/me` as a step of another `$batch` (`SignedInUser.carry`). */
const CARRIED_STEP = 'signedInUser';

/** The page's `/me` riding in a `$batch` the page sends anyway: its step, and where the batch's answers go. */
export interface CarriedSignedInUser {
  step: BatchStep;
  /** The batch's answers (or its failure): the step's answer becomes the page's, its failure a failed ask. */
  answered(answers: Promise<Map<string, BatchAnswer>>): void;
}

/**
 * The page's one answer to who is signed in (`Services.signedInUser`): asked once and shared, asked
 * again after a failure. `ask` sends `GET /me` alone; `carry` puts it into a `$batch` about to be
 * sent (a meeting surface's first read, `getMeetingWithCommittee`), so the side panel opens with one
 * request, one preflight and one token, not two of each (issue 14). `client` has the storage token,
 * which carries User.Read (`auth/scopes.ts` `STORAGE_TOKEN`): a `$batch`'s steps go with its token.
 */
export interface SignedInUser {
  ask(): Promise<PersonIdentity>;
  /** A step for the `$batch` about to be sent, when the page has no answer held or on its way (else undefined). */
  carry(): CarriedSignedInUser | undefined;
}

export function signedInUserOnce(client: Client): SignedInUser {
  let me: Promise<PersonIdentity> | undefined;
  const hold = (asked: Promise<PersonIdentity>) => {
    me = asked;
    asked.catch(() => {
      if (me === asked) me = undefined; // asked again by the next caller
    });
    return asked;
  };
  return {
    ask: () => me ?? hold(readSignedInUser(client)),
    carry() {
      if (me) return undefined;
      let answered!: (answers: Promise<Map<string, BatchAnswer>>) => void;
      // A failed step (its own status in the batch's answer) or batch is a failed ask, as a failed `GET /me` is: the host's identity stands.
      const answers = new Promise<Map<string, BatchAnswer>>((resolve) => (answered = resolve));
      hold(answers.then((answer) => identityOf(answerOrThrow(answer, CARRIED_STEP, MeSchema()))));
      const url = `/me?$select=${SIGNED_IN_SELECT.join(',')}`;
      return { step: { id: CARRIED_STEP, method: 'GET', url }, answered };
    },
  };
}
