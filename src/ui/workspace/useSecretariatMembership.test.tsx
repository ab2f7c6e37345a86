// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { HostContext } from '../../hosts/hostContext';
import type { Committee } from '../../domain/model';
import type { PersonIdentity } from '../../domain/personIdentity';
import { aCommittee } from '../../domain/testing/builders';
import { createInMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { ServicesProvider } from '../shared/ServicesContext';
import { testServices } from '../shared/testing/testServices';
import type { Services } from '../shared/services';
import { useSecretariatMembership } from './useSecretariatMembership';

const SECRETARY = 'kristin.liset@example.no';
const MEMBER = 'andreas@example.no';
const committee = aCommittee({ secretariat: [{ name: 'Kristin Liset', email: SECRETARY }], members: [{ name: 'Andreas Aass-Engstrøm', email: MEMBER }] });
const host = (user?: HostContext['user']): HostContext => ({ host: 'browser', frameContext: 'content', locale: 'nb-NO', theme: 'default', onThemeChange: () => () => undefined, ...(user ? { user } : {}) });

/** The hook for `committees` and `ask`, with Graph's `GET /me` answered by `signedInUser` (counted). */
function membership(signedInUser: Services['signedInUser'], initial: { committees: readonly Committee[] | undefined; ask: boolean }, hostContext = host()) {
  const asked = { count: 0 };
  const counted = signedInUser
    ? () => {
        asked.count += 1;
        return signedInUser();
      }
    : undefined;
  const repository = createInMemoryMeetingRepository({ committees: [committee], meetings: [] });
  const services = testServices(hostContext, repository, counted ? { signedInUser: counted } : {});
  const wrapper = ({ children }: { children: ReactNode }) => <ServicesProvider services={services}>{children}</ServicesProvider>;
  const hook = renderHook((props: { committees: readonly Committee[] | undefined; ask: boolean }) => useSecretariatMembership(props.committees, props.ask), {
    wrapper,
    initialProps: initial,
  });
  return { ...hook, asked };
}

const as = (email: string) => async (): Promise<PersonIdentity> => ({ addresses: [email] });

afterEach(() => cleanup());

describe('whether the signed-in person is in a committee’s secretariat (the workspace’s one answer)', () => {
  it('asks nobody until told to, then says yes for the secretariat', async () => {
    const { result, rerender, asked } = membership(as(SECRETARY), { committees: [committee], ask: false });
    await act(async () => undefined);
    expect(asked.count).toBe(0);
    expect(result.current).toBeUndefined();
    rerender({ committees: [committee], ask: true });
    await act(async () => undefined);
    expect(result.current).toBe(true);
  });

  it('says no for a member, and for someone Graph cannot name whom the host does not name either', async () => {
    for (const signedInUser of [as(MEMBER), async () => Promise.reject(new Error('offline')), undefined]) {
      const { result } = membership(signedInUser, { committees: [committee], ask: true });
      await act(async () => undefined);
      expect(result.current).toBe(false);
      cleanup();
    }
  });

  it('falls back to the host’s identity when Graph fails', async () => {
    const { result } = membership(async () => Promise.reject(new Error('offline')), { committees: [committee], ask: true }, host({ id: 'oid', upn: SECRETARY, loginHint: SECRETARY }));
    await act(async () => undefined);
    expect(result.current).toBe(true);
  });

  it('asks Graph once per workspace, whatever changes after', async () => {
    const { result, rerender, asked } = membership(as(SECRETARY), { committees: [committee], ask: true });
    await act(async () => undefined);
    expect(result.current).toBe(true);
    // The committees are read again (a role taken away in the settings): the same identity is matched.
    rerender({ committees: [{ ...committee, secretariat: [] }], ask: true });
    expect(result.current).toBe(false);
    rerender({ committees: [committee], ask: false });
    rerender({ committees: [committee], ask: true });
    await act(async () => undefined);
    expect(result.current).toBe(true);
    expect(asked.count).toBe(1);
  });

  it('does not ask Graph again after it failed', async () => {
    const { rerender, asked } = membership(async () => Promise.reject(new Error('offline')), { committees: [committee], ask: true });
    await act(async () => undefined);
    rerender({ committees: [{ ...committee }], ask: true });
    rerender({ committees: [committee], ask: false });
    rerender({ committees: [committee], ask: true });
    await act(async () => undefined);
    expect(asked.count).toBe(1);
  });
});
