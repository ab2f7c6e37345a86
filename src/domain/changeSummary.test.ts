import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { summariseAgendaChanges, summariseMeetingChanges, type MeetingDetails } from './changeSummary';
import { ConventionsSchema } from './conventions';
import { CaseNumberSchema, type AgendaItem } from './model';
import { richTextFromPlain } from './richText';
import { aClosingRow, anAttachment, anItem } from './testing/builders';

const cn = (text: string) => v.parse(CaseNumberSchema, text);

const sent: AgendaItem[] = [
  anItem('a', { caseNumber: cn('2026.01'), title: 'Godkjenning av innkalling og dagsorden', proposedConclusion: ['Innkalling og dagsorden godkjennes.'] }),
  anItem('c', {
    caseNumber: cn('2026.03'),
    title: 'Handlingsplan 2026',
    summary: richTextFromPlain('Tiltakene i handlingsplan 2026.'),
    proposedConclusion: ['Tas til orientering.'],
    presenters: [{ name: 'Kristin Liset' }],
    attachments: [anAttachment('v2', { number: 2, title: 'Oversikt status handlingsplan 2026', eTag: '"1"' })],
  }),
  anItem('e', { caseNumber: cn('2026.05'), title: 'Riksrevisjonens rapport' }),
  aClosingRow(),
];

function edit(items: AgendaItem[], id: string, patch: Partial<AgendaItem>): AgendaItem[] {
  return items.map((item) => (item.id === id ? { ...item, ...patch } : item));
}

describe('summariseAgendaChanges', () => {
  it('says nothing when nothing changed', () => {
    expect(summariseAgendaChanges(sent, structuredClone(sent), { languageForm: 'nb' })).toEqual([]);
  });

  it('announces a new item with its number and title', () => {
    const current = [...sent.slice(0, 3), anItem('h', { caseNumber: cn('2026.08'), title: 'Ny strategi' }), sent[3]!];
    expect(summariseAgendaChanges(sent, current, { languageForm: 'nb' })).toEqual(['Ny sak 2026.08 Ny strategi']);
  });

  it('reports a changed proposal, title, description, presenters and time per item', () => {
    let current = edit(sent, 'c', {
      title: 'Handlingsplan og tilskudd 2026',
      summary: richTextFromPlain('Oppdatert tekst.'),
      proposedConclusion: ['Tas til orientering.', 'SSU gis mandat.'],
      presenters: [{ name: 'Kristin Liset' }, { name: 'Tobias Solli Iveland' }],
      plannedMinutes: 20,
    });
    current = edit(current, 'a', { kinds: ['Godkjenning'] });
    expect(summariseAgendaChanges(sent, current, { languageForm: 'nb' })).toEqual([
      'Sak 2026.01: endret sakstype (Godkjenning)',
      'Sak 2026.03: endret tittel til «Handlingsplan og tilskudd 2026»',
      'Sak 2026.03: endret beskrivelse',
      'Sak 2026.03: endret forslag til konklusjon',
      'Sak 2026.03: endret ansvar (Kristin Liset, Tobias Solli Iveland)',
      'Sak 2026.03: ny tidsramme 20 min',
    ]);
  });

  it('does not count whitespace around a proposal as a change', () => {
    expect(summariseAgendaChanges(sent, edit(sent, 'c', { proposedConclusion: ['Tas til orientering. '] }), { languageForm: 'nb' })).toEqual([]);
  });

  it('reports a removed and a postponed item', () => {
    const current = edit(sent.filter((item) => item.id !== 'a'), 'e', { outcome: 'postponed' });
    expect(summariseAgendaChanges(sent, current, { languageForm: 'nb' })).toEqual(['Sak 2026.05 er utsatt', 'Sak 2026.01 er fjernet']);
  });

  it('reports new, updated and removed vedlegg and a new or updated saksframlegg', () => {
    const withNew = edit(sent, 'c', {
      attachments: [anAttachment('v2', { number: 2, title: 'Oversikt status handlingsplan 2026', eTag: '"2"' }), anAttachment('v3', { number: 3, title: 'Tilskudd 2026' })],
      caseMemo: { fileName: 'memo.docx', eTag: '"1"' },
    });
    expect(summariseAgendaChanges(sent, withNew, { languageForm: 'nb' })).toEqual([
      'Sak 2026.03: nytt saksframlegg',
      'Oppdatert vedlegg til sak 2026.03: Oversikt status handlingsplan 2026',
      'Nytt vedlegg til sak 2026.03: Tilskudd 2026',
    ]);
    const memoUpdated = edit(withNew, 'c', { caseMemo: { fileName: 'memo.docx', eTag: '"2"' }, attachments: [] });
    expect(summariseAgendaChanges(withNew, memoUpdated, { languageForm: 'nb' })).toEqual([
      'Sak 2026.03: oppdatert saksframlegg',
      'Vedlegg fjernet fra sak 2026.03: Oversikt status handlingsplan 2026',
      'Vedlegg fjernet fra sak 2026.03: Tilskudd 2026',
    ]);
  });

  it('notes a changed order once rather than listing every item', () => {
    const current = [sent[2]!, sent[0]!, sent[1]!, sent[3]!];
    expect(summariseAgendaChanges(sent, current, { languageForm: 'nb' })).toEqual(['Rekkefølgen på sakene er endret']);
  });

  it('writes nynorsk for a nynorsk committee', () => {
    const current = edit(
      edit(sent.filter((item) => item.id !== 'a'), 'c', { proposedConclusion: ['Vert teke til orientering.'] }),
      'e',
      { outcome: 'postponed' },
    );
    expect(summariseAgendaChanges(sent, current, { languageForm: 'nn' })).toEqual([
      'Sak 2026.03: endra forslag til konklusjon',
      'Sak 2026.05 er utsett',
      'Sak 2026.01 er fjerna',
    ]);
  });

  it('names an unnumbered row by its title', () => {
    const current = edit(sent, 'closing', { title: 'Oppsummering, eventuelt og avslutning' });
    expect(summariseAgendaChanges(sent, current, { languageForm: 'nb' })).toEqual(['«Oppsummering og avslutning»: endret tittel til «Oppsummering, eventuelt og avslutning»']);
  });

  it('announces a new unnumbered row without calling it a sak', () => {
    const current = [...sent, aClosingRow('pause')].map((item) => (item.id === 'pause' ? { ...item, title: 'Pause' } : item));
    expect(summariseAgendaChanges(sent, current, { languageForm: 'nb' })).toEqual(['Ny rad i sakslisten: Pause']);
    expect(summariseAgendaChanges(sent, current, { languageForm: 'nn' })).toEqual(['Ny rad i saklista: Pause']);
  });

  it('names the list by the committee\'s word for it: «Ny rad i sakskartet», «… i dagsordenen»', () => {
    const current = [...sent, aClosingRow('pause')].map((item) => (item.id === 'pause' ? { ...item, title: 'Pause' } : item));
    expect(summariseAgendaChanges(sent, current, { languageForm: 'nb', conventions: v.parse(ConventionsSchema, { agendaHeading: 'sakskart' }) })).toEqual(['Ny rad i sakskartet: Pause']);
    expect(summariseAgendaChanges(sent, current, { languageForm: 'nn', conventions: v.parse(ConventionsSchema, { agendaHeading: 'dagsorden' }) })).toEqual(['Ny rad i dagsordenen: Pause']);
  });
});

describe('summariseMeetingChanges', () => {
  const sentDetails: MeetingDetails = { date: '2026-06-11', start: '13:30', end: '15:00', place: 'Våle samfunnshus', online: true };

  it('says nothing when date, time and place are unchanged', () => {
    expect(summariseMeetingChanges(sentDetails, { ...sentDetails, place: 'Våle samfunnshus ' }, 'nb')).toEqual([]);
  });

  it('reports new date, time, place and Teams in Norwegian formats', () => {
    const current = { date: '2026-06-12', start: '12:00', end: '15:00', place: 'Tønsberg rådhus', online: false };
    expect(summariseMeetingChanges(sentDetails, current, 'nb')).toEqual([
      'Ny dato: 12.06.2026',
      'Nytt tidspunkt: kl. 12.00–15.00',
      'Nytt møtested: Tønsberg rådhus',
      'Møtet holdes ikke lenger på Teams',
    ]);
  });

  it('writes nynorsk for a nynorsk committee', () => {
    expect(summariseMeetingChanges(sentDetails, { ...sentDetails, place: 'Tønsberg rådhus' }, 'nn')).toEqual(['Ny møtestad: Tønsberg rådhus']);
    expect(summariseMeetingChanges({ ...sentDetails, online: false }, sentDetails, 'nn')).toEqual(['Møtet kan no òg følgjast på Teams']);
  });

  it('says a befaring that is about something else now, in the line the innkalling prints (siteVisitLine), what it is about included', () => {
    const visited: MeetingDetails = { ...sentDetails, siteVisit: { start: '09:00', place: 'Leines skole', about: 'Gang- og sykkelsti (sak PS 3/26)' } };
    const about = { ...visited, siteVisit: { start: '09:00', place: 'Leines skole', about: 'Ny barnehage (sak PS 4/26)' } };
    expect(summariseMeetingChanges(visited, about, 'nb')).toEqual(['Ny befaring: kl. 09.00, Leines skole – Ny barnehage (sak PS 4/26)']);
    expect(summariseMeetingChanges(visited, about, 'nn')).toEqual(['Ny synfaring: kl. 09.00, Leines skole – Ny barnehage (sak PS 4/26)']);
    // What it is about, added or taken away, is a change too; the same befaring with other spaces is none.
    expect(summariseMeetingChanges({ ...sentDetails, siteVisit: { place: 'Leines skole' } }, { ...sentDetails, siteVisit: { place: 'Leines skole', about: 'Gang- og sykkelsti' } }, 'nb')).toEqual([
      'Ny befaring: Leines skole – Gang- og sykkelsti',
    ]);
    expect(summariseMeetingChanges(about, { ...sentDetails, siteVisit: { start: '09:00', place: 'Leines skole' } }, 'nb')).toEqual(['Ny befaring: kl. 09.00, Leines skole']);
    expect(summariseMeetingChanges(visited, { ...sentDetails, siteVisit: { start: '09:00', place: ' Leines skole ', about: 'Gang- og sykkelsti\n(sak PS 3/26) ' } }, 'nb')).toEqual([]);
  });
});
