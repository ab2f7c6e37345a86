import { caseRouteRows, forwardedTo, namesCommittee } from './caseRoute';
import { unknownKinds } from './conventions';
import { blankAgendaItem } from './blankAgendaItem';
import { hasBeenHeld } from './meetingStatus';
import type { AgendaItem, Attachment, CaseRouteStep, Committee, DocumentRef, EarlierTreatment, Meeting } from './model';

/**
 * A sak that goes from one body to the next in its saksgang (caseRoute.ts) carries what the earlier body did. The next
 * body's papers print it: Karmøy's saksprotokoll heads a sak «Formannskapet behandlet saken den …, saksnr. 82/14» with its
 * «Behandling:» and conclusion (http://docplayer.me/434168-Saksprotokoll-kommunal-garanti-fotballhall-i-skudeneshavn.html),
 * and Eigersund's saksframlegg has a field «Eventuell tidligere politisk behandling» beside «Saksgang: Formannskapet innstiller
 * til Kommunestyret for endelig vedtak» (http://docplayer.me/671952-Nmk-egersund-nytt-baneanlegg-pa-hellvik-soknad-om-lan.html).
 * What the earlier body concluded is its innstilling, and the next body votes over it (caseRoute.ts `proposalNoun`: «Innstilling
 * fra Planutvalget»), so it becomes the new sak's proposal.
 */

/** A sak as read from another committee's meeting. */
export interface TreatedSak {
  committee: Pick<Committee, 'name'> & Partial<Pick<Committee, 'conventions'>>;
  meeting: Pick<Meeting, 'id' | 'date' | 'status'>;
  item: AgendaItem;
}

/**
 * Whether `target` may take this sak next: the meeting was held, the sak was treated there (not postponed, not a stub the
 * reader may not read), and its saksgang names `target` as the body right after the sak's committee.
 */
export function goesNextTo(sak: TreatedSak, target: Pick<Committee, 'name'>): boolean {
  const { item } = sak;
  if (!hasBeenHeld(sak.meeting) || item.row !== 'sak' || item.outcome !== 'treated' || item.restricted === true) return false;
  const next = forwardedTo(item, sak.committee);
  return next !== undefined && !namesCommittee(sak.committee.name, target) && namesCommittee(next, target);
}

/** The saker of these held meetings that go on to `target` next, in meeting order then agenda order. */
export function sakerGoingTo(saker: readonly TreatedSak[], target: Pick<Committee, 'name'>): TreatedSak[] {
  return saker.filter((sak) => goesNextTo(sak, target));
}

/** The earlier committee's treatment as the next sak records it. */
function treatmentOf(sak: TreatedSak): EarlierTreatment {
  const { item } = sak;
  return {
    body: sak.committee.name.trim(),
    date: sak.meeting.date,
    ...(item.caseNumber === null ? {} : { caseNumber: item.caseNumber }),
    proceedings: item.proceedings ?? [],
    recommendation: item.conclusion ?? [],
    ...(sak.committee.conventions?.advisory === true ? { statement: true } : {}),
  };
}

/**
 * The saksgang as the earlier committee's papers printed it, written out: its own step named, with its meeting's date and the
 * sak's number there (a route that did not name it had it first, caseRoute.ts), so the next committee's papers say where the sak
 * comes from («Innstilling fra Planutvalget») and its saksframlegg lists that row.
 */
function routeOf(sak: TreatedSak): CaseRouteStep[] {
  return caseRouteRows(sak.item, sak.committee, sak.meeting).map(({ here: _here, ...step }) => step);
}

/** A link to the same file, never a copy: no drive item id, so nothing of the next meeting's writes, moves or deletes it. */
function linkTo<T extends DocumentRef>(ref: T): T {
  const { driveItemId: _id, eTag: _eTag, ...link } = ref;
  return link as T;
}

/**
 * The sak for the next committee's meeting: same title, saksgang (the earlier committee's step written out, `routeOf`), summary and saksframlegg, the sakstyper the next committee
 * has, the saksframlegg and vedlegg as links to the files where they lie (only those with an address: a file not stored has
 * nothing to link to), the earlier treatments (those it carried and this one) and the innstilling as its proposal. An exempt
 * sak stays exempt with its hjemmel; who was granted access in the earlier body is that body's matter and is not carried.
 * `newId` makes the ids of the new sak and its vedlegg.
 */
export function carryCase(sak: TreatedSak, target: Pick<Committee, 'conventions'>, newId: () => string): AgendaItem {
  const { item } = sak;
  const unknown = new Set(unknownKinds(target.conventions, item.kinds));
  const kinds = item.kinds.filter((kind) => !unknown.has(kind));
  const attachments: Attachment[] = item.attachments
    .filter((attachment) => attachment.webUrl !== undefined)
    .map(({ number: _number, ...attachment }) => ({ ...linkTo(attachment), id: newId() }));
  const exempt = item.confidentiality?.exempt;
  const caseMemoExempt = item.confidentiality?.caseMemo;
  return blankAgendaItem(newId(), {
    title: item.title,
    kinds,
    summary: item.summary,
    background: item.background ?? [],
    // An advisory råd's uttalelse goes with the sak, under its earlier treatments; the proposal stays the one the råd had.
    proposedConclusion: sak.committee.conventions?.advisory === true ? item.proposedConclusion : (item.conclusion ?? []),
    attachments,
    references: item.references,
    ...(item.caseRoute === undefined ? {} : { caseRoute: routeOf(sak) }),
    ...(item.caseMemo?.webUrl === undefined ? {} : { caseMemo: linkTo(item.caseMemo) }),
    ...(item.caseOfficer === undefined ? {} : { caseOfficer: item.caseOfficer }),
    ...(item.archiveRef === undefined ? {} : { archiveRef: item.archiveRef }),
    ...(exempt === undefined && caseMemoExempt === undefined
      ? {}
      : { confidentiality: { ...(exempt === undefined ? {} : { exempt }), ...(caseMemoExempt === undefined ? {} : { caseMemo: caseMemoExempt }) } }),
    earlierTreatments: [...(item.earlierTreatments ?? []), treatmentOf(sak)],
  });
}

/** Whether this meeting already has the sak taken from that body's meeting (its treatment there recorded on one of its saker). */
export function alreadyCarried(meeting: Pick<Meeting, 'items'>, sak: TreatedSak): boolean {
  const treatment = treatmentOf(sak);
  return meeting.items.some((item) =>
    (item.earlierTreatments ?? []).some(
      (earlier) => namesCommittee(earlier.body, { name: treatment.body }) && earlier.date === treatment.date && earlier.caseNumber === treatment.caseNumber,
    ),
  );
}
