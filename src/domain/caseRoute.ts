import type { Noun, Wording, WordingLanguage } from './conventions';
import type { AgendaItem, CaseRouteStep, Committee, Meeting } from './model';

/**
 * A sak's saksgang, as a municipal saksframlegg heads it with «Saksnr. / Utvalg / Møtedato» (Kvalsund's
 * and Gratangen's saksframlegg; Lindås's nynorsk sakspapir lists råd, eldreråd, formannskap and
 * kommunestyre in the order they treat the sak): the bodies that treat it, in order. The committee's own
 * row is this meeting's — with its date and the sak's number here, whatever the step says — found by
 * the committee's name, or first when the route does not name it. A body after it is where the sak goes
 * on: what this committee concludes is then its innstilling to that body, not a vedtak (`forwardedTo`).
 */

export interface CaseRouteRow {
  body: string;
  /** ISO date, as the step or this meeting has it. */
  date?: string;
  caseNumber?: string;
  /** This committee's row: this meeting. */
  here: boolean;
}

type RoutedItem = Pick<AgendaItem, 'caseRoute' | 'caseNumber'> & Partial<Pick<AgendaItem, 'earlierTreatments'>>;

const sameBody = (a: string, b: string) => a.trim().toLocaleLowerCase('nb') === b.trim().toLocaleLowerCase('nb');

/** Whether a step's body is this committee (its name, case and spaces aside): that step is this meeting. */
export function namesCommittee(body: string, committee: Pick<Committee, 'name'>): boolean {
  return sameBody(body, committee.name);
}

/** Where this committee stands in the route: its step's index, or -1 when the route names only other bodies (it comes first). */
function ownIndex(item: RoutedItem, committee: Pick<Committee, 'name'>): number {
  return (item.caseRoute ?? []).findIndex((step) => namesCommittee(step.body, committee));
}

/** This meeting's row of a saksgang: the body as named, the meeting's date, the sak's number here. */
export function ownRouteRow(item: Pick<AgendaItem, 'caseNumber'>, body: string, meeting: Pick<Meeting, 'date'>): CaseRouteRow {
  return { body, date: meeting.date, ...(item.caseNumber === null ? {} : { caseNumber: item.caseNumber }), here: true };
}

/** The saksgang's rows in order, this meeting's among them; none when the sak has no route (treated here only). */
export function caseRouteRows(item: RoutedItem, committee: Pick<Committee, 'name'>, meeting: Pick<Meeting, 'date'>): CaseRouteRow[] {
  const steps = item.caseRoute ?? [];
  if (steps.length === 0) return [];
  const here = (body: string): CaseRouteRow => ownRouteRow(item, body, meeting);
  const rows = steps.map((step): CaseRouteRow => ({
    body: step.body.trim(),
    ...(step.date === undefined ? {} : { date: step.date }),
    ...(step.caseNumber === undefined || step.caseNumber.trim() === '' ? {} : { caseNumber: step.caseNumber.trim() }),
    here: false,
  }));
  const own = ownIndex(item, committee);
  return own < 0 ? [here(committee.name), ...rows] : rows.map((row, index) => (index === own ? here(row.body) : row));
}

/** The body the sak goes on to after this committee («Kommunestyret»), or undefined when it ends here. */
export function forwardedTo(item: RoutedItem, committee: Pick<Committee, 'name'>): string | undefined {
  const steps = item.caseRoute ?? [];
  return steps[ownIndex(item, committee) + 1]?.body.trim();
}

/**
 * The body the sak comes from, the step before this committee's (a fylkesting's sak «Innstilling frå fylkesutvalet»),
 * or undefined when it starts here: the route does not name this committee, or names it first.
 */
export function cameFrom(item: RoutedItem, committee: Pick<Committee, 'name'>): string | undefined {
  const own = ownIndex(item, committee);
  const before = own < 1 ? [] : (item.caseRoute ?? []).slice(0, own);
  // A råd that gave an uttalelse on the way (its earlier treatment a `statement`, or a step typed by hand naming a committee
  // known to be one, `withKnownAdvisory`) made no innstilling: the one before it did.
  const gaveStatement = (body: string) => (item.earlierTreatments ?? []).some((earlier) => earlier.statement === true && sameBody(earlier.body, body));
  return before.reverse().find((step) => step.advisory !== true && !gaveStatement(step.body))?.body.trim();
}

/**
 * A step of the saksgang as typed, marked `advisory` when a committee the app knows by that name is a råd that gives
 * uttalelser (`conventions.advisory`), unmarked otherwise: a body the app does not know is taken as one that makes an
 * innstilling, as before. Names compare as `namesCommittee` does.
 */
export function withKnownAdvisory(step: CaseRouteStep, committees: readonly Pick<Committee, 'name' | 'conventions'>[]): CaseRouteStep {
  const { advisory: _advisory, ...rest } = step;
  const known = committees.find((committee) => namesCommittee(step.body, committee));
  return known?.conventions?.advisory === true ? { ...rest, advisory: true } : rest;
}

/**
 * A saksgang typed before a råd was set up as one that gives uttalelser (or before it stopped) follows the committee's
 * setting as it is now, without being typed again: each step naming a committee the app knows is marked as `withKnownAdvisory`
 * marks it; a step naming a body it does not know (or no longer sees) keeps its mark. Undefined when no mark changes, so a
 * meeting read again is not saved again (ui/workspace/useKnownAdvisoryMarks.ts).
 */
export function routeWithKnownAdvisory(
  route: readonly CaseRouteStep[] | undefined,
  committees: readonly Pick<Committee, 'name' | 'conventions'>[],
): CaseRouteStep[] | undefined {
  if (route === undefined) return undefined;
  const steps = route.map((step) => (committees.some((committee) => namesCommittee(step.body, committee)) ? withKnownAdvisory(step, committees) : step));
  return steps.some((step, index) => (step.advisory === true) !== (route[index]?.advisory === true)) ? steps : undefined;
}

/** «Innstilling» (conventions.ts's proposal word of that name), definite, and the words before the body it goes to and comes from. */
const RECOMMENDATION: Record<WordingLanguage, readonly [string, string, string, string]> = {
  nb: ['Innstilling', 'innstillingen', 'til', 'fra'],
  nn: ['Innstilling', 'innstillinga', 'til', 'frå'],
  en: ['Recommendation', 'the recommendation', 'to', 'from'],
};

/** «Innstilling» alone: the label over an earlier body's conclusion in the sak it carried on (carriedCase.ts). */
export function recommendationWord(language: WordingLanguage): string {
  return RECOMMENDATION[language][0];
}

/** «Uttalelse» (nynorsk «Fråsegn», as Bufdir writes the råd's word): what an advisory committee gives in a sak that goes on (`conventions.advisory`). */
const STATEMENT: Record<WordingLanguage, Noun> = {
  nb: { word: 'Uttalelse', lower: 'uttalelse', definite: 'uttalelsen', neuter: false },
  nn: { word: 'Fråsegn', lower: 'fråsegn', definite: 'fråsegna', neuter: false },
  en: { word: 'Statement', lower: 'statement', definite: 'the statement', neuter: true },
};

/** «Uttalelse» alone: the label over an advisory body's conclusion in the sak it sent on (carriedCase.ts). */
export function statementWord(language: WordingLanguage): string {
  return STATEMENT[language].word;
}

/** «Innstilling til/frå <body>» in its forms. */
function recommendation(language: WordingLanguage, direction: 'to' | 'from', body: string): Noun {
  const [word, definite, to, from] = RECOMMENDATION[language];
  const on = (form: string) => `${form} ${direction === 'to' ? to : from} ${body}`;
  return { word: on(word), lower: on(word.toLowerCase()), definite: on(definite), neuter: language === 'en' };
}

/**
 * What this committee's conclusion in the sak is called, by the protokoll, the referent's side panel and the
 * stage alike: the committee's own word («Vedtak»), or «Innstilling til Kommunestyret» when the sak goes on, «Uttalelse»
 * when the committee is a råd that gives uttalelser (`conventions.advisory`).
 * The screens fetch this module only for a sak with a saksgang (ui/shared/useConclusionNoun.ts).
 */
export function conclusionNoun(
  item: RoutedItem,
  committee: Pick<Committee, 'name'> & Partial<Pick<Committee, 'conventions'>>,
  words: Pick<Wording, 'conclusion'>,
  language: WordingLanguage,
): Noun {
  const next = forwardedTo(item, committee);
  if (next === undefined) return words.conclusion;
  return committee.conventions?.advisory === true ? STATEMENT[language] : recommendation(language, 'to', next);
}

/**
 * What the proposal before this committee is called, by the innkalling, the referent's side panel and the stage alike:
 * the committee's own word («Fylkesdirektøren si innstilling»), or, for a sak that comes from another body in its
 * saksgang, that body's innstilling («Innstilling frå Fylkesutvalet»): a fylkesting votes over what the fylkesutval
 * recommended, not the administration's proposal. The saksframlegg heads the same text so too (its own word, `memoProposal`, otherwise).
 */
export function proposalNoun(item: RoutedItem, committee: Pick<Committee, 'name'>, words: Pick<Wording, 'proposal'>, language: WordingLanguage): Noun {
  const from = cameFrom(item, committee);
  return from === undefined ? words.proposal : recommendation(language, 'from', from);
}
