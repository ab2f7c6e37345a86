// @vitest-environment jsdom
import { Component, Suspense, type ComponentType, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { loadableView } from './loadableView';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Screen({ name }: { name: string }) {
  return <p>{name}</p>;
}

/** A chunk whose first fetch fails (the network was away a moment). */
function offlineAtFirst() {
  let fetches = 0;
  return {
    load: async () => {
      fetches += 1;
      if (fetches === 1) throw new Error('offline');
      return Screen;
    },
    fetches: () => fetches,
  };
}

function renderView(View: ComponentType<{ name: string }>, name: string) {
  render(
    <Suspense fallback={<p>Laster …</p>}>
      <View name={name} />
    </Suspense>,
  );
}

describe('loadableView (a view fetched only where it is needed, like the sign-in screen of a plain browser)', () => {
  it('fetches nothing until it is preloaded, then renders in the same commit without the fallback', async () => {
    let fetches = 0;
    const view = loadableView(async () => {
      fetches += 1;
      return Screen;
    });
    expect(fetches).toBe(0);
    view.preload();
    view.preload();
    expect(fetches).toBe(1);
    await Promise.resolve();
    await Promise.resolve();
    renderView(view.View, 'Logg inn');
    expect(screen.queryByText('Laster …')).toBeNull();
    expect(screen.getByText('Logg inn')).toBeTruthy();
    expect(fetches).toBe(1);
  });

  it('says when the preloaded chunk is here, so a page that waits for it renders the view without suspending', async () => {
    let arrive: (component: typeof Screen) => void = () => undefined;
    const view = loadableView(() => new Promise<typeof Screen>((resolve) => (arrive = resolve)));
    let settled = false;
    const waiting = view.preload().then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    expect(view.loaded()).toBe(false);
    arrive(Screen);
    await waiting;
    expect(view.loaded()).toBe(true);
    renderView(view.View, 'Logg inn');
    expect(screen.queryByText('Laster …')).toBeNull();
    expect(screen.getByText('Logg inn')).toBeTruthy();
  });

  it('tells its subscribers when the chunk arrives, whoever fetched it, and not after they leave', async () => {
    let arrive: (component: typeof Screen) => void = () => undefined;
    const view = loadableView(() => new Promise<typeof Screen>((resolve) => (arrive = resolve)));
    const told: boolean[] = [];
    const leave = view.subscribe(() => told.push(view.loaded()));
    const other = vi.fn();
    view.subscribe(other)();
    const waiting = view.preload();
    expect(told).toEqual([]);
    arrive(Screen);
    await waiting;
    expect(told).toEqual([true]);
    expect(other).not.toHaveBeenCalled();
    leave();
  });

  it('tries a failed fetch again once when the connection comes back, and tells its subscribers when that brings the chunk', async () => {
    let online = false;
    let fetches = 0;
    const view = loadableView(async () => {
      fetches += 1;
      if (!online) throw new Error('Loading chunk failed.');
      return Screen;
    });
    const arrived = vi.fn();
    view.subscribe(arrived);
    await view.preload();
    expect(fetches).toBe(1);
    // Back, but the fetch fails again (the server is not there yet): one fetch, no loop.
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(fetches).toBe(2));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetches).toBe(2);
    expect(view.loaded()).toBe(false);
    // The next time the connection comes back, the fetch succeeds.
    online = true;
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(view.loaded()).toBe(true));
    expect(fetches).toBe(3);
    expect(arrived).toHaveBeenCalledTimes(1);
    // Here: coming back again fetches nothing.
    window.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetches).toBe(3);
  });

  it('fetches nothing when the connection comes back if no fetch failed', async () => {
    let fetches = 0;
    loadableView(async () => {
      fetches += 1;
      return Screen;
    });
    window.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetches).toBe(0);
  });

  it('settles without failing when the preload cannot fetch the chunk (the view fetches it again when shown)', async () => {
    const chunk = offlineAtFirst();
    const view = loadableView(chunk.load);
    await expect(view.preload()).resolves.toBeUndefined();
    expect(view.loaded()).toBe(false);
    renderView(view.View, 'Logg inn');
    expect(await screen.findByText('Logg inn')).toBeTruthy();
    expect(chunk.fetches()).toBe(2);
  });

  it('fetches when first shown if nobody preloaded it, and again when the preload failed', async () => {
    const chunk = offlineAtFirst();
    const view = loadableView(chunk.load);
    view.preload();
    await Promise.resolve();
    await Promise.resolve();
    renderView(view.View, 'Logg inn');
    expect(await screen.findByText('Logg inn')).toBeTruthy();
    expect(chunk.fetches()).toBe(2);
  });

  it('fetches again on its next mount once asked again (preload) after a render whose fetches failed, even if that preload failed too (a caller’s own boundary)', async () => {
    let online = false;
    let fetches = 0;
    const view = loadableView(
      async () => {
        fetches += 1;
        if (!online) throw new Error('offline');
        return Screen;
      },
      { failure: 'propagate' },
    );
    const caught: string[] = [];
    class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
      override state = { failed: false };
      static getDerivedStateFromError(): { failed: boolean } {
        return { failed: true };
      }
      override componentDidCatch(error: Error): void {
        caught.push(error.message);
      }
      override render(): ReactNode {
        return this.state.failed ? <p>Uten forbindelse</p> : this.props.children;
      }
    }
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught failure
    const first = render(
      <Boundary>
        <Suspense fallback={<p>Laster …</p>}>
          <view.View name="Første" />
        </Suspense>
      </Boundary>,
    );
    await screen.findByText('Uten forbindelse');
    expect(caught).toEqual(['offline']);
    expect(fetches).toBe(2);
    first.unmount();
    // Asked again while still offline: fails, and the view's next mount fetches anew rather than failing at once.
    await view.preload();
    expect(fetches).toBe(3);
    online = true;
    renderView(view.View, 'Andre');
    expect(await screen.findByText('Andre')).toBeTruthy();
    expect(fetches).toBe(4);
  });

  it('says in its own place that it could not be fetched, keeps the rest of the page, and shows the view from «Prøv igjen»', async () => {
    let online = false;
    let fetches = 0;
    const view = loadableView(async () => {
      fetches += 1;
      if (!online) throw new Error('offline');
      return Screen;
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught failure
    render(
      <main>
        <p>Saksliste</p>
        <Suspense fallback={<p>Laster …</p>}>
          <view.View name="Oppmøte" />
        </Suspense>
      </main>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Denne delen av siden kunne ikke lastes.');
    expect(screen.getByText('Saksliste')).toBeTruthy();
    expect(fetches).toBe(2);
    // Still offline: asked again, it fails again and says so again.
    fireEvent.click(screen.getByRole('button', { name: 'Prøv igjen' }));
    await vi.waitFor(() => expect(fetches).toBe(3));
    expect(screen.getByRole('alert')).toBeTruthy();
    online = true;
    fireEvent.click(screen.getByRole('button', { name: 'Prøv igjen' }));
    expect(await screen.findByText('Oppmøte')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Saksliste')).toBeTruthy();
    expect(fetches).toBe(4);
  });

  it('comes back by itself when the connection does', async () => {
    let online = false;
    const view = loadableView(async () => {
      if (!online) throw new Error('offline');
      return Screen;
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderView(view.View, 'Etter møtet');
    await screen.findByRole('alert');
    online = true;
    window.dispatchEvent(new Event('online'));
    expect(await screen.findByText('Etter møtet')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
