import { MeetingAutosave, type AutosaveDeps, type AutosaveSnapshot } from '../shared/autosave/meetingAutosave';
import { MEETING_DRAFT_KEY, type ItemPatch, type MeetingPatch } from '../shared/autosave/meetingDrafts';
import type { NetworkStatus } from '../shared/autosave/network';
import { StorageError, type ReadMeeting, type UnreadableRow } from '../../domain/ports';

export type { SaveConflict, SaveState } from '../shared/autosave/meetingAutosave';

/**
 * The referent's live meeting: the shared autosave engine (`ui/shared/autosave`) with the edits a
 * referent makes — a field of an item (proceedings, konklusjon, outcome) or of the meeting
 * (attendance, current item, status) at a time. Saves are quick (300 ms quiet, at least every
 * second) so the stage keeps up. `useMeetingSession` wraps it for React.
 */

export type SessionSnapshot = AutosaveSnapshot;

export interface SessionDeps extends AutosaveDeps {
  network: NetworkStatus;
}

export class MeetingSession extends MeetingAutosave {
  /** Item rows of the meeting that could not be read when it was opened: the rest works, these are named to the referent. */
  unreadable: readonly UnreadableRow[] = [];

  /**
   * Loads the stored meeting (or starts from `opened`, the meeting the surface has just read, so
   * opening costs no second read) and any drafts left from an earlier session, which are saved
   * (or shown as a conflict).
   */
  static async open(meetingId: string, deps: SessionDeps, opened?: ReadMeeting): Promise<MeetingSession> {
    const stored = opened?.value.id === meetingId ? opened : await deps.repository.getMeeting(meetingId);
    // Not in SharePoint (deleted, or another site's): a notFound, worded by its kind.
    if (!stored) throw new StorageError('notFound', `no meeting ${meetingId}`);
    const session = new MeetingSession(stored, deps);
    session.unreadable = stored.unreadable ?? [];
    await session.restoreDrafts();
    return session;
  }

  editItem(itemId: string, patch: ItemPatch): void {
    this.edit({ kind: 'item', key: itemId, patch });
  }

  editMeeting(patch: MeetingPatch): void {
    this.edit({ kind: 'meeting', key: MEETING_DRAFT_KEY, patch });
  }
}
