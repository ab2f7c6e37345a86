import type { Meeting } from '../../../domain/model';
import { ConflictError, StorageError, type MeetingRepository, type ReadMeeting, type SaveOptions, type Versioned } from '../../../domain/ports';
import type { RowProblem } from '../../../domain/unreadableRows';
import type { DraftList, DraftStore } from './draftStore';
import { sameValue } from './fieldClashes';
import { applyDrafts, baseValues, conflictingFields, mergePatch, withUndoneInFlight, MEETING_DRAFT_KEY, type Draft, type DraftChange } from './meetingDrafts';
import { browserNetworkStatus, isOfflineFailure, type NetworkStatus } from './network';
import { SnapshotStore } from '../snapshotStore';
import type { SavedHere } from './removedWords';
import { wordingReady } from '../describeError';

/**
 * The one autosave engine of Møtebok, for every surface that edits a meeting (the workspace's
 * agenda, the side panel's referat): the stored meeting with the unsaved drafts laid over it.
 *
 * 1. Every change is a draft, kept in the draft store at once (survives a reload or a closed tab).
 * 2. Saved to SharePoint debounced (quiet `debounceMs`, at most `maxWaitMs` while typing), with the
 *    version it was based on; a click may `flush` at once.
 * 3. A 412 (ConflictError): re-read; if nobody else touched the drafts' fields it is just a stale
 *    version: rebase and save. Same field changed by someone else → 'conflict': the user's text
 *    stays and she chooses (`resolveConflict('mine' | 'theirs')`).
 * 4. Offline (one decision: `isOfflineFailure`) → 'offline'; the service asking us to wait (429, 503
 *    with Retry-After) → 'waiting', no error (up to `CALM_RETRIES` in a row); other failures → 'error'
 *    with a message; all retry with backoff (2 s … 30 s; the service's Retry-After when it gives one) and
 *    when the browser comes back online (which starts the backoff over). While the service's
 *    Retry-After runs, typing only adds to the drafts: nothing is sent before it is over.
 * 5. A disposed engine (the page went away, another meeting) sends nothing more: a save it had on
 *    its way is not rebased or retried, so it can never write over what a newer page saves.
 * 6. A newer stored version read here (a refresh, the re-read after a 412, a conflict resolved, a reload)
 *    that took out words this page saved in a sak's text this session, in a field with nothing unsaved
 *    here, is told as a `RemovedText` (the rule: `removedWords.ts`), until the user dismisses it.
 *
 * Plain class rather than a hook so the rules are tested with fake timers and no DOM.
 */

/**
 * 'waiting': Microsoft 365 asked us to wait (429, or 503 with Retry-After) and the save is retried then —
 * nothing is wrong yet, so it is not told as an error; after `CALM_RETRIES` such answers in a row it is 'error'.
 */
export type SaveState = 'saved' | 'saving' | 'offline' | 'waiting' | 'conflict' | 'error';

export interface SaveConflict {
  /** Item id (or MEETING_DRAFT_KEY) whose fields someone else changed meanwhile. */
  key: string;
  fields: string[];
  /** The stored meeting as the other person left it; what the user typed stays in `meeting`. */
  theirs: Meeting;
  /** Who changed that part last, as the storage names them with the rows it read (`ReadMeeting.changedBy`). */
  by?: string;
}

export interface AutosaveSnapshot {
  /** The meeting as the user sees it: stored + drafts. */
  meeting: Meeting;
  /** The meeting as last stored (what others see). */
  stored: Meeting;
  version: string;
  saveState: SaveState;
  /** Number of drafts not yet confirmed by SharePoint. */
  pendingCount: number;
  conflict?: SaveConflict;
  /** The failure behind 'conflict' or 'error'. */
  error?: unknown;
  /** Message for the last failed save, when saveState is 'error' and `describeError` was given. */
  errorMessage?: string;
  /** Drafts left on this machine that this version cannot read: kept in storage as they are, named to the user. */
  unreadableDrafts?: readonly DraftNotice[];
  /** Text this page saved that a newer stored version no longer holds (someone else's save took it out). */
  removedTexts?: readonly RemovedText[];
}

/** Someone else's save took out words the user saved from this page in a sak's text field (`removedWords.ts`). */
export interface RemovedText {
  /** The sak's id. */
  key: string;
  field: string;
  /** His units (konklusjon points, møtebehandling lines) as he saved them, whose words no longer stand. */
  removed: readonly string[];
  /** Who changed the sak last, as the read names them (`ReadMeeting.changedBy`). */
  by?: string;
  /** The stored version that took them out. */
  version: string;
}

/** The fields whose text the user is told about when someone else's save takes it out: what a referent writes in a sak. */
const TOLD_FIELDS: readonly string[] = ['proceedings', 'conclusion'];

type RemovedWordsRule = typeof import('./removedWords');

/**
 * A draft on this machine that could not be read (`draftNotice.ts`): the part it is for and what is
 * wrong, as data; `ui/shared/unreadableText.ts` words it in the user's language.
 */
export interface DraftNotice {
  key: string;
  /** The meeting, a sak of it (its number and title as they are now), or a sak no longer in it. */
  part: { kind: 'meeting' } | { kind: 'item'; caseNumber?: string; title: string } | { kind: 'gone' };
  problem: RowProblem;
}

export interface AutosaveDeps {
  /** `getMeetingIfChanged`, when given, makes `refresh` an eTag check that re-reads only changed rows. */
  repository: Pick<MeetingRepository, 'getMeeting' | 'saveMeeting'> & Partial<Pick<MeetingRepository, 'getMeetingIfChanged'>>;
  drafts: DraftStore;
  network?: NetworkStatus;
  now?: () => Date;
  /** Maps a failed save to a message for the user. */
  describeError?: (error: unknown) => string;
  /** Quiet time after the last change before saving to SharePoint. */
  debounceMs?: number;
  /** Longest a burst of typing may go unsaved, so others (the stage) keep up with a fast typist. */
  maxWaitMs?: number;
}

/** Values per field a draft remembers having sent: enough for the saves a reload can overtake. */
const SENT_VALUES_KEPT = 3;

const RETRY_DELAYS_MS = [2_000, 4_000, 8_000, 15_000, 30_000];

/**
 * A throttled save is told as waiting this many times in a row; then as an error (still retried every
 * 30 s, the text kept here). Judgement: five waits are a minute or more of a service that asked for seconds.
 */
const CALM_RETRIES = RETRY_DELAYS_MS.length;

export class MeetingAutosave {
  /** With who last changed each row when the read said (`changedBy`), so a clash can name them. */
  private stored: Versioned<Meeting> & Pick<ReadMeeting, 'changedBy'>;
  private readonly pending = new Map<string, Draft>();
  /** Closed on `dispose`: a disposed engine's last snapshot stays, and nobody is told anything again. */
  private readonly store: SnapshotStore<AutosaveSnapshot>;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private maxWaitTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryAttempt = 0;
  /** The pending retry waits the service's Retry-After (429/503): no save before it fires. */
  private retryAsked = false;
  private saving: Promise<void> | undefined;
  /** The drafts the save on its way writes, while it is on its way (`withUndoneInFlight`). */
  private inFlight: readonly Draft[] = [];
  private saveAgain = false;
  private state: SaveState = 'saved';
  private conflict: SaveConflict | undefined;
  private error: unknown;
  private errorMessage: string | undefined;
  private disposed = false;
  private readonly network: NetworkStatus;
  private readonly stopListeningOnline: () => void;
  /** Draft writes in flight, so `flush` can wait for IndexedDB too. */
  private draftWrites: Promise<void> = Promise.resolve();
  private unreadableDrafts: readonly DraftNotice[] = [];
  /** Per sak and text field (`TOLD_FIELDS`), what this page saved there this session: nothing on first load. */
  private readonly savedHere = new Map<string, Map<string, SavedHere>>();
  private removedTexts: readonly RemovedText[] = [];
  /** The rule (`removedWords.ts`), a chunk of its own fetched after this page first saves such a text. */
  private removedWords: Promise<RemovedWordsRule> | undefined;
  private removedWordsRule: RemovedWordsRule | undefined;

  constructor(
    stored: Versioned<Meeting>,
    private readonly deps: AutosaveDeps,
  ) {
    this.stored = stored;
    this.network = deps.network ?? browserNetworkStatus;
    this.store = new SnapshotStore(this.buildSnapshot());
    this.stopListeningOnline = this.network.onOnline(() => {
      // Back online is a fresh start: the backoff built up while offline says nothing about the service now.
      this.retryAttempt = 0;
      if (this.pending.size > 0 && this.state !== 'conflict') void this.saveNow();
    });
  }

  private get meetingId(): string {
    return this.stored.value.id;
  }

  getSnapshot = (): AutosaveSnapshot => this.store.getSnapshot();

  subscribe = (listener: () => void): (() => void) => this.store.subscribe(listener);

  /**
   * Brings back drafts left on this machine (a reload, a closed tab, a lost network); false when
   * there are none or the user has already changed something here. They are newer than SharePoint
   * and are saved, unless someone else changed the same fields since they were made: a conflict.
   */
  async restoreDrafts(): Promise<boolean> {
    const { drafts, unreadable } = await this.deps.drafts.listForMeeting(this.meetingId).catch((): DraftList => ({ drafts: [], unreadable: [] }));
    if (this.disposed) return false;
    if (unreadable.length > 0) {
      // Only when a draft cannot be read: its wording stays out of the pages' start-up (issue 14).
      const { draftNotices } = await import(/* webpackChunkName: "draft-problems" */ './draftNotice');
      if (this.disposed) return false;
      this.unreadableDrafts = draftNotices(unreadable, this.stored.value);
      this.publish();
    }
    if (drafts.length === 0 || this.pending.size > 0) return false;
    for (const draft of drafts) this.pending.set(draft.key, draft);
    const clash = this.clashWith(drafts, this.stored.value);
    if (clash) {
      this.conflict = { ...clash, theirs: this.stored.value, ...editorOf(this.stored, clash.key) };
      this.error = new ConflictError('the draft on this machine is based on an older version');
      this.setState('conflict');
    } else {
      this.setState('saving');
      void this.saveNow();
    }
    return true;
  }

  /**
   * Discards the part's stored draft this version could not read (the user chose to, from its notice):
   * until then it is kept, also aside when she changes the part here (`DraftStore.discardUnreadable`).
   */
  async discardUnreadableDraft(key: string): Promise<void> {
    await this.deps.drafts.discardUnreadable(this.meetingId, key);
    if (this.disposed) return;
    this.unreadableDrafts = this.unreadableDrafts.filter((notice) => notice.key !== key);
    this.publish();
  }

  /** Merges a change into the draft for its part (the side panel: a field at a time). */
  edit(change: DraftChange): void {
    const existing = this.pending.get(change.key);
    const merged: DraftChange =
      change.kind === 'item'
        ? { ...change, patch: mergePatch(existing?.kind === 'item' ? existing.patch : undefined, change.patch) }
        : { ...change, patch: mergePatch(existing?.kind === 'meeting' ? existing.patch : undefined, change.patch) };
    this.put(merged, existing);
    this.changed();
  }

  /**
   * Makes the drafts exactly these changes from the stored meeting (the workspace: each edit goes
   * through the domain rules and the whole difference is handed over). Parts no longer changed
   * lose their draft, unless the save on its way writes them: then they go back (`withUndoneInFlight`).
   */
  setChanges(measured: readonly DraftChange[]): void {
    const changes = withUndoneInFlight(measured, this.inFlight, this.stored.value);
    const keys = new Set(changes.map((change) => change.key));
    for (const [key, draft] of this.pending) {
      if (keys.has(key)) continue;
      this.pending.delete(key);
      this.forget(draft);
    }
    for (const change of changes) {
      const existing = this.pending.get(change.key);
      if (existing?.kind === change.kind && JSON.stringify(existing.patch) === JSON.stringify(change.patch)) continue;
      this.put(change, existing);
    }
    if (this.pending.size === 0 && !this.saving) {
      // Everything undone: nothing to save, to retry or to be in conflict about.
      this.clearTimers();
      this.setState('saved');
      return;
    }
    this.changed();
  }

  /**
   * Saves now and waits for it (leaving the view, sending the innkalling, generating the referat).
   * `keepalive`: the page hides or goes away (the side panel closed): the save is sent at once, not after the
   * draft store's IndexedDB (its journal is written already; a closing page's write may never finish). Every save
   * asks to outlive the page (`saveOnce`), this one and one already on its way alike.
   */
  async flush(options: SaveOptions = {}): Promise<void> {
    if (!options.keepalive) await this.draftWrites;
    await this.saveNow();
  }

  /** Resolves when the drafts written so far are in the draft store (tests, page hide). */
  async draftsWritten(): Promise<void> {
    await this.draftWrites;
  }

  /**
   * Picks up what others saved (the secretariat fixing a title, a co-referent) while nothing of
   * ours is waiting: with drafts pending, the next save meets their change anyway (412 → rebase).
   */
  async refresh(): Promise<void> {
    if (this.disposed || this.saving || this.pending.size > 0 || this.state === 'conflict') return;
    const before = this.stored.version;
    // An eTag check (ids and eTags only); only rows others changed are read again.
    const { repository } = this.deps;
    const read = repository.getMeetingIfChanged
      ? repository.getMeetingIfChanged(this.meetingId, before, this.stored.value)
      : repository.getMeeting(this.meetingId);
    const fresh = await read.catch(() => undefined);
    // Anything of ours that happened meanwhile (an edit, a save) makes this read stale: drop it.
    if (!fresh || fresh === 'unchanged' || this.disposed || this.saving || this.pending.size > 0 || this.stored.version !== before || fresh.version === before) return;
    this.arrived(fresh);
    this.publish();
  }

  /** He has read (and perhaps copied) what was taken out: not told again, until he saves that field anew. */
  dismissRemovedText(key: string, field: string): void {
    this.removedTexts = this.removedTexts.filter((told) => told.key !== key || told.field !== field);
    this.savedHere.get(key)?.delete(field);
    this.publish();
  }

  /** After a conflict: keep what the user typed (overwrite) or take the stored text for that part. */
  async resolveConflict(keep: 'mine' | 'theirs'): Promise<void> {
    const conflict = this.conflict;
    if (!conflict) return;
    this.conflict = undefined;
    const fresh = await this.deps.repository.getMeeting(this.meetingId);
    if (fresh) this.arrived(fresh);
    const draft = this.pending.get(conflict.key);
    if (draft && keep === 'theirs') {
      this.pending.delete(conflict.key);
      this.forget(draft);
    } else if (draft) {
      // She has seen their version and keeps hers: her draft is now based on it.
      this.pending.set(draft.key, { ...draft, base: baseValues(draft, Object.keys(draft.patch), this.stored.value) });
    }
    this.setState(this.pending.size > 0 ? 'saving' : 'saved');
    if (this.pending.size > 0) await this.saveNow();
  }

  /** Drops every unsaved change and shows what is stored now ("Last inn på nytt"). */
  async reload(): Promise<void> {
    const fresh = await this.deps.repository.getMeeting(this.meetingId);
    if (!fresh) return;
    this.adopt(fresh);
    // His drafts are gone now: what the stored version took out of what he saved is told as after any read.
    this.arrived(fresh);
    this.publish();
  }

  /** Someone else stored the meeting with our changes in it (the notice sender): the new base, no drafts. */
  adopt(saved: Versioned<Meeting>): void {
    this.clearTimers();
    this.stored = saved;
    for (const draft of this.pending.values()) this.forget(draft);
    this.pending.clear();
    this.retryAttempt = 0;
    this.setState('saved');
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimers();
    this.stopListeningOnline();
    this.store.close();
  }

  /** Stamps a change as a draft (time, the stored values it is based on) and writes it to the store. */
  private put(change: DraftChange, existing: Draft | undefined): void {
    const fields = Object.keys(change.patch);
    const known = existing?.base ?? {};
    const base = { ...baseValues(change, fields.filter((field) => !(field in known)), this.stored.value), ...known };
    const draft: Draft = { ...change, meetingId: this.meetingId, updatedAt: this.stamp(existing), base, ...(existing?.sent ? { sent: existing.sent } : {}) };
    this.pending.set(draft.key, draft);
    // Drafts first, synchronously started (the store journals at once and coalesces IndexedDB
    // writes): if the tab is reloaded a moment later, the change is still there.
    this.track(this.deps.drafts.put(draft));
  }

  private forget(draft: Draft): void {
    this.track(this.deps.drafts.deleteIfUnchanged(this.meetingId, draft.key, draft.updatedAt));
  }

  private track(write: Promise<void>): void {
    const settled = write.catch(() => undefined);
    this.draftWrites = Promise.all([this.draftWrites, settled]).then(() => undefined);
  }

  /** A strictly later instant than the draft it replaces, so "unchanged since" never mistakes two edits in one millisecond. */
  private stamp(existing: Draft | undefined): string {
    const now = this.deps.now?.() ?? new Date();
    const previous = existing ? Date.parse(existing.updatedAt) : Number.NaN;
    return (Number.isFinite(previous) && now.getTime() <= previous ? new Date(previous + 1) : now).toISOString();
  }

  private changed(): void {
    // During the service's Retry-After «Venter på Microsoft 365 – prøver igjen» (or the error) stays, and stays true.
    if (this.state === 'saved' || (this.state === 'error' && !this.retryAsked)) this.state = 'saving';
    this.publish();
    this.scheduleSave();
  }

  private scheduleSave(): void {
    // The retry timer saves whatever is pending then; sending sooner would ask a throttling service again.
    if (this.state === 'conflict' || this.retryAsked) return;
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
      if (this.pending.size > 0 && this.state !== 'conflict' && this.state !== 'offline' && !this.retryAsked) await this.saveNow();
    }
  }

  private async saveOnce(): Promise<void> {
    if (this.pending.size === 0 || this.state === 'conflict') return;
    this.setState('saving');
    // A conflict with nobody else's change in our fields is just a stale version: rebase and try again.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const sent = [...this.pending.values()].map((draft) => this.markSent(draft));
      this.inFlight = sent;
      // Every save asks to outlive the page, not only one sent as it hides: a save already on its way when she
      // closes the side panel (its preflight, its token, its body still going out) would otherwise be cancelled
      // with the page. The fetch middleware sends a body over the browser's 64 KiB quota as usual.
      const options: SaveOptions = { keepalive: true };
      try {
        const saved = await this.deps.repository.saveMeeting(applyDrafts(this.stored.value, sent), this.stored.version, options).finally(() => {
          this.inFlight = [];
        });
        if (this.disposed) return;
        this.stored = saved;
        this.rememberSaved(sent);
        this.settle(sent);
        this.retryAttempt = 0;
        this.error = undefined;
        this.errorMessage = undefined;
        this.setState(this.pending.size > 0 ? 'saving' : 'saved');
        if (this.pending.size > 0) this.scheduleSave();
        return;
      } catch (error) {
        if (this.disposed) return;
        if (!(error instanceof ConflictError)) {
          // A meeting the schema refuses, or a rule a use case refuses (a case number that cannot be written):
          // its wording is fetched first, so the failure names each field.
          await wordingReady(error);
          if (this.disposed) return;
          return this.failed(error);
        }
        const fresh = await this.deps.repository.getMeeting(this.meetingId).catch(() => undefined);
        if (this.disposed) return;
        if (!fresh) return this.failed(error);
        const clash = this.clashWith(sent, fresh.value);
        this.arrived(fresh);
        if (clash) {
          this.conflict = { ...clash, theirs: fresh.value, ...editorOf(fresh, clash.key) };
          this.error = error;
          this.setState('conflict');
          return;
        }
      }
    }
    this.failed(new ConflictError('the meeting keeps being changed by others: three rebases failed'));
  }

  /**
   * Records on the draft (and in the draft store, same `updatedAt`) the values about to be sent, so
   * a page reloaded before the answer came recognises its own write if it landed (`Draft.sent`).
   */
  private markSent(draft: Draft): Draft {
    const sent: Record<string, unknown[]> = { ...draft.sent };
    for (const [field, value] of Object.entries(draft.patch)) sent[field] = [...(sent[field] ?? []), value].slice(-SENT_VALUES_KEPT);
    const marked: Draft = { ...draft, sent };
    this.pending.set(draft.key, marked);
    this.track(this.deps.drafts.put(marked));
    return marked;
  }

  /** Keeps what a save wrote in a sak's text fields, from the stored value his writing there started from. */
  private rememberSaved(sent: readonly Draft[]): void {
    for (const draft of sent) {
      if (draft.kind !== 'item') continue;
      const fields = this.savedHere.get(draft.key) ?? new Map<string, SavedHere>();
      for (const field of TOLD_FIELDS.filter((name) => name in draft.patch)) {
        const before = fields.get(field);
        const mine = (draft.patch as Record<string, unknown>)[field];
        // Saved again on top of his own last save: his words are still counted from where he began;
        // on top of someone else's text (a refresh came between), from that text.
        const base = before && sameValue(before.mine, draft.base?.[field]) ? before.base : draft.base?.[field];
        fields.set(field, { base, mine });
      }
      if (fields.size > 0) this.savedHere.set(draft.key, fields);
    }
    // A save just reached SharePoint, so the network is there to fetch the rule before another's version comes.
    if (this.savedHere.size > 0) void this.removedWordsReady();
  }

  private removedWordsReady(): Promise<RemovedWordsRule> {
    this.removedWords ??= import(/* webpackChunkName: "removed-words" */ './removedWords').then((rule) => (this.removedWordsRule = rule));
    return this.removedWords;
  }

  /**
   * A newer stored version read here becomes the base; what it took out of what this page saved is told
   * (`removedTexts`, by the rule's chunk `removedWords.ts`, which this page fetched when it saved such a text).
   */
  private arrived(fresh: Versioned<Meeting> & Pick<ReadMeeting, 'changedBy'>): void {
    this.stored = fresh;
    if (this.savedHere.size === 0) return;
    const tell = (rule: RemovedWordsRule) => {
      this.removedTexts = rule.removedTexts(this.savedHere, fresh, this.pending, this.removedTexts, (key) => editorOf(fresh, key));
    };
    if (this.removedWordsRule) return tell(this.removedWordsRule);
    // The rule's chunk is still on its way (or failed: fetched again here): told once it is, if nothing newer came.
    this.removedWords = undefined;
    void this.removedWordsReady().then((rule) => {
      if (this.disposed || this.stored !== fresh) return;
      tell(rule);
      this.publish();
    }, () => undefined);
  }

  private clashWith(drafts: readonly Draft[], fresh: Meeting): Omit<SaveConflict, 'theirs'> | undefined {
    return drafts.map((draft) => ({ key: draft.key, fields: conflictingFields(draft, fresh, this.stored.value) })).find((c) => c.fields.length > 0);
  }

  /** Drops drafts SharePoint now holds, unless the user changed more meanwhile (those are now based on what was saved). */
  private settle(sent: Draft[]): void {
    for (const draft of sent) {
      const current = this.pending.get(draft.key);
      if (current?.updatedAt === draft.updatedAt) {
        this.pending.delete(draft.key);
        this.forget(draft);
      } else if (current) {
        this.pending.set(current.key, { ...current, base: baseValues(current, Object.keys(current.patch), this.stored.value) });
      }
    }
  }

  private failed(error: unknown): void {
    const offline = isOfflineFailure(error, this.network);
    const waiting = !offline && error instanceof StorageError && error.kind === 'throttled' && this.retryAttempt < CALM_RETRIES;
    this.error = offline || waiting ? undefined : error;
    this.errorMessage = offline || waiting ? undefined : this.deps.describeError?.(error);
    this.setState(offline ? 'offline' : waiting ? 'waiting' : 'error');
    const backoff = RETRY_DELAYS_MS[Math.min(this.retryAttempt, RETRY_DELAYS_MS.length - 1)] ?? 30_000;
    // The service said how long to wait (429/503 Retry-After): exactly that, as Microsoft asks —
    // not sooner, and not the longer backoff earlier failures built up, so "vi prøver igjen" keeps
    // its promise of Retry-After plus a few seconds.
    const asked = error instanceof StorageError && error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : undefined;
    this.retryAttempt += 1;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryAsked = asked !== undefined;
    this.retryTimer = setTimeout(
      () => {
        this.retryTimer = undefined;
        this.retryAsked = false;
        void this.saveNow();
      },
      asked ?? backoff,
    );
  }

  private clearTimers(): void {
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    if (this.maxWaitTimer) clearTimeout(this.maxWaitTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.debounceTimer = undefined;
    this.maxWaitTimer = undefined;
    this.retryTimer = undefined;
    this.retryAsked = false;
  }

  private setState(state: SaveState): void {
    this.state = state;
    if (state !== 'conflict') this.conflict = undefined;
    if (state !== 'conflict' && state !== 'error') this.error = undefined;
    this.publish();
  }

  private publish(): void {
    this.store.publish(this.buildSnapshot());
  }

  private buildSnapshot(): AutosaveSnapshot {
    return {
      meeting: applyDrafts(this.stored.value, this.pending.values()),
      stored: this.stored.value,
      version: this.stored.version,
      saveState: this.state,
      pendingCount: this.pending.size,
      ...(this.conflict ? { conflict: this.conflict } : {}),
      ...(this.error !== undefined && (this.state === 'conflict' || this.state === 'error') ? { error: this.error } : {}),
      ...(this.errorMessage && this.state === 'error' ? { errorMessage: this.errorMessage } : {}),
      ...(this.unreadableDrafts.length > 0 ? { unreadableDrafts: this.unreadableDrafts } : {}),
      ...(this.removedTexts.length > 0 ? { removedTexts: this.removedTexts } : {}),
    };
  }
}

/** `{ by }` when the read named who last changed the part behind `key` (a sak, or the meeting's own row). */
function editorOf(read: Pick<ReadMeeting, 'changedBy'>, key: string): { by: string } | Record<string, never> {
  const by = key === MEETING_DRAFT_KEY ? read.changedBy?.meeting : read.changedBy?.items[key];
  return by ? { by } : {};
}
