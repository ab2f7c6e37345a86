// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { aClosingRow, aCommittee, aMeeting, anItem } from '../../domain/testing/builders';
import { agendaTitles, dragHandles, renderAgendaList, settle } from './testing/agendaListHarness';

// The page is idle at once; dnd-kit's chunk (SortableAgenda) arrives when the test lets it. A file of
// its own: the chunk arrives once per file, as it does once per page.
const gates = vi.hoisted(() => {
  let dnd: () => void = () => undefined;
  return { dnd: new Promise<void>((resolve) => (dnd = resolve)), letDndArrive: () => dnd() };
});
vi.mock('../../hosts/whenIdle', () => ({ whenIdle: () => Promise.resolve() }));
vi.mock('./SortableAgenda', async (importOriginal) => {
  await gates.dnd;
  return importOriginal();
});

afterEach(() => cleanup());

it('keeps the rows while a row’s button is pressed as drag and drop arrives, so its click lands, and switches after it', async () => {
  const editor = await renderAgendaList(aCommittee(), aMeeting({ items: [anItem('a', { title: 'Alfa' }), anItem('b', { title: 'Beta' }), aClosingRow()] }));
  await screen.findByRole('list', { name: 'Saksliste' });
  const move = screen.getByRole('button', { name: /^Flytt .*Alfa ned$/ });
  fireEvent.pointerDown(move);
  await act(async () => {
    gates.letDndArrive();
    await import('./SortableAgenda');
  });
  await settle();
  // Arrived while pressed: the row and its button are the ones pressed.
  expect(dragHandles()).toEqual([]);
  expect(screen.getByRole('button', { name: /^Flytt .*Alfa ned$/ })).toBe(move);
  fireEvent.pointerUp(move);
  fireEvent.click(move);
  expect(agendaTitles(editor)).toEqual(['Beta', 'Alfa', 'Oppsummering og avslutning']);
  // After the click the rows switch.
  await vi.waitFor(() => expect(dragHandles()).toHaveLength(2));
});
