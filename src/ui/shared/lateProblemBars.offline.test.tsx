// @vitest-environment jsdom
// Apart from lateProblemBars.test.tsx, whose test loads the real chunk: a module registry of its own
// (one per test file), so no fetch of the real chunk from another test can meet these tests' mocks.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { onStage, renderProblemBars } from './testing/problemBars';

afterEach(async () => {
  cleanup();
  // A bar that failed asks for its chunk again: let those fetches settle against this test's mock,
  // not load the real chunk into the next test's fresh modules.
  await new Promise((resolve) => setTimeout(resolve, 100));
  vi.doUnmock('./problemBarViews');
  vi.resetModules();
  vi.restoreAllMocks();
});

/** The module fresh, so each test fetches the bars' chunk (or fails to) anew. */
async function renderBars() {
  return renderProblemBars(await import('./lateProblemBars'));
}

describe('the problem bars without their chunk (lateProblemBars.tsx)', () => {
  it('still say what is wrong, with the reload, when the chunk cannot be fetched (the network is gone)', async () => {
    vi.doMock('./problemBarViews', () => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught failure
    const { reload } = await renderBars();
    await screen.findByRole('button', { name: 'Last inn på nytt' });
    await new Promise((resolve) => setTimeout(resolve, 50)); // both fetches have failed by now
    expect(document.querySelector('.fui-MessageBar')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('Graph svarte ikke');
    expect(screen.getByTestId('notice').textContent).toContain('Uten forbindelse');
    fireEvent.click(screen.getByRole('button', { name: 'Last inn på nytt' }));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('fetch the chunk again when the browser is back online, or with a later problem, and then become the Fluent bars', async () => {
    let offline = true;
    const calls: boolean[] = [];
    vi.doMock('./problemBarViews', async (importOriginal: () => Promise<object>) => {
      calls.push(offline);
      if (offline) throw new Error('Failed to fetch dynamically imported module');
      return importOriginal();
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught failure
    const { LateErrorBar } = await import('./lateProblemBars');
    const view = render(onStage(<LateErrorBar error={new Error('Graph svarte ikke')} />));
    await screen.findByText(/Graph svarte ikke/);
    await new Promise((resolve) => setTimeout(resolve, 50)); // the fetches have failed by now
    expect(document.querySelector('.fui-MessageBar')).toBeNull();
    // Still offline: a later problem asks again, and the plain bar says it.
    view.rerender(onStage(<LateErrorBar error={new Error('Fortsatt ingen forbindelse')} />));
    await screen.findByText(/Fortsatt ingen forbindelse/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.querySelector('.fui-MessageBar')).toBeNull();
    offline = false;
    act(() => void window.dispatchEvent(new Event('online')));
    await waitFor(() => expect(screen.getByRole('alert').classList.contains('fui-MessageBar')).toBe(true), { timeout: 10_000 });
    expect(screen.getByRole('alert').textContent).toContain('Fortsatt ingen forbindelse');
  });
});
