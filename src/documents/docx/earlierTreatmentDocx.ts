import { Paragraph, TextRun } from 'docx';
import { recommendationWord, statementWord } from '../../domain/caseRoute';
import { formatDateLong } from '../../domain/dates';
import type { AgendaItem, Committee, EarlierTreatment, LanguageForm } from '../../domain/model';
import { plainTextOf } from '../../domain/richText';
import type { DocumentTexts } from '../texts';
import type { ListInstances } from './numbering';
import { conclusionPoints, richTextToDocx, type BodyElement, type ParagraphKeep } from './richTextDocx';
import { underlinedLabel } from './tables';

/**
 * How the bodies before this committee treated a sak it took from them (domain/carriedCase.ts), as the innkalling, the
 * saksframlegg and the protokoll print it under the sak: «Tidligere behandling», then per body «Planutvalget behandlet saken
 * i møte 12.11.2026, sak PS 14/26.», its «Behandling:» and its «Innstilling:» (a råd's «Uttalelse:»). The words are in texts.ts, with their sources.
 */

const line = (treatment: EarlierTreatment, t: DocumentTexts) => t.treatedBy(treatment.body, formatDateLong(treatment.date), treatment.caseNumber);

/** «Innstilling:» over an earlier body's conclusion, «Uttalelse:» over a råd's (`EarlierTreatment.statement`). */
const conclusionLabel = (treatment: EarlierTreatment, form: LanguageForm) => `${treatment.statement === true ? statementWord(form) : recommendationWord(form)}:`;

/** The block as plain lines, for the row height estimates. */
export function earlierTreatmentTexts(item: AgendaItem, t: DocumentTexts, form: LanguageForm): string[] {
  const treatments = item.earlierTreatments ?? [];
  if (treatments.length === 0) return [];
  return [
    t.earlierTreatment,
    ...treatments.flatMap((treatment) => {
      const proceedings = plainTextOf(treatment.proceedings).split('\n').filter((text) => text !== '');
      return [
        line(treatment, t),
        ...(proceedings.length === 0 ? [] : [t.treatmentLabel, ...proceedings]),
        ...(treatment.recommendation.length === 0 ? [] : [conclusionLabel(treatment, form), ...treatment.recommendation]),
      ];
    }),
  ];
}

export function earlierTreatmentBlocks(
  item: AgendaItem,
  t: DocumentTexts,
  committee: Pick<Committee, 'languageForm' | 'conventions'>,
  lists: ListInstances,
  keep: ParagraphKeep = {},
): BodyElement[] {
  const treatments = item.earlierTreatments ?? [];
  if (treatments.length === 0) return [];
  return [
    new Paragraph({ keepNext: true, keepLines: true, spacing: { before: 120 }, children: [new TextRun({ text: t.earlierTreatment, bold: true })] }),
    ...treatments.flatMap((treatment): BodyElement[] => [
      new Paragraph({ ...keep, keepNext: true, children: [new TextRun(line(treatment, t))] }),
      ...(treatment.proceedings.length === 0 ? [] : [underlinedLabel(t.treatmentLabel), ...richTextToDocx(treatment.proceedings, lists, keep)]),
      ...(treatment.recommendation.length === 0
        ? []
        : [
            underlinedLabel(conclusionLabel(treatment, committee.languageForm)),
            ...conclusionPoints(treatment.recommendation, lists, committee.conventions, keep),
          ]),
    ]),
  ];
}
