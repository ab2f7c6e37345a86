import { useSyncExternalStore } from 'react';
import { act, screen } from '@testing-library/react';
import type { Committee, Meeting } from '../../../domain/model';
import type { AgendaEditor } from '../agendaEditor';
import { AgendaList } from '../AgendaList';
import { storedEditor } from './storedEditor';
import { renderWithServices } from './renderWithServices';

/** The saksliste of `meeting`, editing through a stored editor, as the workspace shows it. */
export async function renderAgendaList(committee: Committee, meeting: Meeting, locale = 'nb-NO'): Promise<AgendaEditor> {
  const { repository, editor } = await storedEditor(committee, meeting);
  function Harness() {
    const state = useSyncExternalStore(editor.subscribe, () => editor.getState());
    return <AgendaList committee={committee} meeting={state.meeting} editor={editor} />;
  }
  renderWithServices(<Harness />, repository, { locale });
  return editor;
}

export const agendaTitles = (editor: AgendaEditor) => editor.getState().meeting.items.map((item) => item.title);
/** The rows' drag handles: there once dnd-kit's chunk is here and the rows have switched to it. */
export const dragHandles = () => screen.queryAllByRole('button', { name: /^Dra for å flytte/ });
/** Lets timers and promises run for 20 ms. */
export const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));
