import type { WrittenAnswer } from './model';
import type { WrittenOutcome } from './writtenOutcome';

/**
 * The few words of a written treatment that code in the pages' start-up needs, nb/nn, apart from writtenTreatmentWords.ts
 * (which uses them and is not in the start-up): the answers («Enig i forslaget», «Ikke enig», «Krever møtebehandling», «Ikke
 * svart») for confidentiality.ts `hiddenTexts`, and the protokoll's name for the next meeting's Referatsak (agendaTemplate.ts).
 */
export type WrittenAnswerWords = Record<WrittenAnswer['answer'] | 'none', string>;

const ANSWERS: Record<'nb' | 'nn', WrittenAnswerWords> = {
  nb: { agree: 'Enig i forslaget', disagree: 'Ikke enig', meeting: 'Krever møtebehandling', none: 'Ikke svart' },
  nn: { agree: 'Samd i framlegget', disagree: 'Ikkje samd', meeting: 'Krev møtehandsaming', none: 'Ikkje svart' },
};

export const writtenAnswerWords = (form: 'nb' | 'nn'): WrittenAnswerWords => ANSWERS[form];

/** What the protokoll of a written treatment is called: «Protokoll fra skriftlig styrebehandling». */
export const writtenRecordTitle = (form: 'nb' | 'nn'): string => (form === 'nn' ? 'Protokoll frå skriftleg styrehandsaming' : 'Protokoll fra skriftlig styrebehandling');

/**
 * Who answered a sak how, as the protokoll prints it («Enig i forslaget: Anne, Cecilie», then «Ikke enig», «Krever
 * møtebehandling», «Ikke svart»): the lines a view without access to an exempt sak must not carry (confidentiality.ts `hiddenTexts`).
 */
export function writtenAnswerLines(outcome: Pick<WrittenOutcome, 'agreed' | 'disagreed' | 'demanded' | 'unanswered'>, answers: WrittenAnswerWords): string[] {
  const groups: Array<[string, readonly { name: string }[]]> = [
    [answers.agree, outcome.agreed],
    [answers.disagree, outcome.disagreed],
    [answers.meeting, outcome.demanded],
    [answers.none, outcome.unanswered],
  ];
  return groups.flatMap(([label, people]) => (people.length === 0 ? [] : [`${label}: ${people.map((person) => person.name).join(', ')}`]));
}
