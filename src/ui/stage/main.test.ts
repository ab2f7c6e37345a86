import { afterEach, describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
type LoadScreens = (lookup: () => unknown) => Promise<unknown>;
let loadScreens: LoadScreens | undefined;
vi.mock('../meeting/startMeetingSurface', () => ({
  startMeetingSurface: (load: LoadScreens) => {
    loadScreens = load;
    calls.push('start');
  },
}));
// The screens' chunk, as far as the entry uses it.
function stageApp() {
  calls.push('screens evaluated');
  return { StageApp: () => null };
}
vi.mock('./StageApp', stageApp);
vi.mock('../meeting/showMeetingSurface', () => ({
  meetingSurfaceScreens: () => {
    calls.push('screens handed over');
    return { show: () => undefined };
  },
}));

afterEach(() => {
  vi.resetModules();
  // A mock's module is kept across resetModules: registered again, so each test's entry evaluates the screens' chunk anew.
  vi.doMock('./StageApp', stageApp);
  calls.length = 0;
});

describe('the stage entry', () => {
  it('evaluates the screens\' chunk as soon as it is here, while the host\'s handshake is awaited, not once the reads are sent', async () => {
    await import('./main');
    // startMeetingSurface has not asked for the screens (it does once the reads are sent): the chunk is evaluated all the same.
    await vi.waitFor(() => expect(calls).toContain('screens evaluated'));
    expect(calls).toEqual(['start', 'screens evaluated']);
  });

  it('hands the screens over when asked, from the chunk already evaluated', async () => {
    await import('./main');
    await vi.waitFor(() => expect(calls).toContain('screens evaluated'));
    await loadScreens?.(() => undefined);
    expect(calls).toEqual(['start', 'screens evaluated', 'screens handed over']);
  });
});
