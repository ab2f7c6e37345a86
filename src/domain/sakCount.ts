import { takesCaseNumber } from './caseNumbering';
import type { AgendaItem } from './model';

/*
 * The saker a member counts in «Sak N av M» (the stage, the Outlook pane's count) are the rows that
 * take a case number (`caseNumbering.ts` `takesCaseNumber`): one rule for both.
 */

/** Where a row stands among the saker: «Sak `position` av `total`»; `passed` saker lie before it or at it. */
export interface SakPosition {
  /** 1-based among the saker; absent when the row is no sak (the closing row, «Eventuelt») or unknown. */
  position?: number;
  /** The saker up to and including this row: how far the meeting has come. */
  passed: number;
  total: number;
}

export function sakPosition(items: readonly Pick<AgendaItem, 'id' | 'closing' | 'row'>[], itemId: string | undefined): SakPosition {
  const index = items.findIndex((item) => item.id === itemId);
  const passed = items.slice(0, index + 1).filter(takesCaseNumber).length;
  const row = items[index];
  return { ...(row && takesCaseNumber(row) ? { position: passed } : {}), passed, total: items.filter(takesCaseNumber).length };
}
