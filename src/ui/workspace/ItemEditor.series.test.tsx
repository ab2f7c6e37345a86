// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { ConventionsSchema } from '../../domain/conventions';
import { aCommittee } from '../../domain/testing/builders';
import { createInMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { testMeeting } from '../meeting/testing/testMeeting';
import type { AgendaEditor } from './agendaEditor';
import { ItemEditor } from './ItemEditor';
import { renderWithServices } from './testing/renderWithServices';

afterEach(() => cleanup());

const kommunestyre = aCommittee({
  caseNumberFormat: 'PS {N}/{YY}',
  conventions: v.parse(ConventionsSchema, {
    itemKinds: [
      { id: 'Vedtakssak', nb: 'Vedtakssak', nn: 'Vedtakssak' },
      { id: 'Referatsaker', nb: 'Referatsaker', nn: 'Referatsaker', caseNumberFormat: 'RS {N}/{YY}' },
      { id: 'Delegerte vedtak', nb: 'Delegerte vedtak', nn: 'Delegerte vedtak', caseNumberFormat: 'DS {N}/{YY}' },
    ],
  }),
});

function renderWithKinds(kinds: string[], locale = 'nb-NO') {
  const base = testMeeting();
  const item = { ...base.items[1]!, kinds };
  const meeting = { ...base, committeeId: kommunestyre.id, items: base.items.map((candidate) => (candidate.id === item.id ? item : candidate)) };
  const editor = new Proxy({}, { get: () => () => undefined }) as AgendaEditor;
  renderWithServices(
    <ItemEditor committee={kommunestyre} meeting={meeting} item={item} editor={editor} />,
    createInMemoryMeetingRepository({ committees: [kommunestyre], meetings: [meeting] }),
    { locale },
  );
}

describe('a sak of two kinds with numbering series of their own, in the workspace', () => {
  it('tells the secretariat which series numbers it, and which is passed over', async () => {
    renderWithKinds(['Delegerte vedtak', 'Referatsaker']);
    expect((await screen.findByRole('note')).textContent).toBe(
      'Sakstypene til saken har hver sin nummerserie. Saken nummereres i serien til «Referatsaker», som står først i listen over sakstyper, ikke i serien til «Delegerte vedtak».',
    );
  });

  it('says nothing when its series is not in doubt', async () => {
    renderWithKinds(['Vedtakssak', 'Referatsaker']);
    await screen.findByRole('group', { name: 'Type sak' });
    expect(screen.queryByRole('note')).toBeNull();
  });
});
