import type { MinutesWord, PackWord } from './conventions';
import type { LanguageForm } from './model';

/** The pack's word in a målform: as a title («Sakskart»), definite («sakskartet»), and the nynorsk participle that agrees with it («lagt»). */
export interface PackNoun {
  word: string;
  definite: string;
  /** «lagd» (masculine, feminine), «lagt» (neuter) or «lagde» (plural): nynorsk participles agree; bokmål writes «lagt» for all. */
  added: string;
}

const pack = (word: string, definite: string, added = 'lagt'): PackNoun => ({ word, definite, added });

const PACK: Record<PackWord, Record<LanguageForm, PackNoun>> = {
  motebok: { nb: pack('Møtebok', 'møteboken'), nn: pack('Møtebok', 'møteboka', 'lagd') },
  sakskart: { nb: pack('Sakskart', 'sakskartet'), nn: pack('Sakskart', 'sakskartet') },
  saksdokumenter: { nb: pack('Saksdokumenter', 'saksdokumentene'), nn: pack('Saksdokument', 'saksdokumenta', 'lagde') },
  motedokumenter: { nb: pack('Møtedokumenter', 'møtedokumentene'), nn: pack('Møtedokument', 'møtedokumenta', 'lagde') },
  sakspapirer: { nb: pack('Sakspapirer', 'sakspapirene'), nn: pack('Sakspapir', 'sakspapira', 'lagde') },
};

/**
 * What the committee calls the one PDF of the meeting's papers (`conventions.pack`) in its målform: its title page, its
 * file name and the innkalling's link to it. Apart from `wordingOf`, as `noticeWord.ts`: only the documents and the
 * settings print it, so the stage's and the side panel's start-up do not carry the table.
 */
/** The conventions the pack's word depends on: the committee's choice, and its record's word when it has not chosen. */
type PackConventions = { pack?: PackWord; minutes?: MinutesWord } | undefined;

/**
 * The committee's word for the pack: the one it chose, else «Møtebok», as Møtebok has called it, unless the committee's record
 * is the «Møtebok» (`minutes: 'motebok'`, as Hjartdal kommune's and many a nynorsk kommune's sak/arkiv systems name the
 * protokoll): then «Saksdokumenter» (nynorsk «Saksdokument», Radøy's and Ivest's word, conventions.ts `PackWordSchema`), so the
 * papers before the meeting and the record after it are not one word, «Lag møtebok (PDF)» beside «Lag møtebok», nor two
 * files «Møtebok Sakkunnig nemnd 03.03.26» in one folder. The word for the pack then is a judgement; the committee chooses another
 * in its settings.
 */
export function packWordIdOf(conventions: PackConventions): PackWord {
  return conventions?.pack ?? (conventions?.minutes === 'motebok' ? 'saksdokumenter' : 'motebok');
}

export function packWordOf(conventions: PackConventions, form: LanguageForm): PackNoun {
  return PACK[packWordIdOf(conventions)][form];
}

/**
 * The pack's word as the workspace's texts take it: `word` as a title («Sakskart»), `pack` within a sentence («Lag sakskart (PDF)»),
 * `definite` («sakskartet») and `definiteTitle` opening a sentence («Sakskartet er lagra»). The texts say «PDF-en» where they
 * need a pronoun, so they agree whatever the word's gender and number («saksdokumenta», «møteboka»).
 */
export function packWords(conventions: PackConventions, form: LanguageForm): { word: string; pack: string; definite: string; definiteTitle: string } {
  const noun = packWordOf(conventions, form);
  const definiteTitle = noun.definite.charAt(0).toLocaleUpperCase('nb') + noun.definite.slice(1);
  return { word: noun.word, pack: noun.word.toLocaleLowerCase('nb'), definite: noun.definite, definiteTitle };
}
