// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { exemptStub } from '../../domain/exemptRowAccess';
import { aCommittee } from '../../domain/testing/builders';
import { createInMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { testMeeting } from '../meeting/testing/testMeeting';
import type { AgendaEditor } from './agendaEditor';
import { ItemEditor } from './ItemEditor';
import { renderWithServices } from './testing/renderWithServices';

afterEach(() => cleanup());

describe('a restricted sak in the workspace (its row is closed to this user)', () => {
  it('shows its public title, says why, and offers nothing to change', async () => {
    const committee = aCommittee();
    const base = testMeeting();
    const source = base.items.find((item) => item.id === 'item-3');
    if (!source) throw new Error('item-3 mangler');
    const item = { ...exemptStub({ ...source, confidentiality: { exempt: { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1', publicTitle: 'Personalsak' } } }), restricted: true as const };
    const meeting = { ...base, committeeId: committee.id, items: base.items.map((candidate) => (candidate.id === item.id ? item : candidate)) };
    const edits: string[] = [];
    // Every change the editor could make is recorded: none may happen.
    const editor = new Proxy({}, { get: (_target, name) => (...args: unknown[]) => edits.push(`${String(name)} ${JSON.stringify(args)}`) }) as AgendaEditor;
    renderWithServices(
      <ItemEditor committee={committee} meeting={meeting} item={item} editor={editor} />,
      createInMemoryMeetingRepository({ committees: [committee], meetings: [meeting] }),
    );
    await screen.findByTestId('item-restricted');
    const title = screen.getByRole('textbox', { name: /Tittel/ }) as HTMLInputElement;
    expect(title.value).toBe('Personalsak');
    expect(title.closest('fieldset')?.disabled).toBe(true);
    expect(document.body.textContent).not.toContain('Handlingsplan 2026');
    expect(edits).toEqual([]);
  });
});
