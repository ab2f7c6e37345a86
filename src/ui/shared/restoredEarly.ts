import type { Auth, SignedInUser } from '../../auth/createAuth';

type Restore = Pick<Auth, 'restore'>;

/** A silent sign-in check begun before the first render, and its answer once it has one. */
export interface EarlyRestore {
  promise: Promise<SignedInUser | undefined>;
  answer?: { user: SignedInUser | undefined } | { error: unknown };
}

const started = new WeakMap<Restore, EarlyRestore>();

/**
 * Starts the silent sign-in check (`auth.restore()`: MSAL's cache in this tab; never a window) the
 * moment a page in a plain browser has its services, beside its first reads, and keeps the answer,
 * so the sign-in gate's first render (`useSignIn`) shows the surface at once when it has arrived,
 * instead of a "checking" render, an effect that asks again and a render a task later for an answer
 * long settled (issue 14: the workspace's cold start in a browser). Once per `auth`.
 */
export function restoreEarly(auth: Restore): EarlyRestore {
  const known = started.get(auth);
  if (known) return known;
  const early: EarlyRestore = { promise: auth.restore() };
  early.promise.then(
    (user) => (early.answer = { user }),
    (error: unknown) => (early.answer = { error }),
  );
  started.set(auth, early);
  return early;
}

/** The early check for `auth`, if one was begun and is still current. */
export function earlyRestoreOf(auth: Restore): EarlyRestore | undefined {
  return started.get(auth);
}

/** After a sign-in or sign-out the early answer is out of date: a later gate asks again. */
export function forgetEarlyRestore(auth: Restore): void {
  started.delete(auth);
}
