// @vitest-environment jsdom
// A tab of the referent's panel whose code is a chunk of its own (Oppmøte: `AttendanceView`, through `loadableView`)
// after a network blip: the fetch that failed is made again, and the tab shows. React's `lazy()` kept the failure for
// good, so the panel was broken until it was reloaded.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { aCommittee } from '../../domain/testing/builders';
import { renderSidePanelHost } from './testing/sidePanelHost';

// How many of the next fetches of the attendance chunk fail, as `import()` fails when the network is away a moment.
const network = vi.hoisted(() => ({ failures: 0, fetches: 0 }));
vi.mock('./AttendanceView', async (importOriginal: () => Promise<typeof import('./AttendanceView')>) => {
  network.fetches += 1;
  if (network.failures > 0) {
    network.failures -= 1;
    throw new TypeError('Failed to fetch dynamically imported module: attendance.js');
  }
  return importOriginal();
});

// The test meeting's committee (`pm-2026-06-11` is its meeting), its secretariat the referent.
const committee = aCommittee({ id: 'partnerskapsmotet', secretariat: [{ name: 'Hilde Kari Maugesten', email: 'hilde.kari.maugesten@siv.example' }] });

// The whole panel renders (session, chunks): on a loaded machine its answers take longer than the default second.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  sessionStorage.clear();
  vi.restoreAllMocks();
  network.failures = 0;
});

describe('the referent’s Oppmøte tab after a network blip', () => {
  it('is shown when its chunk’s first fetch fails: the fetch is made again, not kept failed until the panel is reloaded', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // what React says of a failure it caught (old code)
    renderSidePanelHost({ committee, user: 'hilde.kari.maugesten@siv.example' });
    await screen.findByRole('button', { name: 'Start møtet' }, { timeout: 20_000 });
    network.failures = 1;
    fireEvent.click(screen.getByRole('tab', { name: 'Oppmøte' }));
    expect(await screen.findByTestId('attendance')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: /Oppmøte/ })).toBeTruthy();
    await waitFor(() => expect(network.fetches).toBe(2));
  }, 60_000);
});
