// @vitest-environment jsdom
import { Profiler, StrictMode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import type { HostContext } from '../../hosts/hostContext';
import type { PersonIdentity } from '../../domain/personIdentity';
import { createInMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { ServicesProvider } from './ServicesContext';
import { testServices } from './testing/testServices';
import { useSignedInIdentity, type SignedInIdentity } from './signedInIdentity';
import { askSignedInUserEarly } from './signedInEarly';

afterEach(cleanup);

const hostContext: HostContext = { host: 'teams', frameContext: 'sidePanel', locale: 'nb-NO', theme: 'default', onThemeChange: () => () => undefined, user: { id: 'host-oid', upn: 'hilde@siv.example.no' } };
const fromDirectory: PersonIdentity = { directoryId: 'oid-from-graph', addresses: ['hilde.kari.maugesten@siv.example.no'] };

/** Renders the hook under StrictMode; returns what each render saw and how many commits React made. */
async function renderHook(signedInUser: () => Promise<PersonIdentity>) {
  const seen: SignedInIdentity[] = [];
  let commits = 0;
  function Probe() {
    seen.push(useSignedInIdentity());
    return null;
  }
  render(
    <StrictMode>
      <Profiler id="probe" onRender={() => (commits += 1)}>
        <ServicesProvider services={testServices(hostContext, createInMemoryMeetingRepository(), { signedInUser })}>
          <Probe />
        </ServicesProvider>
      </Profiler>
    </StrictMode>,
  );
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return { seen, commits: () => commits };
}

/** As graphServices shares it: one request, the same answer to every ask. */
function sharedAnswer(answer: () => Promise<PersonIdentity>) {
  let asked = 0;
  let me: Promise<PersonIdentity> | undefined;
  const ask = () => {
    asked += 1;
    me ??= answer();
    me.catch(() => (me = undefined));
    return me;
  };
  return { ask, asked: () => asked };
}

describe('useSignedInIdentity', () => {
  it('shows the directory’s answer in its first render when the entry’s early ask has it already: one commit, no render without it', async () => {
    const directory = sharedAnswer(async () => fromDirectory);
    await askSignedInUserEarly(directory.ask);
    const { seen, commits } = await renderHook(directory.ask);
    expect(seen.every((render) => render.settled && render.identity === fromDirectory)).toBe(true);
    expect(commits()).toBe(1);
  });

  it('renders without it and then with it when the answer comes after the first render', async () => {
    let answer: (identity: PersonIdentity) => void = () => undefined;
    const directory = sharedAnswer(() => new Promise<PersonIdentity>((resolve) => (answer = resolve)));
    void askSignedInUserEarly(directory.ask);
    const { seen, commits } = await renderHook(directory.ask);
    expect(seen.at(-1)).toMatchObject({ settled: false, identity: { directoryId: 'host-oid' } });
    await act(async () => answer(fromDirectory));
    expect(seen.at(-1)).toEqual({ settled: true, identity: fromDirectory });
    expect(commits()).toBe(2);
  });

  it('asks again when the early ask failed, and the host’s identity stands when Graph still cannot say', async () => {
    const directory = sharedAnswer(async () => {
      throw new Error('offline');
    });
    await askSignedInUserEarly(directory.ask).catch(() => undefined);
    const { seen } = await renderHook(directory.ask);
    expect(directory.asked()).toBeGreaterThan(1);
    expect(seen.at(-1)).toMatchObject({ settled: true, identity: { directoryId: 'host-oid' } });
  });
});
