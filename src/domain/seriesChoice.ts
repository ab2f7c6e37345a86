import type { AgendaItem, Committee } from './model';

/**
 * When a sak's kinds have more than one series of their own (a «Referatsaker» that is also «Delegerte vedtak»): the kind
 * whose series numbers it (`caseNumbering.ts` `seriesFormatOf`) and the other kinds passed over; undefined when its
 * series is not in doubt. Its own module: only the workspace's sak editor says it.
 */
export function seriesChoice(item: Pick<AgendaItem, 'kinds'>, committee: Committee): { chosen: string; format: string; passedOver: string[] } | undefined {
  const own = (committee.conventions?.itemKinds ?? []).filter((kind) => kind.caseNumberFormat !== undefined && item.kinds.includes(kind.id));
  const [first, ...rest] = own;
  const passedOver = rest.filter((kind) => kind.caseNumberFormat !== first?.caseNumberFormat).map((kind) => kind.id);
  return first?.caseNumberFormat === undefined || passedOver.length === 0 ? undefined : { chosen: first.id, format: first.caseNumberFormat, passedOver };
}
