import * as v from 'valibot';
import type { Meeting } from '../../domain/model';
import { ItemOutcomeSchema, MeetingStatusSchema } from '../../domain/statusSchemas';
import { lazySchema } from '../../domain/lazySchema';

/**
 * What travels on the meeting's live channel from the referent's side panel to the stages: where
 * the meeting is (status, current sak, when each sak started), each sak's outcome, and the
 * konklusjon of the current sak as it is being written. Everything else (titles, proposals,
 * presenters) the stage reads from SharePoint, the record, once on open and on reconnect.
 * Kept small: Live Share sends it as one signal on every change.
 */
export const LiveStageStateSchema = lazySchema(() => v.strictObject({
  kind: v.literal('motebok-stage/1'),
  meetingId: v.string(),
  status: MeetingStatusSchema,
  currentItemId: v.optional(v.string()),
  itemStartedAt: v.record(v.string(), v.string()),
  /** Every sak in agenda order: a different list means the agenda changed, and the stage re-reads it. */
  items: v.array(v.strictObject({ id: v.string(), outcome: ItemOutcomeSchema })),
  /** The current sak's konklusjon, point by point, as the referent types it. */
  conclusion: v.optional(v.array(v.string())),
}));
export type LiveStageState = v.InferOutput<ReturnType<typeof LiveStageStateSchema>>;

export function liveStageState(meeting: Meeting): LiveStageState {
  const current = meeting.items.find((item) => item.id === meeting.currentItemId);
  return {
    kind: 'motebok-stage/1',
    meetingId: meeting.id,
    status: meeting.status,
    ...(meeting.currentItemId ? { currentItemId: meeting.currentItemId } : {}),
    itemStartedAt: meeting.itemStartedAt,
    items: meeting.items.map((item) => ({ id: item.id, outcome: item.outcome })),
    ...(current ? { conclusion: current.conclusion } : {}),
  };
}

/** Parses a value from the channel (another client sent it); undefined when it is not one of ours. */
export function parseLiveStageState(value: unknown): LiveStageState | undefined {
  const parsed = v.safeParse(LiveStageStateSchema(), value);
  return parsed.success ? parsed.output : undefined;
}

/** True when `live` speaks of the same saker, in the same order, as the meeting read from SharePoint. */
export function sameAgenda(meeting: Meeting, live: LiveStageState): boolean {
  return meeting.items.length === live.items.length && meeting.items.every((item, index) => item.id === live.items[index]?.id);
}

/**
 * The meeting as SharePoint has it, with what the referent has done since laid over it.
 * `conclusions` holds konklusjoner received live for saker that are no longer current.
 */
export function withLiveState(meeting: Meeting, live: LiveStageState, conclusions: ReadonlyMap<string, string[]> = new Map()): Meeting {
  const outcomes = new Map(live.items.map((item) => [item.id, item.outcome]));
  const { currentItemId: _stale, ...rest } = meeting;
  return {
    ...rest,
    status: live.status,
    ...(live.currentItemId ? { currentItemId: live.currentItemId } : {}),
    itemStartedAt: live.itemStartedAt,
    items: meeting.items.map((item) => ({
      ...item,
      outcome: outcomes.get(item.id) ?? item.outcome,
      ...(item.id === live.currentItemId && live.conclusion
        ? { conclusion: live.conclusion }
        : conclusions.has(item.id)
          ? { conclusion: conclusions.get(item.id) ?? [] }
          : {}),
    })),
  };
}
