import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { caseRouteRows, cameFrom, conclusionNoun, forwardedTo, proposalNoun, routeWithKnownAdvisory, withKnownAdvisory } from './caseRoute';
import { ConventionsSchema, wordingOf } from './conventions';
import { AgendaItemSchema, type AgendaItem } from './model';

const committee = { name: 'Formannskapet' };
const meeting = { date: '2026-12-03' };
const sak = (caseRoute?: unknown, caseNumber: string | null = 'PS 14/26'): AgendaItem =>
  v.parse(AgendaItemSchema, { id: 'a', caseNumber, kinds: [], title: 'Budsjett 2027', summary: [], proposedConclusion: [], presenters: [], attachments: [], ...(caseRoute === undefined ? {} : { caseRoute }) });

describe('the saksgang of a sak (Saksnr. / Utvalg / Møtedato)', () => {
  it('a sak without a saksgang prints none and goes nowhere: every file from before reads as it did', () => {
    expect(caseRouteRows(sak(), committee, meeting)).toEqual([]);
    expect(forwardedTo(sak(), committee)).toBeUndefined();
  });

  it('a sak that goes on to the kommunestyre: this meeting first, with its date and the sak\'s number, then the kommunestyre', () => {
    const item = sak([{ body: 'Kommunestyret', date: '2026-12-17' }]);
    expect(caseRouteRows(item, committee, meeting)).toEqual([
      { body: 'Formannskapet', date: '2026-12-03', caseNumber: 'PS 14/26', here: true },
      { body: 'Kommunestyret', date: '2026-12-17', here: false },
    ]);
    expect(forwardedTo(item, committee)).toBe('Kommunestyret');
  });

  it('a route that names this committee places it there (råd before it, kommunestyret after); this meeting\'s date and number win', () => {
    const item = sak([{ body: 'Eldrerådet', date: '2026-11-20', caseNumber: 'PS 30/26' }, { body: ' formannskapet ', date: '2026-01-01', caseNumber: 'x' }, { body: 'Kommunestyret' }]);
    expect(caseRouteRows(item, committee, meeting)).toEqual([
      { body: 'Eldrerådet', date: '2026-11-20', caseNumber: 'PS 30/26', here: false },
      { body: 'formannskapet', date: '2026-12-03', caseNumber: 'PS 14/26', here: true },
      { body: 'Kommunestyret', here: false },
    ]);
    expect(forwardedTo(item, committee)).toBe('Kommunestyret');
  });

  it('a sak that ends here (the route only names bodies before this one) is this committee\'s vedtak, not an innstilling', () => {
    const item = sak([{ body: 'Eldrerådet' }, { body: 'Formannskapet' }]);
    expect(forwardedTo(item, committee)).toBeUndefined();
  });

  it('a step must name its body, and a step\'s date is a date: the file is refused, naming the field', () => {
    expect(() => sak([{ body: '  ' }])).toThrow(/caseRouteBody/);
    expect(() => sak([{ body: 'Kommunestyret', date: '17.12.2026' }])).toThrow(/badDate/);
    expect(() => sak([{ body: 'Kommunestyret', forslag: 'x' }])).toThrow();
  });

  it('what this committee concludes is called its own word, or «Innstilling til» the next body: one answer for the protokoll, the referent\'s panel and the stage', () => {
    const vedtak = v.parse(ConventionsSchema, { conclusion: 'vedtak' });
    const forwarded = sak([{ body: 'Kommunestyret' }]);
    expect(conclusionNoun(sak(), committee, wordingOf(vedtak, 'nb'), 'nb')).toMatchObject({ word: 'Vedtak', definite: 'vedtaket' });
    expect(conclusionNoun(sak([{ body: 'Eldrerådet' }, { body: 'Formannskapet' }]), committee, wordingOf(vedtak, 'nb'), 'nb').word).toBe('Vedtak');
    expect(conclusionNoun(forwarded, committee, wordingOf(vedtak, 'nb'), 'nb')).toEqual({ word: 'Innstilling til Kommunestyret', lower: 'innstilling til Kommunestyret', definite: 'innstillingen til Kommunestyret', neuter: false });
    expect(conclusionNoun(forwarded, committee, wordingOf(vedtak, 'nn'), 'nn')).toMatchObject({ word: 'Innstilling til Kommunestyret', definite: 'innstillinga til Kommunestyret' });
    expect(conclusionNoun(forwarded, committee, wordingOf(undefined, 'en'), 'en')).toMatchObject({ word: 'Recommendation to Kommunestyret', definite: 'the recommendation to Kommunestyret' });
  });

  it('a råd that gives uttalelser (advisory) calls its conclusion in a sak going on «Uttalelse» (nynorsk «Fråsegn»), not an innstilling; in a sak ending there, its own word', () => {
    const eldreradet = { name: 'Eldrerådet', conventions: v.parse(ConventionsSchema, { conclusion: 'vedtak', advisory: true }) };
    const forwarded = sak([{ body: 'Eldrerådet' }, { body: 'Formannskapet' }, { body: 'Kommunestyret' }]);
    const words = (language: 'nb' | 'nn' | 'en') => wordingOf(eldreradet.conventions, language);
    expect(conclusionNoun(forwarded, eldreradet, words('nb'), 'nb')).toEqual({ word: 'Uttalelse', lower: 'uttalelse', definite: 'uttalelsen', neuter: false });
    expect(conclusionNoun(forwarded, eldreradet, words('nn'), 'nn')).toMatchObject({ word: 'Fråsegn', definite: 'fråsegna' });
    expect(conclusionNoun(forwarded, eldreradet, words('en'), 'en').word).toBe('Statement');
    expect(conclusionNoun(sak([{ body: 'Eldrerådet' }]), eldreradet, words('nb'), 'nb').word).toBe('Vedtak');
  });

  it('a body after a råd that gave an uttalelse is proposed by the innstilling before the råd, or by its own proposal when none came before', () => {
    const route = (statement: boolean) =>
      v.parse(AgendaItemSchema, {
        ...sak([{ body: 'Planutvalget' }, { body: 'Eldrerådet' }, { body: 'Formannskapet' }, { body: 'Kommunestyret' }]),
        earlierTreatments: [
          { body: 'Planutvalget', date: '2026-11-02', recommendation: ['Planen vedtas.'] },
          { body: 'Eldrerådet', date: '2026-11-12', recommendation: ['Rådet støtter planen.'], ...(statement ? { statement: true } : {}) },
        ],
      });
    expect(cameFrom(route(true), committee)).toBe('Planutvalget');
    expect(cameFrom(route(false), committee)).toBe('Eldrerådet');
    const first = v.parse(AgendaItemSchema, { ...sak([{ body: 'Eldrerådet' }, { body: 'Formannskapet' }]), earlierTreatments: [{ body: 'eldrerådet', date: '2026-11-12', statement: true }] });
    expect(cameFrom(first, committee)).toBeUndefined();
    expect(proposalNoun(first, committee, wordingOf(v.parse(ConventionsSchema, { proposal: 'innstilling', proposalBy: 'Kommunedirektørens' }), 'nb'), 'nb').word).toBe('Kommunedirektørens innstilling');
  });

  it('a saksgang typed before the råd was set up as advisory follows its setting now: marked without retyping, unmarked when the setting is taken back; an unknown body keeps its mark', () => {
    const advisory = [{ name: 'Eldrerådet', conventions: v.parse(ConventionsSchema, { advisory: true }) }, { name: 'Planutvalget', conventions: v.parse(ConventionsSchema, {}) }];
    const typedBefore = [{ body: 'Eldrerådet', date: '2026-11-12' }, { body: 'Formannskapet' }];
    const marked = routeWithKnownAdvisory(typedBefore, advisory);
    expect(marked).toEqual([{ body: 'Eldrerådet', date: '2026-11-12', advisory: true }, { body: 'Formannskapet' }]);
    const words = wordingOf(v.parse(ConventionsSchema, { proposal: 'innstilling', proposalBy: 'Kommunedirektørens' }), 'nb');
    expect(proposalNoun(sak(typedBefore), committee, words, 'nb').word).toBe('Innstilling fra Eldrerådet');
    expect(proposalNoun(sak(marked ?? []), committee, words, 'nb').word).toBe('Kommunedirektørens innstilling');
    // Nothing to change: undefined, so the meeting is not saved again.
    expect(routeWithKnownAdvisory(marked, advisory)).toBeUndefined();
    expect(routeWithKnownAdvisory(undefined, advisory)).toBeUndefined();
    // The setting taken back: unmarked.
    const notAdvisory = [{ name: 'Eldrerådet', conventions: v.parse(ConventionsSchema, {}) }];
    expect(routeWithKnownAdvisory(marked, notAdvisory)).toEqual([{ body: 'Eldrerådet', date: '2026-11-12' }, { body: 'Formannskapet' }]);
    // A body the app does not know (or no longer sees) keeps the mark it was given.
    expect(routeWithKnownAdvisory([{ body: 'Ungdomsrådet', advisory: true }, { body: 'Formannskapet' }], advisory)).toBeUndefined();
  });

  it('a saksgang typed by hand, no earlier treatment brought in: a step naming a committee the app knows as a råd that gives uttalelser is marked so and proposes nothing; an unknown body as before', () => {
    const known = [{ name: 'Eldrerådet', conventions: v.parse(ConventionsSchema, { advisory: true }) }, { name: 'Planutvalget', conventions: v.parse(ConventionsSchema, {}) }];
    expect(withKnownAdvisory({ body: ' eldrerådet ' }, known)).toEqual({ body: ' eldrerådet ', advisory: true });
    expect(withKnownAdvisory({ body: 'Ungdomsrådet', advisory: true }, known)).toEqual({ body: 'Ungdomsrådet' });
    expect(withKnownAdvisory({ body: 'Planutvalget', date: '2026-11-02' }, known)).toEqual({ body: 'Planutvalget', date: '2026-11-02' });
    const words = wordingOf(v.parse(ConventionsSchema, { proposal: 'innstilling', proposalBy: 'Kommunedirektørens' }), 'nb');
    const typed = (steps: { body: string }[]) => sak(steps.map((step) => withKnownAdvisory(step, known)));
    expect(proposalNoun(typed([{ body: 'Eldrerådet' }, { body: 'Formannskapet' }]), committee, words, 'nb').word).toBe('Kommunedirektørens innstilling');
    expect(proposalNoun(typed([{ body: 'Planutvalget' }, { body: 'Eldrerådet' }, { body: 'Formannskapet' }]), committee, words, 'nb').word).toBe('Innstilling fra Planutvalget');
    expect(proposalNoun(typed([{ body: 'Ungdomsrådet' }, { body: 'Formannskapet' }]), committee, words, 'nb').word).toBe('Innstilling fra Ungdomsrådet');
  });

  it('a sak that comes from another body is proposed by that body\'s innstilling («Innstilling frå Fylkesutvalet»), as a fylkesting has it; a sak that starts here keeps the committee\'s proposal', () => {
    const fylkestinget = { name: 'Fylkestinget' };
    const fylkesutvalet = { name: 'Fylkesutvalet' };
    const route = sak([{ body: 'Hovudutval for opplæring og kompetanse', caseNumber: 'PS 4/26' }, { body: 'Fylkesutvalet', caseNumber: 'PS 31/26' }, { body: 'Fylkestinget' }]);
    const words = (language: 'nb' | 'nn' | 'en') => wordingOf(v.parse(ConventionsSchema, { conclusion: 'vedtak', proposal: 'innstilling', proposalBy: 'Fylkesdirektøren si' }), language);
    expect(cameFrom(route, fylkestinget)).toBe('Fylkesutvalet');
    expect(cameFrom(route, fylkesutvalet)).toBe('Hovudutval for opplæring og kompetanse');
    expect(cameFrom(route, { name: 'Hovudutval for opplæring og kompetanse' })).toBeUndefined();
    expect(proposalNoun(route, fylkestinget, words('nn'), 'nn')).toEqual({ word: 'Innstilling frå Fylkesutvalet', lower: 'innstilling frå Fylkesutvalet', definite: 'innstillinga frå Fylkesutvalet', neuter: false });
    expect(proposalNoun(route, fylkesutvalet, words('nb'), 'nb')).toMatchObject({ word: 'Innstilling fra Hovudutval for opplæring og kompetanse', definite: 'innstillingen fra Hovudutval for opplæring og kompetanse' });
    expect(proposalNoun(route, fylkestinget, words('en'), 'en').word).toBe('Recommendation from Fylkesutvalet');
    // The first body, and a sak with no saksgang or one that does not name this committee: the committee's own proposal word.
    expect(proposalNoun(route, { name: 'Hovudutval for opplæring og kompetanse' }, words('nn'), 'nn').word).toBe('Fylkesdirektøren si innstilling');
    expect(proposalNoun(sak(), fylkestinget, words('nn'), 'nn').word).toBe('Fylkesdirektøren si innstilling');
    expect(proposalNoun(sak([{ body: 'Fylkestinget' }]), fylkesutvalet, words('nn'), 'nn').word).toBe('Fylkesdirektøren si innstilling');
  });
});
