// @vitest-environment jsdom
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { Profiler, StrictMode, type ReactNode } from 'react';
import { act, cleanup, render, renderHook, waitFor } from '@testing-library/react';
import { CommitteeSchema } from '../../domain/model';
import type { ReadMeeting } from '../../domain/ports';
import type { HostContext } from '../../hosts/hostContext';
import { createInMemoryMeetingRepository, type InMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { ServicesProvider } from '../shared/ServicesContext';
import { testServices } from '../shared/testing/testServices';
import { startLinkedMeetingLookup } from './findMeeting';
import { memoryLiveHub } from './testing/memoryLiveChannel';
import { testMeeting } from './testing/testMeeting';
import { useLinkedMeeting, useLiveFollower, type Loadable } from './useFollowMeeting';
import type { LinkedMeeting, LinkedMeetingLookup } from './findMeeting';

afterEach(() => cleanup());

describe('useLiveFollower', () => {
  it('shows the meeting the stage has just found without reading it again, though the meeting arrives after the first render', async () => {
    const meeting = testMeeting();
    const repository = createInMemoryMeetingRepository({ meetings: [meeting] });
    const found = (await repository.getMeeting(meeting.id)) as ReadMeeting;
    const readsBefore = repository.calls.getMeeting;
    const hub = memoryLiveHub();
    // As StageApp: the hook runs while the meeting is still being found, then with what was found.
    const { result, rerender } = renderHook(({ id, opened }: { id?: string; opened?: ReadMeeting }) => useLiveFollower(repository, id, hub.join, opened), {
      initialProps: {},
    });
    rerender({ id: meeting.id, opened: found });
    await waitFor(() => expect(result.current.mode).toBe('live'));
    expect(result.current.meeting?.id).toBe(meeting.id);
    expect(repository.calls.getMeeting).toBe(readsBefore);
  });
});

describe('useLiveFollower, the first render', () => {
  it('shows the meeting just found in the very render it arrives in, before the follower exists, as the follower then shows it', async () => {
    const meeting = testMeeting();
    const repository = createInMemoryMeetingRepository({ meetings: [meeting] });
    const found = (await repository.getMeeting(meeting.id)) as ReadMeeting;
    const hub = memoryLiveHub();
    const seen: { meeting?: string; mode: string }[] = [];
    const { result, rerender } = renderHook(({ id, opened }: { id?: string; opened?: ReadMeeting }) => {
      const snapshot = useLiveFollower(repository, id, hub.join, opened);
      seen.push({ ...(snapshot.meeting ? { meeting: snapshot.meeting.id } : {}), mode: snapshot.mode });
      return snapshot;
    }, { initialProps: {} });
    rerender({ id: meeting.id, opened: found });
    // The render with the meeting found (the second) has it: no render waits for the follower's effect.
    expect(seen[1]).toEqual({ meeting: meeting.id, mode: 'connecting' });
    await waitFor(() => expect(result.current.mode).toBe('live'));
    expect(result.current.meeting).toEqual(found.value);
  });

  it('says "polling" from the first render when there is no live channel, as the follower will', async () => {
    const meeting = testMeeting();
    const repository = createInMemoryMeetingRepository({ meetings: [meeting] });
    const found = (await repository.getMeeting(meeting.id)) as ReadMeeting;
    const modes: string[] = [];
    const { result } = renderHook(() => {
      const snapshot = useLiveFollower(repository, meeting.id, undefined, found);
      modes.push(snapshot.mode);
      return snapshot;
    });
    expect(modes[0]).toBe('polling');
    expect(result.current.mode).toBe('polling');
    expect(result.current.meeting?.id).toBe(meeting.id);
  });
});

describe('useLinkedMeeting', () => {
  const committee = v.parse(CommitteeSchema, { id: 'partnerskapsmotet', name: 'Partnerskapsmøtet', shortName: 'PM', languageForm: 'nb', members: [] });
  const hostContext: HostContext = { host: 'teams', frameContext: 'sidePanel', locale: 'nb-NO', theme: 'default', meetingId: 'pm-2026-06-11', user: { upn: 'a@b.no' }, onThemeChange: () => () => undefined };
  const wrapperFor = (repository: InMemoryMeetingRepository) =>
    function Wrapper({ children }: { children: ReactNode }) {
      return <ServicesProvider services={testServices(hostContext, repository)}>{children}</ServicesProvider>;
    };

  it('takes the meeting the page began looking up before its screens arrived, without asking storage again', async () => {
    const repository = createInMemoryMeetingRepository({ committees: [committee], meetings: [testMeeting()] });
    const started = startLinkedMeetingLookup(repository, hostContext, window.location.href);
    const { result } = renderHook(() => useLinkedMeeting(started), { wrapper: wrapperFor(repository) });
    await waitFor(() => expect(result.current.state).toBe('ready'));
    expect(result.current.state === 'ready' ? result.current.value.meeting.value.id : undefined).toBe('pm-2026-06-11');
    expect(repository.calls.getMeetingWithCommittee).toBe(1);
  });

  it('looks again when the lookup begun by the page failed (begun before the person had signed in)', async () => {
    const repository = createInMemoryMeetingRepository({ committees: [committee], meetings: [testMeeting()] });
    const lookUp = repository.getMeetingWithCommittee.bind(repository);
    let refused = 0;
    // The first lookup is refused, as one begun before the person had signed in.
    repository.getMeetingWithCommittee = (link) => (refused++ === 0 ? Promise.reject(new Error('ikke logget inn')) : lookUp(link));
    const started = startLinkedMeetingLookup(repository, hostContext, window.location.href);
    const { result } = renderHook(() => useLinkedMeeting(started), { wrapper: wrapperFor(repository) });
    await waitFor(() => expect(result.current.state).toBe('ready'));
    expect(result.current.state === 'ready' ? result.current.value.meeting.value.id : undefined).toBe('pm-2026-06-11');
    expect(refused).toBe(2);
  });

  /** Renders the hook as the side panel does (under StrictMode); what each render saw, and React's commits. */
  function renderUnderStrictMode(repository: InMemoryMeetingRepository, started: LinkedMeetingLookup) {
    const seen: Loadable<LinkedMeeting>['state'][] = [];
    let commits = 0;
    const Wrapper = wrapperFor(repository);
    function Probe() {
      seen.push(useLinkedMeeting(started).state);
      return null;
    }
    render(
      <StrictMode>
        <Profiler id="probe" onRender={() => (commits += 1)}>
          <Wrapper>
            <Probe />
          </Wrapper>
        </Profiler>
      </StrictMode>,
    );
    return { seen, commits: () => commits };
  }
  const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

  it('shows the meeting in its first render when the page’s lookup has answered already: one commit, storage asked once', async () => {
    const repository = createInMemoryMeetingRepository({ committees: [committee], meetings: [testMeeting()] });
    const started = startLinkedMeetingLookup(repository, hostContext, window.location.href);
    await started.started;
    const { seen, commits } = renderUnderStrictMode(repository, started);
    await settle();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((state) => state === 'ready')).toBe(true);
    expect(commits()).toBe(1);
    expect(repository.calls.getMeetingWithCommittee).toBe(1);
  });

  it('asks storage once under StrictMode when the page’s lookup answers after the first render', async () => {
    const repository = createInMemoryMeetingRepository({ committees: [committee], meetings: [testMeeting()] });
    const started = startLinkedMeetingLookup(repository, hostContext, window.location.href);
    const { seen } = renderUnderStrictMode(repository, started);
    await settle();
    expect(seen[0]).toBe('loading');
    await waitFor(() => expect(seen.at(-1)).toBe('ready'));
    expect(repository.calls.getMeetingWithCommittee).toBe(1);
  });

  it('looks for itself when the begun lookup was for another meeting', async () => {
    const repository = createInMemoryMeetingRepository({ committees: [committee], meetings: [testMeeting()] });
    const started = startLinkedMeetingLookup(repository, { meetingId: 'pm-2025-06-05' }, window.location.href);
    const { result } = renderHook(() => useLinkedMeeting(started), { wrapper: wrapperFor(repository) });
    await waitFor(() => expect(result.current.state).toBe('ready'));
    expect(result.current.state === 'ready' ? result.current.value.meeting.value.id : undefined).toBe('pm-2026-06-11');
    expect(repository.calls.getMeetingWithCommittee).toBe(2);
  });
});
