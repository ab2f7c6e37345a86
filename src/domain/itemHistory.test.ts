import { describe, expect, it } from 'vitest';
import { itemHistory, meetingActs, type RecordedVersion } from './itemHistory';
import type { AgendaItem } from './model';
import { richTextFromPlain } from './richText';
import { anItem } from './testing/builders';
import type { RowProblem } from './unreadableRows';

const version = (n: number, by: string, value: AgendaItem | undefined, problem?: RowProblem): RecordedVersion<AgendaItem> => ({
  versionId: `${n}.0`,
  at: `2026-06-11T10:0${n}:00.000Z`,
  by,
  ...(value ? { value } : {}),
  ...(problem ? { problem } : {}),
});

describe('the history of a sak', () => {
  const created = anItem('s3', { title: 'Budsjett 2027' });
  const recorded = { ...created, proceedings: richTextFromPlain('Saken ble drøftet.'), conclusion: ['Tas til orientering.'] };
  const treated = { ...recorded, outcome: 'treated' as const };
  const corrected = { ...treated, conclusion: ['Tas til orientering.', 'Saken følges opp i høst.'] };

  it('lists who changed which field from what to what, newest first', () => {
    const history = itemHistory([version(3, 'Hilde', treated), version(1, 'Kristin', created), version(2, 'Hilde', recorded), version(4, 'Per', corrected)]);
    expect(history.map((entry) => [entry.versionId, entry.by, entry.changes.map((c) => c.field)])).toEqual([
      ['4.0', 'Per', ['conclusion']],
      ['3.0', 'Hilde', ['outcome']],
      ['2.0', 'Hilde', ['conclusion', 'proceedings']],
      ['1.0', 'Kristin', ['title']],
    ]);
    expect(history[0]?.changes[0]).toEqual({ field: 'conclusion', before: '1. Tas til orientering.', after: '1. Tas til orientering.\n2. Saken følges opp i høst.' });
    expect(history[1]?.changes[0]).toEqual({ field: 'outcome', before: '', after: 'treated' });
    expect(history[2]?.changes.find((c) => c.field === 'proceedings')?.after).toBe('Saken ble drøftet.');
  });

  it('leaves out versions that changed none of the followed fields, and does not invent changes before the oldest version kept', () => {
    const moved = { ...recorded, plannedMinutes: 10 };
    const history = itemHistory([version(7, 'Hilde', recorded), version(8, 'Hilde', moved), version(9, 'Per', treated)]);
    expect(history.map((entry) => entry.versionId)).toEqual(['9.0']);
  });

  it('names a version that could not be read and compares the next one with the last readable', () => {
    const history = itemHistory([version(1, 'Kristin', created), version(2, 'Ukjent', undefined, { code: 'missing', field: 'title' }), version(3, 'Hilde', recorded)]);
    expect(history.map((entry) => [entry.versionId, entry.problem])).toEqual([
      ['3.0', undefined],
      ['2.0', { code: 'missing', field: 'title' }],
      ['1.0', undefined],
    ]);
    expect(history[0]?.changes.map((c) => c.field)).toEqual(['conclusion', 'proceedings']);
  });
});

describe('approvals and reopenings beside the history', () => {
  it('lists each approval and reopening, newest first', () => {
    const acts = meetingActs({
      minutesApprovedAt: '2026-09-01T10:00:00.000Z',
      reopenings: [{ at: '2026-08-20T09:00:00.000Z', by: 'Hilde Kari Maugesten', reason: 'Feil i konklusjonen i sak 2026.03', approvedAt: '2026-08-15T12:00:00.000Z' }],
    });
    expect(acts).toEqual([
      { kind: 'approved', at: '2026-09-01T10:00:00.000Z' },
      { kind: 'reopened', at: '2026-08-20T09:00:00.000Z', by: 'Hilde Kari Maugesten', reason: 'Feil i konklusjonen i sak 2026.03' },
      { kind: 'approved', at: '2026-08-15T12:00:00.000Z' },
    ]);
    expect(meetingActs({})).toEqual([]);
  });
});
