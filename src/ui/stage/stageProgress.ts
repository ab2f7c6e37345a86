import type { AgendaItem, Meeting } from '../../domain/model';

/** What the stage shows about where the meeting is: pure, so it is tested without a DOM. */
export interface StageProgress {
  current?: AgendaItem;
  /** 1-based position of the current item among the rows that are treated (the closing row counts too; section headings do not). */
  position: number;
  total: number;
  /** Whole minutes since the current item was first started. */
  minutesUsed?: number;
  plannedMinutes?: number;
  overTime: boolean;
}

export function stageProgress(meeting: Meeting, now: Date): StageProgress {
  const treated = meeting.items.filter((item) => item.row !== 'heading');
  const index = treated.findIndex((item) => item.id === meeting.currentItemId);
  const current = index >= 0 ? treated[index] : undefined;
  const startedAt = current ? meeting.itemStartedAt[current.id] : undefined;
  const started = startedAt ? Date.parse(startedAt) : Number.NaN;
  const minutesUsed = Number.isNaN(started) ? undefined : Math.max(0, Math.floor((now.getTime() - started) / 60_000));
  const plannedMinutes = current?.plannedMinutes;
  return {
    ...(current ? { current } : {}),
    position: index + 1,
    total: treated.length,
    ...(minutesUsed !== undefined ? { minutesUsed } : {}),
    ...(plannedMinutes !== undefined ? { plannedMinutes } : {}),
    overTime: minutesUsed !== undefined && plannedMinutes !== undefined && minutesUsed > plannedMinutes,
  };
}
