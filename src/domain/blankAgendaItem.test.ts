import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { blankAgendaItem } from './blankAgendaItem';
import { AgendaItemSchema } from './model';
import { newMeetingFromTemplate } from './agendaTemplate';
import { aCommittee, anItem } from './testing/builders';

describe('blankAgendaItem', () => {
  it('makes a valid unnumbered, pending item with nothing recorded', () => {
    const item = blankAgendaItem('ny', { title: 'Økonomirapport' });
    expect(v.parse(AgendaItemSchema, item)).toEqual(item);
    expect(item).toMatchObject({ id: 'ny', title: 'Økonomirapport', caseNumber: null, kinds: [], outcome: 'pending', closing: false, conclusion: [], attachments: [] });
  });

  it('lets the caller set any field, e.g. the closing row', () => {
    expect(blankAgendaItem('slutt', { title: 'Oppsummering og avslutning', closing: true })).toMatchObject({ closing: true, caseNumber: null });
  });

  it('is where the template and the test builders get their blank items', () => {
    const meeting = newMeetingFromTemplate({ committee: aCommittee(), date: '2026-06-11', start: '13:30', end: '15:00', online: true, existingMeetings: [], idFactory: () => 'x' });
    const closing = meeting.items.find((entry) => entry.closing);
    expect(closing).toEqual(blankAgendaItem('x', { title: closing?.title ?? '', presenters: closing?.presenters ?? [], closing: true }));
    expect(anItem('a')).toEqual(blankAgendaItem('a', { title: 'Sak a', kinds: ['Orientering'] }));
  });
});
