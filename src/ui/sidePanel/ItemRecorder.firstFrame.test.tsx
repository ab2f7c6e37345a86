// @vitest-environment jsdom
// Her first frame (issue 14: cold load): the active sak down to the konklusjon, the rest of the sak in the frame after.
// A file of its own: only the page's first sak waits a frame (a module's flag), so this must be the first sak rendered.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { testMeeting } from '../meeting/testing/testMeeting';
import { READY_MARK } from '../shared/readyMark';
import { renderSidePanelHost } from './testing/sidePanelHost';
import { twoPeopleCommittee } from './testing/twoPeopleCommittee';

const committee = twoPeopleCommittee;

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the referent’s first frame', () => {
  it('is her active sak down to the konklusjon she writes; its buttons, oppfølging, historikk and «Neste sak» come in the frame after, and a sak opened later shows whole at once', async () => {
    performance.clearMarks(READY_MARK);
    const atMark: { editor: boolean; rest: boolean }[] = [];
    vi.spyOn(performance, 'mark').mockImplementation((name: string) => {
      if (name === READY_MARK)
        atMark.push({
          editor: within(screen.getByTestId('conclusion')).queryByRole('button', { name: 'Legg til punkt' }) !== null,
          rest: screen.queryByRole('button', { name: 'Marker som behandlet' }) !== null || screen.queryByRole('button', { name: 'Neste sak' }) !== null,
        });
      return undefined as unknown as PerformanceMark;
    });
    renderSidePanelHost({ committee, meeting: { ...testMeeting(), status: 'inProgress', currentItemId: 'item-2' }, user: 'hilde.kari.maugesten@siv.example' });
    await waitFor(() => expect(atMark).toEqual([{ editor: true, rest: false }]));
    // The frame after: the rest of the sak, below the konklusjon.
    await screen.findByRole('button', { name: 'Marker som behandlet' });
    expect(screen.getByTestId('toggle-follow-up')).toBeTruthy();
    expect(screen.getByTestId('toggle-history')).toBeTruthy();
    // Another sak: all of it in its first render.
    fireEvent.click(screen.getByRole('button', { name: 'Neste sak' }));
    await screen.findByRole('heading', { level: 2, name: /^2026\.03/ });
    expect(screen.getByRole('button', { name: 'Marker som behandlet' })).toBeTruthy();
  });
});
