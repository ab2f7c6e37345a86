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

const fylkesutvalet = aCommittee({ name: 'Fylkesutvalet', conventions: v.parse(ConventionsSchema, { conclusion: 'vedtak', proposal: 'innstilling', proposalBy: 'Fylkesdirektøren si' }) });

function renderWithRoute(caseRoute: { body: string }[] | undefined) {
  const base = testMeeting();
  const item = { ...base.items[1]!, ...(caseRoute === undefined ? {} : { caseRoute }) };
  const meeting = { ...base, committeeId: fylkesutvalet.id, items: base.items.map((candidate) => (candidate.id === item.id ? item : candidate)) };
  const editor = new Proxy({}, { get: () => () => undefined }) as AgendaEditor;
  renderWithServices(
    <ItemEditor committee={fylkesutvalet} meeting={meeting} item={item} editor={editor} />,
    createInMemoryMeetingRepository({ committees: [fylkesutvalet], meetings: [meeting] }),
    { locale: 'nn-NO' },
  );
}

describe('the proposal field of a sak in the workspace', () => {
  it('is named by the body the sak comes from, as the innkalling heads it: the secretary types the hovudutval\'s innstilling there', async () => {
    renderWithRoute([{ body: 'Hovudutval for opplæring og kompetanse' }, { body: 'Fylkesutvalet' }, { body: 'Fylkestinget' }]);
    expect(await screen.findByRole('group', { name: 'Innstilling frå Hovudutval for opplæring og kompetanse' }, { timeout: 20_000 })).toBeTruthy();
  });

  it('keeps the committee\'s own word for a sak that starts here', async () => {
    renderWithRoute(undefined);
    expect(await screen.findByRole('group', { name: 'Fylkesdirektøren si innstilling' }, { timeout: 20_000 })).toBeTruthy();
  });
});
