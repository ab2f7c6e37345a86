/**
 * The ONE way Møtebok decides that someone is a person it lists (a member, the referent, the
 * secretariat, a grant's address). Who may see exempt content (`confidentiality.ts`), who may write
 * the minutes and who is the secretariat (`committeeAccess.ts`) all match through `isPerson` /
 * `hasAddress`, so a person cannot be "the referent" on one screen and "a stranger" on the next.
 *
 * A person is matched by their Entra object id or by one of the addresses they go by, compared
 * without case. Never by display name: two people can share a name, and a guest chooses their own.
 */

/**
 * Who someone is, as Graph and the host say: the Entra object id and every address they go by (mail,
 * UPN, otherMails, Teams' login hint). A B2B guest's UPN is `…#EXT#@tenant`, not the address the
 * committee lists, so matching by UPN alone would miss them. Each address is only what Graph or the
 * host gave; a listed person still has to carry one of them (or the id) to count.
 */
export interface PersonIdentity {
  directoryId?: string | undefined;
  addresses: readonly (string | undefined)[];
}

/** Someone as a list names them: an address, and maybe the object id the people picker found. */
export interface ListedPerson {
  email?: string | undefined;
  directoryId?: string | undefined;
}

/** An address alone (a grant, a recipient) is an identity with that one address. */
export function identityOf(who: string | PersonIdentity | undefined): PersonIdentity {
  return typeof who === 'object' ? who : { addresses: [who] };
}

/** One identity from several sources (Graph's answer, the host's context): every id and address of each, the first id found. */
export function mergeIdentities(...identities: readonly (PersonIdentity | undefined)[]): PersonIdentity {
  const known = identities.filter((identity): identity is PersonIdentity => identity !== undefined);
  const directoryId = known.map((identity) => identity.directoryId).find((id) => id !== undefined && id !== '');
  const addresses = [...new Set(known.flatMap((identity) => identity.addresses).map(normaliseAddress).filter((address) => address !== ''))];
  return { directoryId, addresses };
}

export const normaliseAddress = (email: string | undefined): string => (email ?? '').trim().toLowerCase();

/** Whether two addresses are the same mailbox: compared without case or surrounding spaces; an empty one is nobody's. */
export function sameAddress(a: string | undefined, b: string | undefined): boolean {
  const address = normaliseAddress(a);
  return address !== '' && address === normaliseAddress(b);
}

/** Whether the identity goes by this address (without case; an empty address matches nobody). */
export function hasAddress(identity: PersonIdentity, email: string | undefined): boolean {
  return identity.addresses.some((candidate) => sameAddress(candidate, email));
}

/** A listed person (a member, someone present) as an identity: their object id and their one address. */
export function listedIdentity(person: ListedPerson): PersonIdentity {
  return { directoryId: person.directoryId, addresses: [person.email] };
}

/** Whether a listed person is this identity: the same object id, or an address the identity goes by. */
export function isPerson(identity: PersonIdentity, person: ListedPerson | undefined): boolean {
  if (person === undefined) return false;
  // Object ids are GUIDs: Graph and Teams may spell them in either case.
  const id = normaliseAddress(identity.directoryId);
  if (id !== '' && normaliseAddress(person.directoryId) === id) return true;
  return hasAddress(identity, person.email);
}

/**
 * Whether the signed-in account is from another organisation (Entra B2B: a guest, or an external
 * member): its UPN in this tenant is `home_address#EXT#@tenant.onmicrosoft.com`. Such an account has no
 * Exchange mailbox here (Graph answers `MailboxNotEnabledForRESTAPI` for `/me/events` and
 * `/me/sendMail`), and a shared mailbox's calendar is delegated only to users of the organisation
 * (Graph: «give write access to the calendar to users in the same organization»), so it cannot send an
 * innkalling from this tenant, neither from itself nor from the committee's felles postboks. A member
 * account the organisation made for someone from outside (an IKS secretariat) has an ordinary UPN.
 */
export function isFromAnotherOrganisation(identity: PersonIdentity): boolean {
  return identity.addresses.some((address) => (address ?? '').toUpperCase().includes('#EXT#'));
}
