import type { AgendaItem } from './model';

/*
 * Which rows of the saksliste are saker, in one place: the case numbers (caseNumbering.ts) and every
 * «Sak N av M» a member reads (the stage, the Outlook pane's count) go by it. Types only, so the stage
 * takes it without the model's schemas.
 */

type Row = Pick<AgendaItem, 'id' | 'closing' | 'row'>;

/** A numbered sak: not the closing row, an unnumbered row («Eventuelt», faste saker) or a section heading. */
export function isSak(item: Pick<AgendaItem, 'closing' | 'row'>): boolean {
  return !item.closing && item.row === 'sak';
}

/** Where `itemId` stands among the saker: «Sak `position` av `total`»; `passed` saker lie before it or at it. */
export interface SakPosition {
  /** 1-based among the saker; absent when the row is no sak (the closing row, «Eventuelt») or unknown. */
  position?: number;
  /** The saker up to and including this row: how far the meeting has come. */
  passed: number;
  total: number;
}

export function sakPosition(items: readonly Row[], itemId: string | undefined): SakPosition {
  const index = items.findIndex((item) => item.id === itemId);
  let passed = 0;
  let total = 0;
  items.forEach((item, i) => {
    if (!isSak(item)) return;
    total++;
    if (index >= 0 && i <= index) passed++;
  });
  const row = items[index];
  return { ...(row && isSak(row) ? { position: passed } : {}), passed, total };
}
