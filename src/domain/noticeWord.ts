import type { Conventions, NoticeWord } from './conventions';
import type { LanguageForm } from './model';

const NOTICE: Record<NoticeWord, Record<LanguageForm, string>> = {
  innkalling: { nb: 'Innkalling', nn: 'Innkalling' },
  innkallingTilMote: { nb: 'Innkalling til møte i', nn: 'Innkalling til møte i' },
  moteinnkalling: { nb: 'Møteinnkalling', nn: 'Møteinnkalling' },
  moteinnkallingFor: { nb: 'Møteinnkalling for', nn: 'Møteinnkalling for' },
};

/**
 * The innkalling's heading before the committee's name in its målform (`conventions.notice`): "Innkalling",
 * "Innkalling til møte i", "Møteinnkalling" or "Møteinnkalling for". Apart from `wordingOf`, since only the documents, a new
 * meeting's Tema and the settings print it, not the meeting's screens.
 */
export function noticeWordOf(conventions: Pick<Conventions, 'notice'> | undefined, form: LanguageForm): string {
  return NOTICE[conventions?.notice ?? 'innkalling'][form];
}

/**
 * A name whose first word is the meeting itself, definite or not, and what follows it: «Årsmøtet i Nordfjell IL»,
 * «Generalforsamling i Fjordkraft AS», «Partnerskapsmøtet» (the noun, its indefinite form, the rest).
 */
function meetingNoun(name: string): { indefinite: string; rest: string } | undefined {
  const match = /^(\p{L}*(?:møte|forsamling))(?:t|en)?(?=\s|$)(.*)$/iu.exec(name);
  const [, noun = '', rest = ''] = match ?? [];
  return match === null ? undefined : { indefinite: inRunningText(noun), rest };
}

/** «Årsmøte» → «årsmøte» in running text; an acronym («SU») as typed. */
function inRunningText(word: string): string {
  const [first = '', second = ''] = [...word];
  return second !== '' && second === second.toLowerCase() ? first.toLowerCase() + word.slice(first.length) : word;
}

/**
 * The innkalling's heading (and a new meeting's Tema, so the invite's subject): the notice word and the committee's name
 * (`noticeWordOf`), read as one phrase. A name that is a phrase of its own, «<body> i <organisasjon>», is not a title after a
 * bare «Innkalling» (so too «… ved …», «… for …», «… på …»), and a meeting is not held «i» a meeting: so
 * - a name that is the meeting («Årsmøtet i Nordfjell IL», «Generalforsamlingen i Fjordkraft AS») after «Innkalling» or
 *   «Innkalling til møte i»: «Innkalling til årsmøte i Nordfjell IL», as a real innkalling says it (NIF's lovnorm's
 *   «innkalling til årsmøte», Malmefjorden IL's «Innkalling til årsmøte i idrettslag»; aksjeloven's «innkalling til
 *   generalforsamling»); alone after «Innkalling til møte i» too («Innkalling til partnerskapsmøte»);
 * - another body so named after «Innkalling» («Eldrerådet i Fjordvik kommune»): «Innkalling til møte i Eldrerådet i Fjordvik
 *   kommune», the body's name as typed, as Hitra's «Innkalling til møte i Eldres Råd».
 * A name standing alone after «Innkalling» stays a title, as the seeds' «Innkalling Partnerskapsmøtet» and Tana's «Møteinnkalling
 * Eldrerådet» print it; «Møteinnkalling» always heads a title, «Møteinnkalling for» too (Hjartdal's «Møteinnkalling for
 * Sakkunnig nemnd», https://docplayer.me/38390215). The words are the same in both målformer.
 */
export function noticeHeading(conventions: Pick<Conventions, 'notice'> | undefined, form: LanguageForm, name: string): string {
  const notice = conventions?.notice ?? 'innkalling';
  const trimmed = name.trim();
  if (notice === 'moteinnkalling' || notice === 'moteinnkallingFor') return `${noticeWordOf(conventions, form)} ${trimmed}`;
  const phrase = /^\S+\s+(?:i|ved|for|på)\s/u.test(trimmed);
  const meeting = meetingNoun(trimmed);
  if (meeting !== undefined && (phrase || notice === 'innkallingTilMote')) return `Innkalling til ${meeting.indefinite}${meeting.rest}`;
  return `${noticeWordOf(phrase ? { notice: 'innkallingTilMote' } : conventions, form)} ${trimmed}`;
}
