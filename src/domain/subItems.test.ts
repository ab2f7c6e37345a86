import { describe, expect, it } from 'vitest';
import { addSubItem, moveSubItem, removeSubItem, updateSubItem } from './subItems';
import { anAttachment, anItem } from './testing/builders';

const item = anItem('orienteringer', {
  attachments: [anAttachment('v1'), anAttachment('v2')],
  subItems: [
    { id: 'a', title: 'Status i prosjektet', presenters: [], summary: [], attachmentIds: [] },
    { id: 'b', title: 'Budsjett', presenters: [], summary: [], attachmentIds: ['v1'] },
    { id: 'c', title: 'Rekruttering', presenters: [], summary: [], attachmentIds: [] },
  ],
});
const titles = (subs: { title: string }[]) => subs.map((sub) => sub.title);

describe('bundled orienteringer under a sak', () => {
  it('adds one at the end with the given title and nothing else', () => {
    const subs = addSubItem(item, 'd', 'Ny orientering');
    expect(titles(subs)).toEqual(['Status i prosjektet', 'Budsjett', 'Rekruttering', 'Ny orientering']);
    expect(subs[3]).toEqual({ id: 'd', title: 'Ny orientering', presenters: [], summary: [], attachmentIds: [] });
  });

  it('moves one up or down and leaves the list as it is at either end', () => {
    expect(titles(moveSubItem(item, 'b', -1))).toEqual(['Budsjett', 'Status i prosjektet', 'Rekruttering']);
    expect(titles(moveSubItem(item, 'b', 1))).toEqual(['Status i prosjektet', 'Rekruttering', 'Budsjett']);
    expect(moveSubItem(item, 'a', -1)).toBe(item.subItems);
    expect(moveSubItem(item, 'c', 1)).toBe(item.subItems);
  });

  it('removes only the one named', () => {
    expect(titles(removeSubItem(item, 'b'))).toEqual(['Status i prosjektet', 'Rekruttering']);
  });

  it('changes title, presenters and vedlegg of one, keeping only vedlegg of the sak', () => {
    const person = { name: 'Kari Nordmann', email: 'kari@example.no' };
    const subs = updateSubItem(item, 'c', { title: 'Rekruttering av fastleger', presenters: [person], attachmentIds: ['v2', 'elsewhere'] });
    expect(subs[2]).toEqual({ id: 'c', title: 'Rekruttering av fastleger', presenters: [person], summary: [], attachmentIds: ['v2'] });
    expect(subs.slice(0, 2)).toEqual(item.subItems.slice(0, 2));
  });
});
