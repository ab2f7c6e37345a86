// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { setLanguage } from '../shared/i18n';
import type { PersonIdentity } from '../../domain/personIdentity';
import { loadableView, type LoadableView } from '../shared/loadableView';
import { preloadProblemBars } from '../shared/lateProblemBars';
import type { HostContext } from '../../hosts/hostContext';
import { REFERENT_CHUNKS_META } from '../shared/browserChunksMeta.mjs';
import { recorderChunk, type RecorderViewProps } from './recorderChunk';
import { renderSidePanelHost } from './testing/sidePanelHost';
import { MEMBER, REFERENT, twoPeopleCommittee } from './testing/twoPeopleCommittee';

const committee = twoPeopleCommittee;

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  document.head.innerHTML = '';
});

/** The referent's chunks' files as the build names them in the page (tools/startupPreloadPlugin.mjs). */
const RECORDER_FILE = '/side-panel-recorder.6f.js';
/** The files the recorder's chunk group is split into beside its own (what it shares with the editor and the Graph side). */
const SPLIT_FILES = ['/editor-shared.5e.js', '/graph-shared.3c.js'];
function nameReferentChunks() {
  document.head.innerHTML = `<meta name="${REFERENT_CHUNKS_META}" content="${[RECORDER_FILE, ...SPLIT_FILES].join(' ')}">`;
}
/** The files the page has asked the browser to download ahead (`<link rel="preload">`). */
const preloaded = () => [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map((link) => new URL(link.href).pathname);

/** The recorder as the stand-in renders it once its chunk is here. */
function StandInRecorder({ meeting }: RecorderViewProps) {
  return <p>Referentens visning av {meeting.value.id}</p>;
}

/** A stand-in for the recorder's chunk: counts its fetches; each is answered (or failed) by the test. */
function standInChunk() {
  const fetches: { arrive: () => void; fail: () => void }[] = [];
  const view = loadableView<RecorderViewProps>(
    () =>
      new Promise((resolve, reject) => {
        fetches.push({ arrive: () => resolve(StandInRecorder), fail: () => reject(new Error('Loading chunk side-panel-recorder failed.')) });
      }),
  );
  return { view, fetches };
}

/**
 * The side panel for `upn`; `fromGraph`: who Graph says is signed in, answered when the test says;
 * `host`: Teams (whose context names the user) or a plain browser (whose `?upn=` anyone can type).
 */
function renderSidePanel(upn: string, recorder?: LoadableView<RecorderViewProps>, fromGraph?: () => Promise<PersonIdentity>, host: HostContext['host'] = 'teams') {
  renderSidePanelHost({ committee, user: upn, host, ...(recorder ? { recorder } : {}), services: () => (fromGraph ? { signedInUser: fromGraph } : {}) });
}

/**
 * The stand-in whose `preload` settles only on the test's cue (`settle`): its fetch fails when the
 * test says, and the chunk is then no longer being fetched (`loadableView`), while the panel has not
 * yet handled the settlement that tells it so — the moment in which a render of the panel may ask
 * for the chunk again.
 */
function standInSettledOnCue() {
  const { view, fetches } = standInChunk();
  let settle: () => void = () => undefined;
  const cue = new Promise<void>((resolve) => (settle = resolve));
  const settledOnCue: LoadableView<RecorderViewProps> = { ...view, preload: () => view.preload().then(() => cue) };
  return { view: settledOnCue, fetches, settle };
}

const READ_ONLY = 'Du ser sakslisten. Bare referent og møteleder kan skrive i referatet.';
const FAILED = 'Verktøyene for referatet kunne ikke hentes. Sjekk forbindelsen og prøv igjen.';
const RECORDER = 'Referentens visning av pm-2026-06-11';

/** The referent's panel on a stand-in chunk whose first fetch failed, the failure shown. */
async function afterAFailedFetch() {
  const chunk = standInChunk();
  renderSidePanel(REFERENT, chunk.view);
  await waitFor(() => expect(chunk.fetches).toHaveLength(1));
  chunk.fetches[0]?.fail();
  await screen.findByText(FAILED, {}, { timeout: 5_000 });
  return chunk;
}

describe('the side panel fetches the recorder only for the person who records', () => {
  it('a member gets the read-only view and never asks for the recorder’s chunk nor the files beside it', async () => {
    nameReferentChunks();
    const preload = vi.spyOn(recorderChunk, 'preload');
    renderSidePanel(MEMBER);
    await screen.findByText(READ_ONLY, {}, { timeout: 5_000 });
    // A moment more: nothing is asked for after the view either.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(preload).not.toHaveBeenCalled();
    expect(recorderChunk.loaded()).toBe(false);
    expect(preloaded()).toEqual([]);
  });

  it('a member never asks the stand-in either, however the meeting and Graph answer', async () => {
    nameReferentChunks();
    const { view, fetches } = standInChunk();
    let answer: (identity: PersonIdentity) => void = () => undefined;
    renderSidePanel(MEMBER, view, () => new Promise((resolve) => (answer = resolve)));
    // The meeting read, Graph not yet answered: Teams' context names a member, so nothing is fetched.
    await screen.findByRole('progressbar', { name: 'Henter møtet …' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fetches).toHaveLength(0);
    expect(preloaded()).toEqual([]);
    answer({ addresses: [MEMBER] });
    await screen.findByText(READ_ONLY, {}, { timeout: 5_000 });
    expect(fetches).toHaveLength(0);
    expect(preloaded()).toEqual([]);
  });

  it('in Teams the panel itself asks for her chunks — every file of the recorder’s at once — once Graph names her (Teams’ word before it is the entry’s: fetchRecorderEarly)', async () => {
    nameReferentChunks();
    const { view, fetches } = standInChunk();
    let answer: (identity: PersonIdentity) => void = () => undefined;
    renderSidePanel(REFERENT, view, () => new Promise((resolve) => (answer = resolve)));
    await screen.findByRole('progressbar', { name: 'Henter møtet …' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fetches).toHaveLength(0);
    answer({ addresses: [REFERENT] });
    await waitFor(() => expect(fetches).toHaveLength(1), { timeout: 5_000 });
    // All the recorder's files are on their way while its fetch has not even answered.
    expect(preloaded()).toEqual([RECORDER_FILE, ...SPLIT_FILES]);
    await screen.findByRole('progressbar', { name: 'Henter verktøyene for referatet …' }, { timeout: 5_000 });
    fetches[0]?.arrive();
    await screen.findByText('Referentens visning av pm-2026-06-11', {}, { timeout: 5_000 });
    expect(fetches).toHaveLength(1);
    expect(preloaded()).toEqual([RECORDER_FILE, ...SPLIT_FILES]);
  });

  it('in a plain browser (its ?upn= is anyone’s to type) the referent’s chunks wait for Graph’s answer, then come with a spinner saying so until they are here', async () => {
    nameReferentChunks();
    const { view, fetches } = standInChunk();
    let answer: (identity: PersonIdentity) => void = () => undefined;
    renderSidePanel(REFERENT, view, () => new Promise((resolve) => (answer = resolve)), 'browser');
    await screen.findByRole('progressbar', { name: 'Henter møtet …' });
    // The meeting is read, but Graph has not said who is signed in: nothing is fetched yet.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fetches).toHaveLength(0);
    expect(preloaded()).toEqual([]);
    answer({ addresses: [REFERENT] });
    // Asked for once the panel knows, while the spinner tells the referent what is coming.
    await screen.findByRole('progressbar', { name: 'Henter verktøyene for referatet …' }, { timeout: 5_000 });
    expect(fetches).toHaveLength(1);
    expect(preloaded()).toEqual([RECORDER_FILE, ...SPLIT_FILES]);
    expect(screen.queryByText(READ_ONLY)).toBeNull();
    fetches[0]?.arrive();
    await screen.findByText(RECORDER, {}, { timeout: 5_000 });
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(fetches).toHaveLength(1);
  });

  it('says so when the chunk cannot be fetched, and «Prøv igjen» fetches it again, the bar (and the focus on its button) kept meanwhile', async () => {
    // Fluent's bar already here, so the button the test focuses is the one that stays.
    await preloadProblemBars();
    const { fetches } = await afterAFailedFetch();
    expect(screen.queryByRole('progressbar')).toBeNull();
    // Not fetched again on its own, render after render: the referent asks.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fetches).toHaveLength(1);
    const retry = screen.getByRole('button', { name: 'Prøv igjen' });
    retry.focus();
    fireEvent.click(retry);
    await screen.findByRole('progressbar', { name: 'Henter verktøyene for referatet …' }, { timeout: 5_000 });
    expect(fetches).toHaveLength(2);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Prøv igjen' }));
    fetches[1]?.arrive();
    await screen.findByText(RECORDER, {}, { timeout: 5_000 });
    expect(screen.queryByText(FAILED)).toBeNull();
  });

  it('fetches the chunk once per attempt when the panel renders again between a failed fetch and the handling of its failure, and shows the failure', async () => {
    const { view, fetches, settle } = standInSettledOnCue();
    let answer: (identity: PersonIdentity) => void = () => undefined;
    renderSidePanel(REFERENT, view, () => new Promise((resolve) => (answer = resolve)));
    answer({ addresses: [REFERENT] });
    await waitFor(() => expect(fetches).toHaveLength(1), { timeout: 5_000 });
    fetches[0]?.fail();
    // The failure has reached `loadableView` (no fetch under way), not the panel (its settlement held back).
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The panel renders again meanwhile (its language changes), knowing nothing of the failure yet.
    act(() => void setLanguage('nn'));
    await screen.findByRole('progressbar', { name: /referatet/ }, { timeout: 5_000 });
    expect(fetches).toHaveLength(1);
    settle();
    await screen.findByRole('button', { name: /Prøv igjen/ }, { timeout: 5_000 });
    expect(fetches).toHaveLength(1);
    act(() => void setLanguage('nb'));
    // «Prøv igjen» is the next attempt, and its one fetch.
    fireEvent.click(await screen.findByRole('button', { name: 'Prøv igjen' }));
    await waitFor(() => expect(fetches).toHaveLength(2));
    fetches[1]?.arrive();
    await screen.findByText(RECORDER, {}, { timeout: 5_000 });
    expect(fetches).toHaveLength(2);
  });

  it('fetches the chunk again on its own when the connection comes back after a failure, and shows the recorder', async () => {
    const { fetches } = await afterAFailedFetch();
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(fetches).toHaveLength(2));
    fetches[1]?.arrive();
    await screen.findByText(RECORDER, {}, { timeout: 5_000 });
    expect(screen.queryByText(FAILED)).toBeNull();
  });

  it('re-renders with the recorder when the chunk arrives by a fetch the panel did not start (after its own failed)', async () => {
    const { view, fetches } = await afterAFailedFetch();
    // Fetched elsewhere (as `loadableView` does itself when the connection comes back): the panel is told.
    void view.preload();
    expect(fetches).toHaveLength(2);
    fetches[1]?.arrive();
    await screen.findByText(RECORDER, {}, { timeout: 5_000 });
    expect(screen.queryByText(FAILED)).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
