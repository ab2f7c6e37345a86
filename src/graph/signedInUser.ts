import type { Client } from '@microsoft/microsoft-graph-client';
import * as v from 'valibot';
import type { PersonIdentity } from '../domain/personIdentity';
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

/**
 * Who is signed in, as the directory says (`GET /me`, scope User.Read — the sign-in scope, so no new
 * consent). The surfaces match people by this (`domain/personIdentity.ts`) rather than by what the
 * host's context claims: a plain browser's `?upn=` is whatever the address bar says, and Teams'
 * login hint is only the sign-in name. Throws like every Graph call; callers fall back to the host.
 */
export async function readSignedInUser(client: Client): Promise<PersonIdentity> {
  const me = await graphCall(MeSchema(), () => client.api('/me').select(SIGNED_IN_SELECT).get());
  return { directoryId: me.id, addresses: [me.mail ?? undefined, me.userPrincipalName ?? undefined, ...(me.otherMails ?? [])] };
}
