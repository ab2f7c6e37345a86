import { pointLines } from './conclusionPoints';

/**
 * What every save writes into the decision register's columns of a sak's row. Apart from
 * `decisionRegister.ts` because every page that saves a meeting needs these two, and only the
 * workspace's register needs the rest (kept out of the other pages' first JavaScript).
 */

/** The compound key of the `CommitteeYear` column: SharePoint (through Graph) has no compound indexes. */
export function committeeYearKey(committeeId: string, year: number): string {
  return `${committeeId}|${year}`;
}

/**
 * The konklusjon as the register stores and shows it: its points one per paragraph, numbered when there are several
 * (`conclusionPoints.ts`). Stored without the committee, so always numbered then (a judgement: the register is searched
 * across committees, and a number tells where a point begins).
 */
export function conclusionText(points: readonly string[]): string {
  return pointLines(points.map((point) => point.trim()).filter(Boolean), undefined).join('\n');
}

/**
 * A body's name as the `NextBody` column of a sak's row holds it (graph/nextBodyColumn.ts) and as «Hent sak fra et annet
 * utvalg» asks for it: without case or surrounding spaces, the way a saksgang's step names a committee (caseRoute.ts
 * `namesCommittee`), cut to the 255 characters a text column holds.
 */
export function bodyKey(name: string): string {
  return name.trim().toLocaleLowerCase('nb').slice(0, 255);
}
