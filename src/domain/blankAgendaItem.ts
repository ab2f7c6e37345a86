import type { AgendaItem } from './model';

/**
 * A new agenda item with nothing recorded yet: no case number (renumbering gives it one), no
 * kinds, empty texts and lists, outcome pending, not the closing row. The one place that knows
 * every field of a blank item, so a field added to AgendaItem gets its default here once — the
 * template, the workspace's "Legg til sak" and the test builders all start from it.
 */
export function blankAgendaItem(id: string, fields: Partial<AgendaItem> & Pick<AgendaItem, 'title'>): AgendaItem {
  return {
    id,
    caseNumber: null,
    kinds: [],
    summary: [],
    proposedConclusion: [],
    presenters: [],
    background: [],
    attachments: [],
    references: [],
    proceedings: [],
    conclusion: [],
    outcome: 'pending',
    closing: false,
    row: 'sak',
    subItems: [],
    ...fields,
  };
}
