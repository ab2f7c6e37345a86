import { useEffect, useState, useSyncExternalStore } from 'react';
import type { NumberedMeeting } from '../../domain/caseNumbering';
import type { Committee, Meeting } from '../../domain/model';
import type { MeetingRepository, Versioned } from '../../domain/ports';
import { AgendaEditor, type AgendaEditorState } from './agendaEditor';
import { browserDraftStore } from '../shared/autosave/draftStore';

const drafts = browserDraftStore();

const noSubscription = () => () => undefined;
const nothing = () => undefined;

/**
 * Binds an AgendaEditor to React: one editor per opened meeting (none while no meeting is open),
 * replaced when another is opened. Held by the workspace itself, so the meeting list and the
 * editor read the same state. Unsaved edits are flushed when the page is hidden (tab closed,
 * Teams navigates away) and when another meeting is opened.
 */
export function useAgendaEditor(
  stored: Versioned<Meeting> | undefined,
  committee: Committee | undefined,
  otherMeetings: readonly NumberedMeeting[],
  repository: MeetingRepository,
): { editor: AgendaEditor; state: AgendaEditorState } | undefined {
  const create = () => (stored && committee ? new AgendaEditor(stored, { repository, committee, otherMeetings, drafts }) : undefined);
  const [editor, setEditor] = useState(create);
  const openId = stored && committee ? `${committee.id}/${stored.value.id}` : undefined;
  const [forId, setForId] = useState(openId);
  if (forId !== openId) {
    // Another meeting was opened: a fresh editor (state derived from props, React's documented pattern).
    // Only the id counts: later copies of the same meeting come from this editor's own saves.
    setForId(openId);
    setEditor(create());
  }
  useEffect(() => {
    // Edits left on this machine (closed tab, lost network) come back when the meeting is opened.
    void editor?.restoreDraft();
  }, [editor]);
  useEffect(() => {
    if (!editor) return;
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
  const state = useSyncExternalStore(editor?.subscribe ?? noSubscription, editor?.getState ?? nothing);
  return editor && state ? { editor, state } : undefined;
}
