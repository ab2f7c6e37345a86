// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { aClosingRow, aCommittee, aMeeting, anItem } from '../../domain/testing/builders';
import type { CaseNumber, Meeting } from '../../domain/model';
import { defaultConventions } from '../../domain/conventions';
import { agendaTitles as titles, dragHandles as handles, renderAgendaList, settle } from './testing/agendaListHarness';

// The page is idle when the test says so; dnd-kit's chunk (SortableAgenda) arrives when the test lets it.
const gates = vi.hoisted(() => {
  let idle: () => void = () => undefined;
  let dnd: () => void = () => undefined;
  return {
    idle: new Promise<void>((resolve) => (idle = resolve)),
    dnd: new Promise<void>((resolve) => (dnd = resolve)),
    becomeIdle: () => idle(),
    letDndArrive: () => dnd(),
    dndFetched: false,
  };
});
vi.mock('../../hosts/whenIdle', () => ({ whenIdle: () => gates.idle }));
vi.mock('./SortableAgenda', async (importOriginal) => {
  gates.dndFetched = true;
  await gates.dnd;
  return importOriginal();
});
vi.mock('./ItemEditor', () => ({ ItemEditor: () => <p>Sakens skjema</p> }));

const committee = aCommittee();

const renderList = (meeting: Meeting, locale = 'nb-NO') => renderAgendaList(committee, meeting, locale);

afterEach(() => cleanup());

// One sequence: the chunk arrives once per test file, as it does once per page.
describe('the saksliste before and after drag and drop is here', () => {
  it('reorders with «Flytt» before dnd-kit is fetched, gets drag handles once it is here, and not under an open sak until it closes, keeping the focus', async () => {
    const editor = await renderList(aMeeting({ items: [anItem('a', { title: 'Alfa' }), anItem('b', { title: 'Beta' }), aClosingRow()] }));
    await screen.findByRole('list', { name: 'Saksliste' });
    // At start: no dnd-kit, no handles, and «Flytt» works.
    expect(gates.dndFetched).toBe(false);
    expect(handles()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: /^Flytt .*Alfa ned$/ }));
    expect(titles(editor)).toEqual(['Beta', 'Alfa', 'Oppsummering og avslutning']);

    // Idle after the saksliste is shown: the chunk is asked for. Meanwhile a sak is opened for editing.
    await act(async () => gates.becomeIdle());
    await settle();
    expect(gates.dndFetched).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /^Rediger .*Beta$/ }));
    expect(await screen.findByText('Sakens skjema')).toBeTruthy();
    await act(async () => {
      gates.letDndArrive();
      await import('./SortableAgenda');
    });
    await settle();
    // The open sak keeps its editor: the rows are not remounted under it.
    expect(handles()).toEqual([]);
    expect(screen.getByText('Sakens skjema')).toBeTruthy();

    // Closed: the rows become draggable (not the closing row), and the button pressed keeps the focus.
    const close = screen.getByRole('button', { name: 'Lukk' });
    close.focus();
    fireEvent.click(close);
    await vi.waitFor(() => expect(handles()).toHaveLength(2));
    expect(handles().map((handle) => handle.getAttribute('aria-label'))).toEqual([
      expect.stringMatching(/^Dra for å flytte .*Beta/),
      expect.stringMatching(/^Dra for å flytte .*Alfa/),
    ]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Rediger .*Beta$/ }));
    fireEvent.click(screen.getByRole('button', { name: /^Flytt .*Alfa opp$/ }));
    expect(titles(editor)).toEqual(['Alfa', 'Beta', 'Oppsummering og avslutning']);
  });
});

describe('the kind badges on the saksliste', () => {
  it('name each kind in the user’s language, not by its stored id', async () => {
    await renderList(aMeeting({ items: [anItem('a', { title: 'Budsjett', kinds: ['Beslutning', 'Orientering'] }), aClosingRow()] }), 'nn-NO');
    const row = (await screen.findByText('Budsjett')).closest('li') as HTMLElement;
    expect(row.textContent).toContain('Avgjerd');
    expect(row.textContent).not.toContain('Beslutning');
  });
});

describe('the opening row on the saksliste', () => {
  it('offers no «Flytt» for «Godkjenning av innkalling og dagsorden», which stays first, and keeps them for the saker', async () => {
    await renderList(aMeeting({ items: [anItem('open', { title: 'Godkjenning av innkalling og dagsorden', opening: true }), anItem('a', { title: 'Alfa' }), aClosingRow()] }));
    await screen.findByRole('list', { name: 'Saksliste' });
    expect(screen.queryAllByRole('button', { name: /^Flytt .*Godkjenning av innkalling og dagsorden (opp|ned)$/ })).toEqual([]);
    expect(screen.getAllByRole('button', { name: /^Flytt .*Alfa (opp|ned)$/ })).toHaveLength(2);
  });

  it('offers no «Flytt» for a numbered «Eventuelt», which stays the last sak, and shows its number', async () => {
    const eventuelt = anItem('eventuelt', { title: 'Eventuelt', caseNumber: '2026.02' as CaseNumber, numberedClosing: true });
    await renderList(aMeeting({ items: [anItem('a', { title: 'Alfa', caseNumber: '2026.01' as CaseNumber }), eventuelt, aClosingRow()] }));
    const row = (await screen.findByText('Eventuelt')).closest('li') as HTMLElement;
    expect(row.textContent).toContain('2026.02');
    expect(screen.queryAllByRole('button', { name: /^Flytt .*Eventuelt (opp|ned)$/ })).toEqual([]);
    // «Flytt ned» on the sak before it: the button is there but leads nowhere past it.
    expect((screen.getByRole('button', { name: /^Flytt .*Alfa ned$/ }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('the closing row on the saksliste', () => {
  it('can be left out of this meeting also after the innkalling is sent, while a sent sak cannot (it is postponed instead)', async () => {
    const editor = await renderList(aMeeting({ status: 'noticeSent', items: [anItem('a', { title: 'Alfa', caseNumber: '2026.01' as CaseNumber }), aClosingRow()] }));
    await screen.findByRole('list', { name: 'Saksliste' });
    expect(screen.queryByRole('button', { name: /^Slett .*Alfa$/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /^Slett .*Oppsummering og avslutning$/ }));
    await settle();
    expect(titles(editor)).toEqual(['Alfa']);
  });
});

describe('the saksliste named by the committee\'s word for it', () => {
  it('is the «Sakskart» of a committee that calls it so, and «Dagsorden» in nynorsk (conventions.agendaHeading)', async () => {
    const meeting = aMeeting({ items: [anItem('a', { title: 'Alfa' })] });
    await renderAgendaList(aCommittee({ conventions: { ...defaultConventions(), agendaHeading: 'sakskart' } }), meeting, 'nb-NO');
    expect(await screen.findByRole('list', { name: 'Sakskart' })).toBeTruthy();
    cleanup();
    await renderAgendaList(aCommittee({ languageForm: 'nn', conventions: { ...defaultConventions(), agendaHeading: 'dagsorden' } }), meeting, 'nn-NO');
    expect(await screen.findByRole('list', { name: 'Dagsorden' })).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Saksliste' })).toBeNull();
  });
  it('says an empty list is empty in the committee\'s word, the adjective agreeing: «Sakskartet er tomt.», nynorsk «Saklista er tom.»', async () => {
    const empty = aMeeting({ items: [] });
    await renderAgendaList(aCommittee({ conventions: { ...defaultConventions(), agendaHeading: 'sakskart' } }), empty, 'nb-NO');
    expect(await screen.findByText('Sakskartet er tomt.')).toBeTruthy();
    cleanup();
    await renderAgendaList(aCommittee({ languageForm: 'nn' }), empty, 'nn-NO');
    expect(await screen.findByText('Saklista er tom.')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Sakliste' })).toBeTruthy();
  });
});
