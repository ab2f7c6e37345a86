import { wordingOf, type Wording, type WordingLanguage } from '../../domain/conventions';
import type { Committee } from '../../domain/model';
import { useLanguage, type AppLanguage } from './i18n';

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
