import { forwardedTo } from '../domain/caseRoute';
import type { AgendaItem, Committee } from '../domain/model';
import { bodyKey } from '../domain/registerColumns';

/**
 * The indexed `NextBody` column of a sak's row (listDefinitions.ts): the body its saksgang names right after the
 * meeting's committee (caseRoute.ts `forwardedTo`), as `bodyKey` writes it, or empty when the sak ends there. «Hent sak
 * fra et annet utvalg» finds what goes on to a committee by it in one query (`listSakerGoingNextTo`).
 *
 * Written by the writing half only (its chunk, with caseRoute.ts) and left out of the row's field hash (listRows.ts
 * `itemFields`): it depends on the committee's name, which a read does not always know, and a sak's route is in its
 * `MotebokJson` anyway, so a changed route still writes the row. A committee renamed after a save leaves the column as it
 * was until the sak is saved again or set-up fills it; the reader checks each sak found against its route (a judgement:
 * a renamed committee is rare, and a sak then missing from the list is still reachable by hand).
 *
 * Nothing when the sak has a route but the committee is not known: the column is then left as it is.
 */
export function nextBodyField(item: Pick<AgendaItem, 'caseRoute' | 'caseNumber'>, committee: Pick<Committee, 'name'> | undefined): { NextBody?: string } {
  if ((item.caseRoute ?? []).length === 0) return { NextBody: '' };
  if (committee === undefined) return {};
  const next = forwardedTo(item, committee);
  return { NextBody: next === undefined ? '' : bodyKey(next) };
}
