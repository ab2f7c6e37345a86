import * as v from 'valibot';
import type { IDBPDatabase } from 'idb';
import { DraftSchema, isUnreadableDraft, keptAside, keptKey, type Draft } from './meetingDrafts';
import { DRAFTS_BY_MEETING, DRAFTS_DATABASE, DRAFTS_STORE, openDraftsDatabase, pageDraftsDatabase } from './draftsDatabase';

/**
 * Where drafts wait for SharePoint: every change lands here first (IndexedDB, never
 * localStorage), so a reload, a closed laptop or a lost network loses nothing. Keyed by meeting +
 * part (item id or MEETING_DRAFT_KEY). One store per page, shared by the workspace and the side panel.
 */

/**
 * A meeting's drafts. `unreadable`: the stored rows this version cannot read as drafts (written by a
 * newer version, with a field this one does not know, or broken), as they are (empty when none). They
 * are neither trimmed to fit nor deleted nor overwritten: they stay in storage for a version that reads
 * them — moved aside under a key of their own (`KeptDraft`) when the user changes the same part here —
 * until the user discards them, and the user is told (`draftNotice.ts`, loaded only then).
 */
export interface DraftList {
  drafts: Draft[];
  unreadable: readonly unknown[];
}

/** The drafts among stored rows, with the rows that could not be read kept aside. */
function draftListOf(rows: readonly unknown[]): DraftList {
  const drafts: Draft[] = [];
  const unreadable: unknown[] = [];
  for (const row of rows) {
    const parsed = v.safeParse(DraftSchema(), row);
    if (parsed.success) drafts.push(parsed.output);
    else unreadable.push(row);
  }
  return { drafts, unreadable };
}

export interface DraftStore {
  put(draft: Draft): Promise<void>;
  listForMeeting(meetingId: string): Promise<DraftList>;
  /** Removes the draft only if it is still the one written at `updatedAt` (nothing typed since). */
  deleteIfUnchanged(meetingId: string, key: string, updatedAt: string): Promise<void>;
  /** Removes the part's stored draft this version cannot read, kept aside or not (the user discards it); never a readable draft. */
  discardUnreadable(meetingId: string, key: string): Promise<void>;
}

const STORE = DRAFTS_STORE;

/** A draft store on a connection of its own to the database `databaseName` (tests, the bench). */
export async function openIndexedDbDraftStore(databaseName = DRAFTS_DATABASE): Promise<DraftStore> {
  return draftStoreOn(await openDraftsDatabase(databaseName));
}

/** The draft store on an open connection to the drafts database (`draftsDatabase.ts`). */
function draftStoreOn(db: IDBPDatabase): DraftStore {
  // Keystrokes come faster than IndexedDB transactions: per key only the newest draft is written,
  // one write at a time, so a burst of typing costs a few writes and the last one always lands.
  const newest = new Map<string, Draft>();
  const writing = new Map<string, Promise<void>>();
  const idOf = (meetingId: string, key: string) => `${meetingId}\u0000${key}`;
  const writeNewest = (id: string): Promise<void> => {
    const inFlight = writing.get(id);
    if (inFlight) return inFlight.then(() => (newest.has(id) ? writeNewest(id) : undefined));
    const draft = newest.get(id);
    if (!draft) return Promise.resolve();
    newest.delete(id);
    const write = putKeepingUnreadable(draft).then(
      () => undefined,
      () => undefined,
    );
    writing.set(id, write);
    return write.finally(() => writing.delete(id));
  };
  // A draft this version cannot read in the part's place is moved aside, never overwritten.
  const putKeepingUnreadable = async (draft: Draft): Promise<void> => {
    const tx = db.transaction(STORE, 'readwrite');
    const existing: unknown = await tx.store.get([draft.meetingId, draft.key]);
    if (isUnreadableDraft(existing)) await tx.store.put(keptAside(draft.meetingId, draft.key, existing));
    await tx.store.put(draft);
    await tx.done;
  };
  return {
    async put(draft) {
      const parsed = v.parse(DraftSchema(), draft);
      const id = idOf(parsed.meetingId, parsed.key);
      newest.set(id, parsed);
      await writeNewest(id);
    },
    async listForMeeting(meetingId) {
      await Promise.all([...writing.values()]);
      const rows: unknown[] = await db.getAllFromIndex(STORE, DRAFTS_BY_MEETING, meetingId);
      // IndexedDB is a boundary: a row written by another version of the app may not fit this one.
      return draftListOf(rows);
    },
    async deleteIfUnchanged(meetingId, key, updatedAt) {
      await writing.get(idOf(meetingId, key));
      const tx = db.transaction(STORE, 'readwrite');
      const current = v.safeParse(DraftSchema(), await tx.store.get([meetingId, key]));
      if (current.success && current.output.updatedAt === updatedAt) await tx.store.delete([meetingId, key]);
      await tx.done;
    },
    async discardUnreadable(meetingId, key) {
      await writing.get(idOf(meetingId, key));
      const tx = db.transaction(STORE, 'readwrite');
      for (const stored of [key, keptKey(key)]) if (isUnreadableDraft(await tx.store.get([meetingId, stored]))) await tx.store.delete([meetingId, stored]);
      await tx.done;
    },
  };
}

/** The part of the Storage interface the journal uses (window.sessionStorage in the browser). */
export interface SyncStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

const JOURNAL_PREFIX = 'motebok-draft:';

/**
 * IndexedDB is asynchronous: a reload a few milliseconds after the last keystroke can beat the
 * write. So every draft is also written synchronously to a journal in sessionStorage, which
 * survives a reload of the same tab (never localStorage: drafts stay on this tab, see eslint).
 * Reading merges both; the newest `updatedAt` per key wins. Closing the tab leaves IndexedDB.
 */
export function withSessionJournal(durable: DraftStore, journal: SyncStorage): DraftStore {
  const journalKey = (meetingId: string, key: string) => `${JOURNAL_PREFIX}${meetingId}\u0000${key}`;
  const tryJournal = (write: () => void) => {
    try {
      write();
    } catch {
      // A full or disabled sessionStorage leaves IndexedDB alone in charge; nothing to tell the user.
    }
  };
  // Names this journal wrote (readable drafts): only the first write of a part looks at what was there.
  const written = new Set<string>();
  return {
    put(draft) {
      tryJournal(() => {
        const name = journalKey(draft.meetingId, draft.key);
        // A draft this version cannot read in the part's place is moved aside, never overwritten.
        if (!written.has(name)) {
          const existing = safeJson(journal.getItem(name));
          const aside = keptAside(draft.meetingId, draft.key, existing);
          if (isUnreadableDraft(existing)) journal.setItem(journalKey(draft.meetingId, aside.key), JSON.stringify(aside));
        }
        journal.setItem(name, JSON.stringify(draft));
        written.add(name);
      });
      return durable.put(draft);
    },
    async listForMeeting(meetingId) {
      const byKey = new Map<string, Draft>();
      const durableList = await durable.listForMeeting(meetingId);
      for (const draft of durableList.drafts) byKey.set(draft.key, draft);
      const rows: unknown[] = [];
      for (let i = 0; i < journal.length; i += 1) {
        const name = journal.key(i);
        if (!name?.startsWith(`${JOURNAL_PREFIX}${meetingId}\u0000`)) continue;
        try {
          rows.push(JSON.parse(journal.getItem(name) ?? 'null'));
        } catch {
          continue;
        }
      }
      const journalled = draftListOf(rows);
      for (const draft of journalled.drafts) {
        const existing = byKey.get(draft.key);
        if (!existing || existing.updatedAt < draft.updatedAt) byKey.set(draft.key, draft);
      }
      // The same unreadable draft is usually in both; draftNotice.ts names it once.
      return { drafts: [...byKey.values()], unreadable: [...durableList.unreadable, ...journalled.unreadable] };
    },
    async deleteIfUnchanged(meetingId, key, updatedAt) {
      const name = journalKey(meetingId, key);
      const parsed = v.safeParse(DraftSchema(), safeJson(journal.getItem(name)));
      if (parsed.success && parsed.output.updatedAt === updatedAt) tryJournal(() => journal.removeItem(name));
      await durable.deleteIfUnchanged(meetingId, key, updatedAt);
    },
    async discardUnreadable(meetingId, key) {
      for (const name of [journalKey(meetingId, key), journalKey(meetingId, keptKey(key))]) {
        if (isUnreadableDraft(safeJson(journal.getItem(name)))) tryJournal(() => journal.removeItem(name));
      }
      await durable.discardUnreadable(meetingId, key);
    },
  };
}

function safeJson(text: string | null): unknown {
  try {
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

/** For tests and for browsers where IndexedDB is unavailable (private mode in some browsers). */
export function createMemoryDraftStore(): DraftStore {
  const rows = new Map<string, Draft>();
  const id = (meetingId: string, key: string) => `${meetingId}\u0000${key}`;
  return {
    async put(draft) {
      rows.set(id(draft.meetingId, draft.key), v.parse(DraftSchema(), draft));
    },
    async listForMeeting(meetingId) {
      return { drafts: [...rows.values()].filter((d) => d.meetingId === meetingId), unreadable: [] };
    },
    async deleteIfUnchanged(meetingId, key, updatedAt) {
      if (rows.get(id(meetingId, key))?.updatedAt === updatedAt) rows.delete(id(meetingId, key));
    },
    // Holds only drafts it parsed: nothing unreadable to discard.
    async discardUnreadable() {},
  };
}

let pageStore: Promise<DraftStore> | undefined;

/**
 * The page's draft store: the sessionStorage journal at once, IndexedDB on the page's one connection
 * (`pageDraftsDatabase`: opened on first use, or earlier by the page's entry). A browser without
 * IndexedDB (private mode in some) keeps drafts in memory.
 */
export function browserDraftStore(): DraftStore {
  const durable = (): Promise<DraftStore> => (pageStore ??= pageDraftsDatabase().then(draftStoreOn, () => createMemoryDraftStore()));
  const lazy: DraftStore = {
    put: async (draft) => (await durable()).put(draft),
    listForMeeting: async (meetingId) => (await durable()).listForMeeting(meetingId),
    deleteIfUnchanged: async (meetingId, key, updatedAt) => (await durable()).deleteIfUnchanged(meetingId, key, updatedAt),
    discardUnreadable: async (meetingId, key) => (await durable()).discardUnreadable(meetingId, key),
  };
  const journal = sessionJournal();
  return journal ? withSessionJournal(lazy, journal) : lazy;
}

/** This tab's sessionStorage, or undefined where the frame may not use it. */
export function sessionJournal(): SyncStorage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    // Storage blocked for this frame (third-party storage settings): IndexedDB alone, or memory.
    return undefined;
  }
}
