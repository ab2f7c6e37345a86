import type { WrittenResult } from './writtenOutcome';
import { writtenAnswerWords, writtenRecordTitle, type WrittenAnswerWords } from './writtenCoreWords';

/**
 * The words of a written treatment's mail and protokoll in nb/nn, apart from `writtenTreatment.ts`'s rules: the innkalling's
 * body builder (documents/html/agendaHtml.ts) is in the Outlook pane's start-up, and only these words are needed there.
 */
export type WrittenForm = 'nb' | 'nn';

export interface WrittenTreatmentWords {
  title: string;
  /** Before the committee's name in the heading: «Protokoll fra skriftlig styrebehandling i Styret i …». */
  in: string;
  deadline: string;
  answers: WrittenAnswerWords;
  comment: string;
  resultLabel: string;
  /** The mail putting the saker to the board: its heading before «i Styret i …», and the request for answers by the Svarfrist. */
  putTitle: string;
  ask: (deadline: string) => string;
  /** The label instead of «Resultat» while the result is provisional (`writtenProvisional`). */
  provisionalLabel: string;
  result: Record<WrittenResult, string>;
}

const WORDS: Record<WrittenForm, WrittenTreatmentWords> = {
  nb: {
    title: writtenRecordTitle('nb'),
    in: 'i',
    deadline: 'Svarfrist',
    answers: writtenAnswerWords('nb'),
    comment: 'Merknad fra',
    resultLabel: 'Resultat',
    putTitle: 'Skriftlig styrebehandling',
    ask: (deadline) => `Svar per sak «Enig», «Ikke enig» eller «Krever møtebehandling» innen ${deadline}. Et styremedlem kan kreve at en sak behandles i møte.`,
    provisionalLabel: 'Foreløpig resultat',
    result: {
      adopted: 'Forslaget er vedtatt.',
      notAdopted: 'Forslaget er ikke vedtatt.',
      notQuorate: 'Ikke vedtatt: færre enn halvparten av styremedlemmene deltok.',
      meetingDemanded: 'Ikke vedtatt: møtebehandling er krevd. Saken behandles i møte.',
    },
  },
  nn: {
    title: writtenRecordTitle('nn'),
    in: 'i',
    deadline: 'Svarfrist',
    answers: writtenAnswerWords('nn'),
    comment: 'Merknad frå',
    resultLabel: 'Resultat',
    putTitle: 'Skriftleg styrehandsaming',
    ask: (deadline) => `Svar per sak «Samd», «Ikkje samd» eller «Krev møtehandsaming» innan ${deadline}. Eit styremedlem kan krevje at ei sak blir handsama i møte.`,
    provisionalLabel: 'Førebels resultat',
    result: {
      adopted: 'Framlegget er vedteke.',
      notAdopted: 'Framlegget er ikkje vedteke.',
      notQuorate: 'Ikkje vedteke: færre enn halvparten av styremedlemene tok del.',
      meetingDemanded: 'Ikkje vedteke: møtehandsaming er kravd. Saka blir handsama i møte.',
    },
  },
};

export function writtenTreatmentWords(form: WrittenForm): WrittenTreatmentWords {
  return WORDS[form];
}

