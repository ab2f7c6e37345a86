// @vitest-environment jsdom
import { Suspense, type ComponentType } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { loadableView } from './loadableView';

afterEach(cleanup);

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
});
