import type { LanguageForm } from './model';

/**
 * The presets' role groups (committeePresets.ts `AMU_SIDES`, `PARTY_SIDES`, `SCHOOL_GROUPS`) in both målformer: a nynorsk
 * arbeidsmiljøutval or administrasjonsutval heads its sides in nynorsk. Modalen's nynorsk page on its «Arbeidsmiljøutvalet»
 * writes «Frå arbeidsgjevar kan det sitja både politikar og adm. leiar», «arbeidstakarrep.», «Arbeidsgjevar har leiaren …, medan
 * arbeidstakar har leiaren» (http://www.modalen.kommune.no/arbeidsmiljoeutvalet.298651.nn.html); Sund's and Øygarden's
 * administrasjonsutval «arbeidstakarorganisasjonane», «politisk valde». The headings made from those words as nynorsk makes
 * «-sida» of «side» (a feminine noun) and «-tenesta» of «teneste»: the compounds themselves are judgements, not seen printed.
 * Apart from `presetSentences.ts` (which only the settings fetch) because the attendance list reads it (the referent's Oppmøte, the
 * side panel's, the protokoll): a meeting recorded before its committee changed målform keeps the group names it was recorded
 * with (`groupAsListed`). Not the meeting file's rule (meetingRules.ts), which the Graph side carries on every page.
 */
const GROUPS = [
  { nb: 'Arbeidsgiversiden', nn: 'Arbeidsgjevarsida' },
  { nb: 'Arbeidstakersiden', nn: 'Arbeidstakarsida' },
  { nb: 'Bedriftshelsetjenesten', nn: 'Bedriftshelsetenesta' },
  { nb: 'Politikere', nn: 'Politikarar' },
  // A school's samarbeidsutvalg (committeePresets.ts `SCHOOL_GROUPS`), as opplæringslova § 11-1 reads in bokmål and nynorsk.
  { nb: 'Andre tilsatte', nn: 'Andre tilsette' },
  { nb: 'Elevene', nn: 'Elevane' },
] as const satisfies ReadonlyArray<Record<LanguageForm, string>>;

function presetGroupNamed(group: string): Record<LanguageForm, string> | undefined {
  return GROUPS.find((words) => words.nb === group || words.nn === group);
}

/** A role group in `form` when it is a preset's group in either målform; a group the secretary typed herself stays as written. */
export function presetGroupIn(group: string, form: LanguageForm): string {
  return presetGroupNamed(group)?.[form] ?? group;
}

/**
 * The committee's name for a role group a meeting recorded: the group itself when the committee lists it, else the group
 * the committee lists that is the same preset group in the other målform («Arbeidsgiversiden» recorded, «Arbeidsgjevarsida»
 * listed since the committee became nynorsk), else the group as recorded. The meeting keeps what it stored; only what is shown
 * and printed follows the committee.
 */
export function groupAsListed(group: string, listed: readonly string[] | undefined): string {
  if (listed === undefined || listed.includes(group)) return group;
  const words = presetGroupNamed(group);
  if (words === undefined) return group;
  return listed.find((name) => name === words.nb || name === words.nn) ?? group;
}
