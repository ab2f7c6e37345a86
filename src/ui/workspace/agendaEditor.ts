import { newItemConfidentiality } from '../../domain/newItemConfidentiality';
import { addItem, moveItem, removeItem, updateItem, type AgendaItemPatch, type NumberingContext } from '../../domain/agendaEditing';
import { renumberItems, type NumberedMeeting } from '../../domain/caseNumbering';
import { withTemplateRowFlags } from '../../domain/fixedRows';
import { blankAgendaItem } from '../../domain/blankAgendaItem';
import type { AgendaItem, Committee, Meeting } from '../../domain/model';
import type { MeetingRepository, Versioned } from '../../domain/ports';
import { createMemoryDraftStore, type DraftStore } from '../shared/autosave/draftStore';
import { MeetingAutosave, type AutosaveSnapshot, type SaveState } from '../shared/autosave/meetingAutosave';
import { changesBetween } from '../shared/autosave/meetingDrafts';
import type { NetworkStatus } from '../shared/autosave/network';
import { SnapshotStore } from '../shared/snapshotStore';
import { wordingReady } from '../shared/describeError';

/**
 * The secretariat's agenda while it is being edited: every change goes through the domain rules
 * (numbers renumber live while the meeting is a draft) and is shown at once; the difference from
 * the stored meeting goes to the shared autosave engine (`ui/shared/autosave`) as per-item and
 * meeting drafts, kept on this machine and saved in the background with the version they were
 * based on. Someone else's change to other items or fields is merged (rebase); a change to the
 * same field, or a lost network, never throws away what the user typed: she chooses to reload or
 * to keep hers. Framework-free so it is tested without a DOM; `useAgendaEditor` binds it to React.
 */
export interface AgendaEditorState {
  meeting: Meeting;
  /** Version of the stored meeting the local one is based on. */
  version: string | undefined;
  /**
   * The meeting as last stored (saved here or by the notice sender): what the rest of the
   * workspace (the meeting list) shows, so it never needs a copy of its own kept in sync.
   */
  stored: Meeting;
  saveState: SaveState;
  /** Unsaved local changes exist. */
  dirty: boolean;
  /** The last rule violation or save failure, for ErrorMessageBar. */
  error?: unknown;
  /** Drafts on this machine this version cannot read (kept as they are), for UnreadableRowsBar. */
  unreadableDrafts?: AutosaveSnapshot['unreadableDrafts'];
}

export interface AgendaEditorOptions {
  repository: Pick<MeetingRepository, 'saveMeeting' | 'getMeeting'>;
  committee: Committee;
  /** The case numbers of the committee's other meetings that year (numbers continue from them). */
  otherMeetings: readonly NumberedMeeting[];
  /** Keeps unsaved edits on this machine (the page's draft store in the app); in memory only without it. */
  drafts?: DraftStore;
  /** Quiet time before saving; the engine's default otherwise. */
  debounceMs?: number;
  network?: NetworkStatus;
  newId?: () => string;
  /** Clock for draft time stamps (tests). */
  now?: () => Date;
}

/** Bounds "keep mine" when others keep changing the meeting while it resolves. */
const MAX_CONFLICTING_PARTS = 50;

export class AgendaEditor {
  private readonly autosave: MeetingAutosave;
  /** The state the views read; told once per change (the engine's publish is the only one). */
  private readonly store: SnapshotStore<AgendaEditorState>;
  /** A change the rules refused, shown until the next change or dismissal. */
  private ruleError: unknown;
  /** A save failure the user dismissed (it stays dismissed until another one comes). */
  private dismissed: unknown;

  constructor(
    initial: Versioned<Meeting>,
    private readonly options: AgendaEditorOptions,
  ) {
    const { repository, drafts = createMemoryDraftStore(), debounceMs, network, now } = options;
    this.autosave = new MeetingAutosave(initial, {
      repository,
      drafts,
      ...(debounceMs !== undefined ? { debounceMs } : {}),
      ...(network ? { network } : {}),
      ...(now ? { now } : {}),
    });
    this.store = new SnapshotStore(this.stateOf(this.autosave.getSnapshot()));
    this.autosave.subscribe(() => this.publish());
  }

  getState = (): AgendaEditorState => this.store.getSnapshot();

  /** Tells `listener` the new state after every change, until the returned function is called. */
  subscribe = (listener: (state: AgendaEditorState) => void): (() => void) => this.store.subscribe(() => listener(this.store.getSnapshot()));

  private get numbering(): NumberingContext {
    return { committee: this.options.committee, otherMeetings: this.options.otherMeetings };
  }

  private stateOf(snapshot: AutosaveSnapshot): AgendaEditorState {
    const saveError = snapshot.error !== this.dismissed ? snapshot.error : undefined;
    const error = this.ruleError ?? saveError;
    return {
      // A meeting stored before its fixed rows had flags is edited as the template made it; nothing is written by reading it.
      meeting: this.read(snapshot.meeting),
      version: snapshot.version,
      stored: snapshot.stored,
      saveState: snapshot.saveState,
      dirty: snapshot.pendingCount > 0,
      ...(error !== undefined ? { error } : {}),
      ...(snapshot.unreadableDrafts ? { unreadableDrafts: snapshot.unreadableDrafts } : {}),
    };
  }

  /** The meeting as the rules read it: a meeting stored before its fixed rows had flags, as the template made it (`withTemplateRowFlags`). */
  private read(meeting: Meeting): Meeting {
    return withTemplateRowFlags(meeting, this.options.committee);
  }

  private publish(): void {
    this.store.publish(this.stateOf(this.autosave.getSnapshot()));
  }

  /** Applies a rule-checked change; a rule violation is reported and the meeting is left as it was. */
  private change(apply: (meeting: Meeting) => Meeting): boolean {
    let next: Meeting;
    try {
      next = apply(this.getState().meeting);
    } catch (error) {
      this.ruleError = error;
      // Shown once its words are here (the rules' reasons are a chunk of their own), unless a change came first.
      void wordingReady(error).then(() => {
        if (this.ruleError === error) this.publish();
      });
      return false;
    }
    this.ruleError = undefined;
    // The engine publishes every `setChanges` (and so this editor, once): no second notice here.
    // Against the meeting as stored: flags read from the template (`read`) are written with the secretary's next change.
    this.autosave.setChanges(changesBetween(this.autosave.getSnapshot().stored, next));
    return true;
  }

  /**
   * Brings back edits left on this machine (a closed tab, a lost network): saved now, merged with
   * what others stored meanwhile; shown as a conflict only where someone changed the same field.
   */
  restoreDraft(): Promise<boolean> {
    return this.autosave.restoreDrafts();
  }

  /** Discards a draft on this machine that could not be read (the user chose to, from its notice). */
  discardUnreadableDraft(key: string): Promise<void> {
    return this.autosave.discardUnreadableDraft(key);
  }

  /** Resolves when pending draft writes are done (tests, page hide). */
  draftsWritten(): Promise<void> {
    return this.autosave.draftsWritten();
  }

  /**
   * Adds a new item before the closing row; returns its id (undefined when a rule said no). It starts
   * unntatt offentlighet or in a lukket møte when the committee says new saker do (`newItemConfidentiality`).
   */
  addItem(title: string, fields: Partial<AgendaItem> = {}): string | undefined {
    const id = (this.options.newId ?? (() => crypto.randomUUID()))();
    const confidentiality = newItemConfidentiality(this.options.committee);
    const item = blankAgendaItem(id, { title, ...(confidentiality === undefined ? {} : { confidentiality }), ...fields });
    return this.change((meeting) => addItem(meeting, item, this.numbering)) ? id : undefined;
  }

  updateItem(itemId: string, patch: AgendaItemPatch): boolean {
    // Only a numbered sak takes a number: a sak made a heading or an unnumbered row gives its number up (and the
    // saker after it move up while the meeting is a draft), and a row made a sak gets one. A sakstype may have a
    // numbering series of its own (a referatsak: RS 1/26), so a draft's sak given another kind is numbered in its series.
    if (patch.row !== undefined || patch.kinds !== undefined) {
      return this.change((meeting) => renumberItems(updateItem(meeting, itemId, patch), this.options.committee, this.options.otherMeetings));
    }
    return this.change((meeting) => updateItem(meeting, itemId, patch));
  }

  removeItem(itemId: string): boolean {
    return this.change((meeting) => removeItem(meeting, itemId, this.numbering));
  }

  /** Moves an item to a position among the numbered rows (drag and drop). */
  moveItem(itemId: string, toIndex: number): boolean {
    return this.change((meeting) => moveItem(meeting, itemId, toIndex, this.numbering));
  }

  /** "Flytt opp" / "Flytt ned": one place, never past the closing rows (a numbered «Eventuelt» too); above the opening row the rules refuse, saying why. */
  moveBy(itemId: string, delta: -1 | 1): boolean {
    const open = this.getState().meeting.items.filter((item) => !item.closing && !item.numberedClosing);
    const index = open.findIndex((item) => item.id === itemId);
    if (index < 0) return this.moveItem(itemId, 0); // unknown or closing: let the rules explain
    const target = index + delta;
    if (target < 0 || target >= open.length) return false;
    return this.moveItem(itemId, target);
  }

  /** Meeting-level fields (place, time, chair …) and whole-meeting changes made elsewhere (attachments). */
  updateMeeting(apply: (meeting: Meeting) => Meeting): boolean {
    return this.change((meeting) => renumberItems(apply(meeting), this.options.committee, this.options.otherMeetings));
  }

  /** Another component stored the meeting (the notice sender): adopt it as the new base. */
  adoptSaved(saved: Versioned<Meeting>): void {
    this.ruleError = undefined;
    this.autosave.adopt(saved);
  }

  dismissError(): void {
    this.ruleError = undefined;
    this.dismissed = this.autosave.getSnapshot().error;
    this.publish();
  }

  /** Saves now (before sending the notice, on leaving the page). */
  flush(): Promise<void> {
    return this.autosave.flush();
  }

  /** Conflict: drop the local changes and take what is stored. */
  reload(): Promise<void> {
    return this.autosave.reload();
  }

  /** Conflict: write the local changes over the stored ones ("Behold min versjon" covers every clashing part). */
  async keepMine(): Promise<void> {
    for (let part = 0; part < MAX_CONFLICTING_PARTS && this.autosave.getSnapshot().conflict; part += 1) await this.autosave.resolveConflict('mine');
  }

  dispose(): void {
    this.autosave.dispose();
    this.store.close();
  }
}
