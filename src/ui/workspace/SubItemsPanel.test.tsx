// @vitest-environment jsdom
import * as v from 'valibot';
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { useSyncExternalStore } from 'react';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { aCommittee, aMeeting, anAttachment, anItem } from '../../domain/testing/builders';
import { CaseNumberSchema, type Meeting } from '../../domain/model';
import type { AgendaEditor } from './agendaEditor';
import { storedEditor } from './testing/storedEditor';
import { defaultConventions } from '../../domain/conventions';
import { SubItemsPanel } from './SubItemsPanel';
import { renderWithServices } from './testing/renderWithServices';

const committee = aCommittee();

function Harness({ editor, numbered }: { editor: AgendaEditor; numbered: boolean }) {
  const state = useSyncExternalStore(editor.subscribe, () => editor.getState());
  const item = state.meeting.items[0];
  const conventions = { ...defaultConventions(), ...(numbered ? { subItemsNumbered: true } : {}) };
  return item ? <SubItemsPanel committee={{ conventions }} item={item} editor={editor} /> : null;
}

async function renderPanel(meeting: Meeting, locale = 'nb-NO', numbered = false) {
  const { repository, editor } = await storedEditor(committee, meeting);
  renderWithServices(<Harness editor={editor} numbered={numbered} />, repository, { locale });
  return editor;
}

const sak = () => anItem('o', { caseNumber: v.parse(CaseNumberSchema, '2026.05'), title: 'Orienteringssaker', attachments: [anAttachment('v', { number: 3, title: 'Statusrapport' })] });
const subsOf = (editor: AgendaEditor) => editor.getState().meeting.items[0]?.subItems ?? [];

afterEach(() => cleanup());

describe('orienteringer bundled under a sak', () => {
  it('adds two, names them, links a vedlegg, reorders them and removes one only after asking', async () => {
    const editor = await renderPanel(aMeeting({ items: [sak()] }));
    const add = await screen.findByRole('button', { name: 'Legg til orientering' });
    fireEvent.click(add);
    fireEvent.click(add);
    const titles = screen.getAllByRole('textbox', { name: /Tittel/ });
    fireEvent.change(titles[0] as HTMLElement, { target: { value: 'Status i prosjektet' } });
    fireEvent.change(titles[1] as HTMLElement, { target: { value: 'Rekruttering' } });
    fireEvent.click(screen.getAllByRole('checkbox', { name: 'Statusrapport' })[1] as HTMLElement);
    expect(subsOf(editor).map((sub) => [sub.title, sub.attachmentIds])).toEqual([['Status i prosjektet', []], ['Rekruttering', ['v']]]);

    fireEvent.click(screen.getByRole('button', { name: 'Flytt opp: Rekruttering' }));
    expect(subsOf(editor).map((sub) => sub.title)).toEqual(['Rekruttering', 'Status i prosjektet']);
    expect(screen.getByRole('button', { name: 'Flytt opp: Rekruttering' }).hasAttribute('disabled')).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Fjern: Status i prosjektet' }));
    expect(subsOf(editor)).toHaveLength(2);
    const question = screen.getByRole('group', { name: /Fjerne orienteringen «Status i prosjektet»/ });
    fireEvent.click(within(question).getByRole('button', { name: 'Fjern' }));
    expect(subsOf(editor).map((sub) => sub.title)).toEqual(['Rekruttering']);
  });

  it('heads each «Orientering a)», or «Orientering 1.» when the committee numbers them, as its documents print them', async () => {
    await renderPanel(aMeeting({ items: [sak()] }), 'nb-NO', true);
    const add = await screen.findByRole('button', { name: 'Legg til orientering' });
    fireEvent.click(add);
    fireEvent.click(add);
    expect(screen.getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent)).toEqual(['Orientering 1.', 'Orientering 2.']);
    expect(screen.getByText(/De skrives som 1\. 2\. … under saken\./)).toBeTruthy();
    cleanup();
    await renderPanel(aMeeting({ items: [sak()] }));
    fireEvent.click(await screen.findByRole('button', { name: 'Legg til orientering' }));
    expect(screen.getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent)).toEqual(['Orientering a)']);
  });

  it('keeps an emptied title on screen with a message naming the field, and stores the last good one', async () => {
    const editor = await renderPanel(aMeeting({ items: [{ ...sak(), subItems: [{ id: 's', title: 'Budsjett', presenters: [], summary: [], attachmentIds: [] }] }] }), 'nn-NO');
    const title = await screen.findByRole('textbox', { name: /Tittel/ });
    fireEvent.change(title, { target: { value: '' } });
    expect(screen.getByText('Tittelen på orienteringa manglar. Ho blir lagra når ho har ein tittel.')).toBeTruthy();
    expect((title as HTMLInputElement).value).toBe('');
    expect(subsOf(editor)[0]?.title).toBe('Budsjett');
  });
});
