import { formatClockTime } from './dates';
import type { SiteVisit } from './model';

/**
 * The befaring as one line, the same on the workspace's meeting card, in the documents (innkalling, invite body, protokoll,
 * `documents/meetingFacts.ts` `siteVisitFact`) and in an update's «Ny befaring: …» (changeSummary.ts): «kl. 09.00, Leines
 * skole – Gang- og sykkelsti (sak PS 3/26)»; the place alone without a time of its own; what it is about on one line (its
 * lines joined), after a dash. Every field of the befaring is in it, so two befaringer that read alike are the same to a member.
 * Its own module: changeSummary.ts and meetingFacts.ts (which imports changeSummary.ts) both use it without a cycle.
 */
export function siteVisitLine(visit: Pick<SiteVisit, 'start' | 'place' | 'about'>): string {
  const where = visit.start === undefined ? visit.place.trim() : `kl. ${formatClockTime(visit.start)}, ${visit.place.trim()}`;
  const about = (visit.about ?? '').split('\n').map((line) => line.trim()).filter((line) => line !== '').join(' ');
  return about === '' ? where : `${where} – ${about}`;
}
