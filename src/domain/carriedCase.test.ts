import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { alreadyCarried, carryCase, goesNextTo, sakerGoingTo, type TreatedSak } from './carriedCase';
import { proposalNoun } from './caseRoute';
import { ConventionsSchema, wordingOf } from './conventions';
import { AgendaItemSchema, CaseNumberSchema, type AgendaItem } from './model';
import { richTextFromPlain } from './richText';

const planutvalget = { name: 'Planutvalget' };
const kommunestyret = { name: 'Kommunestyret', conventions: v.parse(ConventionsSchema, { itemKinds: [{ id: 'PS', nb: 'Politisk sak', nn: 'Politisk sak' }] }) };
const raw = (fields: Record<string, unknown>) => ({ id: 'p14', caseNumber: 'PS 14/26', kinds: ['PS', 'Plansak'], title: 'Detaljregulering Nordre kai', summary: [], proposedConclusion: ['Planen vedtas.'], presenters: [], attachments: [], ...fields });
const item = (fields: Record<string, unknown>): AgendaItem => v.parse(AgendaItemSchema, raw(fields));
const routed = (fields: Record<string, unknown> = {}): TreatedSak => ({
  committee: planutvalget,
  meeting: { id: 'm1', date: '2026-11-12', status: 'held' },
  item: item({
    caseRoute: [{ body: 'Planutvalget' }, { body: 'Kommunestyret', date: '2026-12-03' }],
    outcome: 'treated',
    proceedings: richTextFromPlain('Forslag fra Ap om rekkefølgekrav.'),
    conclusion: ['Planutvalget innstiller til kommunestyret å vedta planen.', 'Rekkefølgekrav for gang- og sykkelvei.'],
    ...fields,
  }),
});
let counter = 0;
const newId = () => `n${++counter}`;

describe('which saker go on to a committee next (its saksgang)', () => {
  it('a treated sak of a held meeting whose route names the committee right after the sak\'s own goes there', () => {
    expect(goesNextTo(routed(), kommunestyret)).toBe(true);
    expect(goesNextTo(routed(), { name: ' kommunestyret ' })).toBe(true);
  });

  it('not before the meeting is held, not a sak postponed or still pending, not a stub its reader may not read, not to a body further on', () => {
    expect(goesNextTo({ ...routed(), meeting: { id: 'm1', date: '2026-11-12', status: 'inProgress' } }, kommunestyret)).toBe(false);
    expect(goesNextTo(routed({ outcome: 'postponed' }), kommunestyret)).toBe(false);
    expect(goesNextTo(routed({ outcome: 'pending' }), kommunestyret)).toBe(false);
    expect(goesNextTo(routed({ restricted: true }), kommunestyret)).toBe(false);
    const further = routed({ caseRoute: [{ body: 'Planutvalget' }, { body: 'Formannskapet' }, { body: 'Kommunestyret' }] });
    expect(sakerGoingTo([further, routed()], kommunestyret)).toEqual([routed()]);
    expect(goesNextTo(further, { name: 'Formannskapet' })).toBe(true);
  });

  it('a sak without a saksgang, or one that ends in its committee, goes nowhere', () => {
    expect(goesNextTo(routed({ caseRoute: undefined }), kommunestyret)).toBe(false);
    expect(goesNextTo(routed({ caseRoute: [{ body: 'Kommunestyret' }, { body: 'Planutvalget' }] }), kommunestyret)).toBe(false);
  });
});

describe('the sak the next committee takes', () => {
  it('keeps title, saksgang and summary, takes the innstilling as its proposal and records the earlier treatment', () => {
    const carried = carryCase(routed({ summary: richTextFromPlain('Plan for kaia.') }), kommunestyret, newId);
    expect(carried.title).toBe('Detaljregulering Nordre kai');
    // The earlier committee's step with its meeting's date and the sak's number there.
    expect(carried.caseRoute).toEqual([{ body: 'Planutvalget', date: '2026-11-12', caseNumber: 'PS 14/26' }, { body: 'Kommunestyret', date: '2026-12-03' }]);
    expect(carried.summary).toEqual(richTextFromPlain('Plan for kaia.'));
    expect(carried.proposedConclusion).toEqual(['Planutvalget innstiller til kommunestyret å vedta planen.', 'Rekkefølgekrav for gang- og sykkelvei.']);
    expect(carried.earlierTreatments).toEqual([
      {
        body: 'Planutvalget',
        date: '2026-11-12',
        caseNumber: 'PS 14/26',
        proceedings: richTextFromPlain('Forslag fra Ap om rekkefølgekrav.'),
        recommendation: ['Planutvalget innstiller til kommunestyret å vedta planen.', 'Rekkefølgekrav for gang- og sykkelvei.'],
      },
    ]);
    // Nothing of the earlier meeting: its number, its record, its outcome.
    expect(carried).toMatchObject({ caseNumber: null, conclusion: [], proceedings: [], outcome: 'pending' });
    expect(carried.id).not.toBe('p14');
    expect(v.parse(AgendaItemSchema, carried)).toEqual(carried);
  });

  it('a route that did not name the earlier committee (it came first there) names it first, so the next committee heads the proposal «Innstilling fra Planutvalget»', () => {
    const carried = carryCase(routed({ caseRoute: [{ body: 'Kommunestyret' }] }), kommunestyret, newId);
    expect(carried.caseRoute).toEqual([{ body: 'Planutvalget', date: '2026-11-12', caseNumber: 'PS 14/26' }, { body: 'Kommunestyret' }]);
    expect(proposalNoun(carried, kommunestyret, wordingOf(kommunestyret.conventions, 'nb'), 'nb').word).toBe('Innstilling fra Planutvalget');
  });

  it('from a råd that gives uttalelser (advisory): the proposal it had stays the proposal, its uttalelse goes under the earlier treatments, and the next body heads its own proposal', () => {
    const eldreradet = { name: 'Eldrerådet', conventions: v.parse(ConventionsSchema, { advisory: true }) };
    const formannskapet = { name: 'Formannskapet', conventions: v.parse(ConventionsSchema, { proposal: 'innstilling', proposalBy: 'Kommunedirektørens' }) };
    const sak: TreatedSak = {
      ...routed({ caseRoute: [{ body: 'Eldrerådet' }, { body: 'Formannskapet' }, { body: 'Kommunestyret' }], conclusion: ['Eldrerådet støtter forslaget, og ber om at gangveien prioriteres.'] }),
      committee: eldreradet,
    };
    const carried = carryCase(sak, formannskapet, newId);
    expect(carried.proposedConclusion).toEqual(['Planen vedtas.']);
    expect(carried.earlierTreatments).toEqual([expect.objectContaining({ body: 'Eldrerådet', recommendation: ['Eldrerådet støtter forslaget, og ber om at gangveien prioriteres.'], statement: true })]);
    expect(proposalNoun(carried, formannskapet, wordingOf(formannskapet.conventions, 'nb'), 'nb').word).toBe('Kommunedirektørens innstilling');
    expect(v.parse(AgendaItemSchema, carried)).toEqual(carried);
  });

  it('keeps only the sakstyper the next committee has (none, when it has none of them)', () => {
    expect(carryCase(routed(), kommunestyret, newId).kinds).toEqual(['PS']);
    expect(carryCase(routed({ kinds: ['Plansak'] }), kommunestyret, newId).kinds).toEqual([]);
  });

  it('links the saksframlegg and the vedlegg where they lie (no drive item, so nothing the next meeting does moves or deletes them); a file never stored is left out', () => {
    const carried = carryCase(
      routed({
        caseMemo: { fileName: 'Saksframlegg PS 14-26.docx', driveItemId: 'memo1', eTag: 'e1', webUrl: 'https://contoso.sharepoint.com/plan/memo.docx' },
        attachments: [
          { id: 'a1', number: 1, title: 'Plankart', fileName: 'plankart.pdf', driveItemId: 'd1', eTag: 'e2', webUrl: 'https://contoso.sharepoint.com/plan/plankart.pdf' },
          { id: 'a2', title: 'Ikke lastet opp', fileName: 'utkast.pdf' },
        ],
      }),
      kommunestyret,
      newId,
    );
    expect(carried.caseMemo).toEqual({ fileName: 'Saksframlegg PS 14-26.docx', webUrl: 'https://contoso.sharepoint.com/plan/memo.docx' });
    expect(carried.attachments).toHaveLength(1);
    expect(carried.attachments[0]).toMatchObject({ title: 'Plankart', fileName: 'plankart.pdf', webUrl: 'https://contoso.sharepoint.com/plan/plankart.pdf' });
    expect(carried.attachments[0]).not.toHaveProperty('driveItemId');
    expect(carried.attachments[0]).not.toHaveProperty('number');
    expect(carried.attachments[0]?.id).not.toBe('a1');
  });

  it('an exempt sak stays exempt with its hjemmel; the earlier body\'s grants stay there', () => {
    const exempt = { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1' };
    const carried = carryCase(routed({ confidentiality: { exempt, grants: ['gjest@example.org'] } }), kommunestyret, newId);
    expect(carried.confidentiality).toEqual({ exempt });
  });

  it('a sak carried on again keeps every earlier treatment, earliest first', () => {
    const first = carryCase(routed({ caseRoute: [{ body: 'Planutvalget' }, { body: 'Formannskapet' }, { body: 'Kommunestyret' }] }), { conventions: undefined }, newId);
    const second = carryCase(
      { committee: { name: 'Formannskapet' }, meeting: { id: 'm2', date: '2026-11-26', status: 'held' }, item: { ...first, caseNumber: v.parse(CaseNumberSchema, 'PS 40/26'), outcome: 'treated', conclusion: ['Formannskapet slutter seg til.'] } },
      kommunestyret,
      newId,
    );
    expect(second.earlierTreatments?.map((treatment) => [treatment.body, treatment.caseNumber, treatment.recommendation])).toEqual([
      ['Planutvalget', 'PS 14/26', ['Planutvalget innstiller til kommunestyret å vedta planen.', 'Rekkefølgekrav for gang- og sykkelvei.']],
      ['Formannskapet', 'PS 40/26', ['Formannskapet slutter seg til.']],
    ]);
    expect(second.proposedConclusion).toEqual(['Formannskapet slutter seg til.']);
  });

  it('the meeting file refuses an unknown field in an earlier treatment and a treatment without a body', () => {
    const treatment = { body: 'Planutvalget', date: '2026-11-12', recommendation: ['Planen vedtas.'] };
    expect(v.safeParse(AgendaItemSchema, raw({ earlierTreatments: [treatment] })).success).toBe(true);
    expect(v.safeParse(AgendaItemSchema, raw({ earlierTreatments: [{ ...treatment, vote: 'x' }] })).success).toBe(false);
    expect(v.safeParse(AgendaItemSchema, raw({ earlierTreatments: [{ ...treatment, body: ' ' }] })).success).toBe(false);
  });
});

describe('a sak this meeting already took', () => {
  it('is known by the body, date and sak number of the treatment it carries', () => {
    const carried = carryCase(routed(), kommunestyret, newId);
    expect(alreadyCarried({ items: [carried] }, routed())).toBe(true);
    expect(alreadyCarried({ items: [] }, routed())).toBe(false);
    expect(alreadyCarried({ items: [carried] }, { ...routed(), meeting: { id: 'm9', date: '2026-11-26', status: 'held' } })).toBe(false);
  });
});
