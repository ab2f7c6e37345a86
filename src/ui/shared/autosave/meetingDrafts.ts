import * as v from 'valibot';
import {
  AgendaItemSchema,
  AttendanceSchema,
  CaseNumberSchema,
  ClockTimeSchema,
  DocumentRefSchema,
  IsoDateSchema,
  ItemKindSchema,
  ItemOutcomeSchema,
  LetterSchema,
  SiteVisitSchema,
  WrittenTreatmentSchema,
  MeetingSchema,
  MeetingStatusSchema,
  PersonSchema,
  ReopeningSchema,
  RowKindSchema,
  SentNoticeSchema,
  SubItemSchema,
  AttachmentSchema,
  DisqualificationSchema,
  FollowUpSchema,
  CaseRouteSchema,
  VotingSchema,
  EarlierTreatmentsSchema,
  SignatureSchema,
  type AgendaItem,
  type Meeting,
} from '../../../domain/model';
import { RichTextSchema } from '../../../domain/richText';
import { ItemConfidentialitySchema } from '../../../domain/confidentialitySchemas';
import { clashingFields, sameValue as same } from './fieldClashes';
import { lazySchema } from '../../../domain/lazySchema';

/**
 * Drafts are what the user changed that SharePoint has not confirmed yet, one per part of the
 * meeting that has its own list row: an agenda item (key = item id) or the meeting itself
 * (MEETING_DRAFT_KEY: header fields, attendance, current item, and the order of the items). A
 * draft holds only the fields the user changed, with the values they had before (`base`), so a
 * save that meets someone else's change can tell a clash (same field) from a stale version
 * (other fields: rebase and save). Pure functions; the engine is `meetingAutosave.ts`.
 */

export const MEETING_DRAFT_KEY = '*meeting';

// Spelled out rather than picked from the model: the model's defaults would turn an absent field
// of a patch into an empty value and wipe what the user wrote. `null` removes an optional field.
// Strict, as every stored shape: a field this version does not know (a draft written by a newer
// one) is an error that names it, never dropped on the way (draftStore.ts keeps such a draft).
export const ItemPatchSchema = lazySchema(() => v.strictObject({
  caseNumber: v.optional(v.nullable(CaseNumberSchema)),
  kinds: v.optional(v.array(ItemKindSchema)),
  title: v.optional(v.pipe(v.string(), v.minLength(1))),
  summary: v.optional(RichTextSchema),
  proposedConclusion: v.optional(v.array(v.string())),
  presenters: v.optional(v.array(PersonSchema)),
  caseOfficer: v.optional(v.nullable(PersonSchema)),
  caseMemo: v.optional(v.nullable(DocumentRefSchema)),
  background: v.optional(RichTextSchema),
  attachments: v.optional(v.array(AttachmentSchema)),
  references: v.optional(v.array(v.string())),
  plannedMinutes: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.gtValue(0)))),
  proceedings: v.optional(RichTextSchema),
  conclusion: v.optional(v.array(v.string())),
  outcome: v.optional(ItemOutcomeSchema),
  closing: v.optional(v.boolean()),
  opening: v.optional(v.nullable(v.literal(true))),
  confidentiality: v.optional(v.nullable(ItemConfidentialitySchema)),
  row: v.optional(RowKindSchema),
  subItems: v.optional(v.array(SubItemSchema)),
  archiveRef: v.optional(v.nullable(v.string())),
  followUps: v.optional(v.nullable(v.array(FollowUpSchema))),
  caseRoute: v.optional(v.nullable(CaseRouteSchema())),
  voting: v.optional(v.nullable(VotingSchema())),
  earlierTreatments: v.optional(v.nullable(EarlierTreatmentsSchema())),
}));
export type ItemPatch = v.InferOutput<ReturnType<typeof ItemPatchSchema>>;

export const MeetingPatchSchema = lazySchema(() => v.strictObject({
  date: v.optional(IsoDateSchema),
  // Null: the time taken away (a written treatment's Svarfrist without a time; it has no end).
  start: v.optional(v.nullable(ClockTimeSchema)),
  end: v.optional(v.nullable(ClockTimeSchema)),
  place: v.optional(v.string()),
  online: v.optional(v.boolean()),
  chair: v.optional(v.nullable(PersonSchema)),
  minuteTaker: v.optional(v.nullable(PersonSchema)),
  recipients: v.optional(v.nullable(v.string())),
  theme: v.optional(v.nullable(v.string())),
  status: v.optional(MeetingStatusSchema),
  attendance: v.optional(v.array(AttendanceSchema)),
  disqualifications: v.optional(v.nullable(v.array(DisqualificationSchema))),
  signatures: v.optional(v.nullable(v.array(SignatureSchema))),
  currentItemId: v.optional(v.nullable(v.string())),
  itemStartedAt: v.optional(v.record(v.string(), v.string())),
  notice: v.optional(v.nullable(SentNoticeSchema)),
  teamsMeetingId: v.optional(v.nullable(v.string())),
  onlineMeetingJoinUrl: v.optional(v.nullable(v.string())),
  innkalling: v.optional(v.nullable(DocumentRefSchema)),
  minutes: v.optional(v.nullable(DocumentRefSchema)),
  minutesApprovedAt: v.optional(v.nullable(v.string())),
  reopenings: v.optional(v.array(ReopeningSchema)),
  previousMeetingId: v.optional(v.nullable(v.string())),
  stageRevealItemId: v.optional(v.nullable(v.string())),
  meetingNumber: v.optional(v.nullable(v.string())),
  letter: v.optional(v.nullable(LetterSchema())),
  absenceNotice: v.optional(v.nullable(v.string())),
  siteVisit: v.optional(v.nullable(SiteVisitSchema())),
  written: v.optional(v.nullable(WrittenTreatmentSchema())),
  /** Ids of the items in agenda order: items added, removed or moved. */
  itemOrder: v.optional(v.array(v.string())),
}));
export type MeetingPatch = v.InferOutput<ReturnType<typeof MeetingPatchSchema>>;

const draftBase = () => ({
  meetingId: v.pipe(v.string(), v.minLength(1)),
  /** An agenda item id, or MEETING_DRAFT_KEY. */
  key: v.pipe(v.string(), v.minLength(1)),
  /** ISO instant of the last change; a save only clears the draft if nothing newer was typed. */
  updatedAt: v.string(),
  /** The stored values of the patched fields when the user started changing them (null: absent). */
  base: v.optional(v.record(v.string(), v.unknown())),
  /**
   * Per patched field, the last few values this draft sent to SharePoint. A save whose answer never
   * came back (the page was reloaded while it was on its way) may still have landed: finding one of
   * these values stored is our own write, not someone else's change, so it is no conflict.
   */
  sent: v.optional(v.record(v.string(), v.array(v.unknown()))),
});

export const DraftSchema = lazySchema(() => v.variant('kind', [
  v.strictObject({
    kind: v.literal('item'),
    ...draftBase(),
    /** A new item: the patch is the whole item. */
    created: v.optional(v.boolean()),
    patch: ItemPatchSchema(),
  }),
  v.strictObject({
    kind: v.literal('meeting'),
    ...draftBase(),
    key: v.literal(MEETING_DRAFT_KEY),
    patch: MeetingPatchSchema(),
  }),
]));
export type Draft = v.InferOutput<ReturnType<typeof DraftSchema>>;

/**
 * A stored draft this version cannot read, moved aside when the user changes the same part here:
 * the row exactly as it was (`kept`), under a key of its own, so the new draft for the part never
 * overwrites it. It stays until the user discards it (`DraftStore.discardUnreadable`). Not a draft
 * (no `kind`), so it is always listed among the unreadable rows and named to the user.
 */
export interface KeptDraft {
  meetingId: string;
  /** `keptKey(part)`. */
  key: string;
  kept: unknown;
}

const KEPT_SUFFIX = '\u0000kept';

/** The key a part's unreadable draft is kept under once the part has a new draft. */
export function keptKey(key: string): string {
  return `${key}${KEPT_SUFFIX}`;
}

export function keptAside(meetingId: string, key: string, row: unknown): KeptDraft {
  return { meetingId, key: keptKey(key), kept: row };
}

/** A stored row as the part it is for and the draft as it was written: a kept draft unwrapped, any other row as it is. */
export function unwrapKept(row: unknown): { key: string; row: unknown } {
  const key = typeof row === 'object' && row !== null && 'key' in row && typeof row.key === 'string' ? row.key : '';
  if (key.endsWith(KEPT_SUFFIX) && typeof row === 'object' && row !== null && 'kept' in row) return { key: key.slice(0, -KEPT_SUFFIX.length), row: row.kept };
  return { key, row };
}

/** Whether a stored row is not a draft this version can read (kept aside, or written by a newer version, or broken). */
export function isUnreadableDraft(row: unknown): boolean {
  return row !== undefined && row !== null && !v.safeParse(DraftSchema(), row).success;
}

/** A change to lay over the stored meeting, before the engine stamps it (meeting id, time, base). */
export type DraftChange =
  | { kind: 'item'; key: string; patch: ItemPatch; created?: boolean }
  | { kind: 'meeting'; key: typeof MEETING_DRAFT_KEY; patch: MeetingPatch };

// The patch schemas are built with the first draft (`domain/lazySchema.ts`), and their fields with them.
const itemFields = () => Object.keys(ItemPatchSchema().entries);
const meetingFields = () => Object.keys(MeetingPatchSchema().entries).filter((field) => field !== 'itemOrder');
/**
 * Optional in the model: `null` in a patch removes them (caseNumber's null is a value: unnumbered).
 * Derived from the patch schemas, so a new optional field can never be "removed" into an invalid
 * value that the parse then throws away. Worked out at the first patch, not when the page loads:
 * the first parse of each of some 60 field schemas costs tens of milliseconds of a cold start (issue 14).
 */
let removable: ReadonlySet<string> | undefined;
function removableFields(): ReadonlySet<string> {
  removable ??= new Set(
    [...Object.entries(ItemPatchSchema().entries), ...Object.entries(MeetingPatchSchema().entries)]
      .filter(([field, schema]) => field !== 'caseNumber' && v.safeParse(schema, null).success)
      .map(([field]) => field),
  );
  return removable;
}

function patched(target: object, patch: object): Record<string, unknown> {
  const result: Record<string, unknown> = { ...target };
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined || field === 'itemOrder') continue;
    if (value === null && removableFields().has(field)) delete result[field];
    else result[field] = value;
  }
  return result;
}

export function applyItemPatch(item: AgendaItem, patch: ItemPatch): AgendaItem {
  const parsed = v.safeParse(AgendaItemSchema, patched(item, patch));
  return parsed.success ? parsed.output : item;
}

export function applyMeetingPatch(meeting: Meeting, patch: MeetingPatch): Meeting {
  const parsed = v.safeParse(MeetingSchema, patched(meeting, patch));
  return parsed.success ? parsed.output : meeting;
}

/** The meeting as the user sees it: the stored one with the unsaved drafts laid over it. */
export function applyDrafts(meeting: Meeting, drafts: Iterable<Draft>): Meeting {
  let result = meeting;
  let order: string[] | undefined;
  const itemPatches = new Map<string, Draft & { kind: 'item' }>();
  for (const draft of drafts) {
    if (draft.kind === 'meeting') {
      result = applyMeetingPatch(result, draft.patch);
      order = draft.patch.itemOrder ?? order;
    } else {
      itemPatches.set(draft.key, draft);
    }
  }
  if (itemPatches.size === 0 && !order) return result;
  const items = new Map(result.items.map((item) => [item.id, item]));
  for (const [key, draft] of itemPatches) {
    const item = items.get(key);
    if (item) items.set(key, applyItemPatch(draft.created ? withoutOwnClearedFields(item, draft) : item, draft.patch));
    else if (draft.created) {
      const parsed = v.safeParse(AgendaItemSchema, { ...draft.patch, id: key });
      if (parsed.success) items.set(key, parsed.output);
    }
  }
  // A new item is shown where the order puts it; without an order only the stored items are there.
  const ids = order ?? result.items.map((item) => item.id);
  return { ...result, items: ids.flatMap((id) => items.get(id) ?? []) };
}

/**
 * A new sak already stored, less the fields its created draft no longer has that hold a value this draft sent: a save
 * in flight stored the sak a moment before the user cleared a field (a mark taken off), and that must not come back.
 * A field someone else gave the sak since its first save (a co-secretary's saksbehandler while this user's later change
 * waits offline, throttled, or in a closed tab's draft) is not ours and stays; the fields the draft has win as usual.
 */
function withoutOwnClearedFields(item: AgendaItem, draft: Draft): AgendaItem {
  const kept: Record<string, unknown> = { ...item };
  for (const field of itemFields()) {
    if (field in draft.patch || kept[field] === undefined) continue;
    if ((draft.sent?.[field] ?? []).some((value) => same(kept[field], value))) delete kept[field];
  }
  const parsed = v.safeParse(AgendaItemSchema, kept);
  return parsed.success ? parsed.output : item;
}

/** The fields a draft may patch, as they are in `meeting` (the meeting draft sees the item order as a field). */
function partOf(draft: Pick<Draft, 'kind' | 'key'>, meeting: Meeting): Record<string, unknown> | undefined {
  if (draft.kind === 'meeting') return { ...meeting, itemOrder: meeting.items.map((item) => item.id) };
  return meeting.items.find((item) => item.id === draft.key);
}

/** The values the draft's fields have in `meeting` (null when absent): a draft's `base`. */
export function baseValues(draft: Pick<Draft, 'kind' | 'key'>, fields: Iterable<string>, meeting: Meeting): Record<string, unknown> {
  const part = partOf(draft, meeting);
  return Object.fromEntries([...fields].map((field) => [field, part?.[field] ?? null]));
}

/**
 * The fields of a draft that someone else changed in `fresh` to something other than what the
 * user wrote: compared with the values the draft was based on (its `base`, else `fallbackBase`,
 * the stored meeting it was laid over). An item someone else deleted clashes in every field.
 */
export function conflictingFields(draft: Draft, fresh: Meeting, fallbackBase: Meeting): string[] {
  const theirs = partOf(draft, fresh);
  if (!theirs) return draft.kind === 'item' && !draft.created && partOf(draft, fallbackBase) ? Object.keys(draft.patch) : [];
  const base = draft.base ?? partOf(draft, fallbackBase);
  if (!base) return [];
  const sent = draft.sent;
  return clashingFields(draft.patch, base, theirs).filter((field) => !(sent?.[field] ?? []).some((value) => same(theirs[field], value)));
}

/** Merges a new patch into an existing draft's patch (later fields win). */
export function mergePatch<T extends object>(existing: T | undefined, patch: T): T {
  return { ...existing, ...patch };
}

/**
 * The drafts that turn `stored` into `local`: per item the fields that differ (a new item whole),
 * and for the meeting its changed fields and, when items were added, removed or moved, the order.
 * For editors that change the whole meeting through the domain rules (the workspace).
 */
export function changesBetween(stored: Meeting, local: Meeting): DraftChange[] {
  const changes: DraftChange[] = [];
  const header: Record<string, unknown> = {};
  const storedRecord: Record<string, unknown> = stored;
  const localRecord: Record<string, unknown> = local;
  for (const field of meetingFields()) if (!same(storedRecord[field], localRecord[field])) header[field] = localRecord[field] ?? null;
  const order = local.items.map((item) => item.id);
  if (!same(stored.items.map((item) => item.id), order)) header['itemOrder'] = order;
  if (Object.keys(header).length > 0) changes.push({ kind: 'meeting', key: MEETING_DRAFT_KEY, patch: v.parse(MeetingPatchSchema(), header) });
  const storedItems = new Map(stored.items.map((item) => [item.id, item]));
  for (const item of local.items) {
    const before: Record<string, unknown> | undefined = storedItems.get(item.id);
    const after: Record<string, unknown> = item;
    const fields = itemFields().filter((field) => !before || !same(before[field], after[field]));
    const patch = Object.fromEntries(fields.filter((field) => before || after[field] !== undefined).map((field) => [field, after[field] ?? null]));
    if (fields.length > 0) changes.push({ kind: 'item', key: item.id, patch: v.parse(ItemPatchSchema(), patch), ...(before ? {} : { created: true }) });
  }
  return changes;
}

/**
 * The changes with what the user undid while a save that writes it was on its way: measured against the stored meeting
 * an undone change is no change at all, yet once that save lands the stored meeting has it. So each field the save in
 * flight (`inFlight`) writes and `changes` no longer has becomes a change back to its stored value, and the save after
 * it puts it back: a sak moved and moved back while saving; a number the next edit gives back (a new sak numbered S-sak
 * 03, then made an orienteringssak, «Eventuelt» back from 04 to 03). A new sak is left out: its cleared fields are
 * `withoutOwnClearedFields`'s, its removal the order's. A field whose stored value a patch cannot hold is left as before.
 */
export function withUndoneInFlight(changes: readonly DraftChange[], inFlight: Iterable<Draft>, stored: Meeting): DraftChange[] {
  const byKey = new Map<string, DraftChange>(changes.map((change) => [change.key, change]));
  for (const sent of inFlight) {
    const change = byKey.get(sent.key);
    const undone = Object.keys(sent.patch).filter((field) => !(change !== undefined && field in change.patch));
    if (undone.length === 0) continue;
    if (sent.kind === 'item' && !stored.items.some((item) => item.id === sent.key)) continue;
    const patch: Record<string, unknown> = { ...baseValues(sent, undone, stored), ...change?.patch };
    if (sent.kind === 'meeting') {
      const parsed = v.safeParse(MeetingPatchSchema(), patch);
      if (parsed.success) byKey.set(sent.key, { kind: 'meeting', key: MEETING_DRAFT_KEY, patch: parsed.output });
    } else {
      const parsed = v.safeParse(ItemPatchSchema(), patch);
      if (parsed.success) byKey.set(sent.key, { kind: 'item', key: sent.key, patch: parsed.output });
    }
  }
  return [...byKey.values()];
}
