import { useCallback, useEffect, useRef, useState } from 'react';
import type { Auth, SignedInUser } from '../../auth/createAuth';
import { AuthError } from '../../auth/tokenProvider';
import type { EarlyRestore } from './restoredEarly';

/** Why the user is not signed in, as the sign-in screen says it. */
export type SignInProblem = { kind: 'cancelled' | 'blocked' | 'network' | 'signedOut' } | { kind: 'failed'; detail: string };

export type SignInState =
  /** Looking for an account signed in earlier in this tab (silent, no window). */
  | { status: 'checking' }
  | { status: 'signedOut'; problem?: SignInProblem }
  /** The sign-in window is open. */
  | { status: 'signingIn' }
  /** `via`: found silently on start, or just signed in with the window (the screen then moves focus). */
  | { status: 'signedIn'; user: SignedInUser; via: 'restore' | 'signIn' };

export interface SignIn {
  state: SignInState;
  /** Call straight from the click: the sign-in window opens before anything is awaited. */
  signIn(): void;
  signOut(): void;
}

export function problemOf(error: unknown): SignInProblem {
  if (error instanceof AuthError) {
    if (error.code === 'cancelled') return { kind: 'cancelled' };
    if (error.code === 'popupBlocked') return { kind: 'blocked' };
    if (error.code === 'network') return { kind: 'network' };
    return { kind: 'failed', detail: error.detail ?? error.code };
  }
  return { kind: 'failed', detail: error instanceof Error ? error.message : String(error) };
}

/**
 * Signing in to a surface opened in a plain browser: first silently (a reload in the same tab finds
 * the account in MSAL's sessionStorage cache), otherwise the user presses "Logg inn", which opens
 * the sign-in window. Page load never opens a window: browsers block those, and nobody would know
 * what it was. A closed or blocked window is reported as soon as MSAL knows (within about a second).
 */
export function useSignIn(auth: Pick<Auth, 'restore' | 'signIn' | 'signOut'>, earlyCheck?: EarlyRestore): SignIn {
  // The check the page began before its first render (`restoredEarly.ts`): its answer, when here, is the first state.
  const [early] = useState(() => {
    const restore = earlyCheck && !earlyCheck.spent ? earlyCheck : undefined;
    return { auth, restore, answer: restore?.answer };
  });
  const [state, setState] = useState<SignInState>(() => (early.answer ? restoredState(early.answer) : { status: 'checking' }));
  // A sign-in started by a click wins over a restore still under way.
  const generation = useRef(0);

  useEffect(() => {
    const mine = ++generation.current;
    // The early check, while it is still current (no sign-in or sign-out since).
    const begun = early.auth === auth && early.restore && !early.restore.spent ? early.restore : undefined;
    // Its answer is the first state already (StrictMode runs this twice: both times nothing to do).
    if (begun && early.answer) return;
    (begun?.promise ?? auth.restore()).then(
      (user) => {
        if (generation.current === mine) setState(user ? { status: 'signedIn', user, via: 'restore' } : { status: 'signedOut' });
      },
      (error: unknown) => {
        if (generation.current === mine) setState({ status: 'signedOut', problem: problemOf(error) });
      },
    );
    return () => {
      generation.current += 1;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `early` and the first state answer the first check only.
  }, [auth]);

  const signIn = useCallback(() => {
    const mine = ++generation.current;
    if (early.restore) early.restore.spent = true;
    const pending = auth.signIn();
    setState({ status: 'signingIn' });
    pending.then(
      (user) => {
        if (generation.current === mine) setState({ status: 'signedIn', user, via: 'signIn' });
      },
      (error: unknown) => {
        if (generation.current === mine) setState({ status: 'signedOut', problem: problemOf(error) });
      },
    );
  }, [auth, early]);

  const signOut = useCallback(() => {
    const mine = ++generation.current;
    if (early.restore) early.restore.spent = true;
    const done = () => {
      if (generation.current === mine) setState({ status: 'signedOut', problem: { kind: 'signedOut' } });
    };
    auth.signOut().then(done, done);
  }, [auth, early]);

  return { state, signIn, signOut };
}

function restoredState(answer: NonNullable<EarlyRestore['answer']>): SignInState {
  if ('error' in answer) return { status: 'signedOut', problem: problemOf(answer.error) };
  return answer.user ? { status: 'signedIn', user: answer.user, via: 'restore' } : { status: 'signedOut' };
}
