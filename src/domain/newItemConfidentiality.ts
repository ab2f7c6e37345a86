import type { CommitteeConfidentiality, ItemConfidentiality } from './confidentialitySchemas';
import type { Committee } from './model';
import { closedMeetingBasesOf, hasPublicMeetings } from './meetingPublicity';

/**
 * How a new sak starts, as the committee set it: a body whose saker are mostly unntatt offentlighet (a
 * tilsettingsråd, an administrasjonsutvalg's personalsaker) marks each new sak exempt with the hjemmel
 * the committee chose — Møtebok chooses none (the law is the body's) — and, when its meetings are public,
 * treated in a lukket møte by one of its own hjemler, and — a tilsettingsråd: who was appointed is public while the
 * documents are not (offl. § 25, `Exemption.decisionPublic`) — with «Vedtaket er offentlig». The secretariat unmarks the one open sak as before.
 * Nothing set: a new sak is open (undefined).
 */
export function newItemConfidentiality(committee: Pick<Committee, 'confidentiality'>): ItemConfidentiality | undefined {
  const defaults = committee.confidentiality?.newItems;
  if (defaults === undefined) return undefined;
  const { closedMeeting: closed, ...rest } = structuredClone(defaults);
  // A lukket møte only where the committee's meetings are public and it still lists that hjemmel.
  const closedMeeting = closed !== undefined && hasPublicMeetings(committee) && closedMeetingBasesOf(committee).includes(closed.basis) ? closed : undefined;
  const start: ItemConfidentiality = closedMeeting === undefined ? rest : { ...rest, closedMeeting };
  return Object.keys(start).length === 0 ? undefined : start;
}

/** One change to the default for new saker, from the committee settings. */
export type NewItemsChange =
  /** Mark new saker exempt (with the hjemmel as typed, blank: none yet) or not (undefined). */
  | { exempt: { basis: string } | undefined }
  /** Treat new saker in a lukket møte by this hjemmel of the committee's, or not (undefined). */
  | { closedMeetingBasis: string | undefined }
  /** «Vedtaket er offentlig» for new exempt saker (`Exemption.decisionPublic`); nothing while new saker are not exempt. */
  | { decisionPublic: boolean };

/** The committee's rule with the default for new saker changed; nothing left to say: undefined, so nothing is stored. */
export function withNewItems(current: CommitteeConfidentiality | undefined, change: NewItemsChange): CommitteeConfidentiality | undefined {
  const { newItems, ...rule } = current ?? {};
  const next = { ...newItems };
  // «Vedtaket er offentlig» kept while the hjemmel is typed; gone with the exemption.
  const decisionPublic = next.exempt?.decisionPublic === true ? { decisionPublic: true } : {};
  if ('exempt' in change) {
    const basis = change.exempt?.basis.trim();
    if (change.exempt === undefined) delete next.exempt;
    else next.exempt = basis === undefined || basis === '' ? decisionPublic : { basis, ...decisionPublic };
  } else if ('decisionPublic' in change) {
    if (next.exempt !== undefined) {
      const { decisionPublic: _old, ...exempt } = next.exempt;
      next.exempt = change.decisionPublic ? { ...exempt, decisionPublic: true } : exempt;
    }
  } else if (change.closedMeetingBasis === undefined) delete next.closedMeeting;
  else next.closedMeeting = { basis: change.closedMeetingBasis };
  const result: CommitteeConfidentiality = Object.keys(next).length === 0 ? rule : { ...rule, newItems: next };
  return Object.keys(result).length === 0 ? undefined : result;
}
