// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { StrictMode, createElement, type ReactNode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { SignedInUser } from '../../auth/createAuth';
import { AuthError } from '../../auth/tokenProvider';
import { useSignIn } from './useSignIn';
import { fakeAuth } from './testing/fakeAuth';
import { restoreEarly } from './restoredEarly';

const kristin: SignedInUser = { name: 'Kristin Liset', username: 'kristin.liset@siv.example.no' };

describe('useSignIn', () => {
  it('finds the user signed in earlier in this tab without asking again', async () => {
    const { auth, calls } = fakeAuth({ restored: kristin });
    const { result } = renderHook(() => useSignIn(auth));
    expect(result.current.state.status).toBe('checking');
    await waitFor(() => expect(result.current.state).toEqual({ status: 'signedIn', user: kristin, via: 'restore' }));
    expect(calls).not.toContain('signIn');
  });

  it('waits for the button when nobody is signed in, and opens the window in the same turn as the click', async () => {
    const fake = fakeAuth();
    const { result } = renderHook(() => useSignIn(fake.auth));
    await waitFor(() => expect(result.current.state).toEqual({ status: 'signedOut' }));
    expect(fake.calls).toEqual(['restore']);
    act(() => {
      result.current.signIn();
      // Synchronously, as the browser needs for the popup to count as opened by the click.
      expect(fake.calls).toEqual(['restore', 'signIn']);
    });
    expect(result.current.state.status).toBe('signingIn');
    await act(async () => fake.signInSucceeds(kristin));
    expect(result.current.state).toEqual({ status: 'signedIn', user: kristin, via: 'signIn' });
  });

  it('says the window was closed, or blocked, and lets the user try again', async () => {
    const fake = fakeAuth();
    const { result } = renderHook(() => useSignIn(fake.auth));
    await waitFor(() => expect(result.current.state.status).toBe('signedOut'));
    act(() => result.current.signIn());
    await act(async () => fake.signInFails(new AuthError('cancelled')));
    expect(result.current.state).toEqual({ status: 'signedOut', problem: { kind: 'cancelled' } });
    act(() => result.current.signIn());
    await act(async () => fake.signInFails(new AuthError('popupBlocked')));
    expect(result.current.state).toEqual({ status: 'signedOut', problem: { kind: 'blocked' } });
  });

  it('shows the sign-in screen with the reason when the silent check fails', async () => {
    const { auth } = fakeAuth({ restoreError: new AuthError('network') });
    const { result } = renderHook(() => useSignIn(auth));
    await waitFor(() => expect(result.current.state).toEqual({ status: 'signedOut', problem: { kind: 'network' } }));
  });

  it('signs out and says so', async () => {
    const fake = fakeAuth({ restored: kristin });
    const { result } = renderHook(() => useSignIn(fake.auth));
    await waitFor(() => expect(result.current.state.status).toBe('signedIn'));
    await act(async () => result.current.signOut());
    expect(result.current.state).toEqual({ status: 'signedOut', problem: { kind: 'signedOut' } });
    expect(fake.calls).toContain('signOut');
  });

  it('starts signed in, in one render and without asking again, when the page’s early check has answered (issue 14: cold load)', async () => {
    const fake = fakeAuth({ restored: kristin });
    const early = restoreEarly(fake.auth);
    await early.promise;
    let renders = 0;
    const { result } = renderHook(
      () => {
        renders += 1;
        return useSignIn(fake.auth, early);
      },
      { wrapper: ({ children }: { children: ReactNode }) => createElement(StrictMode, null, children) },
    );
    expect(result.current.state).toEqual({ status: 'signedIn', user: kristin, via: 'restore' });
    await act(async () => undefined);
    expect(fake.calls).toEqual(['restore']);
    // StrictMode renders twice; no third render for an answer that was already here.
    expect(renders).toBe(2);
  });

  it('starts with the early check’s refusal when it has answered that nobody is signed in', async () => {
    const fake = fakeAuth({ restoreError: new AuthError('network') });
    const early = restoreEarly(fake.auth);
    await early.promise.catch(() => undefined);
    const { result } = renderHook(() => useSignIn(fake.auth, early));
    expect(result.current.state).toEqual({ status: 'signedOut', problem: { kind: 'network' } });
    expect(fake.calls).toEqual(['restore']);
  });

  it('waits for an early check still under way rather than asking again', async () => {
    const fake = fakeAuth({ restored: kristin });
    const early = restoreEarly(fake.auth);
    const { result } = renderHook(() => useSignIn(fake.auth, early));
    expect(result.current.state.status).toBe('checking');
    await waitFor(() => expect(result.current.state).toEqual({ status: 'signedIn', user: kristin, via: 'restore' }));
    expect(fake.calls).toEqual(['restore']);
  });

  it('asks again after signing out: the early answer is out of date for a gate shown later', async () => {
    const fake = fakeAuth({ restored: kristin });
    const early = restoreEarly(fake.auth);
    await early.promise;
    const first = renderHook(() => useSignIn(fake.auth, early));
    await act(async () => first.result.current.signOut());
    first.unmount();
    const later = renderHook(() => useSignIn(fake.auth, early));
    expect(later.result.current.state.status).toBe('checking');
    await waitFor(() => expect(later.result.current.state.status).toBe('signedIn'));
    expect(fake.calls).toEqual(['restore', 'signOut', 'restore']);
  });
});
