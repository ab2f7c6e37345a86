import { electsReferent } from '../domain/conventions';
import type { MeetingFile } from '../domain/model';

/**
 * The words for who leads an årsmøte, apart from meetingFacts.ts so the workspace's screens name him as the documents do
 * (`chairWord`) without starting with the documents' facts.
 */

/**
 * Whether the meeting elects its møteleder and calls him «dirigent» (conventions.ts `dirigent`: an årsmøte, the lovnorm's
 * «velge dirigent», nn «velje dirigent(ar)»; the same rule as `electsReferent`, as the lovnorm elects both): the protokoll's
 * and the innkalling's facts and the signature under it.
 */
export const electsDirigent = (file: { committee: Pick<MeetingFile['committee'], 'conventions'> }): boolean => electsReferent(file.committee.conventions);

/** Whether the meeting has elected its dirigent: he signs by office (ui/meeting/attendance.ts `electChair`). */
export const dirigentElected = (file: { meeting: Pick<MeetingFile['meeting'], 'signatures'> }): boolean => (file.meeting.signatures ?? []).some((signature) => signature.capacity === 'chair');

/** Which word names the one leading the meeting (`chairFact`): «Møteleder» (`chair`), «Dirigent», or «Åpnes av» / «Åpnet av». */
export type ChairWord = 'chair' | 'dirigent' | 'opens' | 'opened';

/**
 * The word `chairFact` heads him with, for the screens too (the workspace's meeting card and facts form pass it to their
 * catalogues' `{chairWord, select, …}`): «Møteleder», or for an årsmøte (`electsDirigent`) «Dirigent» once elected and
 * `record` (the protokoll; a screen: after the election), before that the one who opens it, «Åpnes av» or, `record`, «Åpnet av».
 */
export function chairWord(file: { committee: Pick<MeetingFile['committee'], 'conventions'>; meeting: Pick<MeetingFile['meeting'], 'signatures'> }, record: boolean): ChairWord {
  if (!electsDirigent(file)) return 'chair';
  return !record ? 'opens' : dirigentElected(file) ? 'dirigent' : 'opened';
}
