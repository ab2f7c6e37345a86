import type { Conventions, MinutesApproval, Noun } from './conventions';
import { electsReferent } from './conventions';
import type { AgendaItem, Committee, LanguageForm, Meeting, Signature } from './model';
import { openingRows } from './fixedRows';

/**
 * The vedtak of the sak that chooses who co-signs the record, made from the referent's picks (the signatures: the
 * møteleder by office, the others chosen in the meeting). Two kinds of committee have such a sak (agendaTemplate.ts):
 * - one whose meeting elects its møteleder and a co-signer (`minutesApproval: 'signedInMeeting'`, a generalforsamling's):
 *   its first sak is that election (Lederkilden on aksjeloven § 5-16: «Møteleder velges av generalforsamlingen. I tillegg
 *   skal det av generalforsamlingen velges en person til å medundertegne protokollen sammen med møteleder»). The sentences
 *   are a judgement built on those words («Kari Nordmann ble valgt som møteleder. Per Hansen ble valgt til å medundertegne
 *   protokollen.»), as Nordic Nanovector ASA's protokoll of 24 May 2017 has them: «Ludvik Sandnes ble valgt som møteleder og Egil
 *   Bodd ble valgt til å medundertegne protokollen» (http://docplayer.me/47423738-Nordic-nanovector-asa.html); nynorsk as the
 *   template's title says it («skrive under … saman med møteleiaren»), a judgement;
 * - one led by its own leder whose meeting chooses the co-signers (`'signedByChosen'`, an IKS's representantskap): the sak
 *   after the approval of innkalling and saksliste, Vekst i Grenland IKS's «Sak 3 Valg av to til å undertegne protokollen»,
 *   whose vedtak reads «… velges til å undertegne protokollen sammen med møteleder». No møteleder sentence: nobody elects
 *   the leder. The sentence is a judgement built on Vekst's words («Kari Nordmann og Per Hansen ble valgt til å undertegne
 *   protokollen sammen med møtelederen.»); nynorsk as for a generalforsamling.
 * How many co-signers, and whether the møteleder has a sak of its own, the committee sets (`coSigners`, `chairOwnSak`;
 * conventions.ts has the documents): the sentences name whoever was picked, one or more, so they hold for any number.
 * Offered, never written without a click.
 */

/**
 * How many the meeting chooses to sign the record with the møteleder (`conventions.coSigners`): absent, one for a
 * generalforsamling (`signedInMeeting`: aksjeloven § 5-16, «en person til å medundertegne protokollen sammen med møteleder»,
 * Lederkilden) and two for a representantskap (`signedByChosen`: Vekst i Grenland IKS's «Valg av to til å undertegne
 * protokollen»), as the documents before the setting had them.
 */
export function coSignerCount(conventions: Pick<Conventions, 'minutesApproval' | 'coSigners'> | undefined): number {
  return conventions?.coSigners ?? (conventions?.minutesApproval === 'signedByChosen' ? 2 : 1);
}

/**
 * How many the referent has picked to co-sign (the signatures chosen in the meeting) beside how many the committee chooses
 * (`coSignerCount`), for a committee whose meeting chooses them (`signedInMeeting`, `signedByChosen`); undefined when the
 * numbers agree, or for any other committee. Said beside the picks, never refused: the meeting may decide otherwise.
 */
export function coSignersPicked(
  conventions: Pick<Conventions, 'minutesApproval' | 'coSigners'> | undefined,
  signatures: readonly Signature[] | undefined,
): { expected: number; chosen: number } | undefined {
  const approval = conventions?.minutesApproval;
  if (approval !== 'signedInMeeting' && approval !== 'signedByChosen') return undefined;
  const expected = coSignerCount(conventions);
  const chosen = (signatures ?? []).filter((signature) => signature.capacity === 'chosen').length;
  return chosen === expected ? undefined : { expected, chosen };
}

/** Whether a meeting electing its møteleder (`signedInMeeting`) does so in a sak of its own, before the co-signers' (`chairOwnSak`). */
export function chairElectedInOwnSak(conventions: Pick<Conventions, 'minutesApproval' | 'chairOwnSak'> | undefined): boolean {
  return conventions?.minutesApproval === 'signedInMeeting' && conventions.chairOwnSak === true;
}

/** What a sak of the election elects: the møteleder, an årsmøte's referent (`electsReferent`), the co-signers, or all of them in one sak. */
export type ElectionPart = 'chair' | 'referent' | 'coSigners' | 'both';

export { electsReferent };

/** One sak of the election and what it elects. */
export interface SignersElection {
  item: AgendaItem;
  elects: ElectionPart;
}

/**
 * The saker that choose them: those the template marked with what each elects (`AgendaItem.elects`, agendaTemplate.ts), in
 * the saksliste's order, wherever they stand and whatever they are titled now (a sak added or moved, an opening row
 * retitled, the committee's rows changed since); none once they are removed. A meeting made before the mark has none
 * marked: its saker are read by their place as the template then made them (`electionsByPlace`).
 */
export function signersElections(committee: Pick<Committee, 'conventions'>, meeting: Pick<Meeting, 'items'>): SignersElection[] {
  const approval = committee.conventions?.minutesApproval;
  if (approval !== 'signedInMeeting' && approval !== 'signedByChosen') return [];
  const marked = meeting.items.flatMap((item) => (item.elects === undefined || item.row === 'heading' ? [] : [{ item, elects: item.elects }]));
  return marked.length > 0 ? marked : electionsByPlace(committee, meeting);
}

/** Titled as the template titles an election sak («Valg av …», nn «Val av …»): a sak in its place titled otherwise is not one. */
const ELECTION_TITLE = /^\s*Va(?:lg|l) av\s/iu;

/**
 * A meeting stored before the saker carried their mark, read as the template made it: for `signedInMeeting` the first sak
 * after the committee's own numbered opening rows («1. Åpning»), electing both, or, when the møteleder has a sak of its own
 * (`chairElectedInOwnSak`), that sak and the next (an årsmøte's referent between them), while a fixed row (the approval)
 * still follows; for `signedByChosen` the fixed sak after the approval row. Each titled as the template titles them
 * (`ELECTION_TITLE`), so another sak in that place (one removed before it, a meeting whose saker were all removed) is not taken.
 */
function electionsByPlace(committee: Pick<Committee, 'conventions'>, meeting: Pick<Meeting, 'items'>): SignersElection[] {
  const approval = committee.conventions?.minutesApproval;
  const ownRows = openingRows(committee).map((row) => row.title);
  const saker = meeting.items.filter((item) => item.row === 'sak' && !item.closing && !(item.opening && ownRows.includes(item.title)));
  const titled = (item: AgendaItem | undefined): item is AgendaItem => item !== undefined && ELECTION_TITLE.test(item.title);
  const isElection = (item: AgendaItem | undefined): item is AgendaItem => titled(item) && item.opening === true;
  const [first, second] = saker;
  if (approval === 'signedByChosen') return isElection(second) ? [{ item: second, elects: 'coSigners' }] : [];
  if (!titled(first)) return [];
  if (!chairElectedInOwnSak(committee.conventions)) return [{ item: first, elects: 'both' }];
  const parts: ElectionPart[] = electsReferent(committee.conventions) ? ['referent', 'coSigners'] : ['coSigners'];
  // Each in the next fixed sak, while a fixed row (the approval) still follows it.
  const later: SignersElection[] = [];
  for (const [index, elects] of parts.entries()) {
    const item = saker[index + 1];
    if (!isElection(item) || !saker[index + 2]?.opening) break;
    later.push({ item, elects });
  }
  return [{ item: first, elects: 'chair' }, ...later];
}

function names(list: readonly string[], and: string): string {
  return list.length < 2 ? list.join('') : `${list.slice(0, -1).join(', ')} ${and} ${list[list.length - 1]}`;
}

/**
 * How each målform says it: the møteleder's sentence after the name, the co-signers' verb (one or more) and what they were
 * chosen for (a generalforsamling's, `signedInMeeting`, or with the leder, `signedByChosen`). An årsmøte's (`dirigent`): «ble
 * valgt som dirigent», «… ble valgt til å underskrive protokollen» (nn «vart vald som dirigent», «… vart valde til å skrive
 * under protokollen»), judgements on the lovnorm's «velge dirigent», «to medlemmer til å underskrive protokollen» (conventions.ts);
 * its referent (`electsReferent`) «… ble valgt som referent.», nn «… vart vald som protokollførar.» (the lovnorm's «velge
 * referent», nn «velje protokollførar(ar)»), a judgement as the dirigent's.
 */
type ElectionWords = {
  chair: string;
  referent?: string;
  elected: (many: boolean) => string;
  coSign: (minutes: Noun, withLeder: boolean) => string;
  and: string;
};
const WORDS: Record<LanguageForm, ElectionWords> = {
  nb: {
    chair: ' ble valgt som møteleder.',
    elected: () => ' ble valgt',
    coSign: (minutes, withLeder) => (withLeder ? ` til å undertegne ${minutes.definite} sammen med møtelederen.` : ` til å medundertegne ${minutes.definite}.`),
    and: 'og',
  },
  nn: { chair: ' vart vald som møteleiar.', elected: (many) => (many ? ' vart valde' : ' vart vald'), coSign: (minutes) => ` til å skrive under ${minutes.definite} saman med møteleiaren.`, and: 'og' },
};
const DIRIGENT_WORDS: Record<LanguageForm, Pick<ElectionWords, 'chair' | 'referent' | 'coSign'>> = {
  nb: { chair: ' ble valgt som dirigent.', referent: ' ble valgt som referent.', coSign: (minutes) => ` til å underskrive ${minutes.definite}.` },
  nn: { chair: ' vart vald som dirigent.', referent: ' vart vald som protokollførar.', coSign: (minutes) => ` til å skrive under ${minutes.definite}.` },
};
const wordsOf = (form: LanguageForm, dirigent: boolean): ElectionWords => (dirigent ? { ...WORDS[form], ...DIRIGENT_WORDS[form] } : WORDS[form]);

/**
 * The vedtak the picks make, in the committee's målform and its word for the record; undefined before anyone is picked.
 * For `signedByChosen` only the co-signers: the leder leads and signs by office. A sak electing only the møteleder
 * (`elects: 'chair'`) says the møteleder's sentence, one electing only the co-signers theirs. An årsmøte's referent
 * (`referent`: the meeting's, `Meeting.minuteTaker`, by name) in its own sak's (`elects: 'referent'`) or between the two in one sak.
 */
export function signersElectionVedtak(
  signatures: readonly Signature[] | undefined,
  form: LanguageForm,
  minutes: Noun,
  approval: MinutesApproval | undefined,
  elects: ElectionPart = approval === 'signedByChosen' ? 'coSigners' : 'both',
  dirigent = false,
  referent?: string,
): string | undefined {
  const words = wordsOf(form, dirigent && approval === 'signedInMeeting');
  const withLeder = approval === 'signedByChosen';
  const covers = (part: ElectionPart) => elects === part || elects === 'both';
  const chair = withLeder || !covers('chair') ? undefined : (signatures ?? []).find((signature) => signature.capacity === 'chair');
  const referentSentence = words.referent !== undefined && referent !== undefined && referent.trim() !== '' && covers('referent') ? [`${referent.trim()}${words.referent}`] : [];
  const chosen = covers('coSigners') ? (signatures ?? []).filter((signature) => signature.capacity === 'chosen').map((signature) => signature.person.name) : [];
  const sentences = [
    ...(chair ? [`${chair.person.name}${words.chair}`] : []),
    ...referentSentence,
    ...(chosen.length > 0 ? [`${names(chosen, words.and)}${words.elected(chosen.length > 1)}${words.coSign(minutes, withLeder)}`] : []),
  ];
  return sentences.length === 0 ? undefined : sentences.join(' ');
}

/** Whether a point is such a vedtak (made from earlier picks): it ends in one of its sentences. */
function isElectionVedtak(point: string, form: LanguageForm, minutes: Noun): boolean {
  return [WORDS[form], DIRIGENT_WORDS[form]].some(
    (words) =>
      point.endsWith(words.coSign(minutes, false)) ||
      point.endsWith(words.coSign(minutes, true)) ||
      point.endsWith(words.chair) ||
      (words.referent !== undefined && point.endsWith(words.referent)),
  );
}

/** The vedtak as the sak's first point, in place of one made from earlier picks; every other point kept. */
export function conclusionWithElection(item: AgendaItem, vedtak: string, form: LanguageForm, minutes: Noun): AgendaItem {
  const [first, ...rest] = item.conclusion;
  const kept = first !== undefined && isElectionVedtak(first, form, minutes) ? rest : item.conclusion;
  return { ...item, conclusion: [vedtak, ...kept] };
}
