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

/**
 * The draft store on an open connection to the drafts database (`draftsDatabase.ts`). Exported for
 * tests that close the connection under it, as a closed tab does.
 */
export function draftStoreOn(db: IDBPDatabase): DraftStore {
  // A write must be handed to IndexedDB in the keystroke's own task: a request issued before the tab
  // closes is carried out (the connection closes only when its transactions are done), while one a
  // promise would issue later never is. The one reason to wait is a row this version cannot read in
  // the part's place (moved aside, never overwritten): once the part's stored row is known to be
  // readable or absent — from the meeting's list, read when it opens, or a write of ours that
  // landed — every later write is a plain put issued at once, IndexedDB keeping their order.
  const idOf = (meetingId: string, key: string) => `${meetingId}\u0000${key}`;
  const plain = new Set<string>();
  // Per meeting whose rows were listed: the parts whose stored row this version cannot read.
  const listed = new Map<string, ReadonlySet<unknown>>();
  const isPlain = (meetingId: string, key: string) => plain.has(idOf(meetingId, key)) || listed.get(meetingId)?.has(key) === false;
  const newest = new Map<string, Draft>();
  const checking = new Map<string, Promise<void>>();
  const putAtOnce = (draft: Draft): Promise<void> => db.put(STORE, draft).then(
    () => undefined,
    () => undefined,
  );
  // Until then, per part only the newest draft waits, one checking write at a time.
  const writeChecked = (id: string): Promise<void> => {
    const inFlight = checking.get(id);
    if (inFlight) return inFlight.then(() => (newest.has(id) ? writeChecked(id) : undefined));
    const draft = newest.get(id);
    if (!draft) return Promise.resolve();
    newest.delete(id);
    if (isPlain(draft.meetingId, draft.key)) return putAtOnce(draft);
    const write = putKeepingUnreadable(draft).then(
      () => void plain.add(id),
      () => undefined,
    );
    checking.set(id, write);
    return write.finally(() => checking.delete(id));
  };
  const putKeepingUnreadable = async (draft: Draft): Promise<void> => {
    const tx = db.transaction(STORE, 'readwrite');
    const existing: unknown = await tx.store.get([draft.meetingId, draft.key]);
    if (isUnreadableDraft(existing)) await tx.store.put(keptAside(draft.meetingId, draft.key, existing));
    await tx.store.put(draft);
    await tx.done;
  };
  const writing = () => [...checking.values()];
  return {
    async put(draft) {
      const parsed = v.parse(DraftSchema(), draft);
      const id = idOf(parsed.meetingId, parsed.key);
      if (isPlain(parsed.meetingId, parsed.key) && !checking.has(id)) return putAtOnce(parsed);
      newest.set(id, parsed);
      await writeChecked(id);
    },
    async listForMeeting(meetingId) {
      await Promise.all(writing());
      const rows: unknown[] = await db.getAllFromIndex(STORE, DRAFTS_BY_MEETING, meetingId);
      // IndexedDB is a boundary: a row written by another version of the app may not fit this one.
      const list = draftListOf(rows);
      listed.set(meetingId, new Set(list.unreadable.map((row) => (row as { key?: unknown }).key)));
      return list;
    },
    async deleteIfUnchanged(meetingId, key, updatedAt) {
      await checking.get(idOf(meetingId, key));
      const tx = db.transaction(STORE, 'readwrite');
      const current = v.safeParse(DraftSchema(), await tx.store.get([meetingId, key]));
      if (current.success && current.output.updatedAt === updatedAt) await tx.store.delete([meetingId, key]);
      await tx.done;
    },
    async discardUnreadable(meetingId, key) {
      await checking.get(idOf(meetingId, key));
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
