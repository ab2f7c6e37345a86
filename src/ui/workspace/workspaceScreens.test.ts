import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SurfaceStart, SurfaceStartOptions } from '../shared/surfaceStart';
import type { StartupReads } from './startupReads';

const shown = vi.fn<(container: HTMLElement) => void>();
vi.mock('../shared/surfaceScreens', () => ({ surfaceScreens: () => ({ show: (container: HTMLElement) => shown(container) }) }));
const { workspaceScreens } = await import('./workspaceScreens');

const container = {} as HTMLElement;
const options = {} as SurfaceStartOptions;
const start = {} as SurfaceStart;

function readsSettlingLater(): { startup: StartupReads; settle: () => void } {
  let settle: () => void = () => undefined;
  const settled = new Promise<void>((resolve) => (settle = resolve));
  return { startup: { settled } as StartupReads, settle };
}

afterEach(() => {
  shown.mockReset();
  vi.useRealTimers();
});

describe("the workspace's first render", () => {
  it('waits for the first reads to answer, so the saksliste comes in that render rather than after "loading" (issue 14)', async () => {
    const { startup, settle } = readsSettlingLater();
    workspaceScreens(() => startup).show(container, options, start);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shown).not.toHaveBeenCalled();
    settle();
    await vi.waitFor(() => expect(shown).toHaveBeenCalledWith(container));
  });

  it('renders with what it has once the reads take longer than the bound', async () => {
    vi.useFakeTimers();
    const { startup } = readsSettlingLater();
    workspaceScreens(() => startup, 1_000).show(container, options, start);
    await vi.advanceTimersByTimeAsync(999);
    expect(shown).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(shown).toHaveBeenCalledTimes(1);
  });

  it('renders at once when no reads were begun (the services failed: the page shows why)', () => {
    workspaceScreens(() => undefined).show(container, options, start);
    expect(shown).toHaveBeenCalledTimes(1);
  });
});
