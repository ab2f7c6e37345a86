import { useEffect, useMemo, useState } from 'react';
import type { SignedInUser } from '../../auth/createAuth';
import type { Person } from '../../domain/model';
import type { PersonIdentity } from '../../domain/personIdentity';
import type { HostUser } from '../../hosts/hostContext';
import { useServices } from './ServicesContext';
import { signedInUserArrived } from './signedInEarly';

/**
 * The signed-in person as every rule matches them (`domain/personIdentity.ts`). The directory's
 * answer (`GET /me`: object id, mail, UPN, otherMails) when Graph gave one; otherwise — Graph not
 * reachable, or not asked yet — what the host says: the object id, the UPN and Teams' login hint
 * (for a B2B guest, the address they sign in with, since their UPN is `…#EXT#@tenant`). The host's
 * word is only the fallback: a plain browser's `?upn=` is whatever the address bar says.
 */
export function signedInIdentity(user: HostUser | undefined, fromGraph: PersonIdentity | undefined): PersonIdentity {
  return fromGraph ?? { directoryId: user?.id, addresses: [user?.upn, user?.loginHint] };
}

/**
 * Who is signed in as a person for a committee's settings (a new committee's secretariat), with no
 * request: MSAL's account (`Auth.account`: its name and username, the address signed in with), else
 * what the host says (Teams: the display name and the login hint, a guest's own address, never a
 * `#EXT#` UPN). Undefined when neither gives an address.
 */
export function signedInPerson(account: SignedInUser | undefined, user: HostUser | undefined): Person | undefined {
  const address = (candidate: string | undefined) => (candidate && candidate.includes('@') && !candidate.includes('#EXT#') ? candidate.trim() : undefined);
  const fromAccount = address(account?.username);
  if (account && fromAccount) return { name: account.name.trim() || fromAccount, email: fromAccount };
  const fromHost = address(user?.loginHint) ?? address(user?.upn);
  return fromHost ? { name: user?.displayName?.trim() || fromHost, email: fromHost } : undefined;
}

/**
 * Who is signed in, asked once when a rule needs it (outside React's render): the directory's answer
 * shared by the page (`Services.signedInUser`), or the host's identity when Graph cannot say or is not wired.
 */
export function askSignedInIdentity(user: HostUser | undefined, signedInUser: (() => Promise<PersonIdentity>) | undefined): Promise<PersonIdentity> {
  const host = signedInIdentity(user, undefined);
  return signedInUser ? signedInUser().catch(() => host) : Promise.resolve(host);
}

export interface SignedInIdentity {
  identity: PersonIdentity;
  /** Graph answered, failed, or is not wired (screen tests): the identity will not change any more. */
  settled: boolean;
}

/**
 * Who is signed in, for a meeting surface. Asked beside the meeting's own reads, never in their chain
 * (the side panel's entry starts it with them, `askSignedInUserEarly`; this takes the same answer,
 * in its first render when it has arrived already); one request per page.
 */
export function useSignedInIdentity(): SignedInIdentity {
  const { hostContext, signedInUser } = useServices();
  const [answer, setAnswer] = useState<{ identity?: PersonIdentity; settled: boolean }>(() => {
    if (!signedInUser) return { settled: true };
    const arrived = signedInUserArrived(signedInUser);
    return arrived ? { identity: arrived, settled: true } : { settled: false };
  });
  useEffect(() => {
    if (!signedInUser) return;
    let live = true;
    // The same shared answer: when the first render had it, the state stays as it is (no render).
    signedInUser().then(
      (identity) => live && setAnswer((shown) => (shown.settled && shown.identity === identity ? shown : { identity, settled: true })),
      // Graph could not say: the host's identity stands (see signedInIdentity).
      () => live && setAnswer((shown) => (shown.settled ? shown : { settled: true })),
    );
    return () => {
      live = false;
    };
  }, [signedInUser]);
  const identity = useMemo(() => signedInIdentity(hostContext.user, answer.identity), [hostContext.user, answer.identity]);
  return { identity, settled: answer.settled };
}
