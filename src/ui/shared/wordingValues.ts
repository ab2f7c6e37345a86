import { wordingOf, type Noun, type Wording } from '../../domain/conventions';
import type { Committee } from '../../domain/model';
import { useLanguage, type TextValues } from './i18n';
import { wordingLanguage } from './useCommitteeWording';

// Apart from `useCommitteeWording.ts`, so a page that only prints the committee's words (the stage:
// «Vedtak» as a heading, «vedtaket» in a text) does not start with all of these (`npm run size`).

/**
 * The committee's words as a catalogue text's arguments, so a text such as
 * `'Marker {theMinutes} som godkjent'` reads «referatet» or «protokollen». For each of `minutes`,
 * `conclusion`, `proposal` and `background`: the word in lower case (`minutes`: "referat", "protokoll"), capitalised
 * to begin a label (`minutesWord`: "Referat"), definite (`theMinutes`: "referatet"; `theConclusion`:
 * "vedtaket"), definite and capitalised to begin a sentence (`theMinutesCapital`: "Referatet"), and
 * its gender (`minutesGender`: `neuter` or `other`) for a select where a pronoun or adjective agrees:
 * `{minutesGender, select, neuter {det} other {den}}` (in English, `neuter` is a singular "it" and
 * `other` a plural "them").
 */
export function wordingValues(words: Wording): TextValues {
  return Object.assign({}, ...(['minutes', 'conclusion', 'proposal', 'background'] as const).map((name) => nounValues(name, words[name]))) as TextValues;
}

function nounValues(name: string, noun: Noun): TextValues {
  const the = `the${capitalise(name)}`;
  return {
    [name]: noun.lower,
    [`${name}Word`]: noun.word,
    [the]: noun.definite,
    [`${the}Capital`]: capitalise(noun.definite),
    [`${name}Gender`]: noun.neuter ? 'neuter' : 'other',
  };
}

/** `wordingValues` of a committee in the user's UI language; a committee not yet known gives the default words. */
export function useWordingValues(committee: Pick<Committee, 'conventions'> | undefined): TextValues {
  return wordingValues(wordingOf(committee?.conventions, wordingLanguage(useLanguage())));
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
