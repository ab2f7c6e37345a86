import * as v from 'valibot';
import { MeetingStatusSchema, type Meeting } from '../domain/model';
import { lazySchema } from '../domain/lazySchema';

/**
 * A meeting is stored as one meeting row plus one row per agenda item, each with its own eTag.
 * The `version` the repository hands out (opaque to callers) records, per row, its SharePoint id,
 * eTag and a hash of the fields as read. On save only rows whose fields differ from that hash are
 * written — with If-Match on their own eTag — so the referent saving one conclusion sends one
 * PATCH and cannot collide with the secretary editing another item.
 */
/**
 * `c`: for the row of a sak holding exempt content, the key of its access (`listRows.ts`
 * `closedRowKey`: who is entitled, with which role) as this session knows the row to be closed with —
 * computed on reading from the meeting as read and the committee as this session knows it (`?` when it
 * knows none), or set by the save. A save that wants another key (or none) for the row sets its access,
 * whether or not it writes the row; `!key`: the step to set `key` failed, tried again when the save writes
 * the sak (`SharePointMeetingRepository.saveMeeting`, `accessDue`).
 */
// Parsed only when a version handed out earlier comes back (a save, a poll): built then (`domain/lazySchema.ts`).
const RowVersionSchema = lazySchema(() => v.object({ r: v.string(), e: v.optional(v.string()), h: v.string(), c: v.optional(v.string()) }));
export type RowVersion = v.InferOutput<ReturnType<typeof RowVersionSchema>>;

/**
 * `s` and `n`: the meeting's status and number of reopenings as read, so a save can apply the
 * freeze after approval (domain `frozenChangeRefusal`) without reading the meeting again.
 * `k`: the exempt saker whose parts (`listRows.ts` `MeetingPartsSchema`) an approved meeting's row still holds
 * from before they moved to the sak's row: kept there by the saves that do not write the sak's row (a reopening
 * may not), moved by the first that does (sharePointMeetingRepository.ts `versionedMeeting`, meetingWrites.ts `saveMeeting`).
 */
const MeetingVersionSchema = lazySchema(() =>
  v.object({
    m: RowVersionSchema(),
    i: v.record(v.string(), RowVersionSchema()),
    s: v.optional(MeetingStatusSchema),
    n: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    k: v.optional(v.array(v.string())),
  }),
);
export type MeetingVersion = v.InferOutput<ReturnType<typeof MeetingVersionSchema>>;

export function encodeVersion(version: MeetingVersion | RowVersion): string {
  return JSON.stringify(version);
}

/** Reads a version string handed out earlier; a malformed one is a bug in the caller. */
export function decodeMeetingVersion(version: string): MeetingVersion {
  return v.parse(MeetingVersionSchema(), JSON.parse(version));
}

export function decodeRowVersion(version: string): RowVersion {
  return v.parse(RowVersionSchema(), JSON.parse(version));
}

/** Stable hash of a field set (FNV-1a, 2 × 32 bits): detects "this row changed since it was read". */
export function hashFields(fields: Record<string, unknown>): string {
  const text = canonicalJson(fields);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** JSON with object keys sorted at every level, so equal objects serialise equally whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const entry: unknown = Reflect.get(value, key);
      if (entry !== undefined) sorted[key] = sortKeys(entry);
    }
    return sorted;
  }
  return value;
}

/** What a meeting's version keeps for the freeze after approval: status and reopenings as read or written. */
export function frozenState(meeting: Meeting): { s: Meeting['status']; n: number } {
  return { s: meeting.status, n: meeting.reopenings?.length ?? 0 };
}
