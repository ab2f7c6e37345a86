import type { AgendaItem, Meeting } from '../../domain/model';
import type { Draft, ItemPatch, MeetingPatch } from './draftStore';

/** Pure helpers: what the meeting looks like once the unsaved drafts are laid over the stored one. */

export function applyItemPatch(item: AgendaItem, patch: ItemPatch): AgendaItem {
  return {
    ...item,
    ...(patch.proceedings !== undefined ? { proceedings: patch.proceedings } : {}),
    ...(patch.conclusion !== undefined ? { conclusion: patch.conclusion } : {}),
    ...(patch.outcome !== undefined ? { outcome: patch.outcome } : {}),
  };
}

export function applyMeetingPatch(meeting: Meeting, patch: MeetingPatch): Meeting {
  return {
    ...meeting,
    ...(patch.attendance !== undefined ? { attendance: patch.attendance } : {}),
    ...(patch.currentItemId !== undefined ? { currentItemId: patch.currentItemId } : {}),
    ...(patch.itemStartedAt !== undefined ? { itemStartedAt: patch.itemStartedAt } : {}),
    ...(patch.status !== undefined ? { status: patch.status } : {}),
    ...(patch.minutes !== undefined ? { minutes: patch.minutes } : {}),
    ...(patch.minutesApprovedAt !== undefined ? { minutesApprovedAt: patch.minutesApprovedAt } : {}),
  };
}

export function applyDrafts(meeting: Meeting, drafts: Iterable<Draft>): Meeting {
  let result = meeting;
  for (const draft of drafts) {
    if (draft.kind === 'meeting') {
      result = applyMeetingPatch(result, draft.patch);
    } else {
      result = {
        ...result,
        items: result.items.map((item) => (item.id === draft.key ? applyItemPatch(item, draft.patch) : item)),
      };
    }
  }
  return result;
}

/**
 * The fields of a draft that someone else changed in storage since we read it: comparing the fresh
 * stored meeting with the one our draft was based on, only for the fields the draft touches.
 */
export function conflictingFields(draft: Draft, base: Meeting, fresh: Meeting): string[] {
  const pick = (meeting: Meeting): Record<string, unknown> | undefined =>
    draft.kind === 'meeting' ? meeting : meeting.items.find((item) => item.id === draft.key);
  const before = pick(base);
  const after = pick(fresh);
  if (!before || !after) return [];
  return Object.keys(draft.patch).filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}

/** Merges a new patch into an existing draft's patch (later fields win). */
export function mergePatch<T extends object>(existing: T | undefined, patch: T): T {
  return { ...existing, ...patch };
}
