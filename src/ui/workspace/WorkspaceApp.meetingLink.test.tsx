// @vitest-environment jsdom
// A secretariat serving two committees reloads the workspace with a meeting of the second open (the address keeps only
// `#meeting=`): the workspace opened the first committee by name and «Velg et møte», the meeting gone from view.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { aCommittee, aMeeting } from '../../domain/testing/builders';
import { createInMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { WorkspaceApp } from './WorkspaceApp';
import { renderWithServices } from './testing/renderWithServices';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

describe('a workspace address naming only the meeting', () => {
  it('opens the meeting in its own committee, not the first committee by name', async () => {
    const eldreradet = aCommittee({ id: 'eldreradet', name: 'Eldrerådet', shortName: 'ER' });
    const partnerskapet = aCommittee();
    const meeting = aMeeting({ id: 'pm-2026', committeeId: partnerskapet.id });
    const repository = createInMemoryMeetingRepository({ committees: [eldreradet, partnerskapet], meetings: [meeting] });
    window.history.replaceState(null, '', '/workspace.html#meeting=pm-2026');
    renderWithServices(<WorkspaceApp />, repository);
    expect(await screen.findByRole('heading', { name: /^Partnerskapsmøtet 11\.06\.2026/ }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByText('Velg et møte i listen, eller lag et nytt.')).toBeNull();
  });
});
