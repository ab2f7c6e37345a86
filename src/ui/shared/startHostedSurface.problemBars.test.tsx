// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, screen } from '@testing-library/react';
import type { HostContext } from '../../hosts/hostContext';
import { createInMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { renderSurface } from './startHostedSurface';
import { testServices } from './testing/testServices';
import { preloadProblemBars } from './lateProblemBars';
import { markReady } from './readyMark';

// A file of its own: the page's ready moment, once set, stays set (readyMark.ts).
vi.mock('./lateProblemBars', async (importOriginal) => ({ ...(await importOriginal<typeof import('./lateProblemBars')>()), preloadProblemBars: vi.fn(async () => undefined) }));

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

const teams: HostContext = { host: 'teams', frameContext: 'content', locale: 'nb-NO', theme: 'default', onThemeChange: () => () => undefined };

describe('renderSurface', () => {
  it('fetches the problem bars’ chunk once the surface is ready for its person, not in an idle moment before (the side panel’s recorder still on its way; issue 14: cold load)', async () => {
    document.body.innerHTML = '<div id="root"></div>';
    const container = document.getElementById('root') as HTMLElement;
    const services = Promise.resolve(testServices(teams, createInMemoryMeetingRepository()));
    const options = { initializeHost: async () => teams, render: () => <main>Saksliste</main> };
    await act(async () => renderSurface(container, options, { provisional: teams, host: Promise.resolve(teams), services, locale: () => 'nb-NO' }));
    expect(await screen.findByText('Saksliste')).toBeTruthy();
    // jsdom has no requestIdleCallback: whenIdle waits 500 ms.
    await act(() => new Promise((resolve) => setTimeout(resolve, 800)));
    expect(preloadProblemBars).not.toHaveBeenCalled();
    markReady();
    await act(() => new Promise((resolve) => setTimeout(resolve, 800)));
    expect(preloadProblemBars).toHaveBeenCalledTimes(1);
  });
});
