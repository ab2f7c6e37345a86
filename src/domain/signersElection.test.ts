import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ConventionsSchema, wordingOf } from './conventions';
import { chairElectedInOwnSak, coSignerCount, coSignersPicked, conclusionWithElection, signersElections, signersElectionVedtak } from './signersElection';
import { aCommittee, aMeeting, anItem } from './testing/builders';
import type { Signature } from './model';

const protokoll = wordingOf(v.parse(ConventionsSchema, { minutes: 'protokoll' }), 'nb').minutes;
const protokollNn = wordingOf(v.parse(ConventionsSchema, { minutes: 'protokoll' }), 'nn').minutes;
const kari: Signature = { person: { name: 'Kari Nordmann', email: 'kari@example.no' }, capacity: 'chair' };
const per: Signature = { person: { name: 'Per Hansen' }, capacity: 'chosen' };
const ola: Signature = { person: { name: 'Ola Berg' }, capacity: 'chosen' };
const nina: Signature = { person: { name: 'Nina Dahl' }, capacity: 'chosen' };

describe('the vedtak of the sak electing the møteleder and the co-signers (aksjeloven § 5-16), made from the picks', () => {
  it('names the møteleder and who co-signs, in the committee\'s word for the record', () => {
    expect(signersElectionVedtak([kari, per], 'nb', protokoll, 'signedInMeeting')).toBe('Kari Nordmann ble valgt som møteleder. Per Hansen ble valgt til å medundertegne protokollen.');
    expect(signersElectionVedtak([per, ola, nina], 'nb', protokoll, 'signedInMeeting')).toBe('Per Hansen, Ola Berg og Nina Dahl ble valgt til å medundertegne protokollen.');
    expect(signersElectionVedtak([kari], 'nb', protokoll, 'signedInMeeting')).toBe('Kari Nordmann ble valgt som møteleder.');
    expect(signersElectionVedtak([], 'nb', protokoll, 'signedInMeeting')).toBeUndefined();
    expect(signersElectionVedtak(undefined, 'nb', protokoll, 'signedInMeeting')).toBeUndefined();
  });

  it('says it in nynorsk, one co-signer «vald», more «valde»', () => {
    expect(signersElectionVedtak([kari, per], 'nn', protokollNn, 'signedInMeeting')).toBe('Kari Nordmann vart vald som møteleiar. Per Hansen vart vald til å skrive under protokollen saman med møteleiaren.');
    expect(signersElectionVedtak([per, ola], 'nn', protokollNn, 'signedInMeeting')).toBe('Per Hansen og Ola Berg vart valde til å skrive under protokollen saman med møteleiaren.');
  });

  it('is the first sak of a committee whose record the people the meeting chooses sign, and of no other', () => {
    const opening = anItem('open', { row: 'unnumbered', opening: true });
    const meeting = aMeeting({ items: [opening, anItem('valg', { opening: true }), anItem('b')] });
    const signedInMeeting = aCommittee({ conventions: v.parse(ConventionsSchema, { minutesApproval: 'signedInMeeting' }) });
    expect(signersElections(signedInMeeting, meeting).map(({ item, elects }) => [item.id, elects])).toEqual([['valg', 'both']]);
    expect(signersElections(aCommittee({ conventions: v.parse(ConventionsSchema, { minutesApproval: 'signed' }) }), meeting)).toEqual([]);
    expect(signersElections(aCommittee(), meeting)).toEqual([]);
  });

  it('is the first sak after the committee\'s own numbered opening rows («1. Åpning»), not one of them', () => {
    const conventions = v.parse(ConventionsSchema, { minutesApproval: 'signedInMeeting', openingRows: [{ title: 'Åpning', numbered: true }] });
    const meeting = aMeeting({ items: [anItem('open', { title: 'Åpning', opening: true }), anItem('valg', { opening: true }), anItem('b')] });
    expect(signersElections(aCommittee({ conventions }), meeting).map(({ item }) => item.id)).toEqual(['valg']);
  });

  it('names only who co-signs with the møteleder when the committee\'s leder leads (signedByChosen, Vekst i Grenland\'s «… til å undertegne protokollen sammen med møteleder»)', () => {
    const hansen: Signature = { person: { name: 'Kari Nordmann' }, capacity: 'chosen' };
    const leder: Signature = { person: { name: 'Ola Leder' }, capacity: 'chair' };
    expect(signersElectionVedtak([leder, hansen, per], 'nb', protokoll, 'signedByChosen')).toBe('Kari Nordmann og Per Hansen ble valgt til å undertegne protokollen sammen med møtelederen.');
    expect(signersElectionVedtak([leder, hansen, per], 'nn', protokollNn, 'signedByChosen')).toBe('Kari Nordmann og Per Hansen vart valde til å skrive under protokollen saman med møteleiaren.');
    // The leder alone makes no vedtak: nobody was chosen yet.
    expect(signersElectionVedtak([leder], 'nb', protokoll, 'signedByChosen')).toBeUndefined();
  });

  it('is the fixed sak after the approval row of a committee whose leder and the members chosen sign the record, not a sak added there', () => {
    const conventions = v.parse(ConventionsSchema, { minutesApproval: 'signedByChosen', openingRows: [{ title: 'Åpning', numbered: true }] });
    const representantskap = aCommittee({ conventions });
    const open = anItem('open', { title: 'Åpning', opening: true });
    const meeting = aMeeting({ items: [open, anItem('godkjenning', { opening: true }), anItem('valg', { opening: true }), anItem('b')] });
    expect(signersElections(representantskap, meeting).map(({ item, elects }) => [item.id, elects])).toEqual([['valg', 'coSigners']]);
    // Its sak removed, the next sak is not taken for it.
    expect(signersElections(representantskap, aMeeting({ items: [open, anItem('godkjenning', { opening: true }), anItem('b')] }))).toEqual([]);
  });

  it('says dirigent and «underskrive» for an årsmøte (the lovnorm\'s «Velge dirigent», «to medlemmer til å underskrive protokollen»), and in nynorsk «skrive under»', () => {
    expect(signersElectionVedtak([kari, per, ola], 'nb', protokoll, 'signedInMeeting', 'chair', true)).toBe('Kari Nordmann ble valgt som dirigent.');
    expect(signersElectionVedtak([kari, per, ola], 'nb', protokoll, 'signedInMeeting', 'coSigners', true)).toBe('Per Hansen og Ola Berg ble valgt til å underskrive protokollen.');
    expect(signersElectionVedtak([kari, per], 'nb', protokoll, 'signedInMeeting', 'both', true)).toBe('Kari Nordmann ble valgt som dirigent. Per Hansen ble valgt til å underskrive protokollen.');
    expect(signersElectionVedtak([kari, per, ola], 'nn', protokollNn, 'signedInMeeting', 'both', true)).toBe('Kari Nordmann vart vald som dirigent. Per Hansen og Ola Berg vart valde til å skrive under protokollen.');
    // A representantskap's leder leads by office: no dirigent is elected there, its words stay.
    expect(signersElectionVedtak([kari, per], 'nb', protokoll, 'signedByChosen', 'coSigners', true)).toBe('Per Hansen ble valgt til å undertegne protokollen sammen med møtelederen.');
    // A vedtak from earlier picks in the dirigent's words is replaced, not kept beside the new one.
    const earlier = conclusionWithElection(anItem('valg', { conclusion: ['Årsmøtet var lovlig innkalt.'] }), 'Per Hansen ble valgt til å underskrive protokollen.', 'nb', protokoll);
    expect(conclusionWithElection(earlier, 'Per Hansen og Ola Berg ble valgt til å underskrive protokollen.', 'nb', protokoll).conclusion).toEqual([
      'Per Hansen og Ola Berg ble valgt til å underskrive protokollen.',
      'Årsmøtet var lovlig innkalt.',
    ]);
    expect(conclusionWithElection(anItem('d', { conclusion: ['Kari Nordmann vart vald som dirigent.'] }), 'Nina Dahl vart vald som dirigent.', 'nn', protokollNn).conclusion).toEqual(['Nina Dahl vart vald som dirigent.']);
  });

  it('replaces a vedtak made from earlier picks for a representantskap too', () => {
    const earlier = conclusionWithElection(anItem('valg'), 'Per Hansen ble valgt til å undertegne protokollen sammen med møtelederen.', 'nb', protokoll);
    const again = conclusionWithElection(earlier, 'Kari Nordmann og Per Hansen ble valgt til å undertegne protokollen sammen med møtelederen.', 'nb', protokoll);
    expect(again.conclusion).toEqual(['Kari Nordmann og Per Hansen ble valgt til å undertegne protokollen sammen med møtelederen.']);
  });

  it('goes first in the vedtak, in place of one made from earlier picks, keeping what else was typed', () => {
    const item = anItem('valg', { conclusion: ['Generalforsamlingen var lovlig satt.'] });
    const once = conclusionWithElection(item, 'Kari Nordmann ble valgt som møteleder.', 'nb', protokoll);
    expect(once.conclusion).toEqual(['Kari Nordmann ble valgt som møteleder.', 'Generalforsamlingen var lovlig satt.']);
    const again = conclusionWithElection(once, 'Kari Nordmann ble valgt som møteleder. Per Hansen ble valgt til å medundertegne protokollen.', 'nb', protokoll);
    expect(again.conclusion).toEqual(['Kari Nordmann ble valgt som møteleder. Per Hansen ble valgt til å medundertegne protokollen.', 'Generalforsamlingen var lovlig satt.']);
  });

  it('gives the møteleder\'s sentence to its own sak and the co-signers\' to theirs when the møteleder is elected apart (chairOwnSak)', () => {
    const conventions = v.parse(ConventionsSchema, { minutesApproval: 'signedInMeeting', chairOwnSak: true });
    const committee = aCommittee({ conventions });
    const meeting = aMeeting({ items: [anItem('leder', { opening: true }), anItem('signerer', { opening: true }), anItem('godkjenning', { opening: true }), anItem('b')] });
    const elections = signersElections(committee, meeting);
    expect(elections.map(({ item, elects }) => [item.id, elects])).toEqual([['leder', 'chair'], ['signerer', 'coSigners']]);
    const [chairSak, coSignersSak] = elections;
    expect(signersElectionVedtak([kari, per, ola], 'nb', protokoll, 'signedInMeeting', chairSak?.elects)).toBe('Kari Nordmann ble valgt som møteleder.');
    expect(signersElectionVedtak([kari, per, ola], 'nb', protokoll, 'signedInMeeting', coSignersSak?.elects)).toBe('Per Hansen og Ola Berg ble valgt til å medundertegne protokollen.');
    expect(signersElectionVedtak([kari, per], 'nn', protokollNn, 'signedInMeeting', 'coSigners')).toBe('Per Hansen vart vald til å skrive under protokollen saman med møteleiaren.');
    // Nobody chosen yet: the co-signers' sak has no vedtak to offer, the møteleder's has.
    expect(signersElectionVedtak([kari], 'nb', protokoll, 'signedInMeeting', 'coSigners')).toBeUndefined();
    // The co-signers' sak removed, the approval after the møteleder's is not taken for it.
    const without = aMeeting({ items: [anItem('leder', { opening: true }), anItem('godkjenning', { opening: true }), anItem('b')] });
    expect(signersElections(committee, without).map(({ item }) => item.id)).toEqual(['leder']);
  });

  it('elects an årsmøte\'s referent in its own sak between the dirigent\'s and the signers\' (the lovnorm\'s «Velge dirigent, referent, samt to medlemmer …»), naming the meeting\'s referent, nb and nn', () => {
    const conventions = v.parse(ConventionsSchema, { minutesApproval: 'signedInMeeting', chairOwnSak: true, coSigners: 2, dirigent: true });
    const committee = aCommittee({ conventions });
    const items = [anItem('dirigent', { opening: true }), anItem('referent', { opening: true }), anItem('signerer', { opening: true }), anItem('godkjenning', { opening: true }), anItem('b')];
    const elections = signersElections(committee, aMeeting({ items }));
    expect(elections.map(({ item, elects }) => [item.id, elects])).toEqual([['dirigent', 'chair'], ['referent', 'referent'], ['signerer', 'coSigners']]);
    expect(signersElectionVedtak([kari, per, ola], 'nb', protokoll, 'signedInMeeting', 'referent', true, 'Hilde Lie')).toBe('Hilde Lie ble valgt som referent.');
    expect(signersElectionVedtak([kari, per, ola], 'nn', protokollNn, 'signedInMeeting', 'referent', true, 'Hilde Lie')).toBe('Hilde Lie vart vald som protokollførar.');
    // The dirigent's and the signers' saker say only theirs; no referent named, the referent's sak has nothing to offer.
    expect(signersElectionVedtak([kari, per, ola], 'nb', protokoll, 'signedInMeeting', 'chair', true, 'Hilde Lie')).toBe('Kari Nordmann ble valgt som dirigent.');
    expect(signersElectionVedtak([kari, per, ola], 'nb', protokoll, 'signedInMeeting', 'coSigners', true, 'Hilde Lie')).toBe('Per Hansen og Ola Berg ble valgt til å underskrive protokollen.');
    expect(signersElectionVedtak([kari], 'nb', protokoll, 'signedInMeeting', 'referent', true, undefined)).toBeUndefined();
    // In one sak, all three in the lovnorm's order.
    expect(signersElectionVedtak([kari, per], 'nb', protokoll, 'signedInMeeting', 'both', true, 'Hilde Lie')).toBe('Kari Nordmann ble valgt som dirigent. Hilde Lie ble valgt som referent. Per Hansen ble valgt til å underskrive protokollen.');
    // A generalforsamling elects no referent, whatever is passed.
    expect(signersElectionVedtak([kari, per], 'nb', protokoll, 'signedInMeeting', 'both', false, 'Hilde Lie')).toBe('Kari Nordmann ble valgt som møteleder. Per Hansen ble valgt til å medundertegne protokollen.');
    // Picked again, the referent's earlier sentence is replaced, not kept beside the new one.
    const item = anItem('referent', { conclusion: ['Hilde Lie vart vald som protokollførar.'] });
    expect(conclusionWithElection(item, 'Nina Dahl vart vald som protokollførar.', 'nn', protokollNn).conclusion).toEqual(['Nina Dahl vart vald som protokollførar.']);
    // With no fixed row after them (the signers' sak and the approval removed), the later saker are not the election's.
    const noApprovalAfter = aMeeting({ items: [anItem('dirigent', { opening: true }), anItem('referent', { opening: true }), anItem('b')] });
    expect(signersElections(committee, noApprovalAfter).map(({ item: sak }) => sak.id)).toEqual(['dirigent']);
  });

  it('elects both in one sak unless the committee says the møteleder has a sak of its own, and only a generalforsamling\'s way', () => {
    expect(chairElectedInOwnSak(v.parse(ConventionsSchema, { minutesApproval: 'signedInMeeting' }))).toBe(false);
    expect(chairElectedInOwnSak(v.parse(ConventionsSchema, { minutesApproval: 'signedInMeeting', chairOwnSak: true }))).toBe(true);
    expect(chairElectedInOwnSak(v.parse(ConventionsSchema, { minutesApproval: 'signedByChosen', chairOwnSak: true }))).toBe(false);
  });

  it('chooses one co-signer for a generalforsamling and two for a representantskap unless the committee sets the number', () => {
    expect(coSignerCount(v.parse(ConventionsSchema, { minutesApproval: 'signedInMeeting' }))).toBe(1);
    expect(coSignerCount(v.parse(ConventionsSchema, { minutesApproval: 'signedByChosen' }))).toBe(2);
    expect(coSignerCount(v.parse(ConventionsSchema, { minutesApproval: 'signedInMeeting', coSigners: 2 }))).toBe(2);
    expect(coSignerCount(v.parse(ConventionsSchema, { minutesApproval: 'signedByChosen', coSigners: 1 }))).toBe(1);
    expect(() => v.parse(ConventionsSchema, { coSigners: 0 })).toThrow();
    expect(() => v.parse(ConventionsSchema, { chairOwnSak: 'yes' })).toThrow();
  });

  it('tells how many are picked to co-sign when that is not the number the committee chooses, the møteleder not counted; nothing for a committee whose meeting chooses none', () => {
    const representantskap = v.parse(ConventionsSchema, { minutesApproval: 'signedByChosen' });
    expect(coSignersPicked(representantskap, [kari, per])).toEqual({ expected: 2, chosen: 1 });
    expect(coSignersPicked(representantskap, undefined)).toEqual({ expected: 2, chosen: 0 });
    expect(coSignersPicked(representantskap, [kari, per, ola])).toBeUndefined();
    expect(coSignersPicked(v.parse(ConventionsSchema, { minutesApproval: 'signedInMeeting' }), [kari, per, ola])).toEqual({ expected: 1, chosen: 2 });
    expect(coSignersPicked(v.parse(ConventionsSchema, { minutesApproval: 'signedInMeeting', coSigners: 3 }), [per, ola, nina])).toBeUndefined();
    expect(coSignersPicked(v.parse(ConventionsSchema, { minutesApproval: 'signed' }), [kari])).toBeUndefined();
    expect(coSignersPicked(undefined, [])).toBeUndefined();
  });
});
