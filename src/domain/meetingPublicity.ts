import * as v from 'valibot';
import { CommitteeConfidentialitySchema, type CommitteeConfidentiality } from './confidentialitySchemas';
import { fieldRuleOf } from './fieldRules';
import type { Committee } from './model';

/**
 * Whether a committee's meetings are open to the public, and the hjemler it closes one by. Which law
 * applies is the body's, not Møtebok's: kommuneloven § 11-5 for a folkevalgt organ (kommunestyre,
 * kontrollutvalg, regionråd), helseforetaksloven § 26 a for a helseforetak's styre, none for an
 * arbeidsmiljøutvalg, whose meetings are not public at all. So the list lives in the committee's
 * settings (`CommitteeConfidentiality.closedMeetingBases`), filled by its preset or typed.
 */

/** The hjemler the committee offers for lukket møte, in its order; none when it has not listed any. */
export function closedMeetingBasesOf(committee: Pick<Committee, 'confidentiality'>): readonly string[] {
  return committee.confidentiality?.closedMeetingBases ?? [];
}

/** Open to the public unless the committee says otherwise (then «lukket møte» means nothing). */
export function hasPublicMeetings(committee: Pick<Committee, 'confidentiality'>): boolean {
  return committee.confidentiality?.publicMeetings !== false;
}

/** The list as the settings form shows it: one hjemmel per line. */
export function basesText(bases: readonly string[] | undefined): string {
  return (bases ?? []).join('\n');
}

export type BasesProblem = 'basisTooLong' | 'basisControlCharacter';

/** The lines typed in the settings: each a hjemmel, blank lines and repeats left out; a line the schema refuses is a problem. */
export function basesFromText(text: string): { ok: true; bases: string[] } | { ok: false; problem: BasesProblem } {
  const lines = [...new Set(text.split('\n').map((line) => line.trim()).filter((line) => line !== ''))];
  const parsed = v.safeParse(CommitteeConfidentialitySchema, { closedMeetingBases: lines });
  if (parsed.success) return { ok: true, bases: lines };
  const rule = fieldRuleOf(parsed.issues[0].message);
  return { ok: false, problem: rule?.code === 'tooLong' ? 'basisTooLong' : 'basisControlCharacter' };
}

/**
 * The committee's confidentiality rule with its meetings' publicity: the hjemler (none: nothing
 * stored) and whether its meetings are public (stored only when they are not). Nothing left to say:
 * undefined, so nothing is stored.
 */
export function withMeetingPublicity(
  current: CommitteeConfidentiality | undefined,
  change: { bases: readonly string[]; publicMeetings: boolean },
): CommitteeConfidentiality | undefined {
  const { closedMeetingBases: _bases, publicMeetings: _public, ...rule } = current ?? {};
  const next: CommitteeConfidentiality = {
    ...rule,
    ...(change.bases.length > 0 ? { closedMeetingBases: [...change.bases] } : {}),
    ...(change.publicMeetings ? {} : { publicMeetings: false }),
  };
  return Object.keys(next).length === 0 ? undefined : next;
}
