import type { Conventions } from './conventions';
import type { AgendaItem, SubItem } from './model';

/** The mark before an orientering bundled under a sak: «a)», «b)» …, or «1.», «2.» … when the committee numbers them (`conventions.subItemsNumbered`). */
export function subItemMark(index: number, conventions: Pick<Conventions, 'subItemsNumbered'> | undefined): string {
  return conventions?.subItemsNumbered === true ? `${index + 1}.` : `${String.fromCharCode(97 + (index % 26))})`;
}

/**
 * Editing the orienteringer bundled under a sak (`AgendaItem.subItems`). Each function returns the
 * new list for `updateItem(meeting, itemId, { subItems })`, which applies the agenda's rules
 * (locked meetings, held meetings) like any other change to the sak.
 */

export function addSubItem(item: AgendaItem, id: string, title: string): SubItem[] {
  return [...item.subItems, { id, title, presenters: [], summary: [], attachmentIds: [] }];
}

/** Title, presenters or vedlegg of one orientering; vedlegg that are not the sak's own are left out. */
export function updateSubItem(item: AgendaItem, subItemId: string, patch: Partial<Omit<SubItem, 'id'>>): SubItem[] {
  const own = new Set(item.attachments.map((attachment) => attachment.id));
  return item.subItems.map((sub) => {
    if (sub.id !== subItemId) return sub;
    const next = { ...sub, ...patch };
    return patch.attachmentIds ? { ...next, attachmentIds: patch.attachmentIds.filter((id) => own.has(id)) } : next;
  });
}

/** Moves one orientering up (-1) or down (+1); at either end the list stays as it is. */
export function moveSubItem(item: AgendaItem, subItemId: string, step: -1 | 1): SubItem[] {
  const from = item.subItems.findIndex((sub) => sub.id === subItemId);
  const to = from + step;
  if (from < 0 || to < 0 || to >= item.subItems.length) return item.subItems;
  const next = [...item.subItems];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}

export function removeSubItem(item: AgendaItem, subItemId: string): SubItem[] {
  return item.subItems.filter((sub) => sub.id !== subItemId);
}
