import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ConventionsSchema } from './conventions';
import { fieldRuleOf } from './fieldRules';
import { AgendaItemSchema, type AgendaItem } from './model';
import { outcomeAtOdds, proposalHeading, recordedVoting, statementHeading, voteLine, voteOnProposal, voteResultLine, votingHeadings, votingLines } from './voting';

const sak = (voting?: unknown): AgendaItem =>
  v.parse(AgendaItemSchema, { id: 'a', caseNumber: 'PS 14/26', kinds: [], title: 'Budsjett 2027', summary: [], proposedConclusion: [], presenters: [], attachments: [], ...(voting === undefined ? {} : { voting }) });

const problems = (voting: unknown) => {
  const result = v.safeParse(AgendaItemSchema, { id: 'a', caseNumber: null, kinds: [], title: 'T', summary: [], proposedConclusion: [], presenters: [], attachments: [], voting });
  return result.success ? [] : result.issues.map((issue) => ({ path: v.getDotPath(issue), rule: fieldRuleOf(issue.message) }));
};

describe('proposals, votes and protokolltilførsler recorded per sak', () => {
  it('a sak stored before has none, and reads as it did', () => {
    expect(sak().voting).toBeUndefined();
  });

  it('a sak keeps what was recorded: who proposed what, the votes with their counts, the protokolltilførsler', () => {
    const item = sak({
      proposals: [{ id: 'p1', by: 'Ola Nordmann (Ap) på vegne av Ap og Sp', kind: 'change', text: 'Punkt 2 endres til …' }],
      votes: [{ id: 'v1', on: 'Innstillingen', adopted: true, for: 25, against: 10 }],
      statements: [{ id: 's1', by: 'Kari Nordmann (H)', text: 'Høyre viser til …' }],
    });
    expect(item.voting?.proposals[0]?.kind).toBe('change');
    expect(item.voting?.votes[0]).toEqual({ id: 'v1', on: 'Innstillingen', adopted: true, for: 25, against: 10 });
    expect(item.voting?.statements[0]?.by).toBe('Kari Nordmann (H)');
  });

  it('unknown fields are errors, never dropped: on the voting, a proposal, a vote and a protokolltilførsel', () => {
    expect(problems({ dissens: [] }).length).toBeGreaterThan(0);
    expect(problems({ proposals: [{ id: 'p', by: '', text: '', party: 'Ap' }] }).length).toBeGreaterThan(0);
    expect(problems({ votes: [{ id: 'v', on: 'Innstillingen', adopted: true, blank: 2 }] }).length).toBeGreaterThan(0);
    expect(problems({ statements: [{ id: 's', by: '', text: '', signed: true }] }).length).toBeGreaterThan(0);
    expect(problems({ proposals: [{ id: 'p', by: 'Ap', kind: 'alternativt', text: 'x' }] }).length).toBeGreaterThan(0);
  });

  it('a count is a whole number, none below 0', () => {
    expect(problems({ votes: [{ id: 'v', on: 'Innstillingen', adopted: true, for: -1, against: 2 }] })).toHaveLength(1);
    expect(problems({ votes: [{ id: 'v', on: 'Innstillingen', adopted: true, for: 2.5, against: 2 }] })).toHaveLength(1);
    expect(problems({ votes: [{ id: 'v', on: '', adopted: true, for: 25 }] })).toEqual([]);
  });

  it('texts keep the limits of the others: a proposal of more than 4000 characters, a name with a control character, each names its field', () => {
    expect(problems({ proposals: [{ id: 'p', by: 'Ap', text: 'x'.repeat(4001) }] })[0]?.rule).toEqual({ code: 'tooLong', field: 'motionText', max: 4000 });
    expect(problems({ statements: [{ id: 's', by: 'Ola\u0007', text: 'x' }] })[0]?.rule).toEqual({ code: 'controlCharacter', field: 'statementBy', character: 'U+0007' });
    expect(problems({ votes: [{ id: 'v', on: 'Innstillingen', adopted: true, result: 'x'.repeat(256) }] })[0]?.rule).toEqual({ code: 'tooLong', field: 'voteResult', max: 255 });
  });

  it('a committee turns it on in its conventions; absent, the free møtebehandling alone', () => {
    expect(v.parse(ConventionsSchema, {}).voting).toBeUndefined();
    expect(v.parse(ConventionsSchema, { voting: true }).voting).toBe(true);
  });
});

describe('the protokoll\'s words for them, bokmål and nynorsk', () => {
  it('a vote\'s result: with the counts, unanimous, or the outcome alone', () => {
    expect(voteResultLine({ adopted: true, for: 25, against: 10 }, 'nb')).toBe('Vedtatt med 25 mot 10 stemmer');
    expect(voteResultLine({ adopted: true, for: 25, against: 10 }, 'nn')).toBe('Vedteke med 25 mot 10 røyster');
    expect(voteResultLine({ adopted: false, for: 10, against: 25 }, 'nb')).toBe('Falt med 10 mot 25 stemmer');
    expect(voteResultLine({ adopted: false, for: 10, against: 25 }, 'nn')).toBe('Fall med 10 mot 25 røyster');
    expect(voteResultLine({ adopted: true, unanimous: true }, 'nb')).toBe('Enstemmig vedtatt');
    expect(voteResultLine({ adopted: true, unanimous: true }, 'nn')).toBe('Samrøystes vedteke');
    expect(voteResultLine({ adopted: true }, 'nb')).toBe('Vedtatt');
    expect(voteResultLine({ adopted: true, for: 25 }, 'nb')).toBe('Vedtatt med 25 stemmer');
    expect(voteResultLine({ adopted: true, against: 3 }, 'nn')).toBe('Vedteke mot 3 røyster');
    expect(voteResultLine({ adopted: false }, 'nn')).toBe('Fall');
  });

  it('never says «enstemmig» over counts that say otherwise (a row written elsewhere with both): the counts are printed', () => {
    expect(voteResultLine({ adopted: true, unanimous: true, for: 25, against: 3 }, 'nb')).toBe('Vedtatt med 25 mot 3 stemmer');
    expect(voteResultLine({ adopted: false, unanimous: true, for: 2 }, 'nn')).toBe('Fall med 2 røyster');
    expect(voteResultLine({ adopted: true, unanimous: true, againstBy: 'FrP' }, 'nb')).toBe('Vedtatt mot stemmene fra FrP');
    // Counts that agree stand under «enstemmig» as before.
    expect(voteResultLine({ adopted: true, unanimous: true, for: 25, against: 0 }, 'nb')).toBe('Enstemmig vedtatt');
  });

  it('says who voted for and against, as kommuneloven § 11-4 asks of a folkevalgt organ\'s møtebok: each count followed by its parties', () => {
    expect(voteResultLine({ adopted: false, for: 7, against: 18, forBy: 'Ap, Sp', againstBy: 'H, FrP' }, 'nb')).toBe('Falt med 7 stemmer (Ap, Sp) mot 18 stemmer (H, FrP)');
    expect(voteResultLine({ adopted: true, for: 25, against: 10, againstBy: 'H, FrP' }, 'nn')).toBe('Vedteke med 25 røyster mot 10 røyster (H, FrP)');
    expect(voteResultLine({ adopted: true, againstBy: 'FrP' }, 'nb')).toBe('Vedtatt mot stemmene fra FrP');
    expect(voteResultLine({ adopted: true, forBy: 'Ap og Sp' }, 'nn')).toBe('Vedteke med røystene frå Ap og Sp');
    expect(voteLine({ on: 'Innstillingen', adopted: true, for: 25, against: 10, againstBy: ' H, FrP ' }, 'nb')).toBe('Innstillingen: Vedtatt med 25 stemmer mot 10 stemmer (H, FrP).');
  });

  it('the referent\'s own words for the result stand in place of the line made from the counts', () => {
    expect(voteResultLine({ adopted: true, for: 30, against: 5, result: 'Vedtatt mot 5 stemmer (FrP)' }, 'nb')).toBe('Vedtatt mot 5 stemmer (FrP)');
  });

  it('the protokoll\'s line for a vote names what was voted on and ends as a sentence', () => {
    expect(voteLine({ on: 'Innstillingen', adopted: true, unanimous: true }, 'nb')).toBe('Innstillingen: Enstemmig vedtatt.');
    expect(voteLine({ on: 'Forslaget fra Ap', adopted: false, for: 10, against: 25 }, 'nb')).toBe('Forslaget fra Ap: Falt med 10 mot 25 stemmer.');
    expect(voteLine({ on: 'Innstillinga', adopted: true, result: 'Vedteke mot 3 røyster.' }, 'nn')).toBe('Innstillinga: Vedteke mot 3 røyster.');
    expect(voteLine({ on: ' ', adopted: true, unanimous: true }, 'nn')).toBe('Samrøystes vedteke.');
  });

  it('proposals and protokolltilførsler are headed by their kind and who made them', () => {
    expect(proposalHeading({ by: 'Ola Nordmann (Ap)' }, 'nb')).toBe('Forslag fra Ola Nordmann (Ap)');
    expect(proposalHeading({ by: 'Ap og Sp', kind: 'change' }, 'nb')).toBe('Endringsforslag fra Ap og Sp');
    expect(proposalHeading({ by: 'Kari Nordmann (Sp)', kind: 'addition' }, 'nn')).toBe('Tilleggsframlegg frå Kari Nordmann (Sp)');
    expect(proposalHeading({ by: 'Renate Solstad (Sp)', kind: 'alternative' }, 'nb')).toBe('Alternativt forslag fra Renate Solstad (Sp)');
    expect(proposalHeading({ by: 'Renate Solstad (Sp)', kind: 'alternative' }, 'nn')).toBe('Alternativt framlegg frå Renate Solstad (Sp)');
    expect(proposalHeading({ by: ' ' }, 'nn')).toBe('Framlegg');
    expect(statementHeading({ by: 'Per Hansen (H)' }, 'nb')).toBe('Protokolltilførsel fra Per Hansen (H)');
    expect(statementHeading({ by: 'Per Hansen (H)' }, 'nn')).toBe('Protokolltilførsel frå Per Hansen (H)');
    expect(votingHeadings('nb')).toEqual({ proposals: 'Forslag fremmet i møtet', votes: 'Votering' });
    expect(votingHeadings('nn')).toEqual({ proposals: 'Framlegg sette fram i møtet', votes: 'Røysting' });
    expect(voteOnProposal({ by: 'Ola Nordmann (Ap)' }, 'nb')).toBe('Forslaget fra Ola Nordmann (Ap)');
    expect(voteOnProposal({ by: 'Ap' }, 'nn')).toBe('Framlegget frå Ap');
  });

  it('what is printed: entries added and left empty are no part of it; anything typed is', () => {
    const voting = {
      proposals: [{ id: 'p1', by: '', text: '  ' }, { id: 'p2', by: '', text: 'Saken utsettes.' }],
      votes: [],
      statements: [{ id: 's1', by: ' ', text: '' }],
    };
    expect(recordedVoting(voting)).toEqual({ proposals: [{ id: 'p2', by: '', text: 'Saken utsettes.' }], votes: [], statements: [] });
    expect(recordedVoting({ proposals: [{ id: 'p1', by: '', text: '' }], votes: [], statements: [] })).toBeUndefined();
    expect(recordedVoting(undefined)).toBeUndefined();
  });

  it('a sak decided unanimously without a vote named or proposals made says so after the vedtak, no «Votering:», in the målform', () => {
    // As protokoller print it: «Vedtak: … Vedtatt mot to stemmer.» (TRSO's styre, https://trso.no/styremote-25-september-2016/),
    // «SAK 30/14 Enstemmig godkjent.» (Norges korforbund's møtebok, http://docplayer.me/3772552), nynorsk «SAMRØYSTES VEDTAK» (Askvoll sokneråd).
    const unanimous = { proposals: [], votes: [{ id: 'u', on: '', adopted: true, unanimous: true as const }], statements: [{ id: 's1', by: 'Kari (H)', text: 'Kari stemte for.' }] };
    expect(votingLines(unanimous, 'nb')).toEqual({
      beforeConclusion: [],
      afterConclusion: [{ text: 'Enstemmig vedtatt.', as: 'vote' }, { text: 'Protokolltilførsel fra Kari (H):', as: 'label' }, { text: 'Kari stemte for.', as: 'text' }],
    });
    expect(votingLines({ ...unanimous, statements: [] }, 'nn').afterConclusion).toEqual([{ text: 'Samrøystes vedteke.', as: 'vote' }]);
    // A vote on something named, or after proposals, stays under «Votering:» before the vedtak.
    const named = { ...unanimous, votes: [{ ...unanimous.votes[0]!, on: 'Innstillingen' }], statements: [] };
    expect(votingLines(named, 'nb').beforeConclusion.map((line) => line.text)).toEqual(['Votering:', 'Innstillingen: Enstemmig vedtatt.']);
    const proposed = { ...unanimous, proposals: [{ id: 'p', by: 'Ap', text: 'Saken utsettes.' }], statements: [] };
    expect(votingLines(proposed, 'nb').beforeConclusion.map((line) => line.text)).toContain('Enstemmig vedtatt.');
  });
});

describe('outcomeAtOdds: an outcome the counts contradict (the referent chose the wrong one, or a qualified majority applies)', () => {
  it('says adopted with more against, or fell with more for; a tie, unanimity or missing counts say nothing', () => {
    expect(outcomeAtOdds({ adopted: true, for: 10, against: 25 })).toBe('moreAgainst');
    expect(outcomeAtOdds({ adopted: false, for: 25, against: 10 })).toBe('moreFor');
    expect(outcomeAtOdds({ adopted: true, for: 25, against: 10 })).toBeUndefined();
    expect(outcomeAtOdds({ adopted: false, for: 10, against: 25 })).toBeUndefined();
    // The møteleder's dobbeltstemme (kommuneloven § 11-9) may carry a tie either way.
    expect(outcomeAtOdds({ adopted: true, for: 12, against: 12 })).toBeUndefined();
    expect(outcomeAtOdds({ adopted: true, against: 3 })).toBeUndefined();
    expect(outcomeAtOdds({ adopted: true, unanimous: true })).toBeUndefined();
  });

  it('lets a vote needing two thirds (a vedtektsendring, aksjeloven § 5-18) fall with more for than against', () => {
    expect(outcomeAtOdds({ adopted: false, for: 600, against: 400, twoThirds: true })).toBeUndefined();
    expect(outcomeAtOdds({ adopted: true, for: 400, against: 600, twoThirds: true })).toBe('moreAgainst');
  });
});
