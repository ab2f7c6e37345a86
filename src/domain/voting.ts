import type { MeetingProposal, RecordStatement, Vote, Voting } from './model';

/**
 * The møtebehandling of a political body as its protokoll words it (`AgendaItem.voting`, turned on by `conventions.voting`),
 * nb and nn: the proposals made in the meeting («Forslag fra Ola Nordmann (Ap)», «Alternativt forslag …», «Endringsforslag …»,
 * «Tilleggsforslag …»),
 * each vote's line («Innstillingen: Vedtatt med 25 mot 10 stemmer.», nynorsk «… Vedteke med 25 mot 10 røyster.») and the
 * protokolltilførsler («Protokolltilførsel fra …»). The protokoll prints them in the meeting's order: the treatment, the
 * proposals, the votes, the vedtak, the protokolltilførsler (`documents/docx/referatDocx.ts`). No wording of the screens.
 */

export type VotingForm = 'nb' | 'nn';

interface VotingWords {
  proposals: string;
  votes: string;
  /**
   * The heading's word per kind: `alternative` a proposal in place of the innstilling, `change` one that changes it, `addition`
   * one that adds to it. The search (pages corpus) found saksprotokoller heading a proposal by its kind and who made it,
   * «Endringsforslag fra Sp, H, FrP, V, og KrF», «Endringsforslag fra Torleif R.» (https://docplayer.me/amp/229283814-I.html),
   * but no page with an alternative proposal's own heading: «Alternativt forslag fra …» (nynorsk «Alternativt framlegg frå …»)
   * follows that pattern, a judgement.
   */
  proposal: Record<NonNullable<MeetingProposal['kind']> | 'plain', string>;
  from: string;
  statement: string;
  unanimous: { adopted: string; fell: string };
  adopted: string;
  fell: string;
  votesNoun: string;
  against: string;
  /** «stemmene fra» / «røystene frå»: who voted, when no count was typed. */
  votesOf: string;
  proposalNoun: string;
}

const WORDS: Record<VotingForm, VotingWords> = {
  nb: {
    proposals: 'Forslag fremmet i møtet',
    votes: 'Votering',
    proposal: { plain: 'Forslag', alternative: 'Alternativt forslag', change: 'Endringsforslag', addition: 'Tilleggsforslag' },
    from: 'fra',
    statement: 'Protokolltilførsel',
    unanimous: { adopted: 'Enstemmig vedtatt', fell: 'Enstemmig forkastet' },
    adopted: 'Vedtatt',
    fell: 'Falt',
    votesNoun: 'stemmer',
    against: 'mot',
    votesOf: 'stemmene fra',
    proposalNoun: 'Forslaget',
  },
  nn: {
    proposals: 'Framlegg sette fram i møtet',
    votes: 'Røysting',
    proposal: { plain: 'Framlegg', alternative: 'Alternativt framlegg', change: 'Endringsframlegg', addition: 'Tilleggsframlegg' },
    from: 'frå',
    statement: 'Protokolltilførsel',
    unanimous: { adopted: 'Samrøystes vedteke', fell: 'Samrøystes forkasta' },
    adopted: 'Vedteke',
    fell: 'Fall',
    votesNoun: 'røyster',
    against: 'mot',
    votesOf: 'røystene frå',
    proposalNoun: 'Framlegget',
  },
};

/** The headings of the two blocks: «Forslag fremmet i møtet» and «Votering» (nynorsk «Framlegg sette fram i møtet», «Røysting»). */
export function votingHeadings(form: VotingForm): { proposals: string; votes: string } {
  return { proposals: WORDS[form].proposals, votes: WORDS[form].votes };
}

const by = (word: string, who: string, form: VotingForm): string => (who.trim() === '' ? word : `${word} ${WORDS[form].from} ${who.trim()}`);

/** «Forslag fra Ola Nordmann (Ap)», «Endringsforslag fra Ap og Sp», «Tilleggsframlegg frå Kari Nordmann (Sp)»; the word alone when nobody is named. */
export function proposalHeading(proposal: Pick<MeetingProposal, 'by' | 'kind'>, form: VotingForm): string {
  return by(WORDS[form].proposal[proposal.kind ?? 'plain'], proposal.by, form);
}

/** «Protokolltilførsel fra Ola Nordmann (H)» (nynorsk «frå»). */
export function statementHeading(statement: Pick<RecordStatement, 'by'>, form: VotingForm): string {
  return by(WORDS[form].statement, statement.by, form);
}

/**
 * A vote's result: the referent's own words when written, else «Enstemmig vedtatt» / «Samrøystes vedteke», «Vedtatt med 25
 * mot 10 stemmer» / «Vedteke med 25 mot 10 røyster», «Falt med 10 mot 25 stemmer» / «Fall med 10 mot 25 røyster», or
 * «Vedtatt» / «Falt» without counts; one count alone, «Vedtatt med 25 stemmer» or «Vedtatt mot 3 stemmer».
 */
export function voteResultLine(vote: Omit<Vote, 'id' | 'on'>, form: VotingForm): string {
  const own = vote.result?.trim() ?? '';
  if (own !== '') return own;
  const w = WORDS[form];
  const forBy = vote.forBy?.trim() ?? '';
  const againstBy = vote.againstBy?.trim() ?? '';
  // «Enstemmig» only when nobody is recorded on the losing side: a row with both (written elsewhere) prints its counts.
  const dissent = vote.adopted ? (vote.against ?? 0) > 0 || againstBy !== '' : (vote.for ?? 0) > 0 || forBy !== '';
  if (vote.unanimous === true && !dissent) return vote.adopted ? w.unanimous.adopted : w.unanimous.fell;
  const outcome = vote.adopted ? w.adopted : w.fell;
  if (forBy === '' && againstBy === '') {
    // One count alone is said as far as it goes: «Vedtatt med 25 stemmer», «Vedtatt mot 3 stemmer».
    if (vote.for !== undefined && vote.against !== undefined) return `${outcome} med ${vote.for} ${w.against} ${vote.against} ${w.votesNoun}`;
    if (vote.for !== undefined) return `${outcome} med ${vote.for} ${w.votesNoun}`;
    if (vote.against !== undefined) return `${outcome} ${w.against} ${vote.against} ${w.votesNoun}`;
    return outcome;
  }
  // Who voted how (kommuneloven § 11-4): each side's count followed by its parties, «Falt med 7 stemmer (Ap, Sp) mot 18
  // stemmer (H, FrP)»; a side with parties and no count, «Vedtatt mot stemmene fra FrP».
  const side = (count: number | undefined, by: string): string | undefined =>
    count !== undefined ? `${count} ${w.votesNoun}${by === '' ? '' : ` (${by})`}` : by === '' ? undefined : `${w.votesOf} ${by}`;
  const pro = side(vote.for, forBy);
  const contra = side(vote.against, againstBy);
  return [outcome, pro === undefined ? '' : ` med ${pro}`, contra === undefined ? '' : ` ${w.against} ${contra}`].join('');
}

/**
 * Whether the counts contradict the outcome recorded: adopted with more votes against than for, or fell with more for. Said
 * to the referent, never refused: a rule of qualified majority may make it right; a tie the møteleder's dobbeltstemme
 * may carry (kommuneloven § 11-9) says nothing, nor a vote without both counts.
 */
export function outcomeAtOdds(vote: Pick<Vote, 'adopted' | 'for' | 'against' | 'unanimous' | 'twoThirds'>): 'moreAgainst' | 'moreFor' | undefined {
  if (vote.unanimous === true || vote.for === undefined || vote.against === undefined) return undefined;
  if (vote.adopted && vote.against > vote.for) return 'moreAgainst';
  // A vote needing two thirds (aksjeloven § 5-18) falls with more for than against as the law wants it.
  return !vote.adopted && vote.twoThirds !== true && vote.for > vote.against ? 'moreFor' : undefined;
}

/** The protokoll's line for a vote: «Innstillingen: Enstemmig vedtatt.», «Forslaget fra Ap: Falt med 10 mot 25 stemmer.»; the result alone when it does not say on what. */
export function voteLine(vote: Omit<Vote, 'id'>, form: VotingForm): string {
  const result = voteResultLine(vote, form);
  const line = vote.on.trim() === '' ? result : `${vote.on.trim()}: ${result}`;
  return /[.!?]$/.test(result) ? line : `${line}.`;
}

/** What a vote on a proposal made in the meeting is on: «Forslaget fra Ola Nordmann (Ap)» (nynorsk «Framlegget frå …»). */
export function voteOnProposal(proposal: Pick<MeetingProposal, 'by'>, form: VotingForm): string {
  return by(WORDS[form].proposalNoun, proposal.by, form);
}

const blank = (text: string): boolean => text.trim() === '';

/**
 * What the protokoll prints of a sak's voting: a proposal or a protokolltilførsel the referent added and left empty (no one
 * named, no text) is no part of it; everything with a word in it is. Undefined when nothing is left.
 */
export function recordedVoting(voting: Voting | undefined): Voting | undefined {
  if (voting === undefined) return undefined;
  const proposals = voting.proposals.filter((p) => !(blank(p.by) && blank(p.text)));
  const statements = voting.statements.filter((s) => !(blank(s.by) && blank(s.text)));
  const { votes } = voting;
  return proposals.length + votes.length + statements.length === 0 ? undefined : { proposals, votes, statements };
}

/**
 * Whether a sak's voting is only the choice «Vedtaket var enstemmig» a committee that records no votes has
 * (ui/sidePanel/VotingFields.tsx): one unanimous, adopted vote on nothing named, no proposals, no protokolltilførsel.
 */
export function isUnanimousChoice(voting: Voting): boolean {
  return voting.proposals.length === 0 && voting.statements.length === 0 && voting.votes.length === 1 && voting.votes.every((vote) => vote.on === '' && vote.adopted && vote.unanimous === true);
}

/** A line of a sak's voting as the protokoll prints it: a label («Votering:»), a proposal's heading («Forslag fra …:»), a vote's line, or text. */
export interface VotingLine {
  text: string;
  as: 'label' | 'heading' | 'vote' | 'text';
}

/**
 * A sak's møtebehandling as the protokoll prints it, in the meeting's order: after the treatment «Forslag fremmet i møtet:»
 * with each proposal and «Votering:» with each vote's line (`beforeConclusion`); after the vedtak each «Protokolltilførsel
 * fra …:» with its text (`afterConclusion`), after a lone vote on nothing named with no proposals, whose line stands there
 * alone: «Enstemmig vedtatt.» (TRSO's styre «Vedtak: … Vedtatt mot to stemmer.», https://trso.no/styremote-25-september-2016/;
 * Norges korforbund's møtebok «SAK 30/14 Enstemmig godkjent.», http://docplayer.me/3772552). Whatever was recorded (`recordedVoting`), whether or not the committee still
 * turns it on. The one wording of it: the protokoll (`documents/docx/referatDocx.ts`) and a member's side panel.
 */
export function votingLines(voting: Voting | undefined, form: VotingForm): { beforeConclusion: VotingLine[]; afterConclusion: VotingLine[] } {
  const recorded = recordedVoting(voting);
  if (recorded === undefined) return { beforeConclusion: [], afterConclusion: [] };
  const headings = votingHeadings(form);
  // One vote on nothing named and no proposals (a committee that records no votes, «Vedtaket var enstemmig»): its line alone
  // after the vedtak, «Enstemmig vedtatt.» / «Samrøystes vedteke.», as a styre's protokoll says it under the vedtak.
  const [only] = recorded.votes;
  const bare = recorded.proposals.length === 0 && recorded.votes.length === 1 && only !== undefined && only.on.trim() === '';
  const textLines = (text: string): VotingLine[] => text.split('\n').filter((line) => line.trim() !== '').map((line) => ({ text: line, as: 'text' }));
  const beforeConclusion: VotingLine[] = [
    ...(recorded.proposals.length === 0 ? [] : [{ text: `${headings.proposals}:`, as: 'label' as const }]),
    ...recorded.proposals.flatMap((p): VotingLine[] => [{ text: `${proposalHeading(p, form)}:`, as: 'heading' }, ...textLines(p.text)]),
    ...(bare || recorded.votes.length === 0 ? [] : [{ text: `${headings.votes}:`, as: 'label' as const }]),
    ...(bare ? [] : recorded.votes.map((vote): VotingLine => ({ text: voteLine(vote, form), as: 'vote' }))),
  ];
  const afterConclusion: VotingLine[] = [
    ...(bare ? [{ text: voteLine(only, form), as: 'vote' as const }] : []),
    ...recorded.statements.flatMap((s): VotingLine[] => [{ text: `${statementHeading(s, form)}:`, as: 'label' }, ...textLines(s.text)]),
  ];
  return { beforeConclusion, afterConclusion };
}
