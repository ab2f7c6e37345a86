// @vitest-environment jsdom
import * as v from 'valibot';
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { aCommittee, aMeeting, anItem } from '../../domain/testing/builders';
import { createInMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { CaseNumberSchema } from '../../domain/model';
import { richTextFromPlain } from '../../domain/richText';
import { AgendaEditor } from './agendaEditor';
import { AgendaList } from './AgendaList';
import { renderWithServices } from './testing/renderWithServices';

const planutvalget = aCommittee({ id: 'plan', name: 'Planutvalget' });
const kommunestyret = aCommittee({ id: 'ks', name: 'Kommunestyret' });
const formannskapet = aCommittee({ id: 'fsk', name: 'Formannskapet' });
const route = [{ body: 'Planutvalget' }, { body: 'Kommunestyret' }];
const number = (text: string) => v.parse(CaseNumberSchema, text);

const heldPlan = aMeeting({
  id: 'plan-held',
  committeeId: 'plan',
  date: '2026-05-20',
  status: 'held',
  items: [
    anItem('nordre', {
      caseNumber: number('PS 14/26'),
      title: 'Detaljregulering Nordre kai',
      caseRoute: route,
      outcome: 'treated',
      proceedings: richTextFromPlain('Ap fremmet forslag om rekkefølgekrav.'),
      conclusion: ['Planutvalget innstiller: planen vedtas.'],
    }),
    anItem('postponed', { caseNumber: number('PS 15/26'), title: 'Utsatt plan', caseRoute: route, outcome: 'postponed' }),
    anItem('own', { caseNumber: number('PS 16/26'), title: 'Dispensasjon Bakken 3', outcome: 'treated', conclusion: ['Innvilget.'] }),
  ],
});
const draftPlan = aMeeting({ id: 'plan-draft', committeeId: 'plan', date: '2026-06-03', status: 'draft', items: [anItem('later', { title: 'Ikke behandlet ennå', caseRoute: route })] });
const heldFsk = aMeeting({
  id: 'fsk-held',
  committeeId: 'fsk',
  date: '2026-05-27',
  status: 'minutesApproved',
  items: [anItem('budget', { title: 'Budsjettregulering', outcome: 'treated', conclusion: ['Vedtatt.'] })],
});
const ksMeeting = aMeeting({ id: 'ks-1', committeeId: 'ks', date: '2026-06-11' });

/** `readable`: the committees the user can read (the workspace's list); the store holds them all. */
async function renderList(readable = [planutvalget, kommunestyret, formannskapet]) {
  const committees = readable;
  const all = [planutvalget, kommunestyret, formannskapet];
  const repository = createInMemoryMeetingRepository({ committees: all, meetings: [heldPlan, draftPlan, heldFsk, ksMeeting] });
  const calls: string[] = [];
  const counted = {
    ...repository,
    listMeetingRows: (id: string) => (calls.push(`rows:${id}`), repository.listMeetingRows(id)),
    getMeeting: (id: string) => (calls.push(`meeting:${id}`), repository.getMeeting(id)),
    listSakerGoingNextTo: (body: string, from: string, to: string) => (calls.push(`going:${body}:${from}:${to}`), repository.listSakerGoingNextTo(body, from, to)),
  };
  const stored = await repository.getMeeting('ks-1');
  if (!stored) throw new Error('seed failed');
  const editor = new AgendaEditor(stored, { repository, committee: kommunestyret, otherMeetings: [], debounceMs: 0 });
  const list = () => <AgendaList committee={kommunestyret} meeting={editor.getState().meeting} editor={editor} committees={committees} />;
  const view = renderWithServices(list(), counted);
  editor.subscribe(() => view.rerender(list()));
  return { editor, calls };
}

afterEach(() => cleanup());

describe('«Hent sak fra et annet utvalg»', () => {
  it('lists the treated saker of other committees\' held meetings whose saksgang names this committee next, asking only for the saker that go on here', async () => {
    const { calls } = await renderList();
    fireEvent.click(screen.getByRole('button', { name: 'Hent sak fra et annet utvalg' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hent sak fra et annet utvalg' });
    const list = await within(dialog).findByRole('list', { name: 'Saker som går videre hit' });
    expect(within(list).getAllByRole('listitem').map((entry) => entry.textContent)).toEqual([expect.stringContaining('PS 14/26 Detaljregulering Nordre kaiPlanutvalget, møte 20.05.2026')]);
    expect(dialog.textContent).not.toContain('Utsatt plan');
    expect(dialog.textContent).not.toContain('Ikke behandlet ennå');
    // One read of the saker going on to this committee, in the year up to this meeting: no committee's meetings, no whole meeting.
    expect(calls).toEqual(['going:Kommunestyret:2025-06-11:2026-06-11']);
  });

  it('a sak of a committee the user cannot read is not offered, and that committee is said to be unread', async () => {
    await renderList([kommunestyret, formannskapet]);
    fireEvent.click(screen.getByRole('button', { name: 'Hent sak fra et annet utvalg' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hent sak fra et annet utvalg' });
    expect(await within(dialog).findByText('Ett møte eller utvalg kunne ikke leses, så saker derfra kan mangle.')).toBeTruthy();
    expect(dialog.textContent).not.toContain('Detaljregulering Nordre kai');
    expect(within(dialog).getByText('Ingen behandlede saker i andre utvalg går videre til Kommunestyret.')).toBeTruthy();
  });

  it('adds the chosen sak with the innstilling as its proposal and the earlier treatment recorded, says so, and lists it no more; closing returns the focus', async () => {
    const { editor } = await renderList();
    const opener = screen.getByRole('button', { name: 'Hent sak fra et annet utvalg' });
    fireEvent.click(opener);
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Hent saken: Detaljregulering Nordre kai' }));
    const added = editor.getState().meeting.items.find((item) => item.title === 'Detaljregulering Nordre kai');
    expect(added?.proposedConclusion).toEqual(['Planutvalget innstiller: planen vedtas.']);
    expect(added?.earlierTreatments).toEqual([
      { body: 'Planutvalget', date: '2026-05-20', caseNumber: 'PS 14/26', proceedings: richTextFromPlain('Ap fremmet forslag om rekkefølgekrav.'), recommendation: ['Planutvalget innstiller: planen vedtas.'] },
    ]);
    expect(within(dialog).getByRole('status').textContent).toBe('Detaljregulering Nordre kai er lagt til i sakslisten.');
    expect(within(dialog).queryByRole('button', { name: /Hent saken/ })).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lukk' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Hent sak fra et annet utvalg' }));
  });

  it('a sak this meeting already took is not offered again; with nothing to take it says so', async () => {
    await renderList();
    fireEvent.click(screen.getByRole('button', { name: 'Hent sak fra et annet utvalg' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Hent saken: Detaljregulering Nordre kai' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lukk' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Hent sak fra et annet utvalg' }));
    expect(await screen.findByText('Ingen behandlede saker i andre utvalg går videre til Kommunestyret.')).toBeTruthy();
  });
});
