import { afterEach, describe, expect, it, vi } from 'vitest';
import { intlFormattersMade } from '../../domain/testing/intlFormattersMade';

const calls: string[] = [];
vi.mock('../shared/autosave/draftsDatabase', () => ({
  pageDraftsDatabase: () => {
    calls.push('drafts database');
    return Promise.resolve({});
  },
}));
type LoadScreens = (lookup: () => unknown, services: () => unknown) => Promise<unknown>;
let loadScreens: LoadScreens | undefined;
vi.mock('../shared/browserChunks', () => ({
  prefetchChunksNamedIn: (meta: string) => calls.push(`prefetch ${meta}`),
  runChunksNamedIn: (meta: string) => calls.push(`run ${meta}`),
}));
vi.mock('../meeting/startMeetingSurface', () => ({
  startMeetingSurface: (load: LoadScreens) => {
    loadScreens = load;
    calls.push('start');
  },
}));
// The screens' chunk, as far as the entry uses it.
const LOOKUP = { lookup: 'the early lookup' };
const RECORDER_ASKED = Promise.resolve();
const SERVICES = { services: 'this start' };
vi.mock('./SidePanelApp', () => ({
  SidePanelApp: () => null,
  fetchRecorderEarly: (lookup: unknown, services: unknown) => {
    calls.push(lookup === LOOKUP && services === SERVICES ? 'recorder asked, given the lookup and the services' : 'recorder asked, wrongly');
    return RECORDER_ASKED;
  },
  warmNumberFormat: () => calls.push('number format warmed'),
}));
// The page's idle moments, let in by the test (`whenIdle`: the browser's idle callback): each asked for waits for the next.
let waitingForIdle: (() => void)[] = [];
const becomeIdle = async () => {
  const waiting = waitingForIdle;
  waitingForIdle = [];
  for (const resolve of waiting) resolve();
  await Promise.resolve();
  await Promise.resolve();
};
vi.mock('../../hosts/whenIdle', () => ({
  whenIdle: () => {
    calls.push('idle asked for');
    return new Promise<void>((resolve) => waitingForIdle.push(resolve));
  },
}));
const numberFormats = intlFormattersMade('NumberFormat');
vi.mock('../meeting/showMeetingSurface', () => ({
  meetingSurfaceScreens: () => {
    calls.push('screens handed over (rendered after)');
    return { show: () => calls.push('rendered') };
  },
}));

afterEach(() => {
  vi.resetModules();
  calls.length = 0;
  waitingForIdle = [];
});

describe('the side panel entry', () => {
  it('starts opening the drafts database and downloading the referent\'s chunks as it starts the page, before any screen is fetched', async () => {
    await import('./main');
    expect(calls).toEqual(['drafts database', 'prefetch motebok-referent-chunks', 'start']);
  });

  it('runs the referent\'s files while the meeting\'s read is in flight, then asks for her chunk from the screens\' chunk as soon as it is evaluated, before the screens are handed over to render', async () => {
    await import('./main');
    calls.length = 0;
    const handedOver = loadScreens?.(() => LOOKUP, () => SERVICES);
    // The read is sent before the screens are asked for (startMeetingSurface): the files run before their chunk is evaluated.
    expect(calls).toEqual(['run motebok-referent-chunks', 'idle asked for']);
    await handedOver;
    expect(calls).toEqual(['run motebok-referent-chunks', 'idle asked for', 'idle asked for', 'recorder asked, given the lookup and the services', 'screens handed over (rendered after)']);
  });

  it('sets ICU up (an Intl format) in the first idle moment once the reads are sent, before the screens\' chunk is here, and not before that moment', async () => {
    await import('./main');
    const made = numberFormats.count();
    const handedOver = loadScreens?.(() => LOOKUP, () => SERVICES);
    expect(made.made).toBe(0);
    await becomeIdle();
    expect(made.made).toBe(1);
    expect(calls).not.toContain('screens handed over (rendered after)');
    await handedOver;
    expect(calls).not.toContain('number format warmed');
  });

  it('makes Lingui\'s number format (from the screens\' chunk) only once the page is idle again after the screens are handed over', async () => {
    await import('./main');
    await loadScreens?.(() => LOOKUP, () => SERVICES);
    expect(calls).not.toContain('number format warmed');
    await becomeIdle();
    expect(calls.at(-1)).toBe('number format warmed');
  });

  it('has the first render wait for that ask (her recorder from the cache, or the word that he does not record)', async () => {
    await import('./main');
    const handedOver = (await loadScreens?.(() => LOOKUP, () => SERVICES)) as { firstRenderAfter?: Promise<unknown>; show?: unknown };
    expect(handedOver.firstRenderAfter).toBe(RECORDER_ASKED);
    expect(typeof handedOver.show).toBe('function');
  });
});
