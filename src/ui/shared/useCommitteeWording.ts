import { wordingOf, type Wording, type WordingLanguage } from '../../domain/conventions';
import type { Committee } from '../../domain/model';
import { useLanguage, type AppLanguage, type TextValues } from './i18n';

/** The screen's language as a wording language: the long pseudo-locale reads bokmål. */
export function wordingLanguage(language: AppLanguage): WordingLanguage {
  return language === 'xx-LS' ? 'nb' : language;
}

/**
 * The committee's own words ("Vedtak", "Innstilling", its sakstyper) in the user's UI language.
 * Screens take these from the committee's conventions (`domain/conventions.ts`), never from
 * their catalogues, so a kommunestyre sees "Vedtak" where Partnerskapsmøtet sees "Konklusjon".
 */
export function useCommitteeWording(committee: Pick<Committee, 'conventions'>): Wording {
  return wordingOf(committee.conventions, wordingLanguage(useLanguage()));
}

/**
 * The committee's words as a catalogue text's arguments, so a text such as
 * `'Marker {theMinutes} som godkjent'` reads «referatet» or «protokollen»:
 * `minutes` ("referat", "protokoll"), `minutesWord` ("Referat", to begin a label), `theMinutes` ("referatet"), `theMinutesCapital` ("Referatet",
 * to begin a sentence), `conclusion` ("konklusjon", "vedtak"), `theConclusionCapital` ("Vedtaket"),
 * `proposal` ("forslag til konklusjon", "innstilling"), and `minutesGender` / `conclusionGender` /
 * `proposalGender` (`neuter` or `other`) for a select where a
 * pronoun or adjective agrees: `{minutesGender, select, neuter {det} other {den}}` (in English,
 * `neuter` is a singular "it" and `other` a plural "them").
 */
export function wordingValues(words: Wording): TextValues {
  return {
    minutes: words.minutes.lower,
    minutesWord: words.minutes.word,
    theMinutes: words.minutes.definite,
    theMinutesCapital: capitalise(words.minutes.definite),
    minutesGender: words.minutes.neuter ? 'neuter' : 'other',
    conclusion: words.conclusion.lower,
    theConclusionCapital: capitalise(words.conclusion.definite),
    conclusionGender: words.conclusion.neuter ? 'neuter' : 'other',
    proposal: words.proposal.lower,
    proposalGender: words.proposal.neuter ? 'neuter' : 'other',
  };
}

/** `wordingValues` of a committee in the user's UI language; a committee not yet known gives the default words. */
export function useWordingValues(committee: Pick<Committee, 'conventions'> | undefined): TextValues {
  return wordingValues(wordingOf(committee?.conventions, wordingLanguage(useLanguage())));
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
