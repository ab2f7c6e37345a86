import { addItem, moveItem, removeItem, updateItem, type AgendaItemPatch, type NumberingContext } from '../../domain/agendaEditing';
import { renumberItems } from '../../domain/caseNumbering';
import { blankAgendaItem } from '../../domain/blankAgendaItem';
import type { AgendaItem, Committee, Meeting } from '../../domain/model';
import { ConflictError, OfflineError, type MeetingRepository, type Versioned } from '../../domain/ports';
import type { SaveState } from '../shared/SaveStateIndicator';
import type { WorkspaceDraftStore } from './workspaceDrafts';

/**
 * The secretariat's agenda while it is being edited: every change goes through the domain rules
 * (numbers renumber live while the meeting is a draft), is shown at once, and is saved in the
 * background, debounced, with the version it was based on. A conflict (someone else saved) or a
 * lost network never throws away what the user typed: the local meeting stays as it is until the
 * user chooses to reload or to keep theirs. Framework-free so it is tested without a DOM;
 * `useAgendaEditor` binds it to React.
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
}

export interface AgendaEditorOptions {
  repository: Pick<MeetingRepository, 'saveMeeting' | 'getMeeting'>;
  committee: Committee;
  /** The committee's other meetings (numbers continue from them). */
  otherMeetings: readonly Meeting[];
  debounceMs?: number;
  /** Wait before retrying a save while offline. */
  offlineRetryMs?: number;
  newId?: () => string;
  /** Keeps unsaved edits on this machine; without it edits live only in memory until saved. */
  drafts?: WorkspaceDraftStore;
  /** ISO instant source (tests). */
  now?: () => string;
}

type Listener = (state: AgendaEditorState) => void;

export class AgendaEditor {
  private state: AgendaEditorState;
  private readonly listeners = new Set<Listener>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> | undefined;
  private disposed = false;
  private lastDraftAt: string | undefined;
  private draftWrites: Promise<void> = Promise.resolve();

  constructor(
    initial: Versioned<Meeting>,
    private readonly options: AgendaEditorOptions,
  ) {
    this.state = { meeting: initial.value, version: initial.version, stored: initial.value, saveState: 'saved', dirty: false };
  }

  getState = (): AgendaEditorState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  private get numbering(): NumberingContext {
    return { committee: this.options.committee, otherMeetings: this.options.otherMeetings };
  }

  private set(next: Partial<AgendaEditorState>): void {
    this.state = { ...this.state, ...next };
    for (const listener of this.listeners) listener(this.state);
  }

  /** Applies a rule-checked change; a rule violation is reported and the meeting is left as it was. */
  private change(apply: (meeting: Meeting) => Meeting): boolean {
    let next: Meeting;
    try {
      next = apply(this.state.meeting);
    } catch (error) {
      this.set({ error });
      return false;
    }
    this.set({ meeting: next, dirty: true, error: undefined, saveState: this.state.saveState === 'conflict' ? 'conflict' : 'saving' });
    this.persistDraft();
    if (this.state.saveState !== 'conflict') this.scheduleSave();
    return true;
  }

  /** Writes the local meeting to the draft store, in order (the last write is the newest text). */
  private persistDraft(): void {
    const drafts = this.options.drafts;
    if (!drafts) return;
    const updatedAt = (this.options.now ?? (() => new Date().toISOString()))();
    this.lastDraftAt = updatedAt;
    const draft = { meetingId: this.state.meeting.id, basedOnVersion: this.state.version, updatedAt, meeting: this.state.meeting };
    this.draftWrites = this.draftWrites.then(() => drafts.put(draft)).catch(() => undefined);
  }

  private clearDraft(): void {
    const drafts = this.options.drafts;
    const at = this.lastDraftAt;
    if (!drafts || at === undefined) return;
    const meetingId = this.state.meeting.id;
    this.draftWrites = this.draftWrites.then(() => drafts.removeIfUnchanged(meetingId, at)).catch(() => undefined);
  }

  /**
   * Brings back edits left on this machine (a closed tab, a lost network). Made on the version that
   * is still stored: they are saved now. Made on an older one: shown as a conflict, the user decides.
   */
  async restoreDraft(): Promise<boolean> {
    const draft = await this.options.drafts?.get(this.state.meeting.id).catch(() => undefined);
    if (!draft || this.state.dirty) return false;
    this.lastDraftAt = draft.updatedAt;
    if (draft.basedOnVersion === this.state.version) {
      this.set({ meeting: draft.meeting, dirty: true, saveState: 'saving', error: undefined });
      this.scheduleSave(0);
    } else {
      this.set({ meeting: draft.meeting, dirty: true, saveState: 'conflict', error: new ConflictError('Utkastet på denne maskinen bygger på en eldre versjon.') });
    }
    return true;
  }

  /** Resolves when pending draft writes are done (tests, page hide). */
  async draftsWritten(): Promise<void> {
    await this.draftWrites;
  }

  /** Adds a new item before the closing row; returns its id (undefined when a rule said no). */
  addItem(title: string, fields: Partial<AgendaItem> = {}): string | undefined {
    const id = (this.options.newId ?? (() => crypto.randomUUID()))();
    const item = blankAgendaItem(id, { title, ...fields });
    return this.change((meeting) => addItem(meeting, item, this.numbering)) ? id : undefined;
  }

  updateItem(itemId: string, patch: AgendaItemPatch): boolean {
    return this.change((meeting) => updateItem(meeting, itemId, patch));
  }

  removeItem(itemId: string): boolean {
    return this.change((meeting) => removeItem(meeting, itemId, this.numbering));
  }

  /** Moves an item to a position among the numbered rows (drag and drop). */
  moveItem(itemId: string, toIndex: number): boolean {
    return this.change((meeting) => moveItem(meeting, itemId, toIndex, this.numbering));
  }

  /** "Flytt opp" / "Flytt ned": one place, never past the closing row. */
  moveBy(itemId: string, delta: -1 | 1): boolean {
    const open = this.state.meeting.items.filter((item) => !item.closing);
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
    this.clearTimer();
    this.set({ meeting: saved.value, version: saved.version, stored: saved.value, dirty: false, saveState: 'saved', error: undefined });
    this.clearDraft();
  }

  dismissError(): void {
    this.set({ error: undefined });
  }

  /** Saves now (before sending the notice, on leaving the page). */
  async flush(): Promise<void> {
    this.clearTimer();
    if (this.saving) await this.saving;
    if (this.state.dirty && this.state.saveState !== 'conflict') await this.save();
  }

  /** Conflict: drop the local changes and take what is stored. */
  async reload(): Promise<void> {
    const stored = await this.options.repository.getMeeting(this.state.meeting.id);
    if (!stored) return;
    this.adoptSaved(stored);
  }

  /** Conflict: write the local meeting over the stored one, based on the stored version. */
  async keepMine(): Promise<void> {
    const stored = await this.options.repository.getMeeting(this.state.meeting.id);
    this.set({ version: stored?.version, saveState: 'saving', error: undefined });
    await this.save();
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimer();
    this.listeners.clear();
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private scheduleSave(delay = this.options.debounceMs ?? 800): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.save();
    }, delay);
  }

  private async save(): Promise<void> {
    if (this.disposed) return;
    if (this.saving) {
      // One save at a time; the one running will notice newer changes and save again.
      await this.saving;
      return;
    }
    const snapshot = this.state.meeting;
    this.saving = (async () => {
      try {
        const saved = await this.options.repository.saveMeeting(snapshot, this.state.version);
        const newer = this.state.meeting !== snapshot;
        this.set({ version: saved.version, stored: saved.value, dirty: newer, saveState: newer ? 'saving' : 'saved', error: undefined });
        if (newer) this.scheduleSave(0);
        else this.clearDraft();
      } catch (error) {
        if (error instanceof ConflictError) {
          this.set({ saveState: 'conflict', error });
        } else if (error instanceof OfflineError) {
          this.set({ saveState: 'offline' });
          this.scheduleSave(this.options.offlineRetryMs ?? 5_000);
        } else {
          this.set({ saveState: 'error', error });
        }
      } finally {
        this.saving = undefined;
      }
    })();
    await this.saving;
  }
}
