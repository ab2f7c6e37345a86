import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { newMeetingFromTemplate } from './agendaTemplate';
import { updateItem } from './agendaEditing';
import { renumberItems } from './caseNumbering';
import { DomainError } from './errors';
import { checkFollowUpDraft, followUpListEntries, followUpListSummary, followUpsOf, withFollowUp, type FollowUpStatus } from './followUp';
import { AgendaItemSchema, MeetingSchema, type FollowUp, type Meeting } from './model';
import { plainTextOf } from './richText';
import { aCommittee, aMeeting, anItem, sequentialIds } from './testing/builders';

const committee = aCommittee();
const per = { name: 'Per Christian Voss', email: 'per.christian.voss@siv.example.no', directoryId: 'a1b2c3d4-0003-4a00-8000-00000000a003' };
const point = (id: string, what: string, due?: string): FollowUp => ({ id, what, who: per, ...(due ? { due } : {}), task: { kind: 'planner', taskId: `task-${id}`, planId: 'plan-1' } });

const held: Meeting = renumberItems(
  aMeeting({
    id: 'pm-2026',
    date: '2026-03-12',
    status: 'held',
    items: [anItem('a', { title: 'Samhandlingsavtalen' }), anItem('b', { title: 'Budsjett', followUps: [point('f1', 'Lag plan for samhandling', '2026-05-01'), point('f2', 'Send brev til kommunene')] })],
  }),
  committee,
  [],
);

describe('oppfølgingspunkter on a sak', () => {
  it('adds a point to the sak and keeps older items without the field parseable', () => {
    const item = withFollowUp(anItem('x'), point('f9', 'Følg opp'));
    expect(v.parse(AgendaItemSchema, item).followUps).toHaveLength(1);
    expect('followUps' in v.parse(AgendaItemSchema, anItem('y'))).toBe(false);
  });

  it('refuses a point without a responsible person or text, naming the field', () => {
    expect(() => checkFollowUpDraft({ what: 'x', who: undefined, due: undefined })).toThrow(DomainError);
    expect(() => checkFollowUpDraft({ what: '  ', who: per, due: undefined })).toThrow(expect.objectContaining({ code: 'followUpInvalid', rule: { code: 'required', field: 'followUpWhat' } }));
    expect(() => checkFollowUpDraft({ what: 'x', who: per, due: '1.5.2026' })).toThrow(expect.objectContaining({ code: 'followUpInvalid', rule: { code: 'badDate' } }));
    expect(checkFollowUpDraft({ what: ' Lag plan ', who: per, due: '2026-05-01' })).toEqual({ what: 'Lag plan', who: per, due: '2026-05-01' });
  });

  it('stores only the task reference: a status field is an unknown field', () => {
    const withStatus = { ...anItem('z'), followUps: [{ ...point('f1', 'x'), status: 'completed' }] };
    expect(v.safeParse(AgendaItemSchema, withStatus).success).toBe(false);
  });
});

describe('the Oppfølgingsliste', () => {
  const statuses: Record<string, FollowUpStatus> = { f1: { state: 'completed', completedAt: '2026-04-20T09:00:00Z' }, f2: { state: 'open', percentComplete: 0 } };
  const statusOf = (f: FollowUp): FollowUpStatus => statuses[f.id] ?? { state: 'unknown' };

  it('lists open points and those completed since the last meeting, leaving out those reported before', () => {
    const sources = followUpsOf([held], committee);
    expect(sources.map((s) => s.source)).toEqual(['2026.02 Budsjett', '2026.02 Budsjett']);
    expect(followUpListEntries(sources, statusOf, '2026-03-12').map((e) => e.followUp.id)).toEqual(['f1', 'f2']);
    expect(followUpListEntries(sources, statusOf, '2026-05-01').map((e) => e.followUp.id)).toEqual(['f2']);
  });

  it('words each line with owner, due date and status in the committee’s målform', () => {
    const entries = followUpListEntries(followUpsOf([held], committee), statusOf, undefined);
    const nb = plainTextOf(followUpListSummary(committee, entries, '2026-06-11'));
    expect(nb).toContain('2026.02 Budsjett: Lag plan for samhandling – ansvarlig Per Christian Voss, frist 01.05.2026 – fullført 20.04.2026');
    expect(nb).toContain('Send brev til kommunene – ansvarlig Per Christian Voss – åpen');
    expect(nb).toContain('Status fra Planner/To Do per 11.06.2026.');
    const nn = plainTextOf(followUpListSummary({ languageForm: 'nn' }, entries, '2026-06-11'));
    expect(nn).toContain('ansvarleg Per Christian Voss');
    const overdue = plainTextOf(followUpListSummary(committee, followUpListEntries(followUpsOf([held], committee), () => ({ state: 'open', percentComplete: 50 }), undefined), '2026-06-11'));
    expect(overdue).toContain('frist 01.05.2026 – åpen, fristen er passert');
  });

  it('lists a point of a sak unntatt offentlighet under its public title, without its text: the next innkalling goes to everyone', () => {
    const exempt = { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1', publicTitle: 'Klagesak', decisionPublic: true };
    const klage = { ...held, items: held.items.map((item) => (item.id === 'b' ? { ...item, title: 'Klage fra Ola Nordmann på vedtak om startlån', confidentiality: { exempt } } : item)) };
    const sources = followUpsOf([klage], committee);
    expect(sources.map((s) => s.source)).toEqual(['2026.02 Klagesak', '2026.02 Klagesak']);
    const summary = plainTextOf(followUpListSummary(committee, followUpListEntries(sources, statusOf, undefined), '2026-06-11'));
    expect(summary).toContain('2026.02 Klagesak: Unntatt offentlighet, offl. § 13 jf. fvl. § 13 første ledd nr. 1 – ansvarlig Per Christian Voss, frist 01.05.2026 – fullført 20.04.2026');
    expect(summary).not.toMatch(/Ola Nordmann|startlån|Lag plan for samhandling|Send brev/);
    const nn = followUpsOf([klage], { languageForm: 'nn' });
    expect(nn[0]?.followUp.what).toBe('Unnateke offentlegheit, offl. § 13 jf. fvl. § 13 første ledd nr. 1');
  });

  it('makes the next meeting’s template offer an Orientering sak with the list, after the Referatsak', () => {
    const entries = followUpListEntries(followUpsOf([held], committee), statusOf, held.date);
    const meeting = newMeetingFromTemplate({ committee, date: '2026-06-11', start: '13:30', end: '15:00', online: true, previousMeeting: held, existingMeetings: [held], idFactory: sequentialIds(), followUpList: { entries, today: '2026-06-11' } });
    expect(meeting.items.map((i) => [i.kinds, i.title])).toEqual([
      [['Godkjenning'], 'Godkjenning av innkalling og dagsorden'],
      [['Referatsak'], expect.stringContaining('Referat fra')],
      [['Orientering'], 'Oppfølgingsliste'],
      [[], 'Oppsummering og avslutning'],
    ]);
    expect(plainTextOf(meeting.items[2]!.summary)).toContain('fullført 20.04.2026');
    expect(v.safeParse(MeetingSchema, meeting).success).toBe(true);
    const without = newMeetingFromTemplate({ committee, date: '2026-06-11', start: '13:30', end: '15:00', online: true, previousMeeting: held, existingMeetings: [held], idFactory: sequentialIds(), followUpList: { entries: [], today: '2026-06-11' } });
    expect(without.items.map((i) => i.title)).not.toContain('Oppfølgingsliste');
  });
});

describe('oppfølgingspunkter after the meeting', () => {
  it('may be added to a held meeting’s sak, where the agenda itself is locked', () => {
    const f = point('f3', 'Følg opp etterpå');
    const updated = updateItem(held, 'b', { followUps: withFollowUp(held.items[1]!, f).followUps ?? [] });
    expect(updated.items[1]?.followUps?.map((x) => x.id)).toEqual(['f1', 'f2', 'f3']);
    expect(() => updateItem(held, 'b', { presenters: [] })).toThrow(DomainError);
  });
});
