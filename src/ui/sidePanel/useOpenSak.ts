import { useCallback, useState } from 'react';
import type { Meeting } from '../../domain/model';
import { sessionJournal, type SyncStorage } from '../shared/autosave/draftStore';

const KEY_PREFIX = 'motebok-open-sak:';

/** What the choice reads of the meeting. */
type OpenSakMeeting = Pick<Meeting, 'id' | 'status' | 'currentItemId'> & { items: readonly { id: string }[] };

/**
 * Which sak the referent's panel opens on. The sak she had open in this tab, if the panel is reloaded (Teams reloads a
 * side panel mid-meeting; she presses F5 after a hiccup): she goes on where she was writing, not where the møteleder
 * has moved the active sak meanwhile. Otherwise, while the meeting runs, the active sak (issue 14: one render less on
 * her way to ready); before the start and after the end, the saksliste. Kept in sessionStorage (this tab only, gone
 * with it): a sak's id, nothing of its content.
 */
export function initialOpenSak(meeting: OpenSakMeeting, storage: SyncStorage | undefined): string | undefined {
  const kept = read(storage, meeting.id);
  if (kept !== undefined && meeting.items.some((item) => item.id === kept)) return kept;
  return meeting.status === 'inProgress' ? meeting.currentItemId : undefined;
}

/** The open sak and its setter, which remembers it for a reload of this tab (undefined: the saksliste, nothing kept). */
export function useOpenSak(meeting: OpenSakMeeting, storage: SyncStorage | undefined = sessionJournal()) {
  const [openItemId, setOpenItemId] = useState(() => initialOpenSak(meeting, storage));
  const meetingId = meeting.id;
  const setOpen = useCallback(
    (itemId: string | undefined) => {
      setOpenItemId(itemId);
      remember(storage, meetingId, itemId);
    },
    [storage, meetingId],
  );
  return [openItemId, setOpen] as const;
}

function read(storage: SyncStorage | undefined, meetingId: string): string | undefined {
  try {
    return storage?.getItem(KEY_PREFIX + meetingId) ?? undefined;
  } catch {
    return undefined;
  }
}

function remember(storage: SyncStorage | undefined, meetingId: string, itemId: string | undefined) {
  try {
    if (itemId === undefined) storage?.removeItem(KEY_PREFIX + meetingId);
    else storage?.setItem(KEY_PREFIX + meetingId, itemId);
  } catch {
    // A full or blocked storage: the reload opens on the active sak instead, nothing lost.
  }
}
