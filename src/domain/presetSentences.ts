import type { Conventions } from './conventions';
import type { LanguageForm } from './model';

/**
 * The presets' own sentences (committeePresets.ts) in both målformer. A preset fills the form in bokmål; a secretary who then
 * sets the committee to nynorsk gets them in nynorsk (`presetWordsIn`), not «Representantskapet tok saken til orientering.»
 * in a nynorsk protokoll. Fetched by the settings when the målform changes, apart from the presets: the workspace's start-up
 * is at its limit. Nynorsk «saka», as Sogn og Fjordane's fylkesutval and Askvoll sokneråd write it; «klaga», as Vinje's
 * nynorsk page on klage («Klaga må vere: signert», https://www.vinje.kommune.no/klage-paa-vedtak.489785.nn.html).
 */
const SENTENCES = {
  styreNoted: { nb: 'Styret tok saken til orientering.', nn: 'Styret tok saka til orientering.' },
  representantskapNoted: { nb: 'Representantskapet tok saken til orientering.', nn: 'Representantskapet tok saka til orientering.' },
  generalforsamlingNoted: { nb: 'Generalforsamlingen tok saken til orientering.', nn: 'Generalforsamlinga tok saka til orientering.' },
  klageUpheld: { nb: 'Klagen tas til følge.', nn: 'Klaga vert teken til følgje.' },
  klagePartly: { nb: 'Klagen tas delvis til følge.', nn: 'Klaga vert delvis teken til følgje.' },
  klageRejected: { nb: 'Klagen tas ikke til følge.', nn: 'Klaga vert ikkje teken til følgje.' },
} as const satisfies Record<string, Record<LanguageForm, string>>;

/**
 * The conventions with the presets' sentences in `form`: a «Tatt til orientering» sentence or an outcome that is a preset's
 * sentence in the other målform becomes the same sentence in `form`; what the secretary wrote herself stays as written.
 */
export function presetWordsIn(conventions: Conventions, form: LanguageForm): Conventions {
  const sentences = Object.values<Record<LanguageForm, string>>(SENTENCES);
  const translated = (text: string): string => sentences.find((sentence) => sentence.nb === text || sentence.nn === text)?.[form] ?? text;
  const { notedConclusion, outcomes } = conventions;
  return {
    ...conventions,
    ...(notedConclusion === undefined ? {} : { notedConclusion: translated(notedConclusion) }),
    ...(outcomes === undefined ? {} : { outcomes: outcomes.map(translated) }),
  };
}

