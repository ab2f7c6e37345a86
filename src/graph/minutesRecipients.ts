import type { Committee, Meeting, Person } from '../domain/model';
import { normaliseAddress } from '../domain/personIdentity';

/**
 * Who gets the referat (`minutesService.ts`). Apart from the service so the Graph side's services can answer
 * `minutes.recipients` at once while the service itself loads with the referat's renderers, the first time
 * one is made or sent (`graphServices.ts`; issue 14: start-up JavaScript).
 */
export interface MinutesRecipients {
  to: Person[];
  /** Members who have no e-mail address: they do not get the mail. */
  withoutAddress: Person[];
}

/** The members and the chair with an e-mail address, each once (addresses compared without case). */
export function minutesRecipients(committee: Committee, meeting: Meeting): MinutesRecipients {
  const seen = new Set<string>();
  const to: Person[] = [];
  const withoutAddress: Person[] = [];
  for (const person of [...committee.members, ...(meeting.chair ? [meeting.chair] : [])]) {
    const email = normaliseAddress(person.email);
    if (!email) {
      if (!withoutAddress.some((p) => p.name === person.name)) withoutAddress.push(person);
      continue;
    }
    if (seen.has(email)) continue;
    seen.add(email);
    to.push(person);
  }
  return { to, withoutAddress };
}
