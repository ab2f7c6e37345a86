import { openDB } from 'idb';
import { z } from 'zod';
import { MeetingSchema, type Meeting } from '../../domain/model';

/**
 * The workspace's unsaved agenda, per meeting, on this machine (IndexedDB, never localStorage):
 * written on every edit, removed once SharePoint has the same text. Reopening a meeting after a
 * closed tab or a lost network brings the edits back instead of losing them.
 */
export const WorkspaceDraftSchema = z.object({
  meetingId: z.string().min(1),
  /** The stored version the edits were made on; a different stored version means a conflict. */
  basedOnVersion: z.string().optional(),
  updatedAt: z.string(),
  meeting: MeetingSchema,
});
export type WorkspaceDraft = z.infer<typeof WorkspaceDraftSchema>;

export interface WorkspaceDraftStore {
  get(meetingId: string): Promise<WorkspaceDraft | undefined>;
  put(draft: WorkspaceDraft): Promise<void>;
  /** Removes the draft only if nothing newer was written since `updatedAt`. */
  removeIfUnchanged(meetingId: string, updatedAt: string): Promise<void>;
}

const STORE = 'agendaDrafts';

export async function openWorkspaceDraftStore(databaseName = 'motebok-workspace-drafts'): Promise<WorkspaceDraftStore> {
  const db = await openDB(databaseName, 1, {
    upgrade(database) {
      database.createObjectStore(STORE, { keyPath: 'meetingId' });
    },
  });
  return {
    async get(meetingId) {
      const parsed = WorkspaceDraftSchema.safeParse(await db.get(STORE, meetingId));
      // A draft this version cannot read (older app, damaged) is ignored rather than crashing the editor.
      return parsed.success ? parsed.data : undefined;
    },
    async put(draft) {
      await db.put(STORE, draft);
    },
    async removeIfUnchanged(meetingId, updatedAt) {
      const transaction = db.transaction(STORE, 'readwrite');
      const current = WorkspaceDraftSchema.safeParse(await transaction.store.get(meetingId));
      if (current.success && current.data.updatedAt === updatedAt) await transaction.store.delete(meetingId);
      await transaction.done;
    },
  };
}

export function memoryWorkspaceDraftStore(): WorkspaceDraftStore & { drafts: Map<string, WorkspaceDraft> } {
  const drafts = new Map<string, WorkspaceDraft>();
  return {
    drafts,
    get: async (meetingId) => structuredClone(drafts.get(meetingId)),
    put: async (draft) => {
      drafts.set(draft.meetingId, structuredClone(draft));
    },
    removeIfUnchanged: async (meetingId, updatedAt) => {
      if (drafts.get(meetingId)?.updatedAt === updatedAt) drafts.delete(meetingId);
    },
  };
}

let shared: Promise<WorkspaceDraftStore | undefined> | undefined;

/**
 * The page's draft store, opened on first use. Where IndexedDB is unavailable (private mode in
 * some browsers) drafts are simply not kept; the editor still saves to SharePoint.
 */
export function browserWorkspaceDraftStore(): WorkspaceDraftStore {
  const store = () => (shared ??= typeof indexedDB === 'undefined' ? Promise.resolve(undefined) : openWorkspaceDraftStore().catch(() => undefined));
  return {
    get: async (meetingId) => (await store())?.get(meetingId),
    put: async (draft) => (await store())?.put(draft),
    removeIfUnchanged: async (meetingId, updatedAt) => (await store())?.removeIfUnchanged(meetingId, updatedAt),
  };
}

export type { Meeting };
