import type { Conventions, NoticeWord } from './conventions';
import type { LanguageForm } from './model';

const NOTICE: Record<NoticeWord, Record<LanguageForm, string>> = {
  innkalling: { nb: 'Innkalling', nn: 'Innkalling' },
  innkallingTilMote: { nb: 'Innkalling til møte i', nn: 'Innkalling til møte i' },
  moteinnkalling: { nb: 'Møteinnkalling', nn: 'Møteinnkalling' },
};

/**
 * The innkalling's heading before the committee's name in its målform (`conventions.notice`): "Innkalling",
 * "Innkalling til møte i" or "Møteinnkalling". Apart from `wordingOf`, since only the documents, a new
 * meeting's Tema and the settings print it, not the meeting's screens.
 */
export function noticeWordOf(conventions: Pick<Conventions, 'notice'> | undefined, form: LanguageForm): string {
  return NOTICE[conventions?.notice ?? 'innkalling'][form];
}
