import type { Conventions, PackWord } from './conventions';
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
export function packWordOf(conventions: Pick<Conventions, 'pack'> | undefined, form: LanguageForm): PackNoun {
  return PACK[conventions?.pack ?? 'motebok'][form];
}

/** The pack's word as the workspace's buttons take it: `word` as a title («Sakskart»), `pack` within a sentence («Lag sakskart (PDF)»), `definite` («sakskartet»). */
export function packWords(conventions: Pick<Conventions, 'pack'> | undefined, form: LanguageForm): { word: string; pack: string; definite: string } {
  const noun = packWordOf(conventions, form);
  return { word: noun.word, pack: noun.word.toLocaleLowerCase('nb'), definite: noun.definite };
}
