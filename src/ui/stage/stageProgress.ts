import { takesCaseNumber } from '../../domain/caseNumbering';
import type { AgendaItem, Meeting } from '../../domain/model';

/** What the stage shows about where the meeting is: pure, so it is tested without a DOM. */
export interface StageProgress {
  current?: AgendaItem;
  /**
   * «Sak `position` av `total`» among the saker, the rows that take a case number (`takesCaseNumber`: not
   * the closing row, an unnumbered row or a heading); absent on a row that is no sak, where the bar shows
   * the saker `passed`.
   */
  position?: number;
  passed: number;
  total: number;
  /** Whole minutes since the current item was first started. */
  minutesUsed?: number;
  plannedMinutes?: number;
  overTime: boolean;
}

export function stageProgress(meeting: Meeting, now: Date): StageProgress {
  const index = meeting.items.findIndex((item) => item.id === meeting.currentItemId && item.row !== 'heading');
  const current = meeting.items[index];
  const passed = meeting.items.slice(0, index + 1).filter(takesCaseNumber).length;
  const startedAt = current ? meeting.itemStartedAt[current.id] : undefined;
  const started = startedAt ? Date.parse(startedAt) : Number.NaN;
  const minutesUsed = Number.isNaN(started) ? undefined : Math.max(0, Math.floor((now.getTime() - started) / 60_000));
  const plannedMinutes = current?.plannedMinutes;
  return {
    ...(current ? { current } : {}),
    ...(current && takesCaseNumber(current) ? { position: passed } : {}),
    passed,
    total: meeting.items.filter(takesCaseNumber).length,
    ...(minutesUsed !== undefined ? { minutesUsed } : {}),
    ...(plannedMinutes !== undefined ? { plannedMinutes } : {}),
    overTime: minutesUsed !== undefined && plannedMinutes !== undefined && minutesUsed > plannedMinutes,
  };
}
