import { openDB, type IDBPDatabase } from 'idb';

/**
 * The drafts' IndexedDB database itself: its name, version and shape, and opening it (with `idb`'s
 * `openDB`; no schemas), so a page's small entry can start opening it before its screens are here:
 * on a fresh profile the first open creates the database, tens of milliseconds on IndexedDB's own
 * thread that the side panel otherwise waited for (17–45 ms in its profiles) after its first render, before the referent's
 * session could show (issue 14: cold load). `draftStore.ts` builds the store on it.
 */
export const DRAFTS_DATABASE = 'motebok-drafts';
export const DRAFTS_STORE = 'drafts';
export const DRAFTS_BY_MEETING = 'byMeeting';
const VERSION = 1;

/** Opens the database `name` (a new connection each call), creating its store on first use; rejects where there is no IndexedDB. */
export async function openDraftsDatabase(name: string = DRAFTS_DATABASE): Promise<IDBPDatabase> {
  if (!globalThis.indexedDB) throw new Error('no IndexedDB');
  return openDB(name, VERSION, {
    upgrade(db) {
      db.createObjectStore(DRAFTS_STORE, { keyPath: ['meetingId', 'key'] }).createIndex(DRAFTS_BY_MEETING, 'meetingId');
    },
  });
}

let page: Promise<IDBPDatabase> | undefined;

/**
 * The page's one connection to the drafts database, opened on the first call: by the page's entry
 * to start it early (the side panel), else by the draft store when it is first used. A failed open
 * is not kept, so the store's first use tries again (and then falls back to memory, see draftStore.ts).
 */
export function pageDraftsDatabase(): Promise<IDBPDatabase> {
  page ??= openDraftsDatabase();
  const opening = page;
  opening.catch(() => {
    if (page === opening) page = undefined;
  });
  return opening;
}
