// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SurfaceStart, SurfaceStartOptions } from '../shared/surfaceStart';
import type { SurfaceScreens } from '../shared/startInHalves';

// What the meeting surface's start hands to `startInHalves`, caught here.
let startOptions: SurfaceStartOptions | undefined;
let loadScreens: (() => Promise<SurfaceScreens>) | undefined;
vi.mock('../shared/startInHalves', () => ({
  startInHalves: (options: SurfaceStartOptions, load: () => Promise<SurfaceScreens>) => {
    startOptions = options;
    loadScreens = load;
  },
}));
vi.mock('../shared/teamsSurface', () => ({ teamsHostOptions: () => ({}) }));
const SIGNED_IN = vi.fn<() => Promise<unknown>>();
vi.mock('../shared/services', () => ({ createServices: () => Promise.resolve({ repository: {}, signedInUser: SIGNED_IN }) }));
let answerMeeting: (value: unknown) => void = () => undefined;
vi.mock('./findMeeting', () => ({
  startLinkedMeetingLookup: () => ({ started: new Promise((resolve) => (answerMeeting = resolve)) }),
}));

const { startMeetingSurface, FIRST_ANSWERS_WAIT_MS } = await import('./startMeetingSurface');

const shown: string[] = [];
const screens: SurfaceScreens = { show: () => shown.push('rendered') };
const container = {} as HTMLElement;
const start = {} as SurfaceStart;

/** Starts a surface as its entry does, up to its screens evaluated and asked to show. */
async function startedAndAskedToShow(options: { signedInUser?: boolean }, firstRenderAfter?: Promise<unknown>): Promise<void> {
  startMeetingSurface(() => Promise.resolve({ ...screens, ...(firstRenderAfter ? { firstRenderAfter } : {}) }), options);
  await startOptions?.createServices?.({ host: 'teams' } as never, undefined);
  const wrapped = await loadScreens?.();
  if (startOptions) wrapped?.show(container, startOptions, start);
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  SIGNED_IN.mockReset();
  shown.length = 0;
});

describe('a meeting surface\'s first render', () => {
  it('waits for the meeting to have answered, so it is not a render of «waiting» while the answers come in', async () => {
    SIGNED_IN.mockReturnValueOnce(Promise.resolve({ email: 'referent@example.no' }));
    await startedAndAskedToShow({ signedInUser: true });
    await vi.advanceTimersByTimeAsync(10);
    expect(shown).toEqual([]);
    answerMeeting({ meeting: 'read' });
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual(['rendered']);
    await vi.advanceTimersByTimeAsync(FIRST_ANSWERS_WAIT_MS);
    expect(shown).toEqual(['rendered']); // once
  });

  it('on the stage waits for the meeting only (it asks nobody who is signed in)', async () => {
    await startedAndAskedToShow({});
    await vi.advanceTimersByTimeAsync(10);
    expect(shown).toEqual([]);
    answerMeeting(undefined);
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual(['rendered']);
  });

  it('renders once the meeting\'s read has failed (the screen shows why), without waiting out the bound', async () => {
    SIGNED_IN.mockReturnValueOnce(Promise.reject(new Error('offline')));
    await startedAndAskedToShow({ signedInUser: true });
    answerMeeting(undefined);
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual(['rendered']);
  });

  it('waits for what the screens name besides (the side panel: the referent\'s recorder), within the same bound', async () => {
    SIGNED_IN.mockReturnValueOnce(Promise.resolve({ email: 'referent@example.no' }));
    let recorderHere: (value: unknown) => void = () => undefined;
    await startedAndAskedToShow({ signedInUser: true }, new Promise((resolve) => (recorderHere = resolve)));
    answerMeeting({ meeting: 'read' });
    await vi.advanceTimersByTimeAsync(10);
    expect(shown).toEqual([]); // the meeting is here, her recorder not yet
    recorderHere(undefined);
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual(['rendered']);
  });

  it(`renders after ${FIRST_ANSWERS_WAIT_MS} ms when what the screens name besides the meeting has not come`, async () => {
    SIGNED_IN.mockReturnValueOnce(Promise.resolve({ email: 'referent@example.no' }));
    await startedAndAskedToShow({ signedInUser: true }, new Promise(() => undefined));
    answerMeeting({ meeting: 'read' });
    await vi.advanceTimersByTimeAsync(FIRST_ANSWERS_WAIT_MS - 1);
    expect(shown).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(shown).toEqual(['rendered']);
  });

  it(`renders «waiting» after all when the answers take longer than ${FIRST_ANSWERS_WAIT_MS} ms`, async () => {
    SIGNED_IN.mockReturnValueOnce(new Promise(() => undefined));
    await startedAndAskedToShow({ signedInUser: true });
    await vi.advanceTimersByTimeAsync(FIRST_ANSWERS_WAIT_MS - 1);
    expect(shown).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(shown).toEqual(['rendered']);
    answerMeeting(undefined);
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual(['rendered']);
  });
});
