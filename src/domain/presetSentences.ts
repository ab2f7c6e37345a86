import type { Conventions } from './conventions';
import type { CommitteeMember, LanguageForm } from './model';
import { presetGroupIn } from './presetGroups';

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
  arsmoteNoted: { nb: 'Årsmøtet tok saken til orientering.', nn: 'Årsmøtet tok saka til orientering.' },
  generalforsamlingNoted: { nb: 'Generalforsamlingen tok saken til orientering.', nn: 'Generalforsamlinga tok saka til orientering.' },
  // The årsmøte's first sak: the lovnorm's «Godkjenne de stemmeberettigede» (Oslo idrettskrets), nn «godkjenne dei som har
  // stemmerett» (Sportsklubben § 10, committeePresets.ts `arsmote`), as a title «Godkjenning av …», a judgement.
  votersApproved: { nb: 'Godkjenning av de stemmeberettigede', nn: 'Godkjenning av dei som har stemmerett' },
  klageUpheld: { nb: 'Klagen tas til følge.', nn: 'Klaga vert teken til følgje.' },
  klagePartly: { nb: 'Klagen tas delvis til følge.', nn: 'Klaga vert delvis teken til følgje.' },
  klageRejected: { nb: 'Klagen tas ikke til følge.', nn: 'Klaga vert ikkje teken til følgje.' },
} as const satisfies Record<string, Record<LanguageForm, string>>;

/**
 * The conventions with the presets' sentences in `form`: a «Tatt til orientering» sentence, an outcome or an opening row's
 * title that is a preset's sentence in the other målform becomes the same sentence in `form`; what the secretary wrote herself stays as written.
 */
export function presetWordsIn(conventions: Conventions, form: LanguageForm): Conventions {
  const sentences = Object.values<Record<LanguageForm, string>>(SENTENCES);
  const translated = (text: string): string => sentences.find((sentence) => sentence.nb === text || sentence.nn === text)?.[form] ?? text;
  const { notedConclusion, outcomes, openingRows } = conventions;
  return {
    ...conventions,
    ...(notedConclusion === undefined ? {} : { notedConclusion: translated(notedConclusion) }),
    ...(outcomes === undefined ? {} : { outcomes: outcomes.map(translated) }),
    ...(openingRows === undefined ? {} : { openingRows: openingRows.map((row) => ({ ...row, title: translated(row.title) })) }),
  };
}

/**
 * The settings' role groups (one a line, as typed) and the members placed in them with the presets' groups in `form`: what the
 * settings set when the målform changes, so a member stays in the group that now has its other name.
 */
export function presetGroupsIn<T extends { attendanceGroups: string; members: CommitteeMember[] }>(input: T, form: LanguageForm): T {
  const lines = input.attendanceGroups.split('\n').map((line) => (line.trim() === '' ? line : presetGroupIn(line.trim(), form)));
  const members = input.members.map((member) => (member.group === undefined ? member : { ...member, group: presetGroupIn(member.group, form) }));
  return { ...input, attendanceGroups: lines.join('\n'), members };
}
