import { proposalNoun } from './caseRoute';
import { caseLabel } from './caseNumbering';
import { wordingOf } from './conventions';
import type { AgendaItem, Committee } from './model';

/** A step of a sak's saksgang whose «gir uttalelse» mark differs from the last send's, and what that does to the innkalling. */
export interface AdvisoryMarkChange {
  /** «Sak 2026.03», or an unnumbered row's title in «». */
  label: string;
  /** The body the step names, as typed. */
  body: string;
  /** Marked now: the body is a råd that gives uttalelser (`conventions.advisory`); unmarked: it no longer is. */
  advisory: boolean;
  /** The heading the innkalling gave the sak's proposal in the last send, and the one it gives now (the committee's målform). */
  before: string;
  after: string;
}

const sameBody = (a: string, b: string) => a.trim().toLocaleLowerCase('nb') === b.trim().toLocaleLowerCase('nb');

/**
 * The marks the workspace itself changed since the last send (`ui/workspace/useKnownAdvisoryMarks.ts` re-marks a saksgang
 * when the committees' settings changed), so the secretary sees in the send dialog why an update waits that she did not
 * make. A step counts when the same body is in the sak's saksgang as sent and now, and only its mark differs; a step typed,
 * renamed or removed since is the secretary's own change. Items are matched by id, in the current agenda's order.
 */
export function advisoryMarkChanges(
  sent: readonly AgendaItem[],
  current: readonly AgendaItem[],
  committee: Pick<Committee, 'name' | 'languageForm' | 'conventions'>,
): AdvisoryMarkChange[] {
  const sentById = new Map(sent.map((item) => [item.id, item]));
  const words = wordingOf(committee.conventions, committee.languageForm);
  const changes: AdvisoryMarkChange[] = [];
  for (const item of current) {
    const before = sentById.get(item.id);
    if (!before?.caseRoute || !item.caseRoute) continue;
    const flipped = item.caseRoute.filter((step) =>
      before.caseRoute?.some((old) => sameBody(old.body, step.body) && (old.advisory === true) !== (step.advisory === true)),
    );
    if (flipped.length === 0) continue;
    const heading = (routed: AgendaItem) => proposalNoun(routed, committee, words, committee.languageForm).word;
    const label = item.caseNumber === null ? `«${item.title}»` : caseLabel(item.caseNumber);
    for (const step of flipped) {
      changes.push({ label, body: step.body.trim(), advisory: step.advisory === true, before: heading(before), after: heading(item) });
    }
  }
  return changes;
}
