import type { Noun } from './conventions';
import type { AgendaItem, Committee, LanguageForm, Meeting, Signature } from './model';
import { openingRows } from './fixedRows';

/**
 * The vedtak of the sak that elects the møteleder and who co-signs the record, made from the referent's picks (the
 * signatures: the møteleder by office, the others chosen in the meeting), for a committee whose record is signed by people
 * the meeting chooses (`minutesApproval: 'signedInMeeting'`, a generalforsamling's): its first sak is that election
 * (agendaTemplate.ts; Lederkilden on aksjeloven § 5-16: «Møteleder velges av generalforsamlingen. I tillegg skal det av
 * generalforsamlingen velges en person til å medundertegne protokollen sammen med møteleder»). The sentences are a judgement
 * built on those words («Kari Nordmann ble valgt som møteleder. Per Hansen ble valgt til å medundertegne protokollen.»);
 * nynorsk as the template's title says it («skrive under … saman med møteleiaren»). Offered, never written without a click.
 */

/** The sak that elects them: the first sak of such a committee's meeting after its own numbered opening rows («1. Åpning»). */
export function signersElectionItem(committee: Pick<Committee, 'conventions'>, meeting: Pick<Meeting, 'items'>): AgendaItem | undefined {
  if (committee.conventions?.minutesApproval !== 'signedInMeeting') return undefined;
  const ownRows = openingRows(committee).map((row) => row.title);
  return meeting.items.find((item) => item.row === 'sak' && !item.closing && !(item.opening && ownRows.includes(item.title)));
}

function names(list: readonly string[], and: string): string {
  return list.length < 2 ? list.join('') : `${list.slice(0, -1).join(', ')} ${and} ${list[list.length - 1]}`;
}

/** How each målform says it: the møteleder's sentence after the name, the co-signers' verb (one or more) and what they were chosen for. */
const WORDS: Record<LanguageForm, { chair: string; elected: (many: boolean) => string; coSign: (minutes: Noun) => string; and: string }> = {
  nb: { chair: ' ble valgt som møteleder.', elected: () => ' ble valgt', coSign: (minutes) => ` til å medundertegne ${minutes.definite}.`, and: 'og' },
  nn: { chair: ' vart vald som møteleiar.', elected: (many) => (many ? ' vart valde' : ' vart vald'), coSign: (minutes) => ` til å skrive under ${minutes.definite} saman med møteleiaren.`, and: 'og' },
};

/** The vedtak the picks make, in the committee's målform and its word for the record; undefined before anyone is picked. */
export function signersElectionVedtak(signatures: readonly Signature[] | undefined, form: LanguageForm, minutes: Noun): string | undefined {
  const words = WORDS[form];
  const chair = (signatures ?? []).find((signature) => signature.capacity === 'chair');
  const chosen = (signatures ?? []).filter((signature) => signature.capacity === 'chosen').map((signature) => signature.person.name);
  const sentences = [
    ...(chair ? [`${chair.person.name}${words.chair}`] : []),
    ...(chosen.length > 0 ? [`${names(chosen, words.and)}${words.elected(chosen.length > 1)}${words.coSign(minutes)}`] : []),
  ];
  return sentences.length === 0 ? undefined : sentences.join(' ');
}

/** Whether a point is such a vedtak (made from earlier picks): it ends in one of the two sentences. */
function isElectionVedtak(point: string, form: LanguageForm, minutes: Noun): boolean {
  return point.endsWith(WORDS[form].coSign(minutes)) || point.endsWith(WORDS[form].chair);
}

/** The vedtak as the sak's first point, in place of one made from earlier picks; every other point kept. */
export function conclusionWithElection(item: AgendaItem, vedtak: string, form: LanguageForm, minutes: Noun): AgendaItem {
  const [first, ...rest] = item.conclusion;
  const kept = first !== undefined && isElectionVedtak(first, form, minutes) ? rest : item.conclusion;
  return { ...item, conclusion: [vedtak, ...kept] };
}
