// @vitest-environment jsdom
// Apart from lateProblemBars.test.tsx, whose test loads the real chunk: a module registry of its own
// (one per test file), so no fetch of the real chunk from another test can meet these tests' mocks.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ComponentType } from 'react';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { onStage, renderProblemBars } from './testing/problemBars';

/**
 * Whether a view's chunk can be fetched: while `offline`, every `loadableView`'s fetch fails as a
 * failed `import()` does, and the chunk is not even imported. (Not a mock of the bars' chunk: the
 * three bars import it side by side, and vitest hands a mocked module's second concurrent import the
 * real module.)
 */
const network = vi.hoisted(() => ({ offline: true }));
vi.mock('./loadableView', async (importOriginal: () => Promise<typeof import('./loadableView')>) => {
  const actual = await importOriginal();
  return {
    ...actual,
    loadableView: <P extends object>(load: () => Promise<ComponentType<P>>, options?: Parameters<typeof actual.loadableView>[1]) =>
      actual.loadableView(() => (network.offline ? Promise.reject(new Error('Failed to fetch dynamically imported module')) : load()), options),
  };
});

afterEach(async () => {
  cleanup();
  // A bar that failed asks for its chunk again: let those fetches settle before the next test's fresh modules.
  await new Promise((resolve) => setTimeout(resolve, 100));
  network.offline = true;
  vi.resetModules();
  vi.restoreAllMocks();
});

/** The module fresh, so each test fetches the bars' chunk (or fails to) anew. */
async function renderBars() {
  return renderProblemBars(await import('./lateProblemBars'));
}

describe('the problem bars without their chunk (lateProblemBars.tsx)', () => {
  it('still say what is wrong, with the reload, when the chunk cannot be fetched (the network is gone)', async () => {
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
    const reported = vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught failure
    const { LateErrorBar } = await import('./lateProblemBars');
    const view = render(onStage(<LateErrorBar error={new Error('Graph svarte ikke')} />));
    await screen.findByText(/Graph svarte ikke/);
    await waitFor(() => expect(reported).toHaveBeenCalled(), { timeout: 5_000 }); // the bar has given up on its fetches
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.querySelector('.fui-MessageBar')).toBeNull();
    // Still offline: a later problem asks again, and the plain bar says it.
    view.rerender(onStage(<LateErrorBar error={new Error('Fortsatt ingen forbindelse')} />));
    await screen.findByText(/Fortsatt ingen forbindelse/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.querySelector('.fui-MessageBar')).toBeNull();
    network.offline = false;
    act(() => void window.dispatchEvent(new Event('online')));
    await waitFor(() => expect(screen.getByRole('alert').classList.contains('fui-MessageBar')).toBe(true), { timeout: 10_000 });
    expect(screen.getByRole('alert').textContent).toContain('Fortsatt ingen forbindelse');
  });

  it('become the Fluent bar when the chunk arrives by a fetch the bar did not start (the page idle after its start), without the connection coming back', async () => {
    const reported = vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught failure
    const { LateErrorBar, preloadProblemBars } = await import('./lateProblemBars');
    render(onStage(<LateErrorBar error={new Error('Graph svarte ikke')} />));
    // The bar has given up on its fetches (React reports the failure it caught; until then the same
    // words are Suspense's fallback), and asked once more in vain.
    await waitFor(() => expect(reported).toHaveBeenCalled(), { timeout: 5_000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByRole('alert').textContent).toContain('Graph svarte ikke');
    expect(document.querySelector('.fui-MessageBar')).toBeNull();
    // The network is back, but the browser has said nothing (no `online`): the page's own preload brings the chunk.
    network.offline = false;
    await act(() => preloadProblemBars());
    await waitFor(() => expect(screen.getByRole('alert').classList.contains('fui-MessageBar')).toBe(true), { timeout: 10_000 });
    expect(screen.getByRole('alert').textContent).toContain('Graph svarte ikke');
  });
});
