// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { SignedInUser } from '../../auth/createAuth';
import { AuthError } from '../../auth/tokenProvider';
import { useSignIn } from './useSignIn';
import { fakeAuth } from './testing/fakeAuth';

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
});
