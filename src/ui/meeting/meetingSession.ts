import type { Meeting } from '../../domain/model';
import { ConflictError, OfflineError, type MeetingRepository, type Versioned } from '../../domain/ports';
import { MEETING_DRAFT_KEY, type Draft, type DraftStore, type ItemPatch, type MeetingPatch } from './draftStore';
import { applyDrafts, conflictingFields, mergePatch } from './meetingPatches';
import type { NetworkStatus } from './networkStatus';

/**
 * The referent's live meeting: the stored meeting with unsaved drafts laid over it. Every edit is
 * written to the draft store at once and to SharePoint debounced. Plain class rather than a hook so
 * the save rules can be tested with fake timers and no DOM; `useMeetingSession` wraps it for React.
 */

export type SaveState = 'saved' | 'saving' | 'offline' | 'conflict' | 'error';

export interface SaveConflict {
  /** Item id (or MEETING_DRAFT_KEY) whose text someone else changed meanwhile. */
  key: string;
  fields: string[];
  /** The stored meeting as the other person left it; what the referent typed stays in `meeting`. */
  theirs: Meeting;
}

export interface SessionSnapshot {
  meeting: Meeting;
  version: string;
  saveState: SaveState;
  /** Number of drafts not yet confirmed by SharePoint. */
  pendingCount: number;
  conflict?: SaveConflict;
  /** Norwegian message for the last failed save, when saveState is 'error'. */
  errorMessage?: string;
}

export interface SessionDeps {
  repository: Pick<MeetingRepository, 'getMeeting' | 'saveMeeting'>;
  drafts: DraftStore;
  network: NetworkStatus;
  now?: () => Date;
  /** Maps a failed save to a message for the user (the Graph layer's graphErrorMessage). */
  describeError?: (error: unknown) => string;
  /** Quiet time after the last keystroke before saving to SharePoint. */
  debounceMs?: number;
  /** Longest a burst of typing may go unsaved, so the stage keeps up with a fast typist. */
  maxWaitMs?: number;
}

export class MeetingNotFoundError extends Error {
  override readonly name = 'MeetingNotFoundError';
}

const RETRY_DELAYS_MS = [2_000, 4_000, 8_000, 15_000, 30_000];

export class MeetingSession {
  private stored: Versioned<Meeting>;
  private readonly pending = new Map<string, Draft>();
  private snapshot: SessionSnapshot;
  private readonly listeners = new Set<() => void>();
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private maxWaitTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryAttempt = 0;
  private saving: Promise<void> | undefined;
  private saveAgain = false;
  private state: SaveState = 'saved';
  private conflict: SaveConflict | undefined;
  private errorMessage: string | undefined;
  private disposed = false;
  private readonly stopListeningOnline: () => void;
  /** Draft writes in flight, so `flush` can wait for IndexedDB too. */
  private draftWrites: Promise<void> = Promise.resolve();

  private constructor(
    private readonly meetingId: string,
    stored: Versioned<Meeting>,
    drafts: Draft[],
    private readonly deps: SessionDeps,
  ) {
    this.stored = stored;
    for (const draft of drafts) this.pending.set(draft.key, draft);
    this.snapshot = this.buildSnapshot();
    this.stopListeningOnline = deps.network.onOnline(() => {
      if (this.pending.size > 0 && this.state !== 'conflict') void this.saveNow();
    });
  }

  /** Loads the stored meeting and any drafts left from an earlier session; those drafts win and are saved. */
  static async open(meetingId: string, deps: SessionDeps): Promise<MeetingSession> {
    const [stored, drafts] = await Promise.all([deps.repository.getMeeting(meetingId), deps.drafts.listForMeeting(meetingId)]);
    if (!stored) throw new MeetingNotFoundError(`Fant ikke møtet ${meetingId}.`);
    const session = new MeetingSession(meetingId, stored, drafts, deps);
    if (drafts.length > 0) void session.saveNow();
    return session;
  }

  getSnapshot = (): SessionSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  editItem(itemId: string, patch: ItemPatch): void {
    const existing = this.pending.get(itemId);
    this.edit({
      kind: 'item',
      meetingId: this.meetingId,
      key: itemId,
      patch: mergePatch(existing?.kind === 'item' ? existing.patch : undefined, patch),
      updatedAt: this.now().toISOString(),
    });
  }

  editMeeting(patch: MeetingPatch): void {
    const existing = this.pending.get(MEETING_DRAFT_KEY);
    this.edit({
      kind: 'meeting',
      meetingId: this.meetingId,
      key: MEETING_DRAFT_KEY,
      patch: mergePatch(existing?.kind === 'meeting' ? existing.patch : undefined, patch),
      updatedAt: this.now().toISOString(),
    });
  }

  /** Saves now and waits for it (leaving the view, generating the referat). */
  async flush(): Promise<void> {
    await this.draftWrites;
    await this.saveNow();
  }

  /**
   * Picks up what others saved (the secretariat fixing a title, a co-referent) while nothing of
   * ours is waiting: with drafts pending, the next save meets their change anyway (412 → rebase).
   */
  async refresh(): Promise<void> {
    if (this.disposed || this.saving || this.pending.size > 0 || this.state === 'conflict') return;
    const before = this.stored.version;
    const fresh = await this.deps.repository.getMeeting(this.meetingId).catch(() => undefined);
    // Anything of ours that happened meanwhile (an edit, a save) makes this read stale: drop it.
    if (!fresh || this.disposed || this.saving || this.pending.size > 0 || this.stored.version !== before || fresh.version === before) return;
    this.stored = fresh;
    this.publish();
  }

  /** After a conflict: keep what the referent typed (overwrite) or take the stored text. */
  async resolveConflict(keep: 'mine' | 'theirs'): Promise<void> {
    const conflict = this.conflict;
    if (!conflict) return;
    this.conflict = undefined;
    const fresh = await this.deps.repository.getMeeting(this.meetingId);
    if (fresh) this.stored = fresh;
    if (keep === 'theirs') {
      const draft = this.pending.get(conflict.key);
      this.pending.delete(conflict.key);
      if (draft) await this.deps.drafts.deleteIfUnchanged(this.meetingId, draft.key, draft.updatedAt);
    }
    this.setState(this.pending.size > 0 ? 'saving' : 'saved');
    if (this.pending.size > 0) await this.saveNow();
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimers();
    this.stopListeningOnline();
    this.listeners.clear();
  }

  private edit(draft: Draft): void {
    this.pending.set(draft.key, draft);
    // Drafts first, synchronously started (the store journals at once and coalesces IndexedDB
    // writes): if the tab is reloaded a moment later, the keystroke is still there.
    const written = this.deps.drafts.put(draft).catch(() => undefined);
    this.draftWrites = Promise.all([this.draftWrites, written]).then(() => undefined);
    if (this.state === 'saved' || this.state === 'error') this.state = 'saving';
    this.publish();
    this.scheduleSave();
  }

  private scheduleSave(): void {
    if (this.state === 'conflict') return;
    const debounceMs = this.deps.debounceMs ?? 300;
    const maxWaitMs = this.deps.maxWaitMs ?? 1_000;
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => void this.saveNow(), debounceMs);
    this.maxWaitTimer ??= setTimeout(() => void this.saveNow(), maxWaitMs);
  }

  private async saveNow(): Promise<void> {
    if (this.disposed) return;
    this.clearTimers();
    if (this.saving) {
      this.saveAgain = true;
      return this.saving;
    }
    this.saving = this.saveOnce().finally(() => {
      this.saving = undefined;
    });
    await this.saving;
    if (this.saveAgain && !this.disposed) {
      this.saveAgain = false;
      if (this.pending.size > 0 && this.state !== 'conflict' && this.state !== 'offline') await this.saveNow();
    }
  }

  private async saveOnce(): Promise<void> {
    if (this.pending.size === 0 || this.state === 'conflict') return;
    this.setState('saving');
    // A conflict with nobody else's change in our fields is just a stale eTag: rebase and try again.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const sent = [...this.pending.values()];
      try {
        this.stored = await this.deps.repository.saveMeeting(applyDrafts(this.stored.value, sent), this.stored.version);
        await this.settle(sent);
        this.retryAttempt = 0;
        this.errorMessage = undefined;
        this.setState(this.pending.size > 0 ? 'saving' : 'saved');
        if (this.pending.size > 0) this.scheduleSave();
        return;
      } catch (error) {
        if (error instanceof ConflictError) {
          const fresh = await this.deps.repository.getMeeting(this.meetingId).catch(() => undefined);
          if (!fresh) return this.failed(error);
          const clash = sent
            .map((draft) => ({ key: draft.key, fields: conflictingFields(draft, this.stored.value, fresh.value) }))
            .find((c) => c.fields.length > 0);
          if (clash) {
            this.conflict = { ...clash, theirs: fresh.value };
            this.stored = fresh;
            this.setState('conflict');
            return;
          }
          this.stored = fresh;
          continue;
        }
        return this.failed(error);
      }
    }
    this.failed(new ConflictError('Møtet endres stadig av andre; prøver igjen.'));
  }

  /** Drops drafts SharePoint now holds, unless the referent typed more meanwhile. */
  private async settle(sent: Draft[]): Promise<void> {
    for (const draft of sent) {
      if (this.pending.get(draft.key)?.updatedAt === draft.updatedAt) this.pending.delete(draft.key);
    }
    await this.draftWrites;
    await Promise.all(sent.map((d) => this.deps.drafts.deleteIfUnchanged(this.meetingId, d.key, d.updatedAt)));
  }

  private failed(error: unknown): void {
    const offline = !this.deps.network.isOnline() || error instanceof OfflineError;
    this.errorMessage = offline ? undefined : (this.deps.describeError?.(error) ?? 'Kunne ikke lagre. Prøver igjen.');
    this.setState(offline ? 'offline' : 'error');
    const delay = RETRY_DELAYS_MS[Math.min(this.retryAttempt, RETRY_DELAYS_MS.length - 1)] ?? 30_000;
    this.retryAttempt += 1;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.saveNow();
    }, delay);
  }

  private clearTimers(): void {
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    if (this.maxWaitTimer) clearTimeout(this.maxWaitTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.debounceTimer = undefined;
    this.maxWaitTimer = undefined;
    this.retryTimer = undefined;
  }

  private setState(state: SaveState): void {
    this.state = state;
    if (state !== 'conflict') this.conflict = undefined;
    this.publish();
  }

  private publish(): void {
    this.snapshot = this.buildSnapshot();
    for (const listener of this.listeners) listener();
  }

  private buildSnapshot(): SessionSnapshot {
    return {
      meeting: applyDrafts(this.stored.value, this.pending.values()),
      version: this.stored.version,
      saveState: this.state,
      pendingCount: this.pending.size,
      ...(this.conflict ? { conflict: this.conflict } : {}),
      ...(this.errorMessage ? { errorMessage: this.errorMessage } : {}),
    };
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }
}
