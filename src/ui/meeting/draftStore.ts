import { openDB, type IDBPDatabase } from 'idb';
import { z } from 'zod';
import { AttendanceSchema, DocumentRefSchema, ItemOutcomeSchema, MeetingStatusSchema } from '../../domain/model';
import { RichTextSchema } from '../../domain/richText';

/**
 * Drafts are what the referent typed that SharePoint has not confirmed yet. Every keystroke lands
 * here first (IndexedDB, never localStorage), so a reload, a closed laptop or a lost network loses
 * nothing. A draft is keyed by meeting + item; meeting-wide fields (attendance, current item) use
 * the key MEETING_DRAFT_KEY.
 */

export const MEETING_DRAFT_KEY = '*meeting';

// Spelled out rather than picked from the model: the model's defaults would turn an absent field
// of a patch into an empty value and wipe what the referent wrote.
export const ItemPatchSchema = z.object({
  proceedings: RichTextSchema.optional(),
  conclusion: z.array(z.string()).optional(),
  outcome: ItemOutcomeSchema.optional(),
});
export type ItemPatch = z.infer<typeof ItemPatchSchema>;

export const MeetingPatchSchema = z.object({
  attendance: z.array(AttendanceSchema).optional(),
  currentItemId: z.string().optional(),
  itemStartedAt: z.record(z.string(), z.string()).optional(),
  status: MeetingStatusSchema.optional(),
  minutes: DocumentRefSchema.optional(),
  minutesApprovedAt: z.string().optional(),
});
export type MeetingPatch = z.infer<typeof MeetingPatchSchema>;

const draftBase = {
  meetingId: z.string().min(1),
  /** An agenda item id, or MEETING_DRAFT_KEY. */
  key: z.string().min(1),
  /** ISO instant of the last keystroke; a save only clears the draft if nothing newer was typed. */
  updatedAt: z.string(),
};

export const DraftSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('item'), ...draftBase, patch: ItemPatchSchema.strict() }),
  z.object({ kind: z.literal('meeting'), ...draftBase, key: z.literal(MEETING_DRAFT_KEY), patch: MeetingPatchSchema.strict() }),
]);
export type Draft = z.infer<typeof DraftSchema>;

export interface DraftStore {
  put(draft: Draft): Promise<void>;
  listForMeeting(meetingId: string): Promise<Draft[]>;
  /** Removes the draft only if it is still the one written at `updatedAt` (nothing typed since). */
  deleteIfUnchanged(meetingId: string, key: string, updatedAt: string): Promise<void>;
}

const STORE = 'drafts';

export async function openIndexedDbDraftStore(databaseName = 'motebok-drafts'): Promise<DraftStore> {
  const db: IDBPDatabase = await openDB(databaseName, 1, {
    upgrade(database) {
      const store = database.createObjectStore(STORE, { keyPath: ['meetingId', 'key'] });
      store.createIndex('byMeeting', 'meetingId');
    },
  });
  return {
    async put(draft) {
      await db.put(STORE, DraftSchema.parse(draft));
    },
    async listForMeeting(meetingId) {
      const rows: unknown[] = await db.getAllFromIndex(STORE, 'byMeeting', meetingId);
      // IndexedDB is a boundary: a row written by an older version of the app may not fit any more.
      return rows.flatMap((row) => {
        const parsed = DraftSchema.safeParse(row);
        return parsed.success ? [parsed.data] : [];
      });
    },
    async deleteIfUnchanged(meetingId, key, updatedAt) {
      const tx = db.transaction(STORE, 'readwrite');
      const current = DraftSchema.safeParse(await tx.store.get([meetingId, key]));
      if (current.success && current.data.updatedAt === updatedAt) await tx.store.delete([meetingId, key]);
      await tx.done;
    },
  };
}

/** For tests and for browsers where IndexedDB is unavailable (private mode in some browsers). */
export function createMemoryDraftStore(): DraftStore {
  const rows = new Map<string, Draft>();
  const id = (meetingId: string, key: string) => `${meetingId}\u0000${key}`;
  return {
    async put(draft) {
      rows.set(id(draft.meetingId, draft.key), DraftSchema.parse(draft));
    },
    async listForMeeting(meetingId) {
      return [...rows.values()].filter((d) => d.meetingId === meetingId);
    },
    async deleteIfUnchanged(meetingId, key, updatedAt) {
      if (rows.get(id(meetingId, key))?.updatedAt === updatedAt) rows.delete(id(meetingId, key));
    },
  };
}
