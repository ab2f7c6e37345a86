import type { AgendaHeading, Conventions } from './conventions';
import type { LanguageForm } from './model';

/** The list's word in a målform: as a heading («Sakskart») and definite, within a sentence («sakskartet»). */
export interface AgendaNoun {
  word: string;
  definite: string;
  /** «Sakskartet er tomt»: an adjective agrees with the neuter «sakskart». */
  neuter: boolean;
}

const noun = (word: string, definite: string, neuter = false): AgendaNoun => ({ word, definite, neuter });

/**
 * Nynorsk writes «Sakliste», «saklista», as the documents have (documents/texts.ts; Overordna samhandlingsutval Møre og
 * Romsdal's innkalling of 1 October 2014, http://docplayer.me/2977215; ftif.no's årsmøte of 2023, https://ftif.no/post/54).
 * «Sakskart» is neuter in both; «dagsorden» masculine, «dagsordenen» in both (the Helse Nord RHF foretaksmøte's «den
 * utsendte dagsorden», 2007, http://docplayer.me/3580759).
 */
const HEADING: Record<AgendaHeading, Record<LanguageForm, AgendaNoun>> = {
  saksliste: { nb: noun('Saksliste', 'sakslisten'), nn: noun('Sakliste', 'saklista') },
  sakskart: { nb: noun('Sakskart', 'sakskartet', true), nn: noun('Sakskart', 'sakskartet', true) },
  dagsorden: { nb: noun('Dagsorden', 'dagsordenen'), nn: noun('Dagsorden', 'dagsordenen') },
};

/**
 * What the committee heads its list of saker with (`conventions.agendaHeading`) in its målform: the invite's table, the
 * innkalling's and protokoll's «… er tom», the saksframlegg's link back, the update's «Ny rad i …». Apart from `wordingOf`, as
 * `packWord.ts`: only the documents and the settings print the words; the screens pass the convention's value to their
 * catalogues, which hold theirs (the same forms: `ui/shared/agendaHeadingTexts.test.ts`).
 */
export function agendaHeadingOf(conventions: Pick<Conventions, 'agendaHeading'> | undefined, form: LanguageForm): AgendaNoun {
  return HEADING[conventions?.agendaHeading ?? 'saksliste'][form];
}
