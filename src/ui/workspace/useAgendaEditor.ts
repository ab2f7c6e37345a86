import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Committee, Meeting } from '../../domain/model';
import type { MeetingRepository, Versioned } from '../../domain/ports';
import { AgendaEditor, type AgendaEditorState } from './agendaEditor';
import { browserWorkspaceDraftStore } from './workspaceDrafts';

const drafts = browserWorkspaceDraftStore();

/**
 * Binds an AgendaEditor to React: one editor per opened meeting, disposed when another is opened.
 * Unsaved edits are flushed when the page is hidden (tab closed, Teams navigates away).
 */
export function useAgendaEditor(
  stored: Versioned<Meeting>,
  committee: Committee,
  otherMeetings: readonly Meeting[],
  repository: MeetingRepository,
): { editor: AgendaEditor; state: AgendaEditorState } {
  const [editor, setEditor] = useState(() => new AgendaEditor(stored, { repository, committee, otherMeetings, drafts }));
  const [forId, setForId] = useState(stored.value.id);
  if (forId !== stored.value.id) {
    // Another meeting was opened: a fresh editor (state derived from props, React's documented pattern).
    setForId(stored.value.id);
    setEditor(new AgendaEditor(stored, { repository, committee, otherMeetings, drafts }));
  }
  useEffect(() => {
    // Edits left on this machine (closed tab, lost network) come back when the meeting is opened.
    void editor.restoreDraft();
  }, [editor]);
  useEffect(() => {
    const flush = () => {
      if (document.visibilityState === 'hidden') void editor.flush();
    };
    document.addEventListener('visibilitychange', flush);
    return () => {
      document.removeEventListener('visibilitychange', flush);
      // Save what is pending; no dispose(): StrictMode re-runs effects on the same editor.
      void editor.flush();
    };
  }, [editor]);
  const state = useSyncExternalStore(editor.subscribe, editor.getState);
  return { editor, state };
}
