import { committeeAccess, mergeAccess, type AccessEntry } from './committeeAccess';
import { hasExemptContent, isItemExempt } from './confidentiality';
import type { Attachment } from './model';
import { inviteesWithAccess } from './confidentialityAudience';
import type { AgendaItem, Committee, MeetingFile } from './model';

/**
 * Who gets what on the list row of a sak unntatt offentlighet (its `MotebokJson` holds the real
 * title, body and konklusjon; see «Rader unntatt offentlighet» in src/graph/README.md): the row stops
 * inheriting the list's permissions and gets exactly these entries.
 *
 * - The committee's secretariat: Full Control (sends, repairs, reopens).
 * - The committee's referents: Contribute while the meeting is not frozen, Read once the referat is
 *   approved (the freeze). They record the møtebehandling, so they are entitled by office.
 * - Every invitee `maySeeExempt` lets see the sak: Read — the same people as the sak's folder for
 *   exempt content (`inviteesWithAccess`), so the row and the files never disagree.
 * - Nobody else: members of the committee who are not entitled (a vara without the committee's
 *   consent, an observer without a grant) lose the Read the list gives them.
 *
 * Undefined for a sak whose row holds nothing exempt (`hasClosedRow`): its row inherits (or, frozen,
 * gets `frozenAccess`).
 */
export function exemptRowAccess(file: MeetingFile, item: AgendaItem, options: { frozen: boolean }): AccessEntry[] | undefined {
  if (!hasClosedRow(item)) return undefined;
  const office = committeeAccess(file.committee).flatMap((entry): AccessEntry[] => {
    if (entry.level === 'manage') return [entry];
    if (entry.level === 'write') return [{ ...entry, level: options.frozen ? 'read' : 'write' }];
    // Committee members get Read on the row only when entitled (below), not by membership.
    return [];
  });
  const entitled = inviteesWithAccess(file, item).map((invitee): AccessEntry => ({ person: { name: invitee.name ?? invitee.address, email: invitee.address }, level: 'read' }));
  return mergeAccess([...office, ...entitled]);
}

/**
 * The sak's row holds something exempt, so it is closed to those not entitled (`hasExemptContent`):
 * the whole sak is exempt (title, body, konklusjon); or its saksframlegg is (the saksframlegg's
 * `background` is written in Møtebok and lives in the row); or a vedlegg is (the file is in the closed
 * folder, but the row names it: its real title, file name and address).
 */
export function hasClosedRow(item: AgendaItem): boolean {
  return hasExemptContent(item);
}

/**
 * Whether a change of the committee's settings can change who is entitled to a closed row
 * (`exemptRowAccess`): its members (the invitees and their roles), the standing chair and referent,
 * the secretariat and referents (`committeeAccess`), and who may see exempt content (the vara setting,
 * the roles). A save of other settings (names, texts, logos, case numbers) changes nobody's entitlement.
 */
export function entitlementChanged(before: Committee, after: Committee): boolean {
  const inputs = (committee: Committee) =>
    JSON.stringify([
      committee.members,
      committee.defaultChair ?? null,
      committee.defaultMinuteTaker ?? null,
      committee.secretariat ?? null,
      committee.referents ?? null,
      committee.confidentiality ?? null,
    ]);
  return inputs(before) !== inputs(after);
}

/** A placeholder where the schema wants a text: `viewFor` renders every stub field a reader sees again from the exemption. */
const PLACEHOLDER = 'Unntatt offentlighet';

/**
 * The version of the public stub `exemptStub` makes, stored beside each stub (src/graph/listRows.ts).
 * 2: a sak exempt as a whole whose konklusjon was recorded has one placeholder point, so the public
 * version says «Unntatt offentlighet, <hjemmel>» under the konklusjon. A stub without a version was
 * written before (its konklusjon always empty, whether or not one was recorded).
 */
export const EXEMPT_STUB_VERSION = 2;

/**
 * A stored stub as a reader who cannot read the real sak takes it. From a stub older than
 * `EXEMPT_STUB_VERSION` of a sak exempt as a whole, whether a konklusjon was recorded cannot be known
 * here: its empty konklusjon says nothing, and the real row is closed to this reader. It is taken as
 * withheld (the placeholder point), so the public version says the konklusjon is unntatt offentlighet
 * with its hjemmel — as it says of the sak's text and treatment, recorded or not — and never
 * «Ingen vedtak registrert.», which would be untrue of a decided sak. Nothing exempt is in either.
 * Until the stub is rewritten from the real sak (provisioning's migration, or the next save of the
 * meeting by someone who reads it), a sak without a konklusjon reads so too: the cautious side.
 */
export function stubAsRead(stub: AgendaItem, version: number | undefined): AgendaItem {
  if ((version ?? 1) >= EXEMPT_STUB_VERSION || !isItemExempt(stub) || stub.conclusion.length > 0) return stub;
  return { ...stub, conclusion: [PLACEHOLDER] };
}

/**
 * The public stub of a sak whose row is closed (`hasClosedRow`), kept in the meeting's own row (which
 * everyone with access to the meeting reads) so that a reader without access to the sak's row still
 * sees the sak in its place: its number, its marking and the hjemmel (`restricted` on reading, see
 * «Rader unntatt offentlighet» in src/graph/README.md). Nothing exempt is in it, and it is not yet
 * rendered (no målform here): `viewFor` makes the public title, the hjemmel line and the public
 * wording from it exactly as from the sak itself. The grants (personal data) are left out.
 *
 * - Exempt as a whole: number, kind, place, outcome, planned time, presenters, archive reference and
 *   the marking, as the public version shows them; every text empty (follow-ups left out too);
 *   each vedlegg a line with its number and its own exemption (the file name keeps only its extension).
 * - Only the saksframlegg or a vedlegg exempt: the sak as it is, without the follow-ups, and without
 *   `background` and the saksframlegg file when the saksframlegg is exempt; exempt vedlegg as above.
 *   Its public part changes with the sak (konklusjon), so the meeting row is written with it.
 */
export function exemptStub(item: AgendaItem): AgendaItem {
  const { grants: _grants, ...confidentiality } = item.confidentiality ?? {};
  const hidden = (attachment: Attachment): Attachment => ({
    id: attachment.id,
    ...(attachment.number !== undefined ? { number: attachment.number } : {}),
    title: attachment.exemption?.publicTitle?.trim() || PLACEHOLDER,
    fileName: `${PLACEHOLDER}${/\.[A-Za-z0-9]{1,8}$/.exec(attachment.fileName)?.[0] ?? ''}`,
    ...(attachment.exemption ? { exemption: attachment.exemption } : {}),
  });
  if (isItemExempt(item)) {
    return {
      id: item.id,
      caseNumber: item.caseNumber,
      kinds: item.kinds,
      title: item.confidentiality?.exempt?.publicTitle?.trim() || PLACEHOLDER,
      summary: [],
      proposedConclusion: [],
      // The public version names the presenters and the archive reference (confidentiality.ts `itemFor`); the stub shows no less.
      presenters: item.presenters,
      ...(item.archiveRef !== undefined ? { archiveRef: item.archiveRef } : {}),
      background: [],
      attachments: item.attachments.map(hidden),
      references: [],
      ...(item.plannedMinutes !== undefined ? { plannedMinutes: item.plannedMinutes } : {}),
      proceedings: [],
      // Whether a decision was recorded, never what: the public version says a recorded one is exempt (confidentiality.ts `itemFor`).
      conclusion: item.conclusion.length > 0 ? [PLACEHOLDER] : [],
      outcome: item.outcome,
      closing: item.closing,
      confidentiality,
      row: item.row,
      subItems: [],
    };
  }
  const { caseMemo, followUps: _followUps, restricted: _restricted, confidentiality: _marking, ...rest } = item;
  const memoExempt = item.confidentiality?.caseMemo !== undefined;
  return {
    ...rest,
    ...(caseMemo !== undefined && !memoExempt ? { caseMemo } : {}),
    background: memoExempt ? [] : item.background,
    ...(item.confidentiality ? { confidentiality } : {}),
    attachments: item.attachments.map((attachment) => (attachment.exemption ? hidden(attachment) : attachment)),
  };
}
