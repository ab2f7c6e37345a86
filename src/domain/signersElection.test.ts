import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ConventionsSchema, wordingOf } from './conventions';
import { chairElectedInOwnSak, coSignerCount, coSignersPicked, conclusionWithElection, signersElections, signersElectionVedtak } from './signersElection';
import { aCommittee, aMeeting, anItem, sequentialIds } from './testing/builders';
import { newMeetingFromTemplate } from './agendaTemplate';
import { committeePreset } from './committeePresets';
import { addItem, moveItem, removeItem, updateItem } from './agendaEditing';
import { DomainError } from './errors';
import type { Signature } from './model';

const protokoll = wordingOf(v.parse(ConventionsSchema, { minutes: 'protokoll' }), 'nb').minutes;
const protokollNn = wordingOf(v.parse(ConventionsSchema, { minutes: 'protokoll' }), 'nn').minutes;
const kari: Signature = { person: { name: 'Kari Nordmann', email: 'kari@example.no' }, capacity: 'chair' };
const per: Signature = { person: { name: 'Per Hansen' }, capacity: 'chosen' };
const ola: Signature = { person: { name: 'Ola Berg' }, capacity: 'chosen' };
const nina: Signature = { person: { name: 'Nina Dahl' }, capacity: 'chosen' };
/** An election sak of a meeting made before the saker carried their mark (`elects`): fixed, titled as the template titles it. */
const byPlace = (id: string) => anItem(id, { opening: true, title: `Valg av ${id}` });

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
    const meeting = aMeeting({ items: [opening, byPlace('valg'), anItem('b')] });
    const signedInMeeting = aCommittee({ conventions: v.parse(ConventionsSchema, { minutesApproval: 'signedInMeeting' }) });
    expect(signersElections(signedInMeeting, meeting).map(({ item, elects }) => [item.id, elects])).toEqual([['valg', 'both']]);
    expect(signersElections(aCommittee({ conventions: v.parse(ConventionsSchema, { minutesApproval: 'signed' }) }), meeting)).toEqual([]);
    expect(signersElections(aCommittee(), meeting)).toEqual([]);
  });

  it('is the first sak after the committee\'s own numbered opening rows («1. Åpning»), not one of them', () => {
    const conventions = v.parse(ConventionsSchema, { minutesApproval: 'signedInMeeting', openingRows: [{ title: 'Åpning', numbered: true }] });
    const meeting = aMeeting({ items: [anItem('open', { title: 'Åpning', opening: true }), byPlace('valg'), anItem('b')] });
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
    const meeting = aMeeting({ items: [open, anItem('godkjenning', { opening: true }), byPlace('valg'), anItem('b')] });
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
    const meeting = aMeeting({ items: [byPlace('leder'), byPlace('signerer'), anItem('godkjenning', { opening: true }), anItem('b')] });
    const elections = signersElections(committee, meeting);
    expect(elections.map(({ item, elects }) => [item.id, elects])).toEqual([['leder', 'chair'], ['signerer', 'coSigners']]);
    const [chairSak, coSignersSak] = elections;
    expect(signersElectionVedtak([kari, per, ola], 'nb', protokoll, 'signedInMeeting', chairSak?.elects)).toBe('Kari Nordmann ble valgt som møteleder.');
    expect(signersElectionVedtak([kari, per, ola], 'nb', protokoll, 'signedInMeeting', coSignersSak?.elects)).toBe('Per Hansen og Ola Berg ble valgt til å medundertegne protokollen.');
    expect(signersElectionVedtak([kari, per], 'nn', protokollNn, 'signedInMeeting', 'coSigners')).toBe('Per Hansen vart vald til å skrive under protokollen saman med møteleiaren.');
    // Nobody chosen yet: the co-signers' sak has no vedtak to offer, the møteleder's has.
    expect(signersElectionVedtak([kari], 'nb', protokoll, 'signedInMeeting', 'coSigners')).toBeUndefined();
    // The co-signers' sak removed, the approval after the møteleder's is not taken for it.
    const without = aMeeting({ items: [byPlace('leder'), anItem('godkjenning', { opening: true }), anItem('b')] });
    expect(signersElections(committee, without).map(({ item }) => item.id)).toEqual(['leder']);
  });

  it('elects an årsmøte\'s referent in its own sak between the dirigent\'s and the signers\' (the lovnorm\'s «Velge dirigent, referent, samt to medlemmer …»), naming the meeting\'s referent, nb and nn', () => {
    const conventions = v.parse(ConventionsSchema, { minutesApproval: 'signedInMeeting', chairOwnSak: true, coSigners: 2, dirigent: true });
    const committee = aCommittee({ conventions });
    const items = [byPlace('dirigent'), byPlace('referent'), byPlace('signerer'), anItem('godkjenning', { opening: true }), anItem('b')];
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
    const noApprovalAfter = aMeeting({ items: [byPlace('dirigent'), byPlace('referent'), anItem('b')] });
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

  it('finds a template-made meeting\'s election saker by their mark (`elects`), whatever the secretary adds, moves, retitles or removes around them', () => {
    const preset = committeePreset('arsmote');
    const arsmote = aCommittee({ name: 'Årsmøtet i Nordfjell IL', caseNumberFormat: preset.caseNumberFormat, caseNumberSerial: preset.caseNumberSerial, conventions: preset.conventions });
    const made = newMeetingFromTemplate({ committee: arsmote, date: '2027-03-10', start: '19:00', end: '21:00', online: false, existingMeetings: [], idFactory: sequentialIds() });
    const ctx = { committee: arsmote, otherMeetings: [] };
    const elected = (meeting: typeof made) => signersElections(arsmote, meeting).map(({ item, elects }) => [item.title, elects]);
    const expected = [['Valg av dirigent', 'chair'], ['Valg av referent', 'referent'], ['Valg av to til å underskrive protokollen', 'coSigners']];
    expect(elected(made)).toEqual(expected);
    // Saker inserted first, last and among the fixed rows, and moved: they land after the opening rows, the marks hold.
    let meeting = addItem(made, anItem('ny-1', { title: 'Årsberetning' }), ctx, 0);
    meeting = addItem(meeting, anItem('ny-2', { title: 'Regnskap' }), ctx);
    meeting = addItem(meeting, anItem('ny-3', { title: 'Innkomne forslag' }), ctx, 3);
    meeting = moveItem(meeting, 'ny-2', 5, ctx);
    expect(elected(meeting)).toEqual(expected);
    // Moving a sak above them, or one of them, is refused naming the row that stands first.
    expect(() => moveItem(meeting, 'ny-2', 0, ctx)).toThrow(DomainError);
    const dirigentSak = meeting.items.find((item) => item.title === 'Valg av dirigent')!;
    expect(() => moveItem(meeting, dirigentSak.id, 6, ctx)).toThrow(DomainError);
    // The committee's own first row retitled by the secretary: by place it would be taken for the dirigent's sak.
    const first = meeting.items[0]!;
    expect(first.title).toBe('Godkjenning av de stemmeberettigede');
    meeting = updateItem(meeting, first.id, { title: 'Godkjenning av stemmeberettigede medlemmer' });
    expect(elected(meeting)).toEqual(expected);
    // A patch cannot take the mark away nor give it to another sak.
    meeting = updateItem(meeting, 'ny-1', { elects: 'chair' } as never);
    expect(meeting.items.find((item) => item.id === 'ny-1')?.elects).toBeUndefined();
    // Stored with a sak placed among the fixed rows (an older Møtebok, another tool), the saker are still theirs.
    const [a, b, ...rest] = meeting.items;
    expect(elected({ ...meeting, items: [a!, anItem('inne', { title: 'Valg av tellekorps', opening: true }), b!, ...rest] })).toEqual(expected);
    // The dirigent's sak removed: the referent's is not taken for it, and the others keep theirs.
    meeting = removeItem(meeting, dirigentSak.id, ctx);
    expect(elected(meeting)).toEqual(expected.slice(1));
  });

  it('marks each election sak the template makes with what it elects: both in one sak, the møteleder and the co-signers apart, a representantskap\'s co-signers', () => {
    const make = (conventions: object) => {
      const committee = aCommittee({ conventions: v.parse(ConventionsSchema, conventions) });
      const meeting = newMeetingFromTemplate({ committee, date: '2027-03-10', start: '19:00', end: '21:00', online: false, existingMeetings: [], idFactory: sequentialIds() });
      return meeting.items.filter((item) => item.elects !== undefined).map((item) => [item.title, item.elects]);
    };
    expect(make({ minutesApproval: 'signedInMeeting', minutes: 'protokoll' })).toEqual([['Valg av møteleder og én person til å medundertegne protokollen', 'both']]);
    expect(make({ minutesApproval: 'signedInMeeting', minutes: 'protokoll', chairOwnSak: true })).toEqual([
      ['Valg av møteleder', 'chair'],
      ['Valg av én person til å medundertegne protokollen', 'coSigners'],
    ]);
    expect(make({ minutesApproval: 'signedByChosen', minutes: 'protokoll' })).toEqual([['Valg av to til å undertegne protokollen', 'coSigners']]);
    expect(make({ minutesApproval: 'signed' })).toEqual([]);
  });

  it('reads a meeting made before the mark by place only where the sak there is titled as the template titles an election', () => {
    const conventions = v.parse(ConventionsSchema, { minutesApproval: 'signedInMeeting' });
    const meeting = aMeeting({ items: [anItem('godkjenning', { opening: true, title: 'Godkjenning av innkalling og dagsorden' }), anItem('b')] });
    // Its election sak removed: the approval in its place is not taken for it.
    expect(signersElections(aCommittee({ conventions }), meeting)).toEqual([]);
  });
});
